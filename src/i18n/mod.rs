//! Languages and text. All words come from Fluent files under `locales/`.

pub mod locale;
mod translator;

pub use locale::{Direction, Locale};
pub use translator::{I18n, MessageRef, EN_GB_FTL};

/// The page's text, provided by [`crate::App`].
pub fn use_i18n() -> I18n {
    leptos::prelude::expect_context::<I18n>()
}
