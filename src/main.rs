//! The browser entry point: read the address, then show the page for it.

use leptos::prelude::*;
use whatnext::i18n::{locale, I18n};
use whatnext::route::{self, Resolved};
use whatnext::{page_title, App};

fn main() {
    let window = web_sys::window().expect("a browser window");
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    match route::resolve(&path) {
        Resolved::ChooseLocale => {
            let languages: Vec<String> =
                window.navigator().languages().iter().filter_map(|tag| tag.as_string()).collect();
            let chosen = locale::negotiate(&languages);
            // replace(): the back button should not bounce through `/` again.
            let _ = location.replace(&route::home_path(chosen));
        }
        Resolved::Page(route) => {
            let i18n = I18n::en_gb();
            if let Some(document) = window.document() {
                document.set_title(&page_title(&route, &i18n));
                if let Some(html) = document.document_element() {
                    let _ = html.set_attribute("lang", route.locale.code);
                    let _ = html.set_attribute("dir", route.locale.direction.as_str());
                }
            }
            leptos::mount::mount_to_body(move || view! { <App route=route i18n=i18n/> });
        }
    }
}
