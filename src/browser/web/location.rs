//! Where the page is, and going elsewhere.

/// The URL path, e.g. "/en-GB/referral/".
pub fn path() -> String {
    web_sys::window().and_then(|window| window.location().pathname().ok()).unwrap_or_default()
}

/// The URL query, with its `?`, or "".
pub fn query() -> String {
    web_sys::window().and_then(|window| window.location().search().ok()).unwrap_or_default()
}

/// The URL fragment, with its `#`, or "" (it may hold the patient's own details).
pub fn fragment() -> String {
    web_sys::window().and_then(|window| window.location().hash().ok()).unwrap_or_default()
}

/// The full address of this page, fragment included.
pub fn href() -> String {
    web_sys::window().and_then(|window| window.location().href().ok()).unwrap_or_default()
}

/// This site's origin, e.g. `https://whatnext.example`.
pub fn origin() -> String {
    web_sys::window().and_then(|window| window.location().origin().ok()).unwrap_or_default()
}

/// Replaces the current page (no history entry), keeping the fragment.
pub fn replace_location(path: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().replace(&format!("{path}{}", fragment()));
    }
}

/// Goes to another page of the app, keeping the fragment.
pub fn go_to(path: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().assign(&format!("{path}{}", fragment()));
    }
}
