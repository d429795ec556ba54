use leptos::prelude::*;

use super::{PanicNotice, SafetyLine, TranslationNotice};
use crate::i18n::{locale::EN_GB, use_i18n};
use crate::islands::{DeskTimer, DESK_TIMER_CLASS, EmbedFrame, LanguageNotice, LanguagePicker, SkipLink};
use crate::route::{Mode, Page, Route, SiteRoot};

/// How long a desk screen waits untouched before going back to the language grid.
const DESK_IDLE_SECONDS: u32 = 120;

/// The frame of every page: skip link, header, language picker, notices, safety
/// line, main content, footer. On a desk screen: larger type, no footer links, and
/// back to the start when left alone. Embedded in a practice's web page: no header or
/// footer links (the practice's page has its own), the host's colour and the frame's
/// height from `EmbedFrame`.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let route = expect_context::<Route>();
    let root = expect_context::<SiteRoot>();
    let (desk, embedded) = (route.mode == Mode::Desk, route.mode == Mode::Embedded);
    // Islands' children are closures that own their text.
    let skip_label = i18n.text("skip-to-content");
    let here = i18n.locale();
    let unknown_language = i18n.english_text("unknown-language");
    // The desk start page is the language grid itself, and comes first on screen; its
    // notices and safety line follow it.
    let picker = !(desk && route.page == Page::Home) && route.page != Page::Languages;
    let header = (!embedded).then(|| {
        view! {
            <header class="site-header">
                <div class="container">
                    <a class="site-header__name" href=root.href(&route.to(Page::Home))>{i18n.text("site-name")}</a>
                    <p class="site-header__tagline">{i18n.text("site-tagline")}</p>
                </div>
            </header>
        }
    });
    let footer = (!desk).then(|| {
        let links = (!embedded).then(|| {
            view! {
                <p><a href=root.href(&route.to(Page::Home))>{i18n.text("home-link")}</a></p>
                <p><a href=root.href(&route.to(Page::MakeLink))>{i18n.text("footer-make-link")}</a></p>
                <p><a href=root.href(&route.to(Page::Embed))>{i18n.text("footer-embed")}</a></p>
            }
        });
        view! {
            <footer class="site-footer">
                <div class="container">
                    {links}
                    <p>{i18n.text("footer-not-nhs")}</p>
                    <p>{i18n.text("footer-privacy")}</p>
                </div>
            </footer>
        }
    });
    let desk_timer = desk.then(|| {
        // Back to the desk's start page, in English for the next patient.
        let reset_to = root.href(&route.in_locale(&EN_GB).to(Page::Home));
        view! { <DeskTimer><span class=DESK_TIMER_CLASS hidden data-reset-to=reset_to data-seconds=DESK_IDLE_SECONDS></span></DeskTimer> }
    });
    let embed_frame = embedded.then(|| view! { <EmbedFrame/> });
    // The rules the guides describe are England's (the Standard Contract, e-Referral,
    // Pharmacy First): every page says so, in its own language.
    let scope = view! { <p class="scope">{i18n.text("scope-england")}</p> };
    let main = view! { <main id="main" tabindex="-1">{children()}</main> };
    let class = match route.mode {
        Mode::Personal => "page",
        Mode::Desk => "page page--desk",
        Mode::Embedded => "page page--embedded",
    };
    view! {
        <div class=class>
            <SkipLink>{skip_label}</SkipLink>
            {header}
            {picker.then(|| view! {
                <nav class="languages" aria-label=i18n.text("language-picker-label")>
                    <div class="container">
                        <LanguagePicker>
                            <a
                                class="languages__link"
                                href=root.file(route.languages_page().trim_start_matches('/'))
                                lang=here.code
                                hreflang=here.code
                                dir=here.direction.as_str()
                            >
                                {here.name}
                            </a>
                        </LanguagePicker>
                    </div>
                </nav>
            })}
            <div class="container">
                <PanicNotice/>
                <LanguageNotice>{unknown_language}</LanguageNotice>
                {if picker {
                    view! { <TranslationNotice/> <SafetyLine/> {scope} {main} }.into_any()
                } else {
                    view! { {main} <TranslationNotice/> <SafetyLine/> {scope} }.into_any()
                }}
            </div>
            {footer}
            {desk_timer}
            {embed_frame}
        </div>
    }
}
