//! A whole site built by the site step (src/site) from stand-in Wasm files, for tests
//! that read its pages and headers. Each build has its own folder, stand-ins included:
//! tests run in parallel, and a shared folder remade under another build broke it.

use std::fs;
use std::path::Path;

use whatnext::i18n::locale::Locale;
use whatnext::site::{self, Built, Inputs, Options, Words};

/// Builds `out/site` from `words`, for `only` these languages (all when empty), with the
/// local config's text when given.
pub fn build(out: &Path, words: Words, only: Vec<&'static Locale>, base_path: &str, local_config: Option<&str>) -> Result<Built, String> {
    let wasm = out.join("wasm");
    fs::create_dir_all(&wasm).unwrap();
    // wasm-bindgen's output: the site step only names and copies it.
    for binary in ["whatnext", "staff"] {
        fs::write(wasm.join(format!("{binary}.js")), format!("export default async function init() {{}} // {binary}")).unwrap();
        fs::write(wasm.join(format!("{binary}_bg.wasm")), format!("\0asm {binary}")).unwrap();
    }
    let config = out.join("local.json");
    if let Some(text) = local_config {
        fs::write(&config, text).unwrap();
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let inputs = Inputs { wasm_dir: &wasm, style_dir: &root.join("style"), public_dir: &root.join("public") };
    let options = Options { words, base_path: base_path.to_string(), local_config: config, nginx_file: out.join("nginx.conf"), only };
    site::build(&inputs, &out.join("site"), &options)
}
