//! Build step, run by Trunk's post_build hook: gives every route its own
//! `index.html`, so a deep link from a text message opens on any static host,
//! and writes `404.html` for hosts that serve it for unknown paths.
//!
//! Usage: site <dist dir>

use std::{env, fs, path::PathBuf, process::ExitCode};

use whatnext::route::Route;

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
    println!("site: wrote {written} route pages and 404.html");
    ExitCode::SUCCESS
}
