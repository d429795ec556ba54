//! Flesch–Kincaid grade level, for checking that every message reads at age 11 or below.
//!
//! Words a patient needs and learns on the page ("referral", "GP", "pharmacy") are in
//! [`GLOSSARY`] and scored as one-syllable words: the formula uses long words as a sign
//! of unfamiliar words, and these are explained where they first appear.

/// Service and medical words the guides need; each is explained in plain words where used.
pub const GLOSSARY: &[&str] = &[
    "referral", "referrals", "referred", "refer", "refers", "e-referral",
    "hospital", "hospitals", "appointment", "appointments", "specialist", "specialists",
    "medicine", "medicines", "prescription", "prescriptions", "pharmacy", "pharmacist",
    "discharge", "gp", "gps", "nhs", "app", "consultant", "paediatrician", "paediatric",
    "physiotherapist", "occupational", "therapist", "interpreter", "emergency",
    "agreement", "results", "summary", "social", "prescribing", "navigator", "navigators",
    "receptionist", "receptionists", "community", "practice", "practices", "condition",
    "conditions", "treatment", "anaesthetic", "dermatology", "pals", "x-ray", "scan",
];

/// Grade level of a piece of text; 0 for text with no words.
pub fn grade(text: &str) -> f64 {
    let words = words(text);
    if words.is_empty() {
        return 0.0;
    }
    let sentences = sentence_count(text) as f64;
    let syllables: usize = words.iter().map(|word| syllables(word)).sum();
    let words_count = words.len() as f64;
    0.39 * (words_count / sentences) + 11.8 * (syllables as f64 / words_count) - 15.59
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .map(|word| word.trim_matches(|c: char| c == '\'' || c == '’' || c == '-').to_lowercase())
        .filter(|word| word.chars().any(char::is_alphanumeric))
        .collect()
}

fn sentence_count(text: &str) -> usize {
    text.split(['.', '!', '?', '\n', ':', ';'])
        .filter(|sentence| sentence.chars().any(char::is_alphabetic))
        .count()
        .max(1)
}

/// A common English heuristic: vowel groups, less a silent final "e".
pub fn syllables(word: &str) -> usize {
    if GLOSSARY.contains(&word) || word.chars().all(|c| c.is_ascii_digit()) {
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

    #[test]
    fn counts_syllables_of_plain_words() {
        assert_eq!(syllables("cat"), 1);
        assert_eq!(syllables("water"), 2);
        assert_eq!(syllables("make"), 1);
        assert_eq!(syllables("wanted"), 2);
        assert_eq!(syllables("jumped"), 1);
        assert_eq!(syllables("information"), 4);
    }

    #[test]
    fn hard_text_scores_higher_than_easy_text() {
        let easy = grade("The cat sat on the mat. It was warm.");
        let hard = grade("Notwithstanding considerable organisational complexity, interdisciplinary communication necessitates comprehensive documentation.");
        assert!(easy < 3.0, "{easy}");
        assert!(hard > 12.0, "{hard}");
    }
}
