//! Joins every en-GB Fluent file into one resource that the app carries built in, so
//! the default language needs no extra request. Other locales are fetched at run time.

use std::{env, fs, path::Path};

fn main() {
    let root = Path::new("locales/en-GB");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect_ftl(root, &mut files);
    files.sort();
    let mut joined = String::new();
    for file in &files {
        println!("cargo:rerun-if-changed={}", file.display());
        joined.push_str(&fs::read_to_string(file).expect("readable .ftl file"));
        joined.push('\n');
    }
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("en-GB.ftl");
    fs::write(out, joined).expect("OUT_DIR is writable");
}

fn collect_ftl(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("locales/en-GB exists") {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect_ftl(&path, files);
        } else if path.extension().is_some_and(|ext| ext == "ftl") {
            files.push(path);
        }
    }
}
