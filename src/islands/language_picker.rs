use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::browser;

/// One language in the picker: this same page in that language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LanguageLink {
    pub code: String,
    /// The language's own name, e.g. "Polski".
    pub name: String,
    /// "ltr" or "rtl".
    pub dir: String,
    pub href: String,
    pub current: bool,
}

/// Every language by its own name, each a link to this same page in that language,
/// so one tap switches and links keep the language. Works without JavaScript; with
/// it, the choice is remembered and the patient's details in the fragment are kept.
#[island]
pub fn LanguagePicker(label: String, links: Vec<LanguageLink>) -> impl IntoView {
    let items = links
        .into_iter()
        .map(|link| {
            let LanguageLink { code, name, dir, href, current } = link;
            let on_click = {
                let (code, href) = (code.clone(), href.clone());
                move |event: leptos::ev::MouseEvent| {
                    event.prevent_default();
                    browser::remember_language(&code);
                    browser::go_to(&href);
                }
            };
            view! {
                <li>
                    <a
                        class="languages__link"
                        href=href
                        lang=code.clone()
                        hreflang=code
                        dir=dir
                        aria-current=current.then_some("page")
                        on:click=on_click
                    >
                        {name}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="languages" aria-label=label>
            <div class="container">
                <ul class="languages__list">{items}</ul>
            </div>
        </nav>
    }
}
