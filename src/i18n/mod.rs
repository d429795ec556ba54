//! Languages and text. All words come from Fluent files under `locales/`.
//!
//! The locale registry and negotiation (`locale`) are used in the browser too; the
//! Fluent translator only at build time, when every page is rendered to HTML.

#[cfg(feature = "ssr")]
mod bidi;
#[cfg(feature = "ssr")]
pub mod folder;
pub mod locale;
#[cfg(feature = "ssr")]
mod translator;

pub use locale::{Direction, Locale};
#[cfg(feature = "ssr")]
pub use translator::{built_in_reviews, built_in_text, english_name, for_locale, from_disk, I18n, MessageRef, WordProblem};

/// The page's text, provided by [`crate::App`].
#[cfg(feature = "ssr")]
pub fn use_i18n() -> I18n {
    leptos::prelude::expect_context::<I18n>()
}
