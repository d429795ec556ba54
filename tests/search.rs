//! The home page search finds the right journey for everyday phrasings.

use whatnext::i18n::I18n;
use whatnext::journeys;
use whatnext::route::{Page, Route};
use whatnext::search::{SearchEntry, SearchIndex};

/// The index the home page's search builds from its journey list, in English.
fn english_index() -> SearchIndex {
    let i18n = I18n::en_gb();
    let entries = journeys::ALL
        .iter()
        .map(|journey| SearchEntry {
            href: Route::new(i18n.locale(), Page::Journey(journey)).path(),
            title: i18n.attr(journey.id, "title"),
            summary: i18n.attr(journey.id, "summary"),
            keywords: i18n.attr(journey.id, "keywords"),
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
    assert!(PHRASINGS.len() >= 20);
    assert!(wrong.is_empty(), "search misses:\n{}", wrong.join("\n"));
}

#[test]
fn empty_and_unmatched_queries_find_nothing() {
    let index = english_index();
    assert!(index.find("").is_empty());
    assert!(index.find("   the my ").is_empty());
    assert!(index.find("zzqx").is_empty());
}
