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
pub mod i18n;
pub mod islands;
pub mod journeys;
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
pub use app::{page_description, page_title, App};
