//! The only parts of a page that run in the browser. Everything else is static HTML
//! rendered at build time. Each island on a patient's page gets its words as server-
//! rendered `children` (already formatted by Fluent, hidden where they are data) and
//! reads them from the page, so the patients' Wasm carries no Fluent, no page text and
//! no JSON decoder. The staff tools' islands (link
//! maker, embed maker, local config check) are built only into the staff Wasm
//! (`staff` feature). The desk timer is the patients': a desk screen is read by
//! patients, so it loads what their phones load.

#[cfg(feature = "staff")]
mod config_check;
// The desk screen's timer: desk pages run on practice screens and load the staff Wasm.
#[cfg(feature = "staff")]
mod desk_timer;
#[cfg(feature = "staff")]
mod embed_builder;
mod embed_frame;
mod journey_search;
mod language_notice;
mod language_picker;
#[cfg(feature = "staff")]
mod link_builder;
mod listen_button;
mod personal_details;
mod qr_code;
mod skip_link;
#[cfg(feature = "staff")]
mod staff_form;

#[cfg(feature = "staff")]
pub use config_check::{ConfigCheck, ConfigTexts, AREA_HOLE, FIELD_HOLE};
#[cfg(feature = "staff")]
pub use desk_timer::{DeskTimer, DESK_TIMER_CLASS};
#[cfg(feature = "staff")]
pub use embed_builder::{EmbedBuilder, EmbedLanguage, EmbedTexts, RATIO_HOLE};
pub use embed_frame::{EmbedFrame, MORE_GUIDES_CLASS};
pub use journey_search::JourneySearch;
pub use language_notice::LanguageNotice;
pub use language_picker::LanguagePicker;
#[cfg(feature = "staff")]
pub use link_builder::{BuilderTexts, LinkBuilder, PatientLanguage, LINK_HOLE, TITLE_HOLE};
pub use listen_button::ListenButton;
pub use qr_code::QrCode;
pub use personal_details::{PersonalDetails, DATE_HOLE, PHONE_HOLE, SERVICE_HOLE, TEXT_KEYS as DETAIL_TEXT_KEYS, WEB_HOLE};
pub use skip_link::SkipLink;

/// The event the loader fires once the Wasm has started (src/site/loader.js).
pub const STARTED_EVENT: &str = "whatnext:started";

/// Brings every `<leptos-island>` on the page to life once the page's loader has
/// started the Wasm, then marks `<html data-ready>`.
#[cfg(feature = "hydrate")]
pub fn hydrate_all() {
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};

    leptos::mount::hydrate_islands();
    let Some(window) = web_sys::window() else { return };
    // The loader (src/site/loader.js) puts the module's exports on window.wasmBindings,
    // then fires STARTED_EVENT.
    let on_started = Closure::once_into_js(move || {
        let Some(window) = web_sys::window() else { return };
        let bindings = js_sys::Reflect::get(&window, &JsValue::from_str("wasmBindings")).unwrap_or(JsValue::UNDEFINED);
        let islands = window.document().and_then(|document| document.query_selector_all("leptos-island").ok());
        for index in 0..islands.as_ref().map_or(0, |list| list.length()) {
            let Some(island) = islands.as_ref().and_then(|list| list.item(index)) else { continue };
            let Ok(element) = island.dyn_into::<web_sys::HtmlElement>() else { continue };
            let Some(name) = element.dataset().get("component") else { continue };
            if let Ok(hydrate) = js_sys::Reflect::get(&bindings, &JsValue::from_str(&name)) {
                if let Some(hydrate) = hydrate.dyn_ref::<js_sys::Function>() {
                    let _ = hydrate.call1(&JsValue::NULL, &element);
                }
            }
        }
        crate::browser::make_installable();
        crate::browser::mark_ready();
    });
    let _ = window.add_event_listener_with_callback(STARTED_EVENT, on_started.unchecked_ref());
}
