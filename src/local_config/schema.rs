//! The file's shape, as serde reads it. Field names are what an area's staff write.

use std::collections::BTreeMap;

use serde::Deserialize;

/// The whole file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocalConfigFile {
    /// The schema version: 1.
    pub version: u32,
    /// The area's name, shown to staff: "Northbrook and Dale practices".
    pub area: String,
    /// Every service a step may point to.
    pub services: Vec<Service>,
    /// For each kind of contact (`"hospital-team"`, `"patient-advice"`, …), the `id` of
    /// the service to show on every journey.
    #[serde(default)]
    pub contacts: BTreeMap<String, String>,
    /// For a journey id, kinds of contact that point somewhere else on that journey.
    #[serde(default)]
    pub journeys: BTreeMap<String, BTreeMap<String, String>>,
    /// The websites that show the guides in a frame (`"https://northbrook-surgery.example"`;
    /// of a longer address only the site is used). When given, no other site may.
    #[serde(default)]
    pub embedded_by: Vec<String>,
}

/// One service people can ring or visit.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    /// Short, unique, lower case with dashes: `"dermatology-appointments"`.
    pub id: String,
    /// As patients know it: "the Dermatology appointments team at Northbrook Hospital".
    pub name: LocalText,
    /// A UK phone number.
    #[serde(default)]
    pub phone: Option<String>,
    /// When the phone is answered: "Monday to Friday, 9am to 5pm".
    #[serde(default)]
    pub hours: Option<LocalText>,
    /// An `https://` web page.
    #[serde(default)]
    pub website: Option<String>,
}

/// Words written by the area: the same in every language, or per language (`"en-GB"`
/// required, the others used on their own language's pages).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum LocalText {
    Everywhere(String),
    PerLanguage(BTreeMap<String, String>),
}

impl LocalText {
    /// The words for a language, falling back to English.
    pub fn get(&self, locale: &str) -> &str {
        match self {
            LocalText::Everywhere(text) => text,
            LocalText::PerLanguage(texts) => texts.get(locale).or_else(|| texts.get("en-GB")).map_or("", String::as_str),
        }
    }
}
