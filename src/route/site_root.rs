//! The way from a page to the site's root, and the site's folder in the browser.

use super::Route;

/// The way from a page's file to the site's root. Relative ("../../") in every
/// prerendered page, so one build works from any folder of any host
/// (`https://practice.example/whatnext/`); absolute ("/whatnext/") in 404.html, which
/// hosts serve at any depth.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SiteRoot(String);

impl SiteRoot {
    /// From the file of `route`'s page.
    pub fn of(route: &Route) -> Self {
        Self::at_depth(route.depth())
    }

    /// From a file this many folders below the root ("./" at the root itself: module
    /// imports need the dot).
    pub fn at_depth(depth: usize) -> Self {
        Self(if depth == 0 { "./".to_string() } else { "../".repeat(depth) })
    }

    /// The root as an absolute path, e.g. "/" or "/whatnext/".
    pub fn absolute(base_path: &str) -> Self {
        match base_path.trim_matches('/') {
            "" => Self("/".to_string()),
            folder => Self(format!("/{folder}/")),
        }
    }

    /// The address of `route`'s page from here.
    pub fn href(&self, route: &Route) -> String {
        self.file(route.path().trim_start_matches('/'))
    }

    /// The address of a file at the site's root from here.
    pub fn file(&self, name: &str) -> String {
        format!("{}{name}", self.0)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The site's root folder in the browser, from the page's path and its `SiteRoot`:
/// ("/whatnext/en-GB/referral/", "../../") → "/whatnext/".
pub fn root_folder(page_path: &str, root: &str) -> String {
    if root.starts_with('/') {
        return root.to_string();
    }
    let mut folder = &page_path[..page_path.rfind('/').map_or(0, |end| end + 1)];
    for _ in 0..root.matches("../").count() {
        folder = folder.trim_end_matches('/');
        folder = &folder[..folder.rfind('/').map_or(0, |end| end + 1)];
    }
    if folder.starts_with('/') { folder.to_string() } else { format!("/{folder}") }
}

/// The path of a page inside the site: ("/whatnext/en-GB/", "/whatnext/") → "/en-GB/".
/// A path outside the root folder is taken as it is.
pub fn path_in_site(page_path: &str, root_folder: &str) -> String {
    match page_path.strip_prefix(root_folder) {
        Some(inside) => format!("/{inside}"),
        None => page_path.to_string(),
    }
}
