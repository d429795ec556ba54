//! The browser entry point: read the address, load the language, then take over the
//! prerendered page (hydrate) or, where the HTML is not this page's (404.html, a
//! language that failed to load), render it afresh.

use leptos::prelude::*;
use whatnext::browser;
use whatnext::i18n::{locale, I18n};
use whatnext::route::{self, LanguageNotice, Page, Resolved, Route};
use whatnext::{page_title, App, PRERENDERED_ROUTE_META};

fn main() {
    let path = web_sys::window().and_then(|window| window.location().pathname().ok()).unwrap_or_default();
    match route::resolve(&path) {
        Resolved::ChooseLocale => {
            let chosen = locale::choose(browser::stored_language().as_deref(), &browser::preferred_languages());
            browser::replace_location(&route::home_path(chosen));
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
    let prerendered = browser::meta_content(PRERENDERED_ROUTE_META);
    let matches_html =
        route.notice.is_none() && route.page != Page::NotFound && prerendered.as_deref() == Some(route.path().as_str());
    if matches_html {
        leptos::mount::hydrate_body(move || view! { <App route=route i18n=i18n/> });
    } else {
        browser::set_document_language(route.locale.code, route.locale.direction.as_str(), &page_title(&route, &i18n));
        browser::clear_body();
        leptos::mount::mount_to_body(move || view! { <App route=route i18n=i18n/> });
    }
    browser::mark_ready();
}
