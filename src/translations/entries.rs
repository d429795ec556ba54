//! A Fluent file as its entries (messages and terms), each with its exact source, so a
//! review is tied to the English it was checked against and an imported translation
//! replaces one entry's lines and nothing else.
//!
//! Fluent starts every entry and comment at column 0 and indents everything that
//! continues one; a continuation line never starts with `.`, `[`, `*` or `}` unless it
//! is an attribute, a variant or the end of a select. Lines are enough, then.

use std::ops::Range;

use sha2::{Digest, Sha256};

/// One message (`referral`) or term (`-emergency-number`) of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry<'a> {
    pub id: &'a str,
    /// Its lines in the file, from the id to its last non-blank line, without the
    /// final line break.
    pub span: Range<usize>,
    pub source: &'a str,
}

/// The entries of `ftl`, in file order. Comments, blank lines and junk are skipped.
pub fn entries(ftl: &str) -> Vec<Entry<'_>> {
    let mut found: Vec<Entry> = Vec::new();
    let mut open: Option<(&str, usize, usize)> = None; // (id, start, end of last non-blank line)
    let mut offset = 0;
    for line in ftl.split_inclusive('\n') {
        let text = line.trim_end_matches(['\n', '\r']);
        let starts_at_column_0 = text.chars().next().is_some_and(|c| !c.is_whitespace());
        if starts_at_column_0 {
            if let Some((id, start, end)) = open.take() {
                found.push(Entry { id, span: start..end, source: &ftl[start..end] });
            }
            open = entry_id(text).map(|id| (id, offset, offset + text.len()));
        } else if let Some((_, _, end)) = open.as_mut() {
            if !text.trim().is_empty() {
                *end = offset + text.len();
            }
        }
        offset += line.len();
    }
    if let Some((id, start, end)) = open {
        found.push(Entry { id, span: start..end, source: &ftl[start..end] });
    }
    found
}

/// `referral` of `referral =`, `-emergency-number` of `-emergency-number = 999`.
fn entry_id(line: &str) -> Option<&str> {
    let (id, _) = line.split_once('=')?;
    let id = id.trim_end();
    let name = id.strip_prefix('-').unwrap_or(id);
    let valid = name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    valid.then_some(id)
}

/// A short hash of an entry's English: trailing spaces and line endings do not count.
pub fn fingerprint(source: &str) -> String {
    let normal: Vec<&str> = source.lines().map(str::trim_end).collect();
    Sha256::digest(normal.join("\n")).iter().take(6).map(|byte| format!("{byte:02x}")).collect()
}

/// What a translator translates: an entry's value and each attribute, as pattern text
/// (one line per line, the common indentation removed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parts {
    pub value: Option<String>,
    pub attributes: Vec<(String, String)>,
}

impl Parts {
    pub fn of(source: &str) -> Self {
        let mut lines = source.lines();
        let first = lines.next().unwrap_or_default();
        let mut value = Some(vec![first.split_once('=').map_or("", |(_, rest)| rest).trim().to_string()]);
        let mut attributes: Vec<(String, Vec<String>)> = Vec::new();
        for line in lines {
            let trimmed = line.trim_start();
            match attribute_start(trimmed) {
                Some((name, rest)) => attributes.push((name.to_string(), vec![rest.trim().to_string()])),
                None => match attributes.last_mut() {
                    Some((_, pattern)) => pattern.push(line.to_string()),
                    None => value.get_or_insert_with(Vec::new).push(line.to_string()),
                },
            }
        }
        let value = value.map(pattern_text).filter(|text| !text.is_empty());
        Self { value, attributes: attributes.into_iter().map(|(name, lines)| (name, pattern_text(lines))).collect() }
    }

    /// The unit ids a translation file uses: `referral` for the value, `referral.title`
    /// for an attribute.
    pub fn units(&self, id: &str) -> Vec<(String, String)> {
        let value = self.value.iter().map(|text| (id.to_string(), text.clone()));
        value.chain(self.attributes.iter().map(|(name, text)| (format!("{id}.{name}"), text.clone()))).collect()
    }

