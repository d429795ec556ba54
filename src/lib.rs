//! What next? Plain-language guides to who does what when care moves between
//! a GP practice and a hospital team.
//!
//! `journeys` holds the typed structure of every guide, `i18n` the words (from
//! `locales/`), `route` the paths. Every page is rendered to HTML at build time
//! (`app`, `pages`, `components`: the `ssr` feature); in the browser only the
//! `islands` run (the `hydrate` feature), calling the browser through `browser`.
//! `local_config` reads an area's own contact details (build time and staff tools).

#![recursion_limit = "256"]

pub mod browser;
pub mod colour;
pub mod date;
#[cfg(feature = "ssr")]
pub mod easy_read;
pub mod i18n;
pub mod islands;
pub mod journeys;
mod keyed_enum;
pub mod link;
#[cfg(feature = "staff")]
pub mod local_config;
pub mod qr;
pub mod route;
pub mod search;
pub mod sms;
#[cfg(feature = "hydrate")]
pub mod start;

#[cfg(feature = "ssr")]
mod app;
#[cfg(feature = "ssr")]
pub mod components;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod site;
#[cfg(feature = "ssr")]
pub mod translations;

#[cfg(feature = "ssr")]
pub use app::{page_description, page_title, App};

/// The `<body>` content of one page, rendered with the page's words. What went wrong
/// with the words is then in `i18n.take_problems()`, the messages it used in
/// `i18n.take_used()`.
#[cfg(feature = "ssr")]
pub fn render_body(
    route: route::Route,
    i18n: &i18n::I18n,
    root: route::SiteRoot,
    area: Option<local_config::AreaContacts>,
    review: translations::PageReview,
) -> String {
    use leptos::prelude::*;
    // Islands with server-rendered children need a shared (SSR) context.
    let owner = Owner::new_root(Some(std::sync::Arc::new(hydration_context::SsrSharedContext::new())));
    let i18n = i18n.clone();
    owner
        .with(move || view! { <App route=route i18n=i18n root=root area=area review=review/> }.to_html())
        // Leptos marks its placeholders `<!>`, which browsers read as an empty comment but
        // HTML calls a bogus comment; `<!---->` is the same node, written validly. (Text
        // never holds a literal `<!>`: it is escaped.)
        .replace("<!>", "<!---->")
}
