//! Which words need the most care in translation, declared once: what a review must
//! back-translate, and how long some words may be.

/// The starts of the ids of words a patient acts on: the safety line and its numbers
/// (the terms `-emergency-number`, `-urgent-number`), who does each step and how to
/// reach them, and the events time limits count from.
const SAFETY_CRITICAL_PREFIXES: [&str; 6] = ["safety-", "who-", "contact-", "timing-", "-emergency", "-urgent"];

/// A unit (`referral-sent.if-not`, `safety-urgent`) whose reviewed translation needs a
/// back-translation into English: one of the above, a step's "if this does not
/// happen", or any words whose English holds a number (999, 111, 7 days, 18001).
pub fn is_safety_critical(unit: &str, english: &str) -> bool {
    SAFETY_CRITICAL_PREFIXES.iter().any(|prefix| unit.starts_with(prefix))
        || unit.ends_with(".if-not")
        || english.chars().any(|c| c.is_ascii_digit())
}

/// Units with a length limit, counted in characters of their own words (placeables
/// such as `{ $title }` not counted): the text message a practice sends, whose own
/// words must fit one UCS-2 text, so the whole message with a guide's title and link
/// stays within a few.
pub const LENGTH_LIMITS: [(&str, usize); 2] = [("sms-message", 70), ("sms-message-short", 70)];

pub fn length_limit(unit: &str) -> Option<usize> {
    LENGTH_LIMITS.iter().find(|(id, _)| *id == unit).map(|(_, limit)| *limit)
}

/// The characters of a pattern outside its placeables: what a length limit counts.
pub fn own_characters(pattern: &str) -> usize {
    let mut depth = 0usize;
    pattern
        .chars()
        .filter(|&c| {
            match c {
                '{' => depth += 1,
                '}' => depth = depth.saturating_sub(1),
                _ => return depth == 0,
            }
            false
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_contacts_and_the_safety_line_are_safety_critical() {
        assert!(is_safety_critical("safety-emergency", "In an emergency, call { -emergency-number }."));
        assert!(is_safety_critical("referral-sent.if-not", "Ask your GP when you should hear."));
        assert!(is_safety_critical("referral-booking.body", "Ring within 14 days."));
        assert!(is_safety_critical("-urgent-number", "NHS 111"));
        assert!(!is_safety_critical("referral.summary", "Who books your first visit."));
    }

    #[test]
    fn a_length_counts_only_the_words_outside_placeables() {
        assert_eq!(own_characters("{ $title }: what next: { $link }"), ": what next: ".chars().count());
        assert_eq!(length_limit("sms-message"), Some(70));
    }
}
