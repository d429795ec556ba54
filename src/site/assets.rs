//! The files pages load, published into the site under names that hold a hash of their
//! content: a new release gets new names, so hosts may keep these for ever.

use std::{fmt, fs, io, path::Path};

use sha2::{Digest, Sha256};

use crate::easy_read::picture::Picture;

/// A file at the site's root, e.g. `whatnext-1f0c…9a.js`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct AssetName(String);

impl AssetName {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for AssetName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What one kind of page loads: its stylesheet, then, once the words show, the JS glue
/// and Wasm that wasm-bindgen made of one binary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bundle {
    pub stylesheet: AssetName,
    pub script: AssetName,
    pub wasm: AssetName,
}

impl Bundle {
    pub fn files(&self) -> [&AssetName; 3] {
        [&self.stylesheet, &self.script, &self.wasm]
    }
}

/// Every file the pages load besides themselves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assets {
    /// Every page but the staff tools.
    pub patients: Bundle,
    /// The link maker and embed maker: the staff Wasm, and the staff pages' own rules
    /// after the patients' (one stylesheet, one request, before the words show).
    pub staff: Bundle,
}

/// Copied as they are: the manifest names the icon for the home screen.
pub const UNHASHED_FILES: [&str; 2] = ["icon.svg", "manifest.webmanifest"];

/// Where the inputs are: wasm-bindgen's output (`whatnext.js`, `whatnext_bg.wasm`,
/// `staff.js`, `staff_bg.wasm`), the stylesheets and the copied files.
pub struct Inputs<'a> {
    pub wasm_dir: &'a Path,
    pub style_dir: &'a Path,
    pub public_dir: &'a Path,
}

impl Assets {
    /// Writes every asset into `site`, named by its content.
    pub fn publish(inputs: &Inputs, site: &Path) -> io::Result<Self> {
        let patients_css = read(&inputs.style_dir.join("app.css"))?;
        let staff_css = [patients_css.clone(), read(&inputs.style_dir.join("staff.css"))?].concat();
        let bundle = |binary: &str, stylesheet: Vec<u8>, stylesheet_stem: &str| -> io::Result<Bundle> {
            Ok(Bundle {
                stylesheet: publish(site, stylesheet_stem, ".css", &stylesheet)?,
                script: publish(site, binary, ".js", &read(&inputs.wasm_dir.join(format!("{binary}.js")))?)?,
                wasm: publish(site, binary, "_bg.wasm", &read(&inputs.wasm_dir.join(format!("{binary}_bg.wasm")))?)?,
            })
        };
        let assets = Self { patients: bundle("whatnext", patients_css, "app")?, staff: bundle("staff", staff_css, "staff")? };
        for name in UNHASHED_FILES {
            fs::copy(inputs.public_dir.join(name), site.join(name))?;
        }
        for &picture in Picture::ALL {
            fs::write(site.join(picture.file_name()), picture.drawing())?;
        }
        Ok(assets)
    }

    /// The files a phone keeps to open pages offline (the service worker's list).
    pub fn offline_files(&self) -> Vec<String> {
        self.hashed().chain(UNHASHED_FILES.map(String::from)).collect()
    }

    /// Files whose names change when their content does: the bundles' and the pictures.
    pub fn hashed(&self) -> impl Iterator<Item = String> + '_ {
        let bundles = self.patients.files().into_iter().chain(self.staff.files()).map(ToString::to_string);
        bundles.chain(Picture::ALL.iter().map(|picture| picture.file_name()))
    }
}

/// `<stem>-<16 hex digits of SHA-256><suffix>`.
fn publish(site: &Path, stem: &str, suffix: &str, content: &[u8]) -> io::Result<AssetName> {
    let name = AssetName(format!("{stem}-{}{suffix}", content_hash(content)));
    fs::write(site.join(&name.0), content)?;
    Ok(name)
}

pub fn content_hash(content: &[u8]) -> String {
    Sha256::digest(content).iter().take(8).map(|byte| format!("{byte:02x}")).collect()
}

fn read(path: &Path) -> io::Result<Vec<u8>> {
    fs::read(path).map_err(|error| io::Error::new(error.kind(), format!("{}: {error}", path.display())))
}
