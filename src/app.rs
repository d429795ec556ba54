//! The whole page for a route, rendered at build time.

use leptos::prelude::*;

use crate::components::with_english::WithEnglish;
use crate::components::Layout;
use crate::i18n::I18n;
use crate::local_config::AreaContacts;
use crate::easy_read;
use crate::pages::{DeskHomePage, EasyReadListPage, EasyReadPage, EmbedPage, HomePage, JourneyPage, LanguagesPage, MakeLinkPage, NotFoundPage};
use crate::route::{Mode, Page, Route, SiteRoot};
use crate::translations::PageReview;

/// `root`: the way from this page's file to the site's root. `area`: the area's own
/// contact details, if it has a local config. `review`: what the page may say of its
/// translation.
#[component]
pub fn App(route: Route, i18n: I18n, root: SiteRoot, area: Option<AreaContacts>, review: PageReview) -> impl IntoView {
    if route.with_english {
        provide_context(WithEnglish(i18n.english()));
    }
    provide_context(i18n);
    provide_context(review);
    provide_context(route);
    provide_context(root);
    if let Some(area) = area {
        provide_context(area);
    }
    let page = match (route.mode, route.page) {
        (Mode::Desk, Page::Home) => view! { <DeskHomePage/> }.into_any(),
        (Mode::Personal | Mode::Embedded, Page::Home) => view! { <HomePage/> }.into_any(),
        (_, Page::Journey(journey)) => view! { <JourneyPage journey=journey/> }.into_any(),
        (_, Page::NotFound) => view! { <NotFoundPage/> }.into_any(),
        (_, Page::MakeLink) => view! { <MakeLinkPage/> }.into_any(),
        (_, Page::Embed) => view! { <EmbedPage/> }.into_any(),
        (_, Page::Languages) => view! { <LanguagesPage/> }.into_any(),
        (_, Page::EasyRead(journey)) => view! { <EasyReadPage journey=journey/> }.into_any(),
        (_, Page::EasyReadList) => view! { <EasyReadListPage/> }.into_any(),
    };
    view! { <Layout>{page}</Layout> }
}

/// The document title: the page's own heading, then the site name.
pub fn page_title(route: &Route, i18n: &I18n) -> String {
    let heading = match route.page {
        Page::Home => i18n.text("home-title"),
        Page::Journey(journey) => i18n.attr(journey.id, "title"),
        Page::NotFound => i18n.text("not-found-title"),
        Page::MakeLink => i18n.text("make-link-title"),
        Page::Embed => i18n.text("embed-title"),
        Page::Languages => i18n.text("language-picker-label"),
        Page::EasyRead(journey) => i18n.attr(&easy_read::guide_message(journey), easy_read::TITLE),
        Page::EasyReadList => i18n.attr("easy-read-list", easy_read::TITLE),
    };
    format!("{heading} – {}", i18n.text("site-name"))
}

/// The page's description for search engines and link previews.
pub fn page_description(route: &Route, i18n: &I18n) -> String {
    match route.page {
        Page::Journey(journey) | Page::EasyRead(journey) => i18n.attr(journey.id, "summary"),
        Page::Home | Page::NotFound | Page::MakeLink | Page::Embed | Page::Languages | Page::EasyReadList => i18n.text("site-tagline"),
    }
}
