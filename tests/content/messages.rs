//! Every message the journeys and views need exists in en-GB, and none is unused.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use crate::support::ftl;
use whatnext::easy_read::{self, picture::Picture};
use whatnext::journeys::{self, Contact, Responsible, Topic};

/// Attributes every journey message carries.
const JOURNEY_ATTRIBUTES: [&str; 4] = ["title", "summary", "intro", "keywords"];
/// Attributes every step message carries.
const STEP_ATTRIBUTES: [&str; 4] = ["title", "body", "if-not", "ask"];

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
            used.extend(step.timing.map(|event| event.message().to_string()));
            used.extend(step.sources.iter().map(|source| source.message().to_string()));
        }
    }
    used.extend(Topic::ALL.iter().map(|topic| topic.message().to_string()));
    used.extend(Responsible::ALL.iter().map(|who| who.message().to_string()));
    used.extend(Contact::ALL.iter().map(|contact| contact.message().to_string()));
    used
}

/// All Rust source under src/, to find message ids the views use by name.
fn rust_source() -> String {
    rust_files().into_iter().map(|(_, text)| text).collect()
}

/// Each Rust file under src/, with its path.
fn rust_files() -> Vec<(PathBuf, String)> {
    fn read(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                read(&path, out);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                let text = fs::read_to_string(&path).unwrap();
                out.push((path, text));
            }
        }
    }
    let mut out = Vec::new();
    read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out
}

#[test]
fn every_message_the_journeys_use_exists_in_en_gb() {
    let en = ftl::load("en-GB");
    let missing: Vec<_> = patterns_used_by_journeys().into_iter().filter(|id| !en.patterns.contains_key(id)).collect();
    assert!(missing.is_empty(), "missing from locales/en-GB: {missing:?}");
}

/// Message ids the views name in their calls (`.text("…")`, `MessageRef::new("…")`, …),
/// outside test modules.
fn messages_named_by_views() -> BTreeSet<String> {
    // Each file's code before its `#[cfg(test)]` module: tests name missing ids on purpose.
    // A module's own `tests.rs` is all test module.
    let source: String = rust_files()
        .iter()
        .filter(|(path, _)| !path.ends_with("tests.rs"))
        .map(|(_, file)| file.split("#[cfg(test)]").next().unwrap_or_default())
        .collect();
    let mut named = BTreeSet::new();
    for call in [".text(\"", "MessageRef::new(\"", "english_text(\"", "with_hole(\"", ".lines(\""] {
        for (at, _) in source.match_indices(call) {
            let rest = &source[at + call.len()..];
            let id: String = rest.chars().take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-').collect();
            if rest[id.len()..].starts_with('"') && !id.is_empty() {
                named.insert(id);
            }
        }
    }
    named
}

#[test]
fn every_message_the_views_name_exists_in_en_gb_and_is_not_empty() {
    // H5: a message missing from every locale must fail here, not render empty.
    let en = ftl::load("en-GB");
    let problems: Vec<_> = messages_named_by_views()
        .into_iter()
        .filter(|id| en.patterns.get(id).is_none_or(|text| text.trim().is_empty()))
        .collect();
    assert!(problems.is_empty(), "views use messages missing or empty in locales/en-GB: {problems:?}");
    assert!(messages_named_by_views().contains("step-ask"), "the scan finds the views' message ids");
}

#[test]
fn no_en_gb_message_is_unused() {
    let en = ftl::load("en-GB");
    let used = patterns_used_by_journeys();
    let source = rust_source();
    // Easy Read messages are named by their guide, step or picture.
    let easy_read_messages: BTreeSet<String> = journeys::ALL
        .iter()
        .flat_map(|journey| std::iter::once(easy_read::guide_message(journey)).chain(journey.steps.iter().map(easy_read::step_message)))
        .chain(Picture::ALL.iter().map(|picture| picture.alt_message()))
        .collect();
    let unused: Vec<_> = en
        .messages
        .iter()
        .filter(|id| {
            let by_journeys = used.iter().any(|pattern| pattern == *id || pattern.starts_with(&format!("{id}.")));
            let by_views = source.contains(&format!("\"{id}\""));
            let by_easy_read = easy_read_messages.contains(*id);
            !by_journeys && !by_views && !by_easy_read
        })
        .collect();
    assert!(unused.is_empty(), "en-GB messages nothing uses: {unused:?}");
}
