//! Finding a journey from the words a worried person types, in the page's language,
//! on the device. Matches the journey's title, summary and `.keywords`.

use crate::i18n::I18n;
use crate::journeys::{self, Journey};

/// Every journey's searchable words in one locale.
pub struct SearchIndex {
    entries: Vec<(&'static Journey, Vec<String>)>,
    ignored: Vec<String>,
}

impl SearchIndex {
    pub fn new(i18n: &I18n) -> Self {
        let entries = journeys::ALL
            .iter()
            .map(|&journey| {
                let text = ["title", "summary", "keywords"]
                    .map(|attribute| i18n.attr(journey.id, attribute))
                    .join(" ");
                (journey, words(&text))
            })
            .collect();
        // Words too common to tell journeys apart ("my", "the"), listed per language.
        let ignored = words(&i18n.text("search-ignored-words"));
        Self { entries, ignored }
    }

    /// Journeys that match the query, best first. Empty for an empty query.
    pub fn find(&self, query: &str) -> Vec<&'static Journey> {
        let terms: Vec<String> =
            words(query).into_iter().filter(|term| !self.ignored.contains(term)).collect();
        if terms.is_empty() {
            return Vec::new();
        }
        let mut scored: Vec<(usize, usize, &'static Journey)> = self
            .entries
            .iter()
            .enumerate()
            .filter_map(|(order, (journey, words))| {
                let score: usize = terms.iter().map(|term| term_score(term, words)).sum();
                (score > 0).then_some((score, order, *journey))
            })
            .collect();
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        scored.into_iter().map(|(_, _, journey)| journey).collect()
    }
}

/// 2 for a whole-word match, 1 for a word that shares a stem ("test" / "tests"), else 0.
fn term_score(term: &str, words: &[String]) -> usize {
    let stem_match = |word: &String| {
        let (short, long) = if word.len() < term.len() { (word.as_str(), term) } else { (term, word.as_str()) };
        short.chars().count() >= 4 && long.starts_with(short)
    };
    if words.iter().any(|word| word == term) {
        2
    } else if words.iter().any(stem_match) {
        1
    } else {
        0
    }
}

/// Lower-case words, split on anything that is not a letter or digit.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect()
}
