//! One language's words set against the English: for every en-GB message, whether the
//! language has it and whether a current review covers it; and whether a page, from
//! the messages it used, may say its translation was checked.

use std::collections::{BTreeMap, BTreeSet};

use crate::date::Date;
use crate::easy_read::is_easy_read_message;

use super::entries::{self, Entry, Parts};
use super::reviews::{Review, ReviewsFile};
use super::Problem;
use super::safety;

/// Where one en-GB message stands in a language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum State {
    /// Checked against the English as it is now.
    Checked(Date),
    /// Checked, but the English has changed since.
    Stale,
    /// Translated, not checked: a draft.
    Draft,
    /// Not translated: shown in English.
    Missing,
}

/// What a page may say about its words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageReview {
    /// The source language: nothing to say.
    Source,
    /// Some words are not checked (or not translated): the draft notice.
    Draft,
    /// Every message on the page has a current review, the latest of them on this date.
    Checked(Date),
}

pub struct Catalogue<'a> {
    english: BTreeMap<&'a str, Entry<'a>>,
    own: BTreeMap<&'a str, Entry<'a>>,
    reviews: ReviewsFile,
}

impl<'a> Catalogue<'a> {
    /// The language's joined text and its reviews file (if any) against en-GB's joined
    /// text. A malformed file, or a record that cannot be trusted, is an error naming
    /// its field: nothing is then counted as checked.
    pub fn new(english: &'a str, own: &'a str, reviews_json: Option<&str>) -> Result<Self, Vec<Problem>> {
        let by_id = |text: &'a str| entries::entries(text).into_iter().map(|entry| (entry.id, entry)).collect::<BTreeMap<_, _>>();
        let reviews = match reviews_json {
            Some(json) => ReviewsFile::read(json).map_err(|problem| vec![problem])?,
            None => ReviewsFile { version: 1, reviews: BTreeMap::new() },
        };
        let (mut english, own) = (by_id(english), by_id(own));
        // A language without Easy Read words is not measured against en-GB's Easy Read.
        if !own.keys().any(|id| is_easy_read_message(id)) {
            english.retain(|id, _| !is_easy_read_message(id));
        }
        let catalogue = Self { english, own, reviews };
        let problems = catalogue.record_problems();
        if problems.is_empty() {
            Ok(catalogue)
        } else {
            Err(problems)
        }
    }

    /// Every en-GB message and term id the language is measured against, in order.
    pub fn ids(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.english.keys().copied()
    }

    pub fn english(&self, id: &str) -> Option<&Entry<'a>> {
        self.english.get(id)
    }

    pub fn own(&self, id: &str) -> Option<&Entry<'a>> {
        self.own.get(id)
    }

    pub fn review(&self, id: &str) -> Option<&Review> {
        self.reviews.reviews.get(id)
    }

    pub fn reviews(&self) -> &ReviewsFile {
        &self.reviews
    }

    pub fn state(&self, id: &str) -> State {
        let (Some(english), Some(_)) = (self.english.get(id), self.own.get(id)) else { return State::Missing };
        match self.reviews.reviews.get(id) {
            None => State::Draft,
            Some(review) if review.english != entries::fingerprint(english.source) => State::Stale,
            Some(review) => review.date().map_or(State::Stale, State::Checked),
        }
    }

    /// Checked only if every message the page used, and every term those use, is;
    /// then on the latest of their dates.
    pub fn page_review(&self, used: &BTreeSet<String>) -> PageReview {
        let mut ids: BTreeSet<&str> = used.iter().map(String::as_str).collect();
        for id in used {
            if let Some(entry) = self.own.get(id.as_str()) {
                ids.extend(term_references(entry.source));
            }
        }
        let mut latest: Option<Date> = None;
        for id in ids {
            match self.state(id) {
                State::Checked(date) => latest = latest.max(Some(date)),
                State::Stale | State::Draft | State::Missing => return PageReview::Draft,
            }
        }
        latest.map_or(PageReview::Draft, PageReview::Checked)
    }

    /// Records that name no message, are malformed, or lack what a review needs.
    fn record_problems(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut problem = |field: String, what: &str| problems.push(Problem { place: field, what: what.to_string() });
        if self.reviews.version != 1 {
            problem("version".into(), "not 1");
        }
        for (id, review) in &self.reviews.reviews {
            let field = |name: &str| format!("reviews.{id}.{name}");
            let Some(english) = self.english.get(id.as_str()) else {
                problem(format!("reviews.{id}"), "no such message in en-GB");
                continue;
            };
            let Some(own) = self.own.get(id.as_str()) else {
                problem(format!("reviews.{id}"), "the language has no words for this message");
                continue;
            };
            if review.english.len() != 12 || !review.english.bytes().all(|b| b.is_ascii_hexdigit()) {
                problem(field("english"), "not a fingerprint (12 hex digits)");
            }
            if review.date().is_none() {
                problem(field("date"), "not a date (YYYY-MM-DD)");
            }
            if review.translator.trim().is_empty() {
                problem(field("translator"), "empty: say who translated (role and qualification)");
            }
            if review.reviser.trim().is_empty() {
                problem(field("reviser"), "empty: say who revised (role and qualification)");
            }
            let units = Parts::of(own.source).units(id);
            let english_units: BTreeMap<String, String> = Parts::of(english.source).units(id).into_iter().collect();
            for unit in review.back_translations.keys() {
                if !units.iter().any(|(name, _)| name == unit) {
                    problem(format!("reviews.{id}.back_translations.{unit}"), "no such part of this message");
                }
            }
            for (unit, _) in units {
                let critical = english_units.get(&unit).is_some_and(|text| safety::is_safety_critical(&unit, text));
                let back = review.back_translations.get(&unit).is_some_and(|text| !text.trim().is_empty());
                if critical && !back {
                    problem(format!("reviews.{id}.back_translations.{unit}"), "safety-critical words reviewed without a back-translation");
                }
            }
        }
        problems
    }
}

/// The terms a message's source refers to: `{ -emergency-number }`.
fn term_references(source: &str) -> impl Iterator<Item = &str> {
    source.split('{').skip(1).filter_map(|rest| {
        let name = rest.trim_start().strip_prefix('-')?;
        let end = name.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).unwrap_or(name.len());
        let term = &rest.trim_start()[..end + 1];
        (end > 0).then_some(term)
    })
}
