//! Content checks that fail the build: every message the journeys need exists in
//! en-GB and none is unused, every step names who is responsible and cites known
//! sources, every principle is covered, and the text reads at age 11 or below.

mod support;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use support::{ftl, readability};
use whatnext::journeys::{self, Contact, Principle, Responsible, Source, Topic};

/// Attributes every journey message carries.
const JOURNEY_ATTRIBUTES: [&str; 4] = ["title", "summary", "intro", "keywords"];
/// Attributes every step message carries.
const STEP_ATTRIBUTES: [&str; 4] = ["title", "body", "if-not", "ask"];
/// Word lists for the search box, not prose: no reading-level check.
fn is_prose(pattern: &str) -> bool {
    !pattern.ends_with(".keywords") && pattern != "search-ignored-words"
}

/// Every pattern the journey data refers to, as `id` or `id.attribute`.
fn patterns_used_by_journeys() -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    for journey in journeys::ALL {
        for attribute in JOURNEY_ATTRIBUTES {
            used.insert(format!("{}.{attribute}", journey.id));
        }
        for step in journey.steps {
            for attribute in STEP_ATTRIBUTES {
                used.insert(format!("{}.{attribute}", step.message));
            }
            used.insert(step.who.message().to_string());
            used.insert(step.contact.message().to_string());
        }
    }
    used.extend(Topic::ALL.iter().map(|topic| topic.message().to_string()));
    used.extend(Responsible::ALL.iter().map(|who| who.message().to_string()));
    used.extend(Contact::ALL.iter().map(|contact| contact.message().to_string()));
    used
}

/// All Rust source under src/, to find message ids the views use by name.
fn rust_source() -> String {
    fn read(dir: &Path, out: &mut String) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                read(&path, out);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                out.push_str(&fs::read_to_string(path).unwrap());
            }
        }
    }
    let mut out = String::new();
    read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out
}

#[test]
fn every_message_the_journeys_use_exists_in_en_gb() {
    let en = ftl::load("en-GB");
    let missing: Vec<_> = patterns_used_by_journeys().into_iter().filter(|id| !en.patterns.contains_key(id)).collect();
    assert!(missing.is_empty(), "missing from locales/en-GB: {missing:?}");
}

#[test]
fn no_en_gb_message_is_unused() {
    let en = ftl::load("en-GB");
    let used = patterns_used_by_journeys();
    let source = rust_source();
    let unused: Vec<_> = en
        .messages
        .iter()
        .filter(|id| {
            let by_journeys = used.iter().any(|pattern| pattern == *id || pattern.starts_with(&format!("{id}.")));
            let by_views = source.contains(&format!("\"{id}\""));
            !by_journeys && !by_views
        })
        .collect();
    assert!(unused.is_empty(), "en-GB messages nothing uses: {unused:?}");
}

#[test]
fn step_messages_belong_to_their_journey_and_are_unique() {
    let mut seen = BTreeSet::new();
    for journey in journeys::ALL {
        assert!(!journey.steps.is_empty(), "{} has no steps", journey.id);
        for step in journey.steps {
            assert!(step.message.starts_with(&format!("{}-", journey.id)), "{} is not under {}", step.message, journey.id);
            assert!(seen.insert(step.message), "{} is used twice", step.message);
        }
    }
}

#[test]
fn journey_ids_are_unique_and_fit_in_a_path() {
    let mut seen = BTreeSet::new();
    for journey in journeys::ALL {
        assert!(seen.insert(journey.id), "{} is defined twice", journey.id);
        assert!(journey.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{}", journey.id);
    }
}

#[test]
fn every_step_says_who_and_how_to_reach_them() {
    let en = ftl::load("en-GB");
    for journey in journeys::ALL {
        for step in journey.steps {
            let who = &en.patterns[step.who.message()];
            let contact = &en.patterns[step.contact.message()];
            assert!(!who.trim().is_empty() && !contact.trim().is_empty(), "{}", step.message);
        }
    }
}

#[test]
fn every_step_cites_a_known_source() {
    let sources = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/content-sources.md")).unwrap();
    for source in Source::ALL {
        assert!(sources.contains(&format!("| `{}` |", source.id())), "{} is not in docs/content-sources.md", source.id());
    }
    for journey in journeys::ALL {
        for step in journey.steps {
            assert!(!step.sources.is_empty(), "{} cites no source", step.message);
        }
    }
}

#[test]
fn every_principle_is_covered_by_a_step() {
    let covered: Vec<Principle> =
        journeys::ALL.iter().flat_map(|journey| journey.steps).flat_map(|step| step.covers.iter().copied()).collect();
    let uncovered: Vec<_> = Principle::ALL.into_iter().filter(|principle| !covered.contains(principle)).collect();
    assert!(uncovered.is_empty(), "principles no step tells the patient about: {uncovered:?}");
}

#[test]
fn en_gb_reads_at_age_eleven_or_below() {
    const MAX_GRADE: f64 = 7.0;
    const MAX_MEDIAN: f64 = 5.0;
    let en = ftl::load("en-GB");
    let mut scored: Vec<(f64, &String, &String)> = en
        .patterns
        .iter()
        .filter(|(id, _)| is_prose(id))
        .map(|(id, text)| (readability::grade(text), id, text))
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    let worst: Vec<String> = scored
        .iter()
        .filter(|(grade, ..)| *grade > MAX_GRADE)
        .map(|(grade, id, text)| format!("{grade:.1}  {id}: {text}"))
        .collect();
    let mut grades: Vec<f64> = scored.iter().map(|(grade, ..)| *grade).collect();
    grades.sort_by(f64::total_cmp);
    let median = grades[grades.len() / 2];
    assert!(worst.is_empty(), "messages above grade {MAX_GRADE}:\n{}", worst.join("\n"));
    assert!(median <= MAX_MEDIAN, "median grade {median:.1} is above {MAX_MEDIAN}; hardest:\n{}",
        scored.iter().take(10).map(|(g, id, _)| format!("{g:.1} {id}")).collect::<Vec<_>>().join("\n"));
}
