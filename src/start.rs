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
    let in_site = |path: &str| format!("{root}{}", path.trim_start_matches('/'));
    let here = route::path_in_site(&browser::path(), &root);
    match route::resolve(&here) {
        Resolved::ChooseLocale => {
            let chosen = locale::choose(browser::stored_language().as_deref(), &browser::preferred_languages());
            browser::replace_location(&in_site(&route::home_path(chosen)));
        }
        // This HTML is another page's (404.html for a bad link): go to the right one,
        // unless that is where we are (an offline fallback), which would loop.
        Resolved::Page(route)
            if browser::meta_content(PRERENDERED_ROUTE_META) != Some(route.path())
                && route.destination() != format!("{here}{}", browser::query()) =>
        {
            browser::replace_location(&in_site(&route.destination()));
        }
        Resolved::Page(_) => crate::islands::hydrate_all(),
    }
}
