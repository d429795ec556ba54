//! The languages the app speaks, and picking one for a visitor.

use fluent_langneg::{negotiate_languages, LanguageIdentifier, NegotiationStrategy};

use crate::journeys::Date;

/// Writing direction of a script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// Whether a qualified translator has checked a locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Review {
    /// en-GB: the text everything is translated from.
    Source,
    /// Not checked yet: pages say so, and that an interpreter is free.
    Draft,
    Reviewed(Date),
}

/// A language the app has text for. Read from `locales/<code>/meta.ftl` by build.rs.
#[derive(Debug, PartialEq, Eq)]
pub struct Locale {
    /// BCP 47 tag, also the folder name under `locales/` and the first path segment.
    pub code: &'static str,
    /// The language's own name, e.g. "Polski".
    pub name: &'static str,
    pub direction: Direction,
    pub review: Review,
}

// EN_GB (built in) and SUPPORTED, generated from locales/.
include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The supported locale with this tag, ignoring case (`en-gb` finds `en-GB`).
pub fn find(code: &str) -> Option<&'static Locale> {
    SUPPORTED.iter().copied().find(|locale| locale.code.eq_ignore_ascii_case(code))
}

/// The best supported locale for a browser's language list (e.g. `navigator.languages`).
pub fn negotiate<S: AsRef<str>>(requested: &[S]) -> &'static Locale {
    let requested: Vec<LanguageIdentifier> =
        requested.iter().filter_map(|tag| tag.as_ref().parse().ok()).collect();
    let available: Vec<LanguageIdentifier> =
        SUPPORTED.iter().map(|locale| locale.code.parse().expect("valid built-in tag")).collect();
    let default: LanguageIdentifier = EN_GB.code.parse().expect("valid built-in tag");
    let chosen = negotiate_languages(&requested, &available, Some(&default), NegotiationStrategy::Lookup);
    chosen
        .first()
        .and_then(|tag| find(&tag.to_string()))
        .unwrap_or(&EN_GB)
}

/// The language for `/`: what the patient chose before on this device, else the best
/// match for the browser's languages, else en-GB.
pub fn choose<S: AsRef<str>>(stored: Option<&str>, browser: &[S]) -> &'static Locale {
    stored.and_then(find).unwrap_or_else(|| negotiate(browser))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_locales_case_insensitively() {
        assert_eq!(find("en-gb"), Some(&EN_GB));
        assert_eq!(find("xx"), None);
    }

    #[test]
    fn a_stored_choice_wins_over_the_browser_unless_unknown() {
        let last = SUPPORTED.last().unwrap();
        assert_eq!(choose(Some(last.code), &["en-GB"]), *last);
        assert_eq!(choose(Some("xx"), &["en-GB"]), &EN_GB);
        assert_eq!(choose(None, &[last.code]), *last);
    }

    #[test]
    fn negotiation_falls_back_to_english() {
        assert_eq!(negotiate(&["zz-ZZ", "not a tag"]).code, "en-GB");
        assert_eq!(negotiate(&["en-US", "en"]).code, "en-GB");
        assert_eq!(negotiate::<&str>(&[]).code, "en-GB");
    }
}
