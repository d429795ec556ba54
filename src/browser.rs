//! Calls into the browser, kept out of render code so the same components can be
//! rendered natively. Used by the entry point, effects and event handlers only.
//! Natively (tests, the build step) each call does nothing and returns nothing.

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

/// The URL fragment, with its `#`, or "" (it may hold the patient's own details).
pub fn fragment() -> String {
    #[cfg(target_arch = "wasm32")]
    if let Some(hash) = web_sys::window().and_then(|window| window.location().hash().ok()) {
        return hash;
    }
    String::new()
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

/// Sets `<html lang dir>` and the title, for a page rendered in the browser.
pub fn set_document_language(lang: &str, dir: &str, title: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(document) = web_sys::window().and_then(|window| window.document()) {
        document.set_title(title);
        if let Some(html) = document.document_element() {
            let _ = html.set_attribute("lang", lang);
            let _ = html.set_attribute("dir", dir);
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (lang, dir, title);
}

/// Marks `<html data-ready>` once the app has taken over the page, so tests (and
/// anything else) can tell the prerendered HTML is now live.
pub fn mark_ready() {
    #[cfg(target_arch = "wasm32")]
    if let Some(html) = web_sys::window().and_then(|window| window.document()).and_then(|document| document.document_element()) {
        let _ = html.set_attribute("data-ready", "");
    }
}

/// Empties `<body>` before rendering a page whose prerendered HTML is not its own.
pub fn clear_body() {
    #[cfg(target_arch = "wasm32")]
    if let Some(body) = web_sys::window().and_then(|window| window.document()).and_then(|document| document.body()) {
        body.set_inner_html("");
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

/// Fetches a text file from the app's own origin; the error says what went wrong.
pub async fn fetch_text(path: &str) -> Result<String, String> {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen_futures::JsFuture;
        let failed = |error: wasm_bindgen::JsValue| format!("{path}: {error:?}");
        let window = web_sys::window().ok_or("no window")?;
        let response: web_sys::Response =
            JsFuture::from(window.fetch_with_str(path)).await.map_err(failed)?.dyn_into().map_err(failed)?;
        if !response.ok() {
            return Err(format!("{path}: HTTP {}", response.status()));
        }
        let text = JsFuture::from(response.text().map_err(failed)?).await.map_err(failed)?;
        text.as_string().ok_or_else(|| format!("{path}: not text"))
    }
    #[cfg(not(target_arch = "wasm32"))]
    Err(format!("{path}: not in a browser"))
}
