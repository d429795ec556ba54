//! The patient's language: their earlier choice on this device, and the browser's.

/// The one thing the app ever stores on the device: the language the patient chose.
const LANGUAGE_KEY: &str = "whatnext-language";

/// The language the patient chose before on this device, if any.
pub fn stored_language() -> Option<String> {
    let storage = web_sys::window()?.local_storage().ok()??;
    storage.get_item(LANGUAGE_KEY).ok()?
}

/// Remembers the patient's choice of language. Storage may be refused (private
/// browsing): then the choice lasts only while they follow links.
pub fn remember_language(code: &str) {
    if let Some(Ok(Some(storage))) = web_sys::window().map(|window| window.local_storage()) {
        let _ = storage.set_item(LANGUAGE_KEY, code);
    }
}

/// The browser's preferred languages, most wanted first.
pub fn preferred_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else { return Vec::new() };
    window.navigator().languages().iter().filter_map(|tag| tag.as_string()).collect()
}
