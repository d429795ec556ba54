//! The en-GB text reads at age 11 or below.

use std::collections::BTreeSet;

use super::is_prose;
use crate::support::{self, ftl, readability};
use whatnext::easy_read;
use whatnext::journeys::{self, Journey};

/// The en-GB text of one journey page: its own messages and its steps'.
fn page_text(en: &support::ftl::LocaleText, journey: &Journey) -> String {
    let mut ids = vec![journey.id.to_string()];
    ids.extend(journey.steps.iter().map(|step| step.message.to_string()));
    en.patterns.iter().filter(|(id, _)| ids.iter().any(|m| id.starts_with(&format!("{m}.")))).map(|(_, text)| text.as_str()).collect::<Vec<_>>().join("\n")
}

#[test]
fn en_gb_reads_at_age_eleven_or_below() {
    const MAX_SENTENCE: f64 = 9.0;
    const MAX_MESSAGE: f64 = 7.0;
    const MAX_MEDIAN: f64 = 5.0;
    let en = ftl::load("en-GB");
    // Glossary words count as easy only on the page that explains them.
    let explained_on: Vec<(&Journey, BTreeSet<&str>)> =
        journeys::ALL.iter().map(|journey| (*journey, readability::explained_terms(&page_text(&en, journey)))).collect();
    let none = BTreeSet::new();
    let explained_for = |id: &str| {
        explained_on.iter().find(|(journey, _)| id == journey.id || id.starts_with(&format!("{}.", journey.id)) || journey.steps.iter().any(|step| id.starts_with(&format!("{}.", step.message)))).map_or(&none, |(_, terms)| terms)
    };
    let mut problems = Vec::new();
    let mut grades = Vec::new();
    // Easy Read is held to its own, stricter rules (tests/easy_read.rs), over each step.
    for (id, text) in en.patterns.iter().filter(|(id, _)| is_prose(id) && !easy_read::is_easy_read_message(id)) {
        let explained = explained_for(id);
        let text = &readability::without_addresses(text);
        let grade = readability::grade(text, explained);
        grades.push(grade);
        if grade > MAX_MESSAGE {
            problems.push(format!("{grade:.1}  {id}: {text}"));
        }
        for sentence in readability::sentences(text) {
            let sentence_grade = readability::grade(sentence, explained);
            if sentence_grade > MAX_SENTENCE {
                problems.push(format!("{sentence_grade:.1}  {id} (sentence): {}", sentence.trim()));
            }
        }
    }
    grades.sort_by(f64::total_cmp);
    let median = grades[grades.len() / 2];
    assert!(problems.is_empty(), "above grade {MAX_MESSAGE} a message or {MAX_SENTENCE} a sentence:\n{}", problems.join("\n"));
    assert!(median <= MAX_MEDIAN, "median grade {median:.1} is above {MAX_MEDIAN}");
}
