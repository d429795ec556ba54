//! The review pack as XLIFF 2.0, the OASIS standard translation tools read: written
//! for one language (every en-GB message, its current translation, notes), and read
//! back, refusing anything outside the small part of XLIFF this file uses.

use std::fmt::Write;

use roxmltree::{Document, Node, ParsingOptions};

use super::{plurals, safety};

pub const XLIFF: &str = "urn:oasis:names:tc:xliff:document:2.0";
pub const SIZE_RESTRICTION: &str = "urn:oasis:names:tc:xliff:sizerestriction:2.0";

/// Notes the review team fills in once for the whole file.
pub const TRANSLATOR_NOTE: &str = "whatnext:translator";
pub const REVISER_NOTE: &str = "whatnext:reviser";
pub const REVIEW_DATE_NOTE: &str = "whatnext:review-date";
/// Per unit: the reviewed words put back into English.
pub const BACK_TRANSLATION_NOTE: &str = "whatnext:back-translation";

/// A unit's segment state (XLIFF 2.0): `reviewed` marks a new review; `final` one
/// already recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitState {
    Initial,
    Translated,
    Reviewed,
    Final,
}

impl UnitState {
    fn as_str(self) -> &'static str {
        match self {
            Self::Initial => "initial",
            Self::Translated => "translated",
            Self::Reviewed => "reviewed",
            Self::Final => "final",
        }
    }

    fn parse(text: &str) -> Option<Self> {
        [Self::Initial, Self::Translated, Self::Reviewed, Self::Final].into_iter().find(|state| state.as_str() == text)
    }
}

/// One unit to write: a message's value or one attribute.
pub struct ExportUnit {
    pub id: String,
    pub english: String,
    pub own: Option<String>,
    pub state: UnitState,
    pub location: String,
    pub back_translation: Option<String>,
}

/// The units of one `.ftl` file, as a group named by its path (`journeys/referral.ftl`).
pub struct ExportGroup {
    pub path: String,
    pub units: Vec<ExportUnit>,
}

/// The whole pack.
pub fn write(locale: &str, language_name: &str, groups: &[ExportGroup]) -> String {
    let categories = plurals::categories(locale).join(", ");
    let mut out = String::new();
    let _ = write!(
        out,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <xliff xmlns=\"{XLIFF}\" xmlns:slr=\"{SIZE_RESTRICTION}\" version=\"2.0\" srcLang=\"en-GB\" trgLang=\"{}\">\n\
         \x20 <file id=\"{}\">\n\
         \x20   <slr:profiles generalProfile=\"xliff:codepoints\"/>\n\
         \x20   <notes>\n\
         \x20     <note category=\"instructions\">{}</note>\n\
         \x20     <note category=\"{TRANSLATOR_NOTE}\"></note>\n\
         \x20     <note category=\"{REVISER_NOTE}\"></note>\n\
         \x20     <note category=\"{REVIEW_DATE_NOTE}\"></note>\n\
         \x20   </notes>\n",
        escape(locale),
        escape(locale),
        escape(&format!(
            "What next? in {language_name}. Translate each target; keep every {{ $name }} and {{ -name }} as it is; for a plural, write one variant for each of {language_name}'s categories ({categories}), with *[other] last. When a translator and an independent reviser have checked a unit, set its state to reviewed; for a unit noted safety-critical, also write its back-translation (the words put back into English by someone who has not seen the English) in its back-translation note. Then fill in the translator's and reviser's role and qualification (no names needed) and the review date (YYYY-MM-DD) above."
        )),
    );
    for group in groups {
        let _ = writeln!(out, "    <group id=\"{}\" name=\"{}\">", escape(&group.path.replace('/', "_")), escape(&group.path));
        for unit in &group.units {
            write_unit(&mut out, unit, &categories);
        }
        out.push_str("    </group>\n");
    }
    out.push_str("  </file>\n</xliff>\n");
    out
}

fn write_unit(out: &mut String, unit: &ExportUnit, categories: &str) {
    let limit = safety::length_limit(&unit.id);
    let size = limit.map(|limit| format!(" slr:sizeRestriction=\"{limit}\"")).unwrap_or_default();
    let _ = writeln!(out, "      <unit id=\"{}\"{size}>\n        <notes>", escape(&unit.id));
    let mut note = |category: &str, text: &str| {
        let _ = writeln!(out, "          <note category=\"{category}\">{}</note>", escape(text));
    };
    note("location", &unit.location);
    let kept = placeables(&unit.english);
    if !kept.is_empty() {
        note("placeholders", &format!("Keep, where the sentence needs them: {}", kept.iter().map(|name| format!("{{ {name} }}")).collect::<Vec<_>>().join(" ")));
    }
    if unit.english.contains("[one]") || unit.english.contains("*[other]") {
        note("plurals", &format!("A number decides the words: one variant per category ({categories}), *[other] last."));
    }
    if let Some(limit) = limit {
        note("length", &format!("At most {limit} characters of your own words (placeholders not counted): it goes in a text message."));
    }
    if safety::is_safety_critical(&unit.id, &unit.english) {
        note("safety-critical", "Safety-critical (who to call, a number, a time, what to do if something does not happen): a review needs a back-translation.");
        note(BACK_TRANSLATION_NOTE, unit.back_translation.as_deref().unwrap_or(""));
    }
    let _ = write!(
        out,
        "        </notes>\n        <segment state=\"{}\">\n          <source xml:space=\"preserve\">{}</source>\n          <target xml:space=\"preserve\">{}</target>\n        </segment>\n      </unit>\n",
        unit.state.as_str(),
        escape(&unit.english),
        escape(unit.own.as_deref().unwrap_or("")),
    );
}

