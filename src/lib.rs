//! What next? Plain-language guides to who does what when care moves between
//! a GP practice and a hospital team.
//!
//! `journeys` holds the typed structure of every guide, `i18n` the words (from
//! `locales/`), `route` the paths, and `pages` / `components` the views. Render
//! code stays free of browser calls so the same tree can also be rendered natively;
//! `browser` holds those calls, for the entry point, effects and event handlers.

pub mod browser;
pub mod components;
pub mod i18n;
pub mod journeys;
pub mod pages;
pub mod route;
pub mod search;

use leptos::either::EitherOf3;
use leptos::prelude::*;

use i18n::I18n;
use pages::{HomePage, JourneyPage, NotFoundPage};
use route::{Page, Route};

/// The whole page for a route.
#[component]
pub fn App(route: Route, i18n: I18n) -> impl IntoView {
    provide_context(i18n);
    provide_context(route);
    // EitherOf3 rather than AnyView: a static choice needs no type erasure (smaller Wasm).
    let page = match route.page {
        Page::Home => EitherOf3::A(view! { <HomePage/> }),
        Page::Journey(journey) => EitherOf3::B(view! { <JourneyPage journey=journey/> }),
        Page::NotFound => EitherOf3::C(view! { <NotFoundPage/> }),
    };
    view! { <Layout>{page}</Layout> }
}

/// The `<meta name>` in a prerendered page that holds the path it was rendered for;
/// the browser hydrates only when that is the page it would render itself.
pub const PRERENDERED_ROUTE_META: &str = "whatnext-route";

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

use components::Layout;
