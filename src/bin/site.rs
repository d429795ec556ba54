//! Build step, run by Trunk's post_build hook: gives every route its own
//! `index.html`, so a deep link from a text message opens on any static host,
//! writes `404.html` for hosts that serve it for unknown paths, and puts each
//! locale's text (joined by build.rs) in `locales/` for the app to fetch.
//!
//! Usage: site <dist dir>

use std::{env, fs, path::PathBuf, process::ExitCode};

use whatnext::i18n::locale::{EN_GB, SUPPORTED};
use whatnext::route::Route;

/// Where build.rs left each locale's joined Fluent text.
const LOCALE_BUILD_DIR: &str = concat!(env!("OUT_DIR"), "/locales");

fn main() -> ExitCode {
    let Some(dist) = env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: site <dist dir>");
        return ExitCode::FAILURE;
    };
    let shell = match fs::read_to_string(dist.join("index.html")) {
        Ok(html) => html,
        Err(error) => {
            eprintln!("site: cannot read {}/index.html: {error}", dist.display());
            return ExitCode::FAILURE;
        }
    };
    let mut written = 0;
    for route in Route::all() {
        let dir = dist.join(route.path().trim_start_matches('/'));
        if let Err(error) = fs::create_dir_all(&dir).and_then(|()| fs::write(dir.join("index.html"), &shell)) {
            eprintln!("site: cannot write {}: {error}", dir.display());
            return ExitCode::FAILURE;
        }
        written += 1;
    }
    if let Err(error) = fs::write(dist.join("404.html"), &shell) {
        eprintln!("site: cannot write 404.html: {error}");
        return ExitCode::FAILURE;
    }
    let locales_dir = dist.join("locales");
    for locale in SUPPORTED.iter().filter(|locale| **locale != &EN_GB) {
        let from = PathBuf::from(LOCALE_BUILD_DIR).join(locale.file);
        if let Err(error) = fs::create_dir_all(&locales_dir).and_then(|()| fs::copy(&from, locales_dir.join(locale.file))) {
            eprintln!("site: cannot copy {}: {error}", from.display());
            return ExitCode::FAILURE;
        }
    }
    println!("site: wrote {written} route pages, 404.html and {} locale files", SUPPORTED.len() - 1);
    ExitCode::SUCCESS
}
