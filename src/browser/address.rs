//! The site's addresses, worked out from the page's own location and meta.

use super::{meta_content, origin, path, query};

/// The folder this site is served from, e.g. "/" or "/whatnext/", worked out from
/// where this page is and its way to the root (`SiteRoot`).
pub fn site_root_folder() -> String {
    let root = meta_content(crate::route::SITE_ROOT_META).unwrap_or_else(|| "/".to_string());
    crate::route::root_folder(&path(), &root)
}

/// The address of this site's root, e.g. `https://practice.example/whatnext/`.
pub fn site_url() -> String {
    format!("{}{}", origin(), site_root_folder())
}

/// The value of `name` in the URL query (`?accent=1d70b8&list=no`), undecoded.
pub fn query_value(name: &str) -> Option<String> {
    query()
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.split_once('=').filter(|(key, _)| *key == name).map(|(_, value)| value.to_string()))
}
