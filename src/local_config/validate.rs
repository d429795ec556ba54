//! Reads the file and checks every field, collecting every problem (not just the first)
//! so staff can fix them in one go.

use std::collections::BTreeMap;

use super::problems::{Problem, ProblemKind};
use super::schema::{LocalConfigFile, LocalText, Service};
use crate::i18n::locale;
use crate::journeys::{self, Contact};
use crate::link::{Phone, WebAddress};

/// The longest name or opening-hours text, in characters.
pub const MAX_TEXT: usize = 120;

/// A checked file: which service to show for a kind of contact on a journey.
#[derive(Debug, Clone, PartialEq)]
pub struct AreaContacts {
    pub area: String,
    pub services: Vec<Service>,
    everywhere: BTreeMap<Contact, usize>,
    per_journey: BTreeMap<(&'static str, Contact), usize>,
    /// The sites allowed to frame the guides (`https://host[:port]`), for the hosting
    /// headers' `frame-ancestors`; none means any secure site.
    pub embedded_by: Vec<String>,
}

impl AreaContacts {
    /// The service a step of `journey_id` points to for `contact`, if the area has one.
    pub fn service_for(&self, journey_id: &str, contact: Contact) -> Option<&Service> {
        let index = self.per_journey.get(&(journey_id, contact)).or_else(|| self.everywhere.get(&contact))?;
        self.services.get(*index)
    }
}

/// Reads and checks the file's text. Every problem is returned, each naming its field.
pub fn check(json: &str) -> Result<AreaContacts, Vec<Problem>> {
    let file = read(json).map_err(|problem| vec![problem])?;
    let mut problems = Vec::new();
    let mut report = |field: String, kind: ProblemKind| problems.push(Problem { field, kind });

    if file.version != 1 {
        report("version".into(), ProblemKind::UnsupportedVersion);
    }
    check_text("area", &LocalText::Everywhere(file.area.clone()), &mut report);

    let mut ids: BTreeMap<&str, usize> = BTreeMap::new();
    for (index, service) in file.services.iter().enumerate() {
        let field = |name: &str| format!("services[{index}].{name}");
        if !is_id(&service.id) {
            report(field("id"), ProblemKind::BadId);
        } else if ids.insert(&service.id, index).is_some() {
            report(field("id"), ProblemKind::DuplicateId);
        }
        check_text(&field("name"), &service.name, &mut report);
        if let Some(hours) = &service.hours {
            check_text(&field("hours"), hours, &mut report);
        }
        if let Some(phone) = &service.phone {
            if Phone::parse(phone).is_none() {
                report(field("phone"), ProblemKind::BadPhone);
            }
        }
        if let Some(website) = &service.website {
            if let Some(kind) = website_problem(website) {
                report(field("website"), kind);
            }
        }
    }

    let pointers = |field: &str, map: &BTreeMap<String, String>, report: &mut dyn FnMut(String, ProblemKind)| {
        let mut found = BTreeMap::new();
        for (kind, id) in map {
            let here = format!("{field}.{kind}");
            match (contact_kind(kind), ids.get(id.as_str())) {
                (None, _) => report(here, ProblemKind::UnknownContact),
                (_, None) => report(here, ProblemKind::UnknownService),
                (Some(contact), Some(&index)) => {
                    found.insert(contact, index);
                }
            }
        }
        found
    };
    let everywhere = pointers("contacts", &file.contacts, &mut report);
    let mut per_journey = BTreeMap::new();
    for (journey_id, map) in &file.journeys {
        let field = format!("journeys.{journey_id}");
        match journeys::find(journey_id) {
            None => report(field, ProblemKind::UnknownJourney),
            Some(journey) => {
                for (contact, index) in pointers(&field, map, &mut report) {
                    per_journey.insert((journey.id, contact), index);
                }
            }
        }
    }

    let mut embedded_by = Vec::new();
    for (index, address) in file.embedded_by.iter().enumerate() {
        match (website_problem(address), site_of(address)) {
            (Some(kind), _) => report(format!("embedded_by[{index}]"), kind),
            (None, None) => report(format!("embedded_by[{index}]"), ProblemKind::BadWebsite),
            (None, Some(site)) => embedded_by.push(site),
        }
    }

    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(AreaContacts { area: file.area, services: file.services, everywhere, per_journey, embedded_by })
}

/// JSON into the schema, or the first problem with the field it is in.
fn read(json: &str) -> Result<LocalConfigFile, Problem> {
    let mut deserializer = serde_json::Deserializer::from_str(json);
    serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let path = error.path().to_string();
        let inner = error.inner();
        let message = inner.to_string();
        // serde names a missing or unknown field in its message, not in the path.
        let named = message.split('`').nth(1).unwrap_or_default();
        let join = |name: &str| if path == "." { name.to_string() } else { format!("{path}.{name}") };
        let (field, kind) = if inner.is_syntax() || inner.is_eof() {
            (format!("(line {}, column {})", inner.line(), inner.column()), ProblemKind::NotJson)
        } else if message.starts_with("unknown field") {
            (join(named), ProblemKind::UnknownField)
        } else if message.starts_with("missing field") {
            (join(named), ProblemKind::MissingField)
        } else {
            (path, ProblemKind::WrongType)
        };
        Problem { field, kind }
    })
}

