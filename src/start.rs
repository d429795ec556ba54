//! The browser entry point of both Wasm builds (patients' and staff's). Every page
//! arrives as prerendered HTML; this sends the browser to the right page when the
//! address is not one (`/`, a bad link served 404.html), then brings the page's
//! islands to life.

use crate::browser;
use crate::i18n::locale;
use crate::route::{self, Resolved, PRERENDERED_ROUTE_META};

pub fn start() {
    // Paths inside the site, which may be served from any folder.
    let root = browser::site_root_folder();
    let here = route::path_in_site(&browser::path(), &root);
    match elsewhere(&here) {
        Some(destination) => browser::replace_location(&format!("{root}{}", destination.trim_start_matches('/'))),
        None => crate::islands::hydrate_all(),
    }
}

/// Where the browser should go instead of `here`, if anywhere.
fn elsewhere(here: &str) -> Option<String> {
    let prerendered = browser::meta_content(PRERENDERED_ROUTE_META);
    // The page for this address: nothing to work out (and this page's Wasm knows no
    // language list; only `/`, 404.html and the languages pages carry one).
    if prerendered.as_deref() == Some(here.trim_end_matches("index.html")) {
        return None;
    }
    match route::resolve(here) {
        Resolved::ChooseLocale => Some(route::home_path(locale::choose(browser::stored_language().as_deref(), &browser::preferred_languages()))),
        // This HTML is another page's (404.html for a bad link): go to the right one,
        // unless that is where we are (an offline fallback), which would loop.
        Resolved::Page(route) if prerendered != Some(route.path()) && route.destination() != format!("{here}{}", browser::query()) => {
            Some(route.destination())
        }
        Resolved::Page(_) => None,
    }
}
