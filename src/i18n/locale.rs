//! The languages the app speaks, and picking one for a visitor.

use fluent_langneg::{negotiate_languages, LanguageIdentifier, NegotiationStrategy};

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

/// A language the app has text for.
#[derive(Debug, PartialEq, Eq)]
pub struct Locale {
    /// BCP 47 tag, also the folder name under `locales/` and the first path segment.
    pub code: &'static str,
    pub direction: Direction,
}

pub static EN_GB: Locale = Locale { code: "en-GB", direction: Direction::Ltr };

/// Every supported locale; the first is the default and is built into the app.
pub static SUPPORTED: &[&Locale] = &[&EN_GB];

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_locales_case_insensitively() {
        assert_eq!(find("en-gb"), Some(&EN_GB));
        assert_eq!(find("xx"), None);
    }

    #[test]
    fn negotiation_falls_back_to_english() {
        assert_eq!(negotiate(&["zz-ZZ", "not a tag"]).code, "en-GB");
        assert_eq!(negotiate(&["en-US", "en"]).code, "en-GB");
        assert_eq!(negotiate::<&str>(&[]).code, "en-GB");
    }
}