    /// The entry written back in this project's style: 4 spaces per level, a
    /// multi-line pattern starting on its own line.
    pub fn to_source(&self, id: &str) -> String {
        let mut out = format!("{id} =");
        if let Some(value) = &self.value {
            out.push_str(&pattern_source(value, "    "));
        }
        for (name, text) in &self.attributes {
            out.push_str(&format!("\n    .{name} ="));
            out.push_str(&pattern_source(text, "        "));
        }
        out
    }
}

/// `.title = Text` → ("title", " Text").
fn attribute_start(trimmed: &str) -> Option<(&str, &str)> {
    let rest = trimmed.strip_prefix('.')?;
    let (name, value) = rest.split_once('=')?;
    let name = name.trim_end();
    (!name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')).then_some((name, value))
}

/// The first line (text after `=`) and the continuation lines, dedented.
fn pattern_text(lines: Vec<String>) -> String {
    let (first, rest) = lines.split_first().map_or((String::new(), &[][..]), |(first, rest)| (first.clone(), rest));
    let indent = rest.iter().filter(|line| !line.trim().is_empty()).map(|line| line.len() - line.trim_start().len()).min().unwrap_or(0);
    let rest = rest.iter().map(|line| line.get(indent..).unwrap_or("").trim_end().to_string());
    let all: Vec<String> = std::iter::once(first).filter(|line| !line.is_empty()).chain(rest).collect();
    all.join("\n").trim_matches('\n').to_string()
}

/// A pattern after its `=`: one line inline, several each indented on their own line.
fn pattern_source(text: &str, indent: &str) -> String {
    if !text.contains('\n') {
        return format!(" {text}");
    }
    text.lines().map(|line| if line.is_empty() { "\n".to_string() } else { format!("\n{indent}{line}") }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const FTL: &str = "# A comment\n\nreferral =\n    .title = Your GP has sent you\n    .body =\n        Line one.\n        Line two.\n\n-emergency-number = 999\nsafety-urgent = { $audience ->\n        [parent] If your child is unwell\n       *[other] If you are unwell\n    }, call.\n";

    #[test]
    fn entries_are_split_at_column_zero_with_their_exact_source() {
        let found = entries(FTL);
        let ids: Vec<&str> = found.iter().map(|entry| entry.id).collect();
        assert_eq!(ids, ["referral", "-emergency-number", "safety-urgent"]);
        assert_eq!(found[0].source, "referral =\n    .title = Your GP has sent you\n    .body =\n        Line one.\n        Line two.");
        assert_eq!(&FTL[found[1].span.clone()], "-emergency-number = 999");
    }

    #[test]
    fn parts_are_the_value_and_each_attribute_dedented_and_write_back_to_the_same_meaning() {
        let referral = Parts::of(entries(FTL)[0].source);
        assert_eq!(referral.value, None);
        assert_eq!(referral.attributes, [("title".into(), "Your GP has sent you".into()), ("body".into(), "Line one.\nLine two.".into())]);
        assert_eq!(referral.to_source("referral"), entries(FTL)[0].source);
        let urgent = Parts::of(entries(FTL)[2].source);
        assert_eq!(urgent.value.as_deref(), Some("{ $audience ->\n    [parent] If your child is unwell\n   *[other] If you are unwell\n}, call."));
        assert_eq!(Parts::of(&urgent.to_source("safety-urgent")), urgent);
    }

    #[test]
    fn a_fingerprint_changes_with_the_words_not_with_trailing_spaces() {
        assert_eq!(fingerprint("a = b\n    .c = d"), fingerprint("a = b  \r\n    .c = d"));
        assert_ne!(fingerprint("a = within 7 days"), fingerprint("a = within 10 days"));
        assert_eq!(fingerprint("a = b").len(), 12);
    }
}
