//! Easy Read (src/easy_read, locales/en-GB/easy-read/): every guide has one, every step
//! of it says what happens, beside a picture, and what to do if it does not; sentences
//! of at most 15 words, grade 4 or below; every picture drawn and named in words.

mod support;

use std::collections::BTreeSet;

use support::{ftl, readability};
use whatnext::easy_read::{self, picture::Picture, IF_NOT, TITLE};
use whatnext::journeys::{self, Journey};

const MAX_WORDS: usize = 15;
const MAX_GRADE: f64 = 4.0;

/// The attribute names of a message in en-GB, in order.
fn attributes(english: &ftl::LocaleText, message: &str) -> Vec<String> {
    let prefix = format!("{message}.");
    english.ordered_keys.iter().filter_map(|key| key.strip_prefix(&prefix)).map(String::from).collect()
}

/// Every Easy Read message of a guide: its own, then one per step.
fn messages(journey: &Journey) -> Vec<String> {
    std::iter::once(easy_read::guide_message(journey)).chain(journey.steps.iter().map(easy_read::step_message)).collect()
}

#[test]
fn every_guide_has_an_easy_read_with_every_step_pictured_and_what_to_do_if_it_does_not_happen() {
    let english = ftl::load("en-GB");
    let mut problems = Vec::new();
    for journey in journeys::ALL {
        for (index, message) in messages(journey).iter().enumerate() {
            let names = attributes(&english, message);
            if !names.iter().any(|name| name == TITLE) {
                problems.push(format!("{message}: no .{TITLE}"));
            }
            match easy_read::points(&names) {
                Ok(points) if points.is_empty() => problems.push(format!("{message}: no point")),
                Ok(_) => {}
                Err(name) => problems.push(format!("{message}.{name}: no picture has this name")),
            }
            let is_step = index > 0;
            if is_step != names.iter().any(|name| name == IF_NOT) {
                problems.push(format!("{message}: a step has .{IF_NOT}, the guide's opening does not"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_easy_read_message_belongs_to_a_guide_a_step_or_the_shared_words() {
    let english = ftl::load("en-GB");
    let mut known: BTreeSet<String> = journeys::ALL.iter().flat_map(|journey| messages(journey)).collect();
    known.extend(["easy-read-full-guide", "easy-read-help", "easy-read-list"].map(String::from));
    known.extend(Picture::ALL.iter().map(|picture| picture.alt_message()));
    let stray: Vec<_> = english.messages.iter().filter(|id| easy_read::is_easy_read_message(id) && !known.contains(*id)).collect();
    assert!(stray.is_empty(), "Easy Read messages no page shows: {stray:?}");
}

#[test]
fn every_sentence_has_at_most_15_words_and_every_guide_reads_at_grade_4_or_below() {
    let english = ftl::load("en-GB");
    let mut problems = Vec::new();
    for journey in journeys::ALL {
        let texts: Vec<(String, String)> = messages(journey)
            .iter()
            .map(|message| {
                let prefix = format!("{message}.");
                let text = english.patterns.iter().filter(|(key, _)| key.starts_with(&prefix)).map(|(_, text)| text.as_str()).collect::<Vec<_>>().join("\n");
                (message.clone(), text)
            })
            .collect();
        let page: String = texts.iter().map(|(_, text)| text.as_str()).collect::<Vec<_>>().join("\n");
        let explained = readability::explained_terms(&page);
        for (message, text) in &texts {
            for sentence in readability::sentences(text) {
                let words = readability::words(sentence).len();
                if words > MAX_WORDS {
                    problems.push(format!("{message}: {words} words: {}", sentence.trim()));
                }
            }
            let grade = readability::grade(text, &explained);
            if grade > MAX_GRADE {
                problems.push(format!("{message}: grade {grade:.1}"));
            }
        }
        let grade = readability::grade(&page, &explained);
        if grade > MAX_GRADE {
            problems.push(format!("{}: the whole guide reads at grade {grade:.1}", journey.id));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_picture_is_a_small_plain_drawing_with_words_for_those_who_cannot_see_it() {
    let english = ftl::load("en-GB");
    for &picture in Picture::ALL {
        let drawing = std::str::from_utf8(picture.drawing()).unwrap();
        assert!(drawing.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 48 48\""), "{}: {drawing}", picture.key());
        for banned in ["<script", "<text", "href", "<style", "on"] {
            let found = if banned == "on" { drawing.split(|c: char| c.is_whitespace()).any(|part| part.starts_with("on")) } else { drawing.contains(banned) };
            assert!(!found, "{}: has {banned}", picture.key());
        }
        assert!(drawing.len() <= 800, "{}: {} bytes", picture.key(), drawing.len());
        let alt = english.patterns.get(&picture.alt_message()).unwrap_or_else(|| panic!("{} has no words", picture.key()));
        assert!(!alt.trim().is_empty());
    }
}

#[test]
fn a_step_with_a_time_limit_states_it_in_easy_read_too() {
    let english = ftl::load("en-GB");
    let mut missing = Vec::new();
    for journey in journeys::ALL {
        for step in journey.steps.iter().filter(|step| step.timing.is_some()) {
            let (limit, _) = step.timing.unwrap().limit();
            let prefix = format!("{}.", easy_read::step_message(step));
            let text: String = english.patterns.iter().filter(|(key, _)| key.starts_with(&prefix)).map(|(_, text)| text.as_str()).collect();
            if !readability::words(&text).contains(&limit.to_string()) {
                missing.push(format!("{}: {limit}", step.message));
            }
        }
    }
    assert!(missing.is_empty(), "Easy Read steps without their time limit: {missing:?}");
}
