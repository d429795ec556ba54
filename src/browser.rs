//! Calls into the browser, kept out of render code so the same components render
//! natively at build time. Used by the entry point, effects and event handlers only.
//! Natively each call does nothing and returns nothing.

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

/// The page's language, from `<html lang>`.
pub fn page_lang() -> String {
    #[cfg(target_arch = "wasm32")]
    if let Some(lang) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
        .and_then(|html| html.get_attribute("lang"))
    {
        return lang;
    }
    String::new()
}

/// The text of the first element matching `selector` inside `root`, or "".
pub fn text_in(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector).ok().flatten().and_then(|element| element.text_content()).unwrap_or_default()
}

/// The texts of every element matching `selector` inside `root`, in order.
pub fn texts_in(root: &web_sys::Element, selector: &str) -> Vec<String> {
    let Ok(list) = root.query_selector_all(selector) else { return Vec::new() };
    (0..list.length()).filter_map(|index| list.item(index)?.text_content()).collect()
}

/// An attribute of the first element matching `selector` inside `root`.
pub fn attribute_in(root: &web_sys::Element, selector: &str, attribute: &str) -> Option<String> {
    root.query_selector(selector).ok()??.get_attribute(attribute)
}

/// The journeys listed on the page (`.topic .journey-link`), as the search box needs them.
pub fn journey_entries() -> Vec<crate::search::SearchEntry> {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else { return Vec::new() };
    let Ok(list) = document.query_selector_all(".topic .journey-link") else { return Vec::new() };
    (0..list.length())
        .filter_map(|index| {
            let item: web_sys::Element = list.item(index)?.dyn_into().ok()?;
            Some(crate::search::SearchEntry {
                href: attribute_in(&item, "a", "href")?,
                title: text_in(&item, "a"),
                summary: text_in(&item, ".journey-link__summary"),
                keywords: item.get_attribute("data-keywords").unwrap_or_default(),
            })
        })
        .collect()
}

/// The language link a click landed on (`<a hreflang>`), as (language, path).
pub fn clicked_language_link(event: &web_sys::MouseEvent) -> Option<(String, String)> {
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    let link = target.closest("a[hreflang]").ok()??;
    Some((link.get_attribute("hreflang")?, link.get_attribute("href")?))
}

/// The full address of this page, fragment included.
pub fn href() -> String {
    #[cfg(target_arch = "wasm32")]
    if let Some(href) = web_sys::window().and_then(|window| window.location().href().ok()) {
        return href;
    }
    String::new()
}

/// This site's origin, e.g. `https://whatnext.example`.
pub fn origin() -> String {
    #[cfg(target_arch = "wasm32")]
    if let Some(origin) = web_sys::window().and_then(|window| window.location().origin().ok()) {
        return origin;
    }
    String::new()
}

/// Goes to `path` once nobody has touched, typed or scrolled for `seconds`.
pub fn after_idle(seconds: u32, path: String) {
    #[cfg(target_arch = "wasm32")]
    {
        use std::{cell::Cell, rc::Rc};
        use wasm_bindgen::closure::Closure;
        let Some(window) = web_sys::window() else { return };
        let last_touch = Rc::new(Cell::new(js_sys::Date::now()));
        let touched = {
            let last_touch = last_touch.clone();
            Closure::<dyn FnMut()>::new(move || last_touch.set(js_sys::Date::now()))
        };
        for event in ["pointerdown", "keydown", "scroll", "touchstart", "wheel"] {
            let _ = window.add_event_listener_with_callback(event, touched.as_ref().unchecked_ref());
        }
        touched.forget();
        let leaving = Cell::new(false);
        let check = Closure::<dyn FnMut()>::new(move || {
            // Once: a second assign() would cancel the navigation already under way.
            if !leaving.get() && js_sys::Date::now() - last_touch.get() >= f64::from(seconds) * 1000.0 {
                leaving.set(true);
                if let Some(window) = web_sys::window() {
                    let _ = window.location().assign(&path);
                }
            }
        });
        let _ = window.set_interval_with_callback_and_timeout_and_arguments_0(check.as_ref().unchecked_ref(), 1000);
        check.forget();
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (seconds, path);
}

/// Calls `found` once the device has a speech voice for `lang` (voices can load late).
pub fn when_voice_available(lang: &str, found: impl Fn() + 'static) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::closure::Closure;
        let Some(speech) = web_sys::window().and_then(|window| window.speech_synthesis().ok()) else { return };
        let primary = lang.split('-').next().unwrap_or(lang).to_ascii_lowercase();
        let has_voice = move |speech: &web_sys::SpeechSynthesis| {
            speech.get_voices().iter().any(|voice| {
                let voice: web_sys::SpeechSynthesisVoice = voice.unchecked_into();
                voice.lang().to_ascii_lowercase().split(['-', '_']).next() == Some(primary.as_str())
            })
        };
        if has_voice(&speech) {
            found();
            return;
        }
        let check = {
            let speech = speech.clone();
            Closure::<dyn FnMut()>::new(move || {
                if has_voice(&speech) {
                    found();
                }
            })
        };
        speech.set_onvoiceschanged(Some(check.as_ref().unchecked_ref()));
        check.forget();
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (lang, found);
}

/// Reads the page's main content aloud in `lang`, a paragraph at a time; calls
/// `finished` after the last one.
pub fn speak_main(lang: &str, finished: impl Fn() + 'static) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::closure::Closure;
        let Some(window) = web_sys::window() else { return };
        let Ok(speech) = window.speech_synthesis() else { return };
        let Some(main) = window.document().and_then(|document| document.get_element_by_id("main")) else { return };
        let text = main.dyn_into::<web_sys::HtmlElement>().map(|main| main.inner_text()).unwrap_or_default();
        let lines: Vec<&str> = text.lines().map(str::trim).filter(|line| !line.is_empty()).collect();
        speech.cancel();
        let on_end = Closure::<dyn FnMut()>::new(finished);
        for (index, line) in lines.iter().enumerate() {
            let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(line) else { continue };
            utterance.set_lang(lang);
            if index + 1 == lines.len() {
                utterance.set_onend(Some(on_end.as_ref().unchecked_ref()));
            }
            speech.speak(&utterance);
        }
        on_end.forget();
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (lang, finished);
}

pub fn stop_speaking() {
    #[cfg(target_arch = "wasm32")]
    if let Some(speech) = web_sys::window().and_then(|window| window.speech_synthesis().ok()) {
        speech.cancel();
    }
}

/// Puts text on the clipboard; the browser may refuse (then nothing happens).
pub fn copy_text(text: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(window) = web_sys::window() {
        let _ = window.navigator().clipboard().write_text(text);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = text;
}

/// Opens the browser's print dialog.
pub fn print() {
    #[cfg(target_arch = "wasm32")]
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
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

/// Registers the service worker, so pages open again without a signal. Browsers
/// without one (or that refuse it) just carry on.
pub fn register_service_worker() {
    #[cfg(target_arch = "wasm32")]
    if let Some(window) = web_sys::window() {
        let _ = window.navigator().service_worker().register("/sw.js");
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

