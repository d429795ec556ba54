//! The words compiled into the program, and the same read from disk for the quick loop.

use super::I18n;
use crate::i18n::locale::{Locale, EN_GB};

// LOCALE_TEXTS: every locale's joined text, en-GB first (see build.rs).
include!(concat!(env!("OUT_DIR"), "/locale_texts.rs"));

/// The en-GB text, the fallback for every other locale.
pub(super) const EN_GB_FTL: &str = LOCALE_TEXTS[0].1;

/// The text of a supported locale.
pub fn for_locale(locale: &'static Locale) -> I18n {
    I18n::new(locale, built_in_text(locale))
}

/// A locale's joined Fluent text as compiled in.
pub fn built_in_text(locale: &Locale) -> &'static str {
    LOCALE_TEXTS.iter().find(|(code, _)| *code == locale.code).map_or("", |(_, text)| text)
}

/// A locale's name in English (`meta.ftl`'s `language-english-name`), for whoever is
/// helping the patient; not in the browser's Wasm.
pub fn english_name(locale: &Locale) -> &'static str {
    ENGLISH_NAMES.iter().find(|(code, _)| *code == locale.code).map_or("", |(_, name)| name)
}

/// A locale's `reviews.json` as compiled in, if it has one.
pub fn built_in_reviews(locale: &Locale) -> Option<&'static str> {
    LOCALE_REVIEWS.iter().find(|(code, _)| *code == locale.code).map(|(_, text)| *text)
}

/// The words of `locale` as they are in `locales` now, backed by en-GB's as they are
/// now: the quick loop (`./run dev`) shows a word change without compiling.
pub fn from_disk(locales: &std::path::Path, locale: &'static Locale) -> std::io::Result<I18n> {
    let english = crate::i18n::folder::joined_text(&locales.join(EN_GB.code))?;
    let own = if locale == &EN_GB { english.clone() } else { crate::i18n::folder::joined_text(&locales.join(locale.code))? };
    Ok(I18n::with_english(locale, &own, &english))
}
