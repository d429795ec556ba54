//! The browser entry point: read the address, load the language, show the page.

use leptos::prelude::*;
use whatnext::browser;
use whatnext::i18n::{locale, I18n};
use whatnext::route::{self, LanguageNotice, Resolved, Route};
use whatnext::{page_title, App};

fn main() {
    let path = web_sys::window().and_then(|window| window.location().pathname().ok()).unwrap_or_default();
    match route::resolve(&path) {
        Resolved::ChooseLocale => {
            let chosen = locale::choose(browser::stored_language().as_deref(), &browser::preferred_languages());
            // replace(): the back button should not bounce through `/` again.
            if let Some(window) = web_sys::window() {
                let _ = window.location().replace(&format!("{}{}", route::home_path(chosen), browser::fragment()));
            }
        }
        Resolved::Page(route) if route.locale == &locale::EN_GB => show(route, I18n::en_gb()),
        Resolved::Page(route) => wasm_bindgen_futures::spawn_local(async move {
            match browser::fetch_text(&format!("/locales/{}", route.locale.file)).await {
                Ok(ftl) => show(route, I18n::new(route.locale, &ftl)),
                Err(error) => {
                    web_sys::console::warn_1(&format!("showing English: {error}").into());
                    let english = Route { notice: Some(LanguageNotice::LoadFailed), ..route.in_locale(&locale::EN_GB) };
                    show(english, I18n::en_gb());
                }
            }
        }),
    }
}

fn show(route: Route, i18n: I18n) {
    if let Some(document) = web_sys::window().and_then(|window| window.document()) {
        document.set_title(&page_title(&route, &i18n));
        if let Some(html) = document.document_element() {
            let _ = html.set_attribute("lang", route.locale.code);
            let _ = html.set_attribute("dir", route.locale.direction.as_str());
        }
    }
    leptos::mount::mount_to_body(move || view! { <App route=route i18n=i18n/> });
}
