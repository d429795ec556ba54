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
                keywords: String::new(),
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

/// Sets a CSS custom property on the page, e.g. `--colour-link`.
pub fn set_page_style(property: &str, value: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(html) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
        .and_then(|html| html.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = html.style().set_property(property, value);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (property, value);
}

/// Hides every element matching `selector`.
pub fn hide_all(selector: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(found) = web_sys::window().and_then(|window| window.document()).and_then(|document| document.query_selector_all(selector).ok()) {
        for index in 0..found.length() {
            if let Some(element) = found.item(index).and_then(|node| node.dyn_into::<web_sys::HtmlElement>().ok()) {
                element.set_hidden(true);
            }
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = selector;
}

/// Adds this page's query to every link to another page of the site, so settings in
/// it (an embedded page's colour) last as the patient goes from page to page.
pub fn carry_query_to_links() {
    #[cfg(target_arch = "wasm32")]
    {
        let query = query();
        if query.is_empty() {
            return;
        }
        let Some(links) = web_sys::window().and_then(|window| window.document()).and_then(|document| document.query_selector_all("a[href]").ok()) else { return };
        for index in 0..links.length() {
            let Some(link) = links.item(index).and_then(|node| node.dyn_into::<web_sys::Element>().ok()) else { continue };
            let Some(href) = link.get_attribute("href") else { continue };
            // Relative links only: not tel:, https:, or #main.
            if !href.contains(':') && !href.starts_with('#') && !href.contains('?') {
                let _ = link.set_attribute("href", &format!("{href}{query}"));
            }
        }
    }
}

/// In a frame: tells the page around it this page's height whenever it changes, as
/// `{ type: message_type, height }`, so the frame can be as tall as the content. The
/// message says nothing else, so any page may receive it.
pub fn report_height_to_parent(message_type: &'static str) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::{closure::Closure, JsValue};
        let Some(window) = web_sys::window() else { return };
        let Some(parent) = window.parent().ok().flatten() else { return };
        if JsValue::from(&parent) == JsValue::from(&window) {
            return;
        }
        let Some(html) = window.document().and_then(|document| document.document_element()) else { return };
        let measured = html.clone();
        let report = Closure::<dyn FnMut()>::new(move || {
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &message_type.into());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &measured.get_bounding_client_rect().height().ceil().into());
            let _ = parent.post_message(&message, "*");
        });
        if let Ok(observer) = web_sys::ResizeObserver::new(report.as_ref().unchecked_ref()) {
            observer.observe(&html);
        }
        report.forget();
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = message_type;
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
/// "12 grudnia 2026"), by the browser's own Intl: always in the Gregorian calendar and
/// Western digits, as on the NHS's letters and the rest of the page (Persian would
/// otherwise get the Solar Hijri calendar).
pub fn format_date(lang: &str, date: crate::date::Date) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsValue;
        let options = js_sys::Object::new();
        for (key, value) in [("day", "numeric"), ("month", "long"), ("year", "numeric"), ("calendar", "gregory"), ("numberingSystem", "latn")] {
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

/// Registers the service worker, so pages open again without a signal, and links the
/// web app manifest, so the app can be added to the home screen. Both wait for the app
/// to start: neither is needed to read the page, and their requests would otherwise
/// share a slow connection with its words. Browsers without a service worker (or that
/// refuse it) just carry on.
pub fn make_installable() {
    #[cfg(target_arch = "wasm32")]
    if let Some(window) = web_sys::window() {
        let root = site_root_folder();
        let _ = window.navigator().service_worker().register(&format!("{root}sw.js"));
        let Some(document) = window.document() else { return };
        let (Ok(link), Some(head)) = (document.create_element("link"), document.head()) else { return };
        let _ = link.set_attribute("rel", "manifest");
        let _ = link.set_attribute("href", &format!("{root}manifest.webmanifest"));
        let _ = head.append_child(&link);
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

/// The notice shown if the Wasm fails (a panic traps): the loader's error handler
/// (src/bin/site.rs) unhides it. See `crate::components::PanicNotice`.
pub const PANIC_NOTICE_ID: &str = "panic-notice";

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


/// How long a fetch of a site file may take before it is given up (a bad signal that
/// never answers must not leave the search waiting for ever).
const FETCH_TIMEOUT_MS: u32 = 8_000;

/// Fetches a file of this site as text; `done` gets None if it is missing, cannot be
/// read, or takes longer than [`FETCH_TIMEOUT_MS`]. An XMLHttpRequest with one
/// `loadend` handler, which fires exactly once whatever happens, so the handler is
/// always freed; and no futures executor in the Wasm.
pub fn fetch_text(url: String, done: impl FnOnce(Option<String>) + 'static) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::{closure::Closure, JsCast};
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
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (url, done, FETCH_TIMEOUT_MS);
}

/// Sets the frame `frame_id`'s height from the height messages (`message_type`) its
/// page sends, and only from them: the staff preview of an embedded page.
#[cfg(feature = "staff")]
pub fn size_frame_to_its_page(frame_id: &'static str, message_type: &'static str) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::{closure::Closure, JsValue};
        let Some(window) = web_sys::window() else { return };
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let Some(frame) = web_sys::window()
                .and_then(|window| window.document())
                .and_then(|document| document.get_element_by_id(frame_id))
                .and_then(|frame| frame.dyn_into::<web_sys::HtmlIFrameElement>().ok())
            else {
                return;
            };
            let from_frame = event.source().map(JsValue::from) == frame.content_window().map(JsValue::from);
            let data = event.data();
            let kind = js_sys::Reflect::get(&data, &"type".into()).ok().and_then(|kind| kind.as_string());
            let height = js_sys::Reflect::get(&data, &"height".into()).ok().and_then(|height| height.as_f64());
            if let (true, Some(true), Some(height)) = (from_frame && event.origin() == origin(), kind.map(|kind| kind == message_type), height) {
                if height > 0.0 && height < 100_000.0 {
                    let _ = frame.style().set_property("height", &format!("{}px", height.ceil()));
                }
            }
        });
        let _ = window.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
        on_message.forget();
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (frame_id, message_type);
}
