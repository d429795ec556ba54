use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser;
use crate::route::{self, Page, Resolved, CAME_FROM_QUERY};

/// Makes language links (`children`, each `<a hreflang>`) remember the patient's
/// choice and keep their details in the fragment. On the languages page, a link opens
/// the page the patient came from (`?page=`, if it is a page of the site) in that
/// language rather than its home page. Without JavaScript they are plain links.
#[island]
pub fn LanguagePicker(children: Children) -> impl IntoView {
    let on_click = |event: leptos::ev::MouseEvent| {
        if let Some((code, href)) = clicked_language_link(&event) {
            event.prevent_default();
            browser::remember_language(&code);
            // Only to a real page of the site: anything else in the query goes home.
            let came_from = browser::query_value(CAME_FROM_QUERY).and_then(|page| match route::resolve(&format!("/{code}/{page}")) {
                Resolved::Page(route) if route.page != Page::NotFound && route.locale.code == code => Some(route.path()),
                _ => None,
            });
            match came_from {
                Some(path) => browser::go_to(&format!("{}{}", browser::site_root_folder(), path.trim_start_matches('/'))),
                None => browser::go_to(&href),
            }
        }
    };
    view! { <div class="languages__links" on:click=on_click>{children()}</div> }
}

/// The language link a click landed on (`<a hreflang>`), as (language, path).
fn clicked_language_link(event: &leptos::ev::MouseEvent) -> Option<(String, String)> {
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    let link = target.closest("a[hreflang]").ok()??;
    Some((link.get_attribute("hreflang")?, link.get_attribute("href")?))
}
