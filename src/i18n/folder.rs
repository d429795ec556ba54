//! How a locale's folder becomes one Fluent resource: every `.ftl` file under
//! `locales/<code>/` but `meta.ftl`, in path order, joined. Shared by build.rs (the
//! words built into the site step) and the quick loop (`./run dev`), which reads the
//! words from disk so a word change needs no compiling.

use std::{fs, io, path::Path, path::PathBuf};

/// The locale's own name, direction and review status: read by build.rs only.
pub const META_FILE: &str = "meta.ftl";

/// The folder's text files, in path order.
pub fn text_files(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    collect(dir, &mut files)?;
    files.sort();
    Ok(files)
}

/// The folder's words as one resource.
pub fn joined_text(dir: &Path) -> io::Result<String> {
    let mut joined = String::new();
    for file in text_files(dir)? {
        joined.push_str(&fs::read_to_string(&file).map_err(|error| io::Error::new(error.kind(), format!("{}: {error}", file.display())))?);
        joined.push('\n');
    }
    Ok(joined)
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(&path, files)?;
        } else if path.extension().is_some_and(|ext| ext == "ftl") && !path.ends_with(META_FILE) {
            files.push(path);
        }
    }
    Ok(())
}
