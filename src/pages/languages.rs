use leptos::prelude::*;

use crate::i18n::{locale::SUPPORTED, use_i18n};
use crate::islands::LanguagePicker;
use crate::route::{Page, Route, SiteRoot};

/// `/<locale>/languages/`: every language by its own name, and in English for whoever
/// is helping, in the order of the English names. What the one picker link on every
/// page opens: adding a language adds a line here and nothing to any other page. Each
/// link opens the home page in that language; with JavaScript, the page the patient
/// came from (`?page=`), their details kept (`LanguagePicker`).
#[component]
pub fn LanguagesPage() -> impl IntoView {
    let i18n = use_i18n();
    let route = expect_context::<Route>();
    let root = expect_context::<SiteRoot>();
    let mut locales = SUPPORTED.to_vec();
    locales.sort_by_key(|locale| crate::i18n::english_name(locale));
    let items = locales
        .into_iter()
        .map(|locale| {
            view! {
                <li>
                    <a
                        class="language-list__link"
                        href=root.href(&route.to(Page::Home).in_locale(locale))
                        lang=locale.code
                        hreflang=locale.code
                        dir=locale.direction.as_str()
                        aria-current=(locale == i18n.locale()).then_some("page")
                    >
                        {locale.name}
                        <span class="language-list__english" lang="en-GB" dir="ltr">{crate::i18n::english_name(locale)}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <h1>{i18n.text("language-picker-label")}</h1>
        <LanguagePicker>
            <ul class="language-list">{items}</ul>
        </LanguagePicker>
    }
}
