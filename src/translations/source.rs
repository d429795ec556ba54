//! A language's files on disk, beside en-GB's: what the translation tools read and
//! write. Paths are relative to the locale's folder (`journeys/referral.ftl`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::{fs, io};

use crate::i18n::folder;
use crate::i18n::locale::{Locale, EN_GB};

use super::entries::{self, Entry, Parts};
use super::reviews::{ReviewsFile, REVIEWS_FILE};

pub struct LocaleSources {
    pub locale: &'static Locale,
    folder: PathBuf,
    english: Vec<(String, String)>,
    own: Vec<(String, String)>,
    /// The reviews file's text as it is, if there is one.
    pub reviews_json: Option<String>,
    /// As read; empty if there is no file (a malformed one is the catalogue's problem).
    pub reviews: ReviewsFile,
}

/// One en-GB unit: its message and text.
pub struct EnglishUnit {
    pub message: String,
    pub text: String,
}

impl LocaleSources {
    pub fn read(locales: &Path, locale: &'static Locale) -> io::Result<Self> {
        let read_folder = |code: &str| -> io::Result<Vec<(String, String)>> {
            let dir = locales.join(code);
            if !dir.is_dir() {
                return Ok(Vec::new());
            }
            folder::text_files(&dir)?
                .into_iter()
                .map(|file| {
                    let relative = file.strip_prefix(&dir).unwrap_or(&file).to_string_lossy().replace('\\', "/");
                    Ok((relative, fs::read_to_string(&file)?))
                })
                .collect()
        };
        let reviews_json = fs::read_to_string(locales.join(locale.code).join(REVIEWS_FILE)).ok();
        let reviews = reviews_json.as_deref().and_then(|json| ReviewsFile::read(json).ok()).unwrap_or(ReviewsFile { version: 1, reviews: BTreeMap::new() });
        Ok(Self { locale, folder: locales.join(locale.code), english: read_folder(EN_GB.code)?, own: read_folder(locale.code)?, reviews_json, reviews })
    }

    /// The en-GB files, in order (path, text).
    pub fn english_files(&self) -> &[(String, String)] {
        &self.english
    }

    /// Every file joined, as the build joins them.
    pub fn joined_english(&self) -> String {
        self.english.iter().map(|(_, text)| format!("{text}\n")).collect()
    }

    pub fn joined_own(&self) -> String {
        self.own.iter().map(|(_, text)| format!("{text}\n")).collect()
    }

    pub fn english_entry(&self, id: &str) -> Option<Entry<'_>> {
        find(&self.english, id).map(|(_, entry)| entry)
    }

    pub fn own_entry(&self, id: &str) -> Option<Entry<'_>> {
        find(&self.own, id).map(|(_, entry)| entry)
    }

    /// Every en-GB unit by its id.
    pub fn english_units(&self) -> BTreeMap<String, EnglishUnit> {
        let mut units = BTreeMap::new();
        for (_, text) in &self.english {
            for entry in entries::entries(text) {
                for (unit, text) in Parts::of(entry.source).units(entry.id) {
                    units.insert(unit, EnglishUnit { message: entry.id.to_string(), text });
                }
            }
        }
        units
    }

    /// The unit ids of one en-GB message.
    pub fn english_units_of(&self, message: &str) -> Vec<String> {
        self.english_entry(message).map(|entry| Parts::of(entry.source).units(message).into_iter().map(|(unit, _)| unit).collect()).unwrap_or_default()
    }

    pub fn reviews_path(&self) -> PathBuf {
        self.folder.join(REVIEWS_FILE)
    }

    /// The language's files with these messages' new sources: each replaces its own
    /// lines; one the language never had goes at the end of the file named like the
    /// en-GB file that has it. Files with no change are not listed.
    pub fn rewritten_files(&self, new_sources: &BTreeMap<String, String>) -> Vec<(PathBuf, String)> {
        let mut texts: BTreeMap<String, String> = self.own.iter().cloned().collect();
        let mut changed = std::collections::BTreeSet::new();
        for (path, text) in &self.own {
            let mut spans: Vec<(std::ops::Range<usize>, &String)> =
                entries::entries(text).into_iter().filter_map(|entry| new_sources.get(entry.id).map(|source| (entry.span, source))).collect();
            spans.sort_by_key(|(span, _)| std::cmp::Reverse(span.start));
            let mut new_text = text.clone();
            for (span, source) in spans {
                new_text.replace_range(span, source);
            }
            if &new_text != text {
                changed.insert(path.clone());
                texts.insert(path.clone(), new_text);
            }
        }
        for (message, source) in new_sources {
            if self.own_entry(message).is_some() {
                continue;
            }
            let Some((path, _)) = find(&self.english, message) else { continue };
            let text = texts.entry(path.to_string()).or_default();
            if !text.is_empty() && !text.ends_with('\n') {
                text.push('\n');
            }
            if !text.is_empty() {
                text.push('\n');
            }
            text.push_str(source);
            text.push('\n');
            changed.insert(path.to_string());
        }
        changed.into_iter().map(|path| (self.folder.join(&path), texts.remove(&path).unwrap_or_default())).collect()
    }
}

fn find<'a>(files: &'a [(String, String)], id: &str) -> Option<(&'a str, Entry<'a>)> {
    files.iter().find_map(|(path, text)| entries::entries(text).into_iter().find(|entry| entry.id == id).map(|entry| (path.as_str(), entry)))
}
