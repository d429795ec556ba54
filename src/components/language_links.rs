use leptos::prelude::*;

use crate::i18n::{locale::SUPPORTED, use_i18n};
use crate::route::{Route, SiteRoot};

/// Every language by its own name, each a link to this same page in that language
/// (the current one marked). The picker on every page and the desk's language grid
/// differ only in their classes.
#[component]
pub fn LanguageLinks(list_class: &'static str, link_class: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let route = expect_context::<Route>();
    let root = expect_context::<SiteRoot>();
    let items = SUPPORTED
        .iter()
        .map(|&locale| {
            view! {
                <li>
                    <a
                        class=link_class
                        href=root.href(&route.in_locale(locale))
                        lang=locale.code
                        hreflang=locale.code
                        dir=locale.direction.as_str()
                        aria-current=(locale == i18n.locale()).then_some("page")
                    >
                        {locale.name}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! { <ul class=list_class>{items}</ul> }
}
