//! Easy Read: each guide again in short sentences, one idea each, a picture beside
//! every point. Its words are in `locales/<code>/easy-read/`; every such message's id
//! starts with [`MESSAGE_PREFIX`], and a language has them or not (then its pages link
//! to the English Easy Read and say it is in English).
//!
//! In the locale files a guide's Easy Read is `easy-<journey id>` (`.title` and the
//! opening points) and one `easy-<step message>` per step (`.title`, points, `.if-not`).
//! A point's attribute name is its picture's key ([`picture::Picture::of_point`]).
//! Build time only: the browser's Wasm knows Easy Read pages by their paths alone.

pub mod picture;

use crate::journeys::{Journey, Step};
use picture::Picture;

/// The start of every Easy Read message id.
pub const MESSAGE_PREFIX: &str = "easy-";
/// The attribute with a message's heading.
pub const TITLE: &str = "title";
/// The attribute with what to do if a step does not happen.
pub const IF_NOT: &str = "if-not";

/// Whether a message is part of a language's Easy Read (optional for every language
/// but en-GB).
pub fn is_easy_read_message(id: &str) -> bool {
    id.starts_with(MESSAGE_PREFIX)
}

/// The message with a guide's Easy Read title and opening points.
pub fn guide_message(journey: &Journey) -> String {
    format!("{MESSAGE_PREFIX}{}", journey.id)
}

/// The message with one step's Easy Read.
pub fn step_message(step: &Step) -> String {
    format!("{MESSAGE_PREFIX}{}", step.message)
}

/// One point of an Easy Read message: its attribute and its picture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Point {
    pub attribute: String,
    pub picture: Picture,
}

/// A message's points, in the order written: every attribute but the title and
/// `.if-not`. `Err` names an attribute that is not a picture's key.
pub fn points(attributes: &[String]) -> Result<Vec<Point>, String> {
    attributes
        .iter()
        .filter(|name| *name != TITLE && *name != IF_NOT)
        .map(|name| Picture::of_point(name).map(|picture| Point { attribute: name.clone(), picture }).ok_or_else(|| name.clone()))
        .collect()
}

/// Whether `locale` has its own Easy Read of `journey` (en-GB has every one).
pub fn has_own(locale: &crate::i18n::locale::Locale, journey: &Journey) -> bool {
    use std::collections::BTreeSet;
    use std::sync::OnceLock;
    // "<code> <message id>" of every Easy Read guide message in the built-in words.
    static GUIDES: OnceLock<BTreeSet<String>> = OnceLock::new();
    let guides = GUIDES.get_or_init(|| {
        crate::i18n::locale::supported()
            .iter()
            .flat_map(|locale| {
                let text = crate::i18n::built_in_text(locale);
                crate::translations::entries::entries(text)
                    .into_iter()
                    .filter(|entry| is_easy_read_message(entry.id))
                    .map(|entry| format!("{} {}", locale.code, entry.id))
                    .collect::<Vec<_>>()
            })
            .collect()
    });
    guides.contains(&format!("{} {}", locale.code, guide_message(journey)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_are_the_attributes_named_by_pictures() {
        let names: Vec<String> = ["title", "gp", "phone", "phone-2", "if-not"].map(String::from).to_vec();
        let found = points(&names).unwrap();
        assert_eq!(found.iter().map(|point| point.picture).collect::<Vec<_>>(), [Picture::Gp, Picture::Phone, Picture::Phone]);
        assert_eq!(points(&["title".into(), "gp".into(), "rainbow".into()]), Err("rainbow".to_string()));
    }
}
