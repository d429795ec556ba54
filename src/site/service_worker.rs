//! `sw.js` for this release (src/service_worker.js): it keeps the files pages load,
//! under a cache named by a hash of their names, and each language's not-found page.

use crate::i18n::locale::SUPPORTED;
use crate::route::{Page, Route};

use super::assets::{content_hash, Assets};

/// Shown offline for a page never opened.
const OFFLINE_FALLBACK: &str = "404.html";

pub fn script(assets: &Assets) -> String {
    let mut files = assets.offline_files();
    files.push(OFFLINE_FALLBACK.to_string());
    files.sort();
    let version = &content_hash(files.join("\n").as_bytes())[..12];
    let list = format!("[{}]", files.iter().map(|path| format!("'{path}'")).collect::<Vec<_>>().join(", "));
    let not_found_pages = SUPPORTED
        .iter()
        .map(|&locale| format!("'{}': '{}'", locale.code, Route::new(locale, Page::NotFound).path().trim_start_matches('/')))
        .collect::<Vec<_>>()
        .join(", ");
    include_str!("../service_worker.js")
        .replace("'__VERSION__'", &format!("'{version}'"))
        .replace("__SHELL__", &list)
        .replace("__NOT_FOUND_PAGES__", &format!("{{ {not_found_pages} }}"))
}
