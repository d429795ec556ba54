//! The site step (src/site): writes the whole static site from the Wasm builds.
//!
//! Usage: site <wasm-bindgen output dir> <site dir> [--style <dir>] [--words-from-disk] [--only <locale>…]
//!
//! `--style` names the stylesheets' folder (default `style/`; the release build passes
//! them minified). `--words-from-disk` reads `locales/` as it is now instead of the words compiled in;
//! `--only` renders only those languages' pages (both for the quick loop, `./run dev`).
//! `WHATNEXT_BASE_PATH` (default `/`) is the folder the site is served from;
//! `WHATNEXT_LOCAL_CONFIG` (default `public/local.json`) the area's contact details.

use std::{env, path::Path, path::PathBuf, process::ExitCode};

use whatnext::i18n::locale;
use whatnext::local_config;
use whatnext::site::{self, Inputs, Options, Words, NGINX_FILE};

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let [wasm_dir, site_dir, flags @ ..] = args.as_slice() else {
        eprintln!("usage: site <wasm-bindgen output dir> <site dir> [--words-from-disk] [--only <locale>…]");
        return ExitCode::FAILURE;
    };
    let mut options = Options {
        words: Words::BuiltIn,
        base_path: env::var("WHATNEXT_BASE_PATH").unwrap_or_default(),
        local_config: env::var("WHATNEXT_LOCAL_CONFIG").map_or_else(|_| PathBuf::from(local_config::SOURCE_PATH), PathBuf::from),
        nginx_file: PathBuf::from(NGINX_FILE),
        only: Vec::new(),
    };
    let mut style_dir = PathBuf::from("style");
    let mut flags = flags.iter();
    while let Some(flag) = flags.next() {
        match flag.as_str() {
            "--words-from-disk" => options.words = Words::FromDisk(PathBuf::from("locales")),
            "--style" => match flags.next() {
                Some(dir) => style_dir = PathBuf::from(dir),
                None => {
                    eprintln!("site: --style needs a folder");
                    return ExitCode::FAILURE;
                }
            },
            "--only" => {
                for code in flags.by_ref() {
                    match locale::find(code).filter(|found| found.code == code) {
                        Some(found) => options.only.push(found),
                        None => {
                            eprintln!("site: no language {code:?}");
                            return ExitCode::FAILURE;
                        }
                    }
                }
            }
            other => {
                eprintln!("site: unknown option {other:?}");
                return ExitCode::FAILURE;
            }
        }
    }
    let inputs = Inputs { wasm_dir: Path::new(wasm_dir), style_dir: &style_dir, public_dir: Path::new("public") };
    match site::build(&inputs, Path::new(site_dir), &options) {
        Ok(built) => {
            for note in built.notes {
                println!("site: {note}");
            }
            println!("site: wrote {} pages", built.pages);
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("site: {error}");
            ExitCode::FAILURE
        }
    }
}
