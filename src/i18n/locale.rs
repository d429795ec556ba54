//! The languages the app speaks, and picking one for a visitor.


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

/// A language the app has text for. Read from `locales/<code>/meta.ftl` by build.rs.
#[derive(Debug, PartialEq, Eq)]
pub struct Locale {
    /// BCP 47 tag, also the folder name under `locales/` and the first path segment.
    pub code: &'static str,
    /// The language's own name, e.g. "Polski".
    pub name: &'static str,
    pub direction: Direction,
}

// EN_GB (built in) and SUPPORTED, generated from locales/.
include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The supported locale with this tag, ignoring case (`en-gb` finds `en-GB`).
pub fn find(code: &str) -> Option<&'static Locale> {
    SUPPORTED.iter().copied().find(|locale| locale.code.eq_ignore_ascii_case(code))
}

/// Where a locale is in `SUPPORTED` (the order of the staff forms' language lists).
pub fn position(locale: &Locale) -> usize {
    SUPPORTED.iter().position(|&supported| supported == locale).unwrap_or(0)
}

/// The best supported locale for a browser's language list (e.g. `navigator.languages`,
/// most wanted first): for each tag in turn, the locale with that tag, else with the
/// tag cut back a subtag at a time (`pa-Guru-IN`, `pa-Guru`, `pa`), else one in the
/// same language (`en-US` finds `en-GB`); else en-GB. (RFC 4647 lookup, written here:
/// fluent-langneg did the same for 4 KB of every patient's first view.)
pub fn negotiate<S: AsRef<str>>(requested: &[S]) -> &'static Locale {
    let same_language = |language: &str| {
        SUPPORTED.iter().copied().find(|locale| locale.code.split('-').next().is_some_and(|own| own.eq_ignore_ascii_case(language)))
    };
    let lookup = |tag: &str| {
        let mut range = tag.trim();
        loop {
            if let Some(found) = find(range) {
                return Some(found);
            }
            match range.rfind('-') {
                Some(cut) => range = &range[..cut],
                None => return same_language(range),
            }
        }
    };
    requested.iter().find_map(|tag| lookup(tag.as_ref())).unwrap_or(&EN_GB)
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

    #[test]
    fn negotiation_cuts_tags_back_and_keeps_the_browsers_order() {
        assert_eq!(negotiate(&["pa-Guru-IN"]).code, "pa");
        assert_eq!(negotiate(&["PT-br", "pl"]).code, "pt");
        assert_eq!(negotiate(&["en-US", "pl"]).code, "en-GB", "English first in the browser wins");
        assert_eq!(negotiate(&["de-DE", "cy-GB"]).code, "cy");
        assert_eq!(negotiate(&["x-klingon", "-", "", "ur-PK"]).code, "ur");
    }
}
