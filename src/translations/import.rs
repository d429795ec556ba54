//! Bringing a review pack back: every unit checked against the English as it is now;
//! any problem refuses the whole file, naming each unit, and nothing is written.
//! Otherwise the changed messages replace their own lines in the language's `.ftl`
//! files (a message never translated goes into the file named like its English one),
//! and the reviews the file declares are recorded.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use crate::date::Date;

use super::entries::{self, Parts};
use super::reviews::Review;
use super::source::LocaleSources;
use super::xliff::{self, PackUnit, UnitState};
use super::{plurals, safety, Problem};

/// The files to write, with their new text.
#[derive(Debug, Default)]
pub struct Changes {
    pub files: Vec<(PathBuf, String)>,
    pub messages_changed: usize,
    pub reviews_recorded: usize,
}

/// Works out every change the pack makes, or every problem with it.
pub fn plan(sources: &LocaleSources, xml: &str) -> Result<Changes, Vec<Problem>> {
    let file_problem = |what: String| vec![Problem { place: "(file)".into(), what }];
    let pack = xliff::read(xml).map_err(file_problem)?;
    if !pack.target_language.eq_ignore_ascii_case(sources.locale.code) {
        return Err(file_problem(format!("it is for {:?}, not {}", pack.target_language, sources.locale.code)));
    }
    let english = sources.english_units();
    let categories = plurals::categories(sources.locale.code);
    let mut problems = Vec::new();
    let mut seen = BTreeSet::new();
    // By message: its units from the pack.
    let mut by_message: BTreeMap<String, Vec<&PackUnit>> = BTreeMap::new();
    for unit in &pack.units {
        let mut problem = |what: String| problems.push(Problem { place: unit.id.clone(), what });
        if !seen.insert(unit.id.as_str()) {
            problem("appears twice".into());
            continue;
        }
        let Some(found) = english.get(&unit.id) else {
            problem("no such message in en-GB".into());
            continue;
        };
        if unit.source != found.text {
            problem("its English has changed since this file was made: export a new one".into());
            continue;
        }
        for what in text_problems(&unit.id, &found.text, &unit.target, &categories, sources.locale.name) {
            problem(what);
        }
        if unit.state == UnitState::Reviewed && safety::is_safety_critical(&unit.id, &found.text) && unit.back_translation.trim().is_empty() {
            problem("marked reviewed, but safety-critical words need a back-translation".into());
        }
        by_message.entry(found.message.clone()).or_default().push(unit);
    }

    let mut reviews = sources.reviews.clone();
    let mut changes = Changes::default();
    let mut new_sources: BTreeMap<String, String> = BTreeMap::new();
    let declared = Declaration::of(&pack.translator, &pack.reviser, &pack.review_date);
    for (message, units) in &by_message {
        let current = sources.own_entry(message).map(|entry| Parts::of(entry.source));
        let mut parts = current.clone().unwrap_or(Parts { value: None, attributes: Vec::new() });
        for unit in units.iter().filter(|unit| !unit.target.trim().is_empty()) {
            set_unit(&mut parts, message, &unit.id, &unit.target);
        }
        let english_units = sources.english_units_of(message);
        let all_english_translated = english_units.iter().all(|id| parts.units(message).iter().any(|(unit, _)| unit == id));
        let changed = current.as_ref() != Some(&parts) && !parts.units(message).is_empty();
        if changed {
            let source = parts.to_source(message);
            if let Err(what) = valid_fluent(message, &source) {
                problems.push(Problem { place: message.clone(), what });
                continue;
            }
            new_sources.insert(message.clone(), source);
            changes.messages_changed += 1;
            reviews.reviews.remove(message);
        }
        let reviewed = units.iter().filter(|unit| unit.state == UnitState::Reviewed).count();
        if reviewed == 0 {
            continue;
        }
        let whole = units.iter().all(|unit| matches!(unit.state, UnitState::Reviewed | UnitState::Final)) && units.len() == english_units.len() && all_english_translated;
        if !whole {
            problems.push(Problem { place: message.clone(), what: "only some of its parts are marked reviewed (or some are untranslated): review the whole message".into() });
            continue;
        }
        match &declared {
            Ok(declaration) => {
                let back_translations = units.iter().filter(|unit| !unit.back_translation.trim().is_empty()).map(|unit| (unit.id.clone(), unit.back_translation.trim().to_string())).collect();
                let fingerprint = sources.english_entry(message).map(|entry| entries::fingerprint(entry.source)).unwrap_or_default();
                reviews.reviews.insert(message.clone(), declaration.review(fingerprint, back_translations));
                changes.reviews_recorded += 1;
            }
            Err(what) => problems.push(Problem { place: "(file)".into(), what: what.clone() }),
        }
    }
    if !problems.is_empty() {
        problems.sort();
        problems.dedup();
        return Err(problems);
    }
    changes.files = sources.rewritten_files(&new_sources);
    if reviews != sources.reviews {
        changes.files.push((sources.reviews_path(), reviews.to_json()));
    }
    Ok(changes)
}

