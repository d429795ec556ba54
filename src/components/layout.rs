use leptos::prelude::*;

use super::{SafetyLine, TranslationNotice};
use crate::i18n::{locale::SUPPORTED, use_i18n};
use crate::islands::{LanguageLink, LanguageNotice, LanguagePicker, SkipLink};
use crate::route::{home_path, Route};

/// The frame of every page: skip link, header, language picker, notices, safety
/// line, main content, footer.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let route = expect_context::<Route>();
    let languages: Vec<LanguageLink> = SUPPORTED
        .iter()
        .map(|&locale| LanguageLink {
            code: locale.code.to_string(),
            name: locale.name.to_string(),
            dir: locale.direction.as_str().to_string(),
            href: route.in_locale(locale).path(),
            current: locale == i18n.locale(),
        })
        .collect();
    view! {
        <SkipLink label=i18n.text("skip-to-content")/>
        <header class="site-header">
            <div class="container">
                <a class="site-header__name" href=home_path(i18n.locale())>{i18n.text("site-name")}</a>
                <p class="site-header__tagline">{i18n.text("site-tagline")}</p>
            </div>
        </header>
        <LanguagePicker label=i18n.text("language-picker-label") links=languages/>
        <div class="container">
            <LanguageNotice text=i18n.english_text("unknown-language")/>
            <TranslationNotice/>
            <SafetyLine/>
            <main id="main" tabindex="-1">{children()}</main>
        </div>
        <footer class="site-footer">
            <div class="container">
                <p><a href=home_path(i18n.locale())>{i18n.text("home-link")}</a></p>
                <p>{i18n.text("footer-not-nhs")}</p>
                <p>{i18n.text("footer-privacy")}</p>
            </div>
        </footer>
    }
}