/// `$date`, `-emergency-number`: what a placeable names, as written in the text.
pub fn placeables(pattern: &str) -> std::collections::BTreeSet<String> {
    let mut found = std::collections::BTreeSet::new();
    let mut depth = 0usize;
    let mut chars = pattern.char_indices().peekable();
    while let Some((index, c)) = chars.next() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            '$' | '-' if depth > 0 => {
                let rest = &pattern[index + 1..];
                let name: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
                let starts_well = name.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
                let before_ok = pattern[..index].chars().next_back().is_none_or(|c| c.is_whitespace() || c == '{');
                if starts_well && before_ok {
                    found.insert(format!("{c}{name}"));
                }
            }
            _ => {}
        }
    }
    found
}

/// What the review team sent back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackFile {
    pub target_language: String,
    pub translator: String,
    pub reviser: String,
    pub review_date: String,
    pub units: Vec<PackUnit>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackUnit {
    pub id: String,
    pub source: String,
    pub target: String,
    pub state: UnitState,
    pub back_translation: String,
}

/// Reads a pack; the error says what in the file is not as this project writes it.
pub fn read(xml: &str) -> Result<PackFile, String> {
    let options = ParsingOptions { allow_dtd: false, ..ParsingOptions::default() };
    let document = Document::parse_with_options(xml, options).map_err(|error| format!("not XML this tool reads: {error}"))?;
    let root = document.root_element();
    if root.tag_name().namespace() != Some(XLIFF) || root.tag_name().name() != "xliff" {
        return Err("not an XLIFF 2.0 file".into());
    }
    if !matches!(root.attribute("version"), Some("2.0" | "2.1")) {
        return Err("not XLIFF version 2.0 or 2.1".into());
    }
    let mut pack = PackFile {
        target_language: root.attribute("trgLang").unwrap_or_default().to_string(),
        translator: String::new(),
        reviser: String::new(),
        review_date: String::new(),
        units: Vec::new(),
    };
    let files: Vec<Node> = elements(root, "file").collect();
    let [file] = files.as_slice() else { return Err("not one <file>".into()) };
    for note in elements(*file, "notes").flat_map(|notes| elements(notes, "note")) {
        let text = all_text(note)?;
        match note.attribute("category") {
            Some(TRANSLATOR_NOTE) => pack.translator = text,
            Some(REVISER_NOTE) => pack.reviser = text,
            Some(REVIEW_DATE_NOTE) => pack.review_date = text.trim().to_string(),
            _ => {}
        }
    }
    collect_units(*file, &mut pack.units)?;
    Ok(pack)
}

fn collect_units(parent: Node, units: &mut Vec<PackUnit>) -> Result<(), String> {
    for child in parent.children().filter(Node::is_element) {
        match child.tag_name().name() {
            "group" => collect_units(child, units)?,
            "unit" => units.push(read_unit(child)?),
            _ => {}
        }
    }
    Ok(())
}

fn read_unit(unit: Node) -> Result<PackUnit, String> {
    let id = unit.attribute("id").ok_or("a <unit> without an id")?.to_string();
    let segments: Vec<Node> = elements(unit, "segment").collect();
    let [segment] = segments.as_slice() else { return Err(format!("{id}: not one <segment>")) };
    let state = match segment.attribute("state") {
        None => UnitState::Initial,
        Some(text) => UnitState::parse(text).ok_or_else(|| format!("{id}: state {text:?} is not initial, translated, reviewed or final"))?,
    };
    let text_of = |name: &'static str| -> Result<String, String> {
        match elements(*segment, name).next() {
            None => Ok(String::new()),
            Some(node) => all_text(node).map_err(|problem| format!("{id}: {problem}")),
        }
    };
    let back_translation = elements(unit, "notes")
        .flat_map(|notes| elements(notes, "note"))
        .find(|note| note.attribute("category") == Some(BACK_TRANSLATION_NOTE))
        .map(all_text)
        .transpose()
        .map_err(|problem| format!("{id}: {problem}"))?
        .unwrap_or_default();
    Ok(PackUnit { source: text_of("source")?, target: text_of("target")?, state, back_translation, id })
}

/// The text of an element that may hold only text (inline codes would be markup).
fn all_text(node: Node) -> Result<String, String> {
    if node.children().any(|child| child.is_element()) {
        return Err(format!("markup inside <{}>", node.tag_name().name()));
    }
    Ok(node.children().filter_map(|child| child.text()).collect())
}

fn elements<'a, 'input: 'a>(parent: Node<'a, 'input>, name: &'static str) -> impl Iterator<Item = Node<'a, 'input>> + 'a {
    parent.children().filter(move |child| child.is_element() && child.tag_name().name() == name && child.tag_name().namespace() == Some(XLIFF))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
