//! Numbers, codes and web addresses written into right-to-left text ("020 7946 0000",
//! "#00703c", "https://hospital.example/clinic") are each kept in one left-to-right
//! run, so the bidi algorithm does not reorder their parts ("0000 7946 020"). Fluent
//! isolates the variables it fills in; this does the same for what a translation
//! writes itself.

/// Left-to-right isolate (LRI) and pop directional isolate (PDI).
const LTR_ISOLATE: char = '\u{2066}';
const POP_ISOLATE: char = '\u{2069}';

/// Sentence punctuation that belongs to the surrounding text, not to the number.
const SENTENCE_END: [char; 8] = ['.', ',', ':', ';', '!', '?', '،', '۔'];

/// `text` with each technical run wrapped in LRI … PDI. Groups of digits separated by
/// single spaces are one run (a phone number).
pub fn isolate_left_to_right(text: &str) -> String {
    let words = word_spans(text);
    let mut out = String::with_capacity(text.len() + 16);
    let mut copied = 0;
    let mut index = 0;
    while index < words.len() {
        let (start, mut end) = words[index];
        index += 1;
        if !is_technical(&text[start..end]) {
            continue;
        }
        while let Some(&(next_start, next_end)) = words.get(index) {
            let joined = &text[end..next_start] == " "
                && text[..end].ends_with(|c: char| c.is_ascii_digit())
                && text[next_start..].starts_with(|c: char| c.is_ascii_digit())
                && is_technical(&text[next_start..next_end]);
            if !joined {
                break;
            }
            end = next_end;
            index += 1;
        }
        let end = start + text[start..end].trim_end_matches(SENTENCE_END).len();
        out.push_str(&text[copied..start]);
        out.push(LTR_ISOLATE);
        out.push_str(&text[start..end]);
        out.push(POP_ISOLATE);
        copied = end;
    }
    out.push_str(&text[copied..]);
    out
}

/// Byte spans of the runs of non-space characters.
fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (at, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (c.is_whitespace(), start) {
            (true, Some(from)) => {
                spans.push((from, at));
                start = None;
            }
            (false, None) => start = Some(at),
            _ => {}
        }
    }
    spans
}

/// Plain ASCII with a digit or `#` in it, or a web address (before any full stop).
fn is_technical(word: &str) -> bool {
    let word = word.trim_end_matches(SENTENCE_END);
    !word.is_empty()
        && word.chars().all(|c| c.is_ascii_graphic())
        && (word.contains(|c: char| c.is_ascii_digit() || c == '#') || word.contains("://"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str) -> String {
        isolate_left_to_right(text)
            .replace(LTR_ISOLATE, "[")
            .replace(POP_ISOLATE, "]")
    }

    #[test]
    fn a_phone_number_is_one_run_and_the_full_stop_stays_outside() {
        assert_eq!(
            shown("اسے اس طرح لکھیں: 020 7946 0000۔"),
            "اسے اس طرح لکھیں: [020 7946 0000]۔"
        );
        assert_eq!(shown("اتصل بالرقم 999."), "اتصل بالرقم [999].");
    }

    #[test]
    fn codes_and_addresses_are_runs_words_are_not() {
        assert_eq!(shown("مثل #00703c."), "مثل [#00703c].");
        assert_eq!(
            shown("مثل https://hospital.example/clinic"),
            "مثل [https://hospital.example/clinic]"
        );
        assert_eq!(shown("NHS 111 (GP)"), "NHS [111] (GP)");
        assert_eq!(shown("4.5 إلى 1"), "[4.5] إلى [1]");
    }

    #[test]
    fn text_without_technical_runs_is_unchanged() {
        for text in [
            "",
            "   ",
            "اللغة العربية",
            "\u{2068}\u{e021}\u{2069}.",
            "line one\nline two",
        ] {
            assert_eq!(isolate_left_to_right(text), text);
        }
    }
}
