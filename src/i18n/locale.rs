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

// EN_GB (built in) and, for the build-time renderer, SUPPORTED: generated from locales/.
include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The `<meta name>` listing every language's code (`en-GB ar bn …`), on the pages whose
/// browser code needs them all: `/` (to pick one), 404.html (to read a bad link) and
/// the languages pages. The Wasm holds no list, so a new language costs other pages
/// nothing.
pub const LANGUAGES_META: &str = "whatnext-languages";

/// Every supported locale, en-GB first.
#[cfg(feature = "ssr")]
pub fn supported() -> &'static [&'static Locale] {
    SUPPORTED
}

/// In the browser: en-GB and the languages the page's `whatnext-languages` meta lists
/// (known by their codes alone: nothing in the browser needs their names).
#[cfg(not(feature = "ssr"))]
pub fn supported() -> &'static [&'static Locale] {
    Box::leak(listed(&crate::browser::meta_content(LANGUAGES_META).unwrap_or_default()).into_boxed_slice())
}

/// en-GB, then each other code in a `whatnext-languages` list.
pub fn listed(codes: &str) -> Vec<&'static Locale> {
    let others = codes.split_whitespace().filter(|code| *code != EN_GB.code).map(|code| {
        let code: &'static str = Box::leak(code.into());
        &*Box::leak(Box::new(Locale { code, name: "", direction: Direction::Ltr }))
    });
    std::iter::once(&EN_GB).chain(others).collect()
}

/// The `whatnext-languages` meta's content: every code.
#[cfg(feature = "ssr")]
pub fn languages_meta_content() -> String {
    SUPPORTED.iter().map(|locale| locale.code).collect::<Vec<_>>().join(" ")
}

/// The supported locale with this tag, ignoring case (`en-gb` finds `en-GB`).
pub fn find(code: &str) -> Option<&'static Locale> {
    supported().iter().copied().find(|locale| locale.code.eq_ignore_ascii_case(code))
}

/// Where a locale is in `SUPPORTED` (the order of the staff forms' language lists).
#[cfg(feature = "ssr")]
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
        supported().iter().copied().find(|locale| locale.code.split('-').next().is_some_and(|own| own.eq_ignore_ascii_case(language)))
    };
    let lookup = |tag: &str| {
        let mut range = tag.trim();
        loop {
            if let Some(found) = find(range).or_else(|| alias(range)) {
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

/// Tags browsers send for a language we have under another tag: Chinese by region
/// (simplified for the mainland and Singapore, traditional for Taiwan, Hong Kong and
/// Macau, and for Cantonese), Dari (Persian of Afghanistan), Kurdish (Sorani).
const ALIASES: [(&str, &str); 10] = [
    ("zh-CN", "zh-Hans"),
    ("zh-SG", "zh-Hans"),
    ("zh-MY", "zh-Hans"),
    ("zh", "zh-Hans"),
    ("zh-TW", "zh-Hant"),
    ("zh-HK", "zh-Hant"),
    ("zh-MO", "zh-Hant"),
    ("yue", "zh-Hant"),
    ("fa-AF", "prs"),
    ("ku", "ckb"),
];

fn alias(range: &str) -> Option<&'static Locale> {
    ALIASES.iter().find(|(tag, _)| tag.eq_ignore_ascii_case(range)).and_then(|(_, code)| find(code))
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
    fn the_browsers_list_is_read_from_codes_with_en_gb_first() {
        let list = listed("en-GB pl  zh-Hant ar");
        assert_eq!(list.iter().map(|locale| locale.code).collect::<Vec<_>>(), ["en-GB", "pl", "zh-Hant", "ar"]);
        assert_eq!(listed("").len(), 1);
        assert_eq!(listed(&languages_meta_content()).len(), SUPPORTED.len());
    }

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

    #[test]
    fn browsers_asking_by_region_or_another_tag_get_the_language_we_have() {
        for (asked, code) in [
            ("zh-CN", "zh-Hans"), ("zh-SG", "zh-Hans"), ("zh", "zh-Hans"), ("zh-Hans-CN", "zh-Hans"),
            ("zh-TW", "zh-Hant"), ("zh-HK", "zh-Hant"), ("zh-MO", "zh-Hant"), ("yue", "zh-Hant"),
            ("fa-AF", "prs"), ("fa-IR", "fa"), ("pt-BR", "pt"), ("ku", "ckb"), ("ckb-IQ", "ckb"), ("ckb-IR", "ckb"),
        ] {
            assert_eq!(negotiate(&[asked]).code, code, "{asked}");
        }
    }
}
