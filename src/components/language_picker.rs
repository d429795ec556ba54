use leptos::prelude::*;

use crate::browser;
use crate::i18n::{locale::SUPPORTED, use_i18n};
use crate::route::Route;

/// Every language by its own name, each a link to this same page in that language,
/// so one tap switches and links keep the language. Works without JavaScript; with
/// it, the choice is remembered and the patient's details in the fragment are kept.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let i18n = use_i18n();
    let route = expect_context::<Route>();
    let current = i18n.locale();
    let links = SUPPORTED
        .iter()
        .map(|&locale| {
            let path = route.in_locale(locale).path();
            let on_click = {
                let path = path.clone();
                move |event: leptos::ev::MouseEvent| {
                    event.prevent_default();
                    browser::remember_language(locale.code);
                    browser::go_to(&path);
                }
            };
            view! {
                <li>
                    <a
                        class="languages__link"
                        href=path
                        lang=locale.code
                        hreflang=locale.code
                        dir=locale.direction.as_str()
                        aria-current=(locale == current).then_some("page")
                        on:click=on_click
                    >
                        {locale.name}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="languages" aria-label=i18n.text("language-picker-label")>
            <div class="container">
                <ul class="languages__list">{links}</ul>
            </div>
        </nav>
    }
}
