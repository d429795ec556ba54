//! Finding a journey from the words a worried person types, in the page's language,
//! on the device. Matches the journey's title, summary and `.keywords` (a list of
//! everyday phrases, separated by commas, most important first).
//!
//! The search island reads titles and summaries from the journey list on the page, so
//! the browser needs no Fluent. The keywords, which no one reads, are not in the page:
//! the island fetches them from a small file per language ([`SearchWords`]) once the
//! page is up, so they cost the home page's first view nothing and the search still
//! works on titles and summaries without them (offline, say).

/// How much a match in each field counts: the title says what a journey is about.
const TITLE_WEIGHT: f32 = 3.0;
const SUMMARY_WEIGHT: f32 = 2.0;
const KEYWORD_WEIGHT: f32 = 1.0;
/// The whole query is one of the journey's keyword phrases. Keywords are listed most
/// important first, so the bonus shrinks with the phrase's place in the list.
const PHRASE_BONUS: f32 = 10.0;

/// One journey as the search box sees it, in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchEntry {
    pub href: String,
    pub title: String,
    pub summary: String,
    /// Comma-separated everyday phrases.
    pub keywords: String,
}

/// The journeys' keywords in one language, written by the build to their own file at the
/// site root, one line per journey: `<journey id>\t<keywords>`. The name carries a hash
/// of the text, so a browser or the service worker may keep it for good.
#[cfg(feature = "ssr")]
pub struct SearchWords {
    pub file_name: String,
    pub text: String,
}

#[cfg(feature = "ssr")]
impl SearchWords {
    pub fn of(i18n: &crate::i18n::I18n) -> Self {
        use sha2::{Digest, Sha256};
        let text: String = crate::journeys::ALL
            .iter()
            .map(|journey| format!("{}\t{}\n", journey.id, i18n.attr(journey.id, "keywords").replace(['\t', '\n'], " ")))
            .collect();
        let hash: String = Sha256::digest(&text).iter().take(5).map(|byte| format!("{byte:02x}")).collect();
        Self { file_name: format!("search-{}-{hash}.txt", i18n.locale().code), text }
    }
}

/// Reads a [`SearchWords`] file: (journey id, keywords) per line; other lines are skipped.
pub fn parse_search_words(text: &str) -> Vec<(&str, &str)> {
    text.lines().filter_map(|line| line.split_once('\t')).collect()
}

/// The journey id a journey link points at (`../pl/fit-notes/` → `fit-notes`).
pub fn journey_id_of(href: &str) -> &str {
    href.trim_end_matches('/').rsplit('/').next().unwrap_or_default()
}

/// Every journey's searchable words in one locale.
pub struct SearchIndex {
    entries: Vec<(SearchEntry, IndexedEntry)>,
    ignored: Vec<String>,
}

struct IndexedEntry {
    /// (weight, words) per field.
    fields: [(f32, Vec<String>); 3],
    /// Each keyword phrase, as its words joined by single spaces.
    phrases: Vec<String>,
}

impl SearchIndex {
    /// `ignored`: words too common to tell journeys apart ("my", "the"), per language.
    pub fn new(entries: Vec<SearchEntry>, ignored: &str) -> Self {
        let entries = entries
            .into_iter()
            .map(|entry| {
                let indexed = IndexedEntry {
                    fields: [
                        (TITLE_WEIGHT, words(&entry.title)),
                        (SUMMARY_WEIGHT, words(&entry.summary)),
                        (KEYWORD_WEIGHT, words(&entry.keywords)),
                    ],
                    phrases: entry.keywords.split([',', '،', '、']).map(|phrase| words(phrase).join(" ")).collect(),
                };
                (entry, indexed)
            })
            .collect();
        Self { entries, ignored: words(ignored) }
    }

    /// Entries that match the query, best first. Empty for an empty query.
    pub fn find(&self, query: &str) -> Vec<&SearchEntry> {
        let all_words = words(query);
        let terms: Vec<&String> = all_words.iter().filter(|term| !self.ignored.contains(term)).collect();
        if terms.is_empty() {
            return Vec::new();
        }
        let phrase = all_words.join(" ");
        let mut scored: Vec<(f32, usize, &SearchEntry)> = self
            .entries
            .iter()
            .enumerate()
            .filter_map(|(order, (entry, indexed))| {
                let mut score: f32 = terms.iter().map(|term| self.rarity(term) * indexed.term_score(term)).sum();
                if let Some(place) = indexed.phrases.iter().position(|candidate| *candidate == phrase) {
                    score += PHRASE_BONUS / (1.0 + place as f32 / 4.0);
                }
                (score > 0.0).then_some((score, order, entry))
            })
            .collect();
        // Unstable is enough (ties broken by position) and smaller in the Wasm.
        scored.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        scored.into_iter().map(|(_, _, entry)| entry).collect()
    }

