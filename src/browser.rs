//! Calls into the browser, kept out of render code so the same components render
//! natively at build time. Used by the entry point, effects and event handlers only.
//! Natively each call does nothing and returns nothing.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::JsCast;

/// The one thing the app ever stores on the device: the language the patient chose.
#[cfg(target_arch = "wasm32")]
const LANGUAGE_KEY: &str = "whatnext-language";

/// The language the patient chose before on this device, if any.
pub fn stored_language() -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        let storage = web_sys::window()?.local_storage().ok()??;
        storage.get_item(LANGUAGE_KEY).ok()?
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// Remembers the patient's choice of language. Storage may be refused (private
/// browsing): then the choice lasts only while they follow links.
pub fn remember_language(code: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(Ok(Some(storage))) = web_sys::window().map(|window| window.local_storage()) {
        let _ = storage.set_item(LANGUAGE_KEY, code);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = code;
}

/// The browser's preferred languages, most wanted first.
pub fn preferred_languages() -> Vec<String> {
    #[cfg(target_arch = "wasm32")]
    if let Some(window) = web_sys::window() {
        return window.navigator().languages().iter().filter_map(|tag| tag.as_string()).collect();
    }
    Vec::new()
}

/// The URL path, e.g. "/en-GB/referral/".
pub fn path() -> String {
    #[cfg(target_arch = "wasm32")]
    if let Some(path) = web_sys::window().and_then(|window| window.location().pathname().ok()) {
        return path;
    }
    String::new()
}

/// The URL query, with its `?`, or "".
pub fn query() -> String {
    #[cfg(target_arch = "wasm32")]
    if let Some(search) = web_sys::window().and_then(|window| window.location().search().ok()) {
        return search;
    }
    String::new()
}

/// The URL fragment, with its `#`, or "" (it may hold the patient's own details).
pub fn fragment() -> String {
    #[cfg(target_arch = "wasm32")]
    if let Some(hash) = web_sys::window().and_then(|window| window.location().hash().ok()) {
        return hash;
    }
    String::new()
}

/// A date in the page's language, written the local way ("12 December 2026",
/// "12 grudnia 2026"), by the browser's own Intl.
pub fn format_date(lang: &str, date: crate::date::Date) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsValue;
        let options = js_sys::Object::new();
        for (key, value) in [("day", "numeric"), ("month", "long"), ("year", "numeric")] {
            let _ = js_sys::Reflect::set(&options, &JsValue::from_str(key), &JsValue::from_str(value));
        }
        // Noon, so no time zone can move the day.
        let day = js_sys::Date::new_with_year_month_day_hr_min_sec(
            u32::from(date.year),
            i32::from(date.month) - 1,
            i32::from(date.day),
            12,
            0,
            0,
        );
        day.to_locale_date_string(lang, &options).into()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = lang;
        date.to_string()
    }
}

/// Replaces the current page (no history entry), keeping the fragment.
pub fn replace_location(path: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(window) = web_sys::window() {
        let _ = window.location().replace(&format!("{path}{}", fragment()));
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = path;
}

/// The `content` of `<meta name="…">`, if the page has one.
pub fn meta_content(name: &str) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        let document = web_sys::window()?.document()?;
        document.query_selector(&format!("meta[name=\"{name}\"]")).ok()??.get_attribute("content")
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = name;
        None
    }
}

/// Marks `<html data-ready>` once the app has taken over the page, so tests (and
/// anything else) can tell the prerendered HTML is now live.
pub fn mark_ready() {
    #[cfg(target_arch = "wasm32")]
    if let Some(html) = web_sys::window().and_then(|window| window.document()).and_then(|document| document.document_element()) {
        let _ = html.set_attribute("data-ready", "");
    }
}

/// Goes to another page of the app, keeping the fragment.
pub fn go_to(path: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(window) = web_sys::window() {
        let _ = window.location().assign(&format!("{path}{}", fragment()));
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = path;
}

/// Moves keyboard focus to the element with this id.
pub fn focus(id: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(element) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = id;
}

