//! The home page search finds the right journey for everyday phrasings.

use whatnext::i18n::I18n;
use whatnext::journeys;
use whatnext::route::{Page, Route};
use whatnext::search::{parse_search_words, SearchEntry, SearchIndex, SearchWords};

/// The index the home page's search builds, in English: titles and summaries from its
/// journey list, keywords from the search-words file the build writes.
fn english_index() -> SearchIndex {
    index(I18n::en_gb())
}

fn index(i18n: I18n) -> SearchIndex {
    let words = SearchWords::of(&i18n);
    let keywords = parse_search_words(&words.text);
    assert_eq!(keywords.len(), journeys::ALL.len(), "one line per journey");
    let entries = journeys::ALL
        .iter()
        .map(|journey| SearchEntry {
            href: Route::new(i18n.locale(), Page::Journey(journey)).path(),
            title: i18n.attr(journey.id, "title"),
            summary: i18n.attr(journey.id, "summary"),
            keywords: keywords.iter().find(|(id, _)| *id == journey.id).map(|(_, words)| words.to_string()).unwrap_or_default(),
        })
        .collect();
    SearchIndex::new(entries, &i18n.text("search-ignored-words"))
}

/// What people type, and the journey that should come first.
const PHRASINGS: &[(&str, &str)] = &[
    ("blood test", "test-results"),
    ("when will I get my results", "test-results"),
    ("x-ray results", "test-results"),
    ("sick note", "fit-notes"),
    ("fit note for work", "fit-notes"),
    ("off work", "fit-notes"),
    ("prescription", "specialist-medicines"),
    ("shared care", "specialist-medicines"),
    ("my GP referred me", "referral"),
    ("e-referral letter", "referral"),
    ("waiting list", "waiting"),
    ("getting worse while waiting", "waiting"),
    ("discharge", "leaving-hospital"),
    ("going home from hospital", "leaving-hospital"),
    ("clinic letter", "after-appointment"),
    ("missed appointment", "missed-appointments"),
    ("cancelled appointment", "missed-appointments"),
    ("my child", "child-referral"),
    ("paediatrician", "child-referral"),
    ("adult services", "moving-to-adult-care"),
    ("receptionist asks what is wrong", "care-navigation"),
    ("link worker", "care-navigation"),
    ("advice and guidance", "advice-and-guidance"),
    ("sent to another team", "onward-referral"),
    ("could it be cancer", "urgent-referral"),
    ("two week wait", "urgent-referral"),
    ("urgent referral", "urgent-referral"),
    ("repeat prescription after hospital", "medicines-after-hospital"),
    ("stopped medicines", "medicines-after-hospital"),
    ("after A&E", "after-urgent-care"),
    ("fracture clinic", "after-urgent-care"),
    ("PIFU", "follow-up"),
    ("discharged from clinic", "follow-up"),
    ("feeling suicidal", "mental-health"),
    ("anxiety", "mental-health"),
    ("choose hospital", "waiting-list-rights"),
    ("scam text", "waiting-list-rights"),
    ("physio without GP", "self-referral"),
    ("sore throat pharmacy", "self-referral"),
    ("private doctor", "private-care"),
    ("private prescription", "private-care"),
    ("my child has a rash", "child-unwell"),
    ("district nurse", "care-at-home"),
    ("virtual ward", "care-at-home"),
];

#[test]
fn everyday_phrasings_find_the_right_journey_first() {
    let index = english_index();
    let wrong: Vec<String> = PHRASINGS
        .iter()
        .filter_map(|(query, expected)| {
            let found: Vec<&str> = index.find(query).iter().map(|entry| entry.href.as_str()).collect();
            let wanted = format!("/en-GB/{expected}/");
            (found.first() != Some(&wanted.as_str())).then(|| format!("{query:?}: wanted {wanted}, got {found:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "search misses:\n{}", wrong.join("\n"));
}

#[test]
fn empty_and_unmatched_queries_find_nothing() {
    let index = english_index();
    assert!(index.find("").is_empty());
    assert!(index.find("   the my ").is_empty());
    assert!(index.find("zzqx").is_empty());
}

/// Chinese has no spaces between words: typed words still find their guide.
#[test]
fn chinese_searches_find_the_right_guide() {
    for (code, query, journey) in [("zh-Hans", "病假", "fit-notes"), ("zh-Hant", "病假", "fit-notes"), ("zh-Hans", "出院", "leaving-hospital")] {
        let locale = whatnext::i18n::locale::find(code).unwrap();
        let index = index(whatnext::i18n::for_locale(locale));
        let found = index.find(query);
        let first = found.first().map(|entry| entry.href.as_str()).unwrap_or_default();
        assert_eq!(first, format!("/{code}/{journey}/"), "{code}: {query}");
    }
}