/// Who reviewed, and when, as the file declares it once.
struct Declaration {
    translator: String,
    reviser: String,
    date: Date,
}

impl Declaration {
    fn of(translator: &str, reviser: &str, date: &str) -> Result<Self, String> {
        let (translator, reviser) = (translator.trim(), reviser.trim());
        if translator.is_empty() || reviser.is_empty() {
            return Err("units are marked reviewed, but the translator's or reviser's note is empty (role and qualification)".into());
        }
        let date = Date::parse(date).ok_or("units are marked reviewed, but the review date note is not a date (YYYY-MM-DD)")?;
        Ok(Self { translator: translator.to_string(), reviser: reviser.to_string(), date })
    }

    fn review(&self, english: String, back_translations: BTreeMap<String, String>) -> Review {
        let date = format!("{:04}-{:02}-{:02}", self.date.year, self.date.month, self.date.day);
        Review { english, date, translator: self.translator.clone(), reviser: self.reviser.clone(), back_translations }
    }
}

/// What is wrong with a translation of `english` (for unit `unit`), in words.
pub fn text_problems(unit: &str, english: &str, target: &str, categories: &[&str], language: &str) -> Vec<String> {
    let mut problems = Vec::new();
    if target.trim().is_empty() {
        return problems;
    }
    let (wanted, got) = (xliff::placeables(english), xliff::placeables(target));
    for name in wanted.difference(&got) {
        problems.push(format!("drops {{ {name} }}"));
    }
    for name in got.difference(&wanted) {
        problems.push(format!("adds {{ {name} }}, which the English does not have"));
    }
    for key in variant_keys(target) {
        if plurals::ALL.contains(&key) && !categories.contains(&key) {
            problems.push(format!("has a [{key}] variant, a plural {language} does not have in the app's plural rules (CLDR, as Fluent chooses them: {}), so it would never show", categories.join(", ")));
        }
    }
    if let Some(index) = target.find('<').filter(|&index| target[index + 1..].starts_with(|c: char| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?'))) {
        problems.push(format!("has markup or script ({:?})", target[index..].chars().take(12).collect::<String>()));
    } else if target.to_ascii_lowercase().contains("javascript:") {
        problems.push("has script (javascript:)".into());
    }
    if target.chars().any(|c| matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')) {
        problems.push("has direction-control characters (the page isolates numbers itself)".into());
    }
    if target.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        problems.push("has control characters".into());
    }
    if let Some(limit) = safety::length_limit(unit) {
        let length = safety::own_characters(target);
        if length > limit {
            problems.push(format!("is {length} characters of its own words, over the limit of {limit} (it goes in a text message)"));
        }
    }
    problems
}

/// The keys of a pattern's variants: `[one]`, `*[other]`.
fn variant_keys(pattern: &str) -> impl Iterator<Item = &str> {
    pattern.lines().filter_map(|line| {
        let key = line.trim_start().trim_start_matches('*').strip_prefix('[')?;
        key.split_once(']').map(|(key, _)| key.trim())
    })
}

/// Replaces (or adds) one unit's text: `message` for the value, `message.attr`.
fn set_unit(parts: &mut Parts, message: &str, unit: &str, text: &str) {
    match unit.strip_prefix(message).and_then(|rest| rest.strip_prefix('.')) {
        None => parts.value = Some(text.to_string()),
        Some(name) => match parts.attributes.iter_mut().find(|(attribute, _)| attribute == name) {
            Some((_, existing)) => *existing = text.to_string(),
            None => parts.attributes.push((name.to_string(), text.to_string())),
        },
    }
}

/// The written entry must parse as exactly one Fluent message or term, with that id.
fn valid_fluent(id: &str, source: &str) -> Result<(), String> {
    use fluent_syntax::ast::Entry;
    let resource = fluent_syntax::parser::parse(source).map_err(|(_, errors)| format!("is not valid Fluent: {}", errors.iter().map(|error| format!("{:?}", error.kind)).collect::<Vec<_>>().join("; ")))?;
    match resource.body.as_slice() {
        [Entry::Message(message)] if message.id.name == id => Ok(()),
        [Entry::Term(term)] if format!("-{}", term.id.name) == id => Ok(()),
        _ => Err("is not valid Fluent: it does not read as one message".into()),
    }
}
