//! Translations people can trust: for each language, which messages a qualified
//! translator and reviser checked against the English as it is now (`reviews`,
//! `catalogue`), a review pack for professional translators (`xliff`), and bringing
//! their work back safely (`import`). `./run translations` (src/bin/translations.rs)
//! reports, exports and imports; the site step asks the catalogue whether a page may
//! say its words were checked.

pub mod catalogue;
pub mod entries;
pub mod import;
pub mod locations;
pub mod plurals;
pub mod reviews;
pub mod safety;
pub mod source;
pub mod xliff;

pub use catalogue::{Catalogue, PageReview, State};
pub use source::LocaleSources;

use xliff::{ExportGroup, ExportUnit, UnitState};

/// One thing wrong with a reviews file or a review pack, by where: a field
/// (`reviews.referral.date`), a unit (`referral-sent.if-not`) or `(file)`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    pub place: String,
    pub what: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.place, self.what)
    }
}

/// The review pack for one language: every en-GB unit, grouped by file, with the
/// language's words and where they stand.
pub fn export(sources: &LocaleSources) -> Result<String, Vec<Problem>> {
    let (english, own) = (sources.joined_english(), sources.joined_own());
    let catalogue = Catalogue::new(&english, &own, sources.reviews_json.as_deref())?;
    let groups: Vec<ExportGroup> = sources
        .english_files()
        .iter()
        .map(|(path, text)| ExportGroup {
            path: path.clone(),
            units: entries::entries(text)
                .into_iter()
                .filter(|entry| catalogue.english(entry.id).is_some())
                .flat_map(|entry| {
                    let state = match catalogue.state(entry.id) {
                        State::Checked(_) => UnitState::Final,
                        State::Stale | State::Draft => UnitState::Translated,
                        State::Missing => UnitState::Initial,
                    };
                    let own: Vec<(String, String)> = catalogue.own(entry.id).map(|own| entries::Parts::of(own.source).units(entry.id)).unwrap_or_default();
                    let review = catalogue.review(entry.id).filter(|_| state == UnitState::Final);
                    let location = locations::location(entry.id, sources.locale.code);
                    entries::Parts::of(entry.source).units(entry.id).into_iter().map(move |(id, english)| ExportUnit {
                        own: own.iter().find(|(unit, _)| *unit == id).map(|(_, text)| text.clone()),
                        back_translation: review.and_then(|review| review.back_translations.get(&id).cloned()),
                        state: if own.iter().any(|(unit, _)| *unit == id) { state } else { UnitState::Initial },
                        location: location.clone(),
                        english,
                        id,
                    })
                })
                .collect(),
        })
        .collect();
    Ok(xliff::write(sources.locale.code, sources.locale.name, &groups))
}

/// Where one language stands, for `./run translations`.
pub struct LanguageReport {
    pub checked: usize,
    pub stale: Vec<String>,
    pub draft: usize,
    /// Messages the language lacks: its pages show them in English.
    pub in_english: Vec<String>,
}

impl LanguageReport {
    pub fn of(catalogue: &Catalogue) -> Self {
        let mut report = Self { checked: 0, stale: Vec::new(), draft: 0, in_english: Vec::new() };
        for id in catalogue.ids() {
            match catalogue.state(id) {
                State::Checked(_) => report.checked += 1,
                State::Stale => report.stale.push(id.to_string()),
                State::Draft => report.draft += 1,
                State::Missing => report.in_english.push(id.to_string()),
            }
        }
        report
    }

    /// A language is checked only when every message is, against the English as it is.
    pub fn all_checked(&self) -> bool {
        self.stale.is_empty() && self.draft == 0 && self.in_english.is_empty()
    }
}
