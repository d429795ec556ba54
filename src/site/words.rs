//! What the pages' words lacked: a word missing everywhere or rendering empty stops the
//! build, naming the page and the message; a word shown in English on another
//! language's page is listed.

use std::collections::{BTreeMap, BTreeSet};

use crate::i18n::{I18n, WordProblem};

#[derive(Default)]
pub struct WordReport {
    blanks: Vec<String>,
    in_english: BTreeMap<&'static str, BTreeSet<String>>,
}

impl WordReport {
    /// Takes the problems `i18n` met while rendering `page`.
    pub fn add(&mut self, page: &str, i18n: &I18n) {
        for problem in i18n.take_problems() {
            match problem {
                WordProblem::ShownInEnglish(id) => {
                    self.in_english.entry(i18n.locale().code).or_default().insert(id);
                }
                WordProblem::Missing(id) => self.blanks.push(format!("{page}: {id} is missing from en-GB")),
                WordProblem::Empty(id) => self.blanks.push(format!("{page}: {id} renders empty")),
            }
        }
    }

    /// One line per language with words in English; an error listing every blank.
    pub fn finish(self) -> Result<Vec<String>, String> {
        if !self.blanks.is_empty() {
            return Err(format!("pages would show blank words:\n  {}", self.blanks.join("\n  ")));
        }
        Ok(self
            .in_english
            .iter()
            .map(|(code, ids)| format!("{code} shows {} messages in English: {}", ids.len(), ids.iter().cloned().collect::<Vec<_>>().join(", ")))
            .collect())
    }
}