/// Names, hours: not empty, not too long, no hidden characters; per language, only
/// languages we have and always English.
fn check_text(field: &str, text: &LocalText, report: &mut dyn FnMut(String, ProblemKind)) {
    let one = |field: String, words: &str, report: &mut dyn FnMut(String, ProblemKind)| {
        let hidden = |c: char| c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}');
        if words.trim().is_empty() {
            report(field, ProblemKind::Empty);
        } else if words.chars().count() > MAX_TEXT {
            report(field, ProblemKind::TooLong);
        } else if words.chars().any(hidden) {
            report(field, ProblemKind::HiddenCharacters);
        }
    };
    match text {
        LocalText::Everywhere(words) => one(field.to_string(), words, report),
        LocalText::PerLanguage(texts) => {
            if !texts.contains_key("en-GB") {
                report(field.to_string(), ProblemKind::MissingEnglish);
            }
            for (code, words) in texts {
                let here = format!("{field}.{code}");
                if locale::find(code).is_none_or(|found| found.code != code) {
                    report(here, ProblemKind::UnknownLanguage);
                } else {
                    one(here, words, report);
                }
            }
        }
    }
}

fn website_problem(text: &str) -> Option<ProblemKind> {
    let scheme = text.split_once("://").map(|(scheme, _)| scheme.to_ascii_lowercase());
    match scheme.as_deref() {
        Some("https") if WebAddress::parse(text).is_some() => None,
        Some("http") => Some(ProblemKind::NotHttps),
        _ => Some(ProblemKind::BadWebsite),
    }
}

/// The site of an `https://` address, as a Content-Security-Policy source:
/// `https://Practice.example/our-services` → `https://practice.example`. None if the
/// host holds anything but letters, digits, dots and dashes, which a policy could read
/// as more than one site.
fn site_of(address: &str) -> Option<String> {
    let rest = address.get(..8).filter(|scheme| scheme.eq_ignore_ascii_case("https://")).map(|_| &address[8..])?;
    let host = rest.split(['/', '?', '#']).next()?.to_ascii_lowercase();
    let plain = !host.is_empty() && host.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-');
    plain.then(|| format!("https://{host}"))
}

/// `dermatology-appointments`: lower-case letters, digits and single dashes.
fn is_id(text: &str) -> bool {
    (1..=60).contains(&text.len())
        && text.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !text.starts_with('-')
        && !text.ends_with('-')
        && !text.contains("--")
}

fn contact_kind(key: &str) -> Option<Contact> {
    Contact::ALL.into_iter().find(|contact| contact.key() == key)
}
