use leptos::prelude::*;

use super::{LanguagePicker, SafetyLine, TranslationNotice};
use crate::browser;
use crate::i18n::use_i18n;
use crate::route::{home_path, Route};

/// The frame of every page: skip link, header, language picker, notices, safety
/// line, main content, footer.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let route = expect_context::<Route>();
    let language_notice = route.notice.map(|notice| {
        view! { <p class="notice" role="status">{i18n.text(notice.message())}</p> }
    });
    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>{i18n.text("skip-to-content")}</a>
        <header class="site-header">
            <div class="container">
                <a class="site-header__name" href=home_path(i18n.locale())>{i18n.text("site-name")}</a>
                <p class="site-header__tagline">{i18n.text("site-tagline")}</p>
            </div>
        </header>
        <LanguagePicker/>
        <div class="container">
            {language_notice}
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

/// Moves focus to the content without touching the URL fragment, which may hold a
/// patient's own details.
fn skip_to_main(event: leptos::ev::MouseEvent) {
    event.prevent_default();
    browser::focus("main");
}
