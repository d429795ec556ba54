//! Every locale is complete and safe to format: it parses, has the same files and
//! every message en-GB has, uses the same variables, and every selector has a default.
//! Easy Read (`easy-read/`, messages `easy-…`) is the one part a language may not have
//! yet; if it has any, it has all of it.

mod support;

use std::collections::BTreeSet;
use std::path::Path;

use fluent_bundle::FluentArgs;
use support::ftl;
use whatnext::i18n::locale::{self, EN_GB, SUPPORTED};
use whatnext::i18n::{I18n, MessageRef};

fn relative_files(locale: &str) -> BTreeSet<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(locale);
    ftl::ftl_files(locale).iter().map(|path| path.strip_prefix(&root).unwrap().display().to_string()).collect()
}

/// en-GB's files or messages, less its Easy Read when `code` has none.
fn measured_against<T: Ord + Clone>(code: &str, english: &BTreeSet<T>, is_easy_read: impl Fn(&T) -> bool) -> BTreeSet<T> {
    let has_easy_read = relative_files(code).iter().any(|file| file.starts_with("easy-read/"));
    english.iter().filter(|item| has_easy_read || !is_easy_read(item)).cloned().collect()
}

fn translations() -> impl Iterator<Item = &'static str> {
    SUPPORTED.iter().filter(|&&locale| locale != &EN_GB).map(|locale| locale.code)
}

#[test]
fn every_locale_folder_is_registered_and_the_source_is_en_gb() {
    let folders = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")).unwrap().count();
    assert_eq!(folders, SUPPORTED.len());
    assert_eq!(SUPPORTED[0].code, "en-GB");
}

#[test]
fn every_locale_has_the_same_files_as_en_gb() {
    let english = relative_files("en-GB");
    for code in translations() {
        let expected = measured_against(code, &english, |file: &String| file.starts_with("easy-read/"));
        assert_eq!(relative_files(code), expected, "{code} has different files from en-GB");
    }
}

#[test]
fn every_locale_parses_and_has_every_message_with_the_same_variables() {
    let english = ftl::load("en-GB");
    for code in translations() {
        let text = ftl::load(code);
        let ids: BTreeSet<String> = english.patterns.keys().cloned().collect();
        let expected = measured_against(code, &ids, |id: &String| whatnext::easy_read::is_easy_read_message(id));
        let missing: Vec<_> = expected.iter().filter(|id| !text.patterns.contains_key(*id)).collect();
        assert!(missing.is_empty(), "{code} lacks {} messages: {missing:?}", missing.len());
        let extra: Vec<_> = text.patterns.keys().filter(|id| !english.patterns.contains_key(*id)).collect();
        assert!(extra.is_empty(), "{code} has messages en-GB does not: {extra:?}");
        for (id, variables) in english.variables.iter().filter(|(id, _)| expected.contains(*id)) {
            assert_eq!(&text.variables[id], variables, "{code} {id} uses other variables than en-GB");
        }
        let empty: Vec<_> = text.patterns.iter().filter(|(_, value)| value.trim().is_empty()).map(|(id, _)| id).collect();
        assert!(empty.is_empty(), "{code} has empty messages: {empty:?}");
    }
}

/// "Within { $limit } weeks …" in a locale, through Fluent's plural rules for that language.
fn weeks(code: &str, limit: u16) -> String {
    let locale = locale::find(code).unwrap();
    let ftl: String = ftl::ftl_files(code).iter().map(|file| std::fs::read_to_string(file).unwrap() + "\n").collect();
    let mut args = FluentArgs::new();
    args.set("limit", limit);
    args.set("unit", "weeks");
    args.set("from", "referral");
    I18n::new(locale, &ftl).format(MessageRef::new("timing-within"), Some(&args)).replace(['\u{2068}', '\u{2069}'], "")
}

#[test]
fn plurals_follow_each_language() {
    // Polish: 1 tygodnia (one), 2 tygodni (few), 5 tygodni (many): one differs from the rest.
    assert_ne!(weeks("pl", 1).replace('1', ""), weeks("pl", 5).replace('5', ""), "pl one vs many");
    // Arabic has six plural forms; 2 (two), 3 (few) and 11 (many) must not all read alike.
    let arabic: BTreeSet<String> = [2, 3, 11].map(|n| weeks("ar", n).replace(&n.to_string(), "")).into();
    assert!(arabic.len() >= 2, "Arabic weeks read alike: {arabic:?}");
}

#[test]
fn every_language_says_in_its_own_words_that_the_guides_are_about_england() {
    // F9: every page says so in its own language, not in English.
    let english = ftl::load("en-GB");
    for code in translations() {
        let text = ftl::load(code);
        assert_ne!(text.patterns["scope-england"], english.patterns["scope-england"], "{code}: the scope line is in English");
    }
}

#[test]
fn every_language_keeps_every_route_of_the_safety_line() {
    // C14: 999, NHS 111 (phone and online), Relay UK's 18001 111, and the BSL services,
    // in every language, and a parent's wording distinct from a patient's.
    for locale in SUPPORTED {
        let text = ftl::load(locale.code);
        let safety: String =
            ["safety-emergency", "safety-urgent", "safety-online", "safety-mental-health", "safety-deaf"].map(|id| text.patterns[id].clone()).join(" ");
        for part in ["999", "111", "111.nhs.uk", "18001 111", "BSL"] {
            assert!(safety.contains(part), "{}: the safety line lacks {part}", locale.code);
        }
        let ftl: String = ftl::ftl_files(locale.code).iter().map(|file| std::fs::read_to_string(file).unwrap() + "\n").collect();
        let i18n = I18n::new(locale::find(locale.code).unwrap(), &ftl);
        let urgent = |audience: &str| {
            let mut args = FluentArgs::new();
            args.set("audience", audience);
            i18n.format(MessageRef::new("safety-urgent"), Some(&args))
        };
        assert_ne!(urgent("parent"), urgent("patient"), "{}: no parent's wording on the safety line", locale.code);
    }
}
