//! `locales/<locale>/reviews.json`: for each message a qualified translator and an
//! independent reviser checked (ISO 17100's two people), who they were by role and
//! qualification, when, the fingerprint of the English they checked against, and the
//! back-translations of its safety-critical words. A review whose English has since
//! changed is stale by itself: the fingerprints no longer match.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::date::Date;

use super::Problem;

pub const REVIEWS_FILE: &str = "reviews.json";

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewsFile {
    /// The format: 1.
    pub version: u32,
    /// By message or term id.
    pub reviews: BTreeMap<String, Review>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    /// The fingerprint of the en-GB entry checked against (`entries::fingerprint`).
    pub english: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Role and qualification, no name needed: "Translator, DipTrans (CIOL), Polish".
    pub translator: String,
    /// The second, independent person: "Reviser, NRPSI public service interpreter".
    pub reviser: String,
    /// By unit (`referral-sent.if-not`): the reviewed words put back into English by
    /// someone who had not seen the English, for every safety-critical unit.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub back_translations: BTreeMap<String, String>,
}

impl Review {
    pub fn date(&self) -> Option<Date> {
        Date::parse(&self.date)
    }
}

impl ReviewsFile {
    /// Reads the file's JSON; the problem names the field serde stopped at.
    pub fn read(json: &str) -> Result<Self, Problem> {
        let mut deserializer = serde_json::Deserializer::from_str(json);
        serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
            // serde names no field for broken JSON ("?") or the whole file (".").
            let field = match error.path().to_string().as_str() {
                "." | "?" => "(file)".to_string(),
                path => path.to_string(),
            };
            Problem { place: field, what: error.inner().to_string() }
        })
    }

    /// The file as written back: sorted, two-space indents, a final line break.
    pub fn to_json(&self) -> String {
        let mut json = serde_json::to_string_pretty(self).unwrap_or_default();
        json.push('\n');
        json
    }
}
