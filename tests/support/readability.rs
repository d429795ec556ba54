//! Flesch–Kincaid grade level, for checking that the guides read at age 11 or below.
//!
//! The formula takes long words as a sign of hard words. A few words a patient needs
//! and learns on the page ("referral", "discharge") are in [`GLOSSARY`]; such a word is
//! scored as one syllable only on a page that itself explains it ("This is called a
//! referral", "Discharge means leaving hospital"). Everywhere else it counts in full.

use std::collections::BTreeSet;

/// Word families a page may explain; the first word names the family.
pub const GLOSSARY: &[&[&str]] = &[
    &["referral", "referrals", "refer", "refers", "referred"],
    &["paediatrician", "paediatricians"],
    &["discharge", "discharged"],
    &["specialist", "specialists"],
    &["prescription", "prescriptions"],
    &["pharmacist", "pharmacists"],
    &["physiotherapist", "physiotherapists"],
    &["occupational"],
    &["summary"],
    &["navigation", "navigator", "navigators"],
    &["prescribing"],
    &["initiated"],
    &["condition", "conditions"],
    &["reablement"],
    &["virtual"],
];

/// The glossary families a page's own text explains, by their first word.
pub fn explained_terms(page_text: &str) -> BTreeSet<&'static str> {
    let text = page_text.to_lowercase();
    let sentences: Vec<&str> = text.split(['.', '!', '?', '\n']).collect();
    GLOSSARY
        .iter()
        .filter(|family| family.iter().any(|word| sentences.iter().any(|sentence| explains(sentence, word))))
        .map(|family| family[0])
        .collect()
}

/// Whether a sentence explains a word: "… is called a referral", "Discharge means …",
/// "A pharmacist is …", "A physiotherapist helps …".
fn explains(sentence: &str, word: &str) -> bool {
    let words = words(sentence);
    let after_called = words.iter().skip_while(|w| *w != "called").any(|w| w == word);
    let Some(at) = words.iter().position(|w| w == word) else { return after_called };
    let next = words.get(at + 1).map(String::as_str);
    let before = at.checked_sub(1).map(|i| words[i].as_str());
    after_called || matches!(next, Some("means" | "helps")) || (matches!(before, Some("a" | "an")) && next == Some("is"))
}

/// The text without web addresses ("https://hospital.example/clinic", "111.nhs.uk"), which
/// a reader takes as one thing, not as words and sentences.
pub fn without_addresses(text: &str) -> String {
    let is_address = |token: &str| {
        let token = token.trim_end_matches(['.', ',']);
        token.contains("://") || token.split('.').filter(|part| !part.is_empty()).count() >= 3
    };
    text.lines()
        .map(|line| line.split(' ').filter(|token| !is_address(token)).collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Grade level of a piece of text; 0 for text with no words.
pub fn grade(text: &str, explained: &BTreeSet<&str>) -> f64 {
    let words = words(text);
    if words.is_empty() {
        return 0.0;
    }
    let sentences = sentences(text).len().max(1) as f64;
    let syllables: usize = words.iter().map(|word| syllables(word, explained)).sum();
    let words_count = words.len() as f64;
    0.39 * (words_count / sentences) + 11.8 * (syllables as f64 / words_count) - 15.59
}

/// The sentences of a text, split where a reader pauses.
pub fn sentences(text: &str) -> Vec<&str> {
    text.split(['.', '!', '?', '\n', ':', ';']).filter(|sentence| sentence.chars().any(char::is_alphabetic)).collect()
}

pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .map(|word| word.trim_matches(|c: char| c == '\'' || c == '’' || c == '-').to_lowercase())
        .filter(|word| word.chars().any(char::is_alphanumeric))
        .collect()
}

/// A common English heuristic: vowel groups, less a silent final "e". A glossary word
/// the page explains counts as one.
pub fn syllables(word: &str, explained: &BTreeSet<&str>) -> usize {
    let is_explained = GLOSSARY.iter().any(|family| family.contains(&word) && explained.contains(family[0]));
    if is_explained || word.chars().all(|c| c.is_ascii_digit()) {
        return 1;
    }
    let letters: Vec<char> = word.chars().filter(char::is_ascii_alphabetic).collect();
    if letters.len() <= 3 {
        return 1;
    }
    let is_vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut previous_vowel = false;
    for &c in &letters {
        let vowel = is_vowel(c);
        if vowel && !previous_vowel {
            count += 1;
        }
        previous_vowel = vowel;
    }
    let n = letters.len();
    let ends_with = |suffix: &str| word.ends_with(suffix);
    if ends_with("e") && !ends_with("le") && !ends_with("ee") && count > 1 {
        count -= 1;
    } else if (ends_with("es") || ends_with("ed")) && n > 4 && count > 1 {
        let before = letters[n - 3];
        let sounded = matches!(before, 't' | 'd') || (ends_with("es") && matches!(before, 's' | 'x' | 'z' | 'c' | 'g' | 'h'));
        if !sounded {
            count -= 1;
        }
    }
    count.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn none() -> BTreeSet<&'static str> {
        BTreeSet::new()
    }

    #[test]
    fn counts_syllables_of_plain_words() {
        assert_eq!(syllables("cat", &none()), 1);
        assert_eq!(syllables("water", &none()), 2);
        assert_eq!(syllables("make", &none()), 1);
        assert_eq!(syllables("wanted", &none()), 2);
        assert_eq!(syllables("jumped", &none()), 1);
        assert_eq!(syllables("information", &none()), 4);
    }

    #[test]
    fn hard_text_scores_higher_than_easy_text() {
        let easy = grade("The cat sat on the mat. It was warm.", &none());
        let hard = grade("Notwithstanding considerable organisational complexity, interdisciplinary communication necessitates comprehensive documentation.", &none());
        assert!(easy < 3.0, "{easy}");
        assert!(hard > 12.0, "{hard}");
    }

    #[test]
    fn a_glossary_word_is_easy_only_where_the_page_explains_it() {
        let explaining = explained_terms("Your GP sends you to the hospital. This is called a referral.");
        assert!(explaining.contains("referral"));
        assert_eq!(syllables("referral", &explaining), 1);
        let silent = explained_terms("Your GP makes a referral to the hospital.");
        assert!(silent.is_empty());
        assert_eq!(syllables("referral", &silent), 3);
        assert!(explained_terms("Discharge means leaving hospital.").contains("discharge"));
        assert!(explained_terms("A pharmacist is an expert in medicines.").contains("pharmacist"));
    }
}