    /// Words found in few journeys tell more than words found in many.
    fn rarity(&self, term: &str) -> f32 {
        let with_term = self.entries.iter().filter(|(_, indexed)| indexed.term_score(term) > 0.0).count();
        (1.0 + self.entries.len() as f32 / with_term.max(1) as f32).ln()
    }
}

impl IndexedEntry {
    /// The best field match: whole word counts double a shared stem ("test" / "tests").
    fn term_score(&self, term: &str) -> f32 {
        self.fields
            .iter()
            .map(|(weight, words)| weight * word_match(term, words))
            .fold(0.0, f32::max)
    }
}

fn word_match(term: &str, words: &[String]) -> f32 {
    let shares_stem = |word: &String| {
        let (short, long) = if word.len() < term.len() { (word.as_str(), term) } else { (term, word.as_str()) };
        short.chars().count() >= 4 && long.starts_with(short)
    };
    if words.iter().any(|word| word == term) {
        2.0
    } else if words.iter().any(shares_stem) {
        1.0
    } else {
        0.0
    }
}

/// Lower-case words, split on spaces and punctuation. Combining marks (the virama in
/// Gurmukhi and Gujarati, Arabic vowel signs) are part of a word, not breaks in it.
/// Chinese is written without spaces: each Han character is a word of its own.
fn words(text: &str) -> Vec<String> {
    let text = lower_case(text);
    let mut found = Vec::new();
    for word in text.split(|c: char| !is_word_char(c)).filter(|word| !word.is_empty()) {
        let mut rest = String::new();
        for c in word.chars() {
            if matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}') {
                found.extend((!rest.is_empty()).then(|| std::mem::take(&mut rest)));
                found.push(c.to_string());
            } else {
                rest.push(c);
            }
        }
        found.extend((!rest.is_empty()).then_some(rest));
    }
    found
}

/// Lower case. In the Wasm, by the browser's own `toLowerCase`: Rust's would bring its
/// Unicode case tables (1.4 KB brotli) into every patient's first view.
fn lower_case(text: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    return js_sys::JsString::from(text).to_lower_case().into();
    #[cfg(not(target_arch = "wasm32"))]
    text.to_lowercase()
}

fn is_word_char(c: char) -> bool {
    let punctuation = matches!(c,
        '\u{00A0}'..='\u{00BF}'   // Latin-1 spaces and signs: « » ¿ ¡
        | '\u{2000}'..='\u{206F}' // general punctuation
        | '\u{3000}'..='\u{303F}'
        | '\u{FF01}'..='\u{FF0F}' | '\u{FF1A}'..='\u{FF20}' | '\u{FF3B}'..='\u{FF40}' | '\u{FF5B}'..='\u{FF65}' // full-width: ，：？（）
        | '\u{060C}' | '\u{061B}' | '\u{061F}' | '\u{066A}'..='\u{066D}' | '\u{06D4}' // Arabic script
        | '\u{0964}' | '\u{0965}' // danda
    );
    // "A&E" is one word: split, its "e" would match every "e-referral".
    c.is_alphanumeric() || c == '&' || (!c.is_ascii() && !c.is_whitespace() && !punctuation)
}

#[cfg(test)]
mod tests {
    use super::words;

    #[test]
    fn search_words_lines_read_back_by_journey_id() {
        let words = super::parse_search_words("fit-notes\tsick note, off work\nbroken line\nreferral\treferred\n");
        assert_eq!(words, [("fit-notes", "sick note, off work"), ("referral", "referred")]);
        assert_eq!(super::journey_id_of("../pl/fit-notes/"), "fit-notes");
    }

    #[test]
    fn chinese_is_read_a_character_at_a_time_and_full_width_punctuation_splits() {
        assert_eq!(words("病假证明，GP开"), ["病", "假", "证", "明", "gp", "开"]);
    }

    #[test]
    fn a_and_e_is_one_word() {
        assert_eq!(words("After A&E, e-referral"), ["after", "a&e", "e", "referral"]);
    }

    #[test]
    fn combining_marks_stay_inside_words() {
        assert_eq!(words("ਪ੍ਰਿਸਕ੍ਰਿਪਸ਼ਨ, blood-test"), ["ਪ੍ਰਿਸਕ੍ਰਿਪਸ਼ਨ", "blood", "test"]);
        assert_eq!(words("પ્રિસ્ક્રિપ્શન।"), ["પ્રિસ્ક્રિપ્શન"]);
        assert_eq!(words("«Hola», ¿qué?"), ["hola", "qué"]);
    }
}
