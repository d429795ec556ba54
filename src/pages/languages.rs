use leptos::prelude::*;

use crate::i18n::{locale::SUPPORTED, use_i18n};
use crate::islands::LanguagePicker;
use crate::route::{Page, Route, SiteRoot};

/// `/<locale>/languages/`: every language by its own name, and in English for whoever
/// is helping, grouped by the first letter of the English name (A, B, C…). What the one picker link on every
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
    let mut groups: Vec<(char, Vec<&'static crate::i18n::Locale>)> = Vec::new();
    for locale in locales {
        let letter = crate::i18n::english_name(locale).chars().next().unwrap_or('?');
        match groups.last_mut() {
            Some((last, members)) if *last == letter => members.push(locale),
            _ => groups.push((letter, vec![locale])),
        }
    }
    let here = i18n.locale();
    let link = |locale: &'static crate::i18n::Locale| {
        view! {
            <li>
                <a
                    class="language-list__link"
                    href=root.href(&route.to(Page::Home).in_locale(locale))
                    lang=locale.code
                    hreflang=locale.code
                    dir=locale.direction.as_str()
                    aria-current=(locale == here).then_some("page")
                >
                    {locale.name}
                    <span class="language-list__english" lang="en-GB" dir="ltr">{crate::i18n::english_name(locale)}</span>
                </a>
            </li>
        }
    };
    let sections = groups
        .into_iter()
        .map(|(letter, members)| {
            view! {
                <h2 class="language-list__letter" lang="en-GB">{letter.to_string()}</h2>
                <ul class="language-list">{members.into_iter().map(&link).collect_view()}</ul>
            }
        })
        .collect_view();
    view! {
        <h1>{i18n.text("language-picker-label")}</h1>
        <LanguagePicker>{sections}</LanguagePicker>
    }
}
