//! Fetching a file of this site as text.

use wasm_bindgen::{closure::Closure, JsCast};

/// How long a fetch of a site file may take before it is given up (a bad signal that
/// never answers must not leave the search waiting for ever).
const FETCH_TIMEOUT_MS: u32 = 8_000;

/// Fetches a file of this site as text; `done` gets None if it is missing, cannot be
/// read, or takes longer than [`FETCH_TIMEOUT_MS`]. An XMLHttpRequest with one
/// `loadend` handler, which fires exactly once whatever happens, so the handler is
/// always freed; and no futures executor in the Wasm.
pub fn fetch_text(url: String, done: impl FnOnce(Option<String>) + 'static) {
    let Ok(request) = web_sys::XmlHttpRequest::new() else { return done(None) };
    if request.open("GET", &url).is_err() {
        return done(None);
    }
    request.set_timeout(FETCH_TIMEOUT_MS);
    let answered = request.clone();
    let on_end = Closure::once_into_js(move || {
        let ok = answered.status().is_ok_and(|status| (200..300).contains(&status));
        done(ok.then(|| answered.response_text().ok().flatten()).flatten());
    });
    request.set_onloadend(Some(on_end.unchecked_ref()));
    let _ = request.send();
}
