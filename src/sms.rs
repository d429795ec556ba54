//! How many text messages (SMS segments) a message takes, counted as phones count
//! them: GSM-7 holds 160 characters in one segment and 153 in each when split; one
//! character outside GSM-7 makes the whole message UCS-2, 70 / 67 per segment.

/// The GSM 03.38 basic character set.
const GSM_BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u{1B}ÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
/// The extension table: each takes two septets (an escape, then the character).
const GSM_EXTENSION: &str = "\u{0C}^{}\\[~]|€";

/// Where the journey title and the link go in a language's text-message template.
pub const TITLE_HOLE: char = '\u{E010}';
pub const LINK_HOLE: char = '\u{E011}';

/// The text message: a language's template (`sms-message`, formatted with the two
/// holes) with the guide's title and the link put in, and without the direction marks
/// and isolates that right-to-left formatting adds: older phones show them as boxes,
/// gateways count or strip them, and one against the link can stop a phone finding
/// it. The link ends the message in every language; a right-to-left phone lays out the
/// rest around it.
pub fn compose(template: &str, title: &str, link: &str) -> String {
    let is_mark = |c: char| matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    template.replace(TITLE_HOLE, title).replace(LINK_HOLE, link).chars().filter(|&c| !is_mark(c)).collect()
}

/// The most texts the default message may take (a practice's tools warn above this).
pub const MOST_TEXTS: usize = 2;

/// The default text message: with the guide's title (`template`), or, if that would
/// take more than [`MOST_TEXTS`] texts, without it (`short_template`).
pub fn default_message(template: &str, short_template: &str, title: &str, link: &str) -> String {
    let full = compose(template, title, link);
    if measure(&full).segments <= MOST_TEXTS {
        full
    } else {
        compose(short_template, title, link)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Gsm7,
    Ucs2,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SmsLength {
    pub encoding: Encoding,
    /// Septets for GSM-7, UTF-16 code units for UCS-2.
    pub units: usize,
    pub segments: usize,
}

pub fn measure(text: &str) -> SmsLength {
    let gsm_units: Option<usize> = text
        .chars()
        .map(|c| {
            if GSM_BASIC.contains(c) {
                Some(1)
            } else if GSM_EXTENSION.contains(c) {
                Some(2)
            } else {
                None
            }
        })
        .sum();
    let (encoding, units, single, split) = match gsm_units {
        Some(units) => (Encoding::Gsm7, units, 160, 153),
        None => (Encoding::Ucs2, text.encode_utf16().count(), 70, 67),
    };
    let segments = match units {
        0 => 0,
        units if units <= single => 1,
        units => units.div_ceil(split),
    };
    SmsLength { encoding, units, segments }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gsm_messages_split_at_160_then_153() {
        assert_eq!(measure(""), SmsLength { encoding: Encoding::Gsm7, units: 0, segments: 0 });
        assert_eq!(measure(&"a".repeat(160)).segments, 1);
        assert_eq!(measure(&"a".repeat(161)).segments, 2);
        assert_eq!(measure(&"a".repeat(306)).segments, 2);
        assert_eq!(measure(&"a".repeat(307)).segments, 3);
    }

    #[test]
    fn extension_characters_count_twice() {
        let length = measure("€[]");
        assert_eq!((length.encoding, length.units), (Encoding::Gsm7, 6));
        assert_eq!(measure(&format!("{}€", "a".repeat(159))).segments, 2);
    }

    #[test]
    fn one_non_gsm_character_makes_it_ucs2() {
        assert_eq!(measure(&"a".repeat(70)).encoding, Encoding::Gsm7);
        let polish = format!("{}ą", "a".repeat(69));
        assert_eq!(measure(&polish), SmsLength { encoding: Encoding::Ucs2, units: 70, segments: 1 });
        assert_eq!(measure(&format!("{polish}a")).segments, 2);
        assert_eq!(measure(&"ب".repeat(134)).segments, 2);
        assert_eq!(measure(&"ب".repeat(135)).segments, 3);
        // An emoji is two UTF-16 units.
        assert_eq!(measure("🙂").units, 2);
    }
}
