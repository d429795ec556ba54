//! The whole page for a route, rendered at build time.

use leptos::either::EitherOf3;
use leptos::prelude::*;

use crate::components::Layout;
use crate::i18n::I18n;
use crate::pages::{HomePage, JourneyPage, NotFoundPage};
use crate::route::{Page, Route};

#[component]
pub fn App(route: Route, i18n: I18n) -> impl IntoView {
    provide_context(i18n);
    provide_context(route);
    let page = match route.page {
        Page::Home => EitherOf3::A(view! { <HomePage/> }),
        Page::Journey(journey) => EitherOf3::B(view! { <JourneyPage journey=journey/> }),
        Page::NotFound => EitherOf3::C(view! { <NotFoundPage/> }),
    };
    view! { <Layout>{page}</Layout> }
}

/// The document title: the page's own heading, then the site name.
pub fn page_title(route: &Route, i18n: &I18n) -> String {
    let heading = match route.page {
        Page::Home => i18n.text("home-title"),
        Page::Journey(journey) => i18n.attr(journey.id, "title"),
        Page::NotFound => i18n.text("not-found-title"),
    };
    format!("{heading} – {}", i18n.text("site-name"))
}

/// The page's description for search engines and link previews.
pub fn page_description(route: &Route, i18n: &I18n) -> String {
    match route.page {
        Page::Journey(journey) => i18n.attr(journey.id, "summary"),
        Page::Home | Page::NotFound => i18n.text("site-tagline"),
    }
}
