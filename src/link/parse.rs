//! Reading a fragment back into details: each value checked, a bad one dropped and noted.

use super::{percent::percent_decode, Parsed, Phone, Wait, WebAddress};
use crate::date::Date;

/// Longer fragments are not read at all: no real link needs more.
const MAX_FRAGMENT: usize = 2_000;
/// Longest service or clinic name kept.
const MAX_SERVICE: usize = 80;

/// Reads a fragment (with or without its `#`). A fragment that is not ours (no
/// version first, e.g. `#main`) gives no details and no complaint.
pub fn parse(fragment: &str) -> Parsed {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut parts = fragment.split('&');
    let version = parts.next().unwrap_or_default();
    if version.is_empty() || !version.bytes().all(|b| b.is_ascii_digit()) || version.len() > 3 {
        return Parsed::default();
    }
    let mut parsed = Parsed::default();
    if fragment.len() > MAX_FRAGMENT {
        parsed.dropped_something = true;
        return parsed;
    }
    let details = &mut parsed.details;
    for part in parts {
        let Some((key, raw)) = part.split_once('=') else {
            parsed.dropped_something |= !part.is_empty();
            continue;
        };
        let Some(value) = percent_decode(raw) else {
            parsed.dropped_something = true;
            continue;
        };
        // The first value for a key wins; repeats are ignored.
        let ok = match key {
            "s" if details.service.is_none() => clean_text(&value).map(|text| details.service = Some(text)),
            "d" if details.start.is_none() => Date::parse(&value).map(|date| details.start = Some(date)),
            "w" if details.wait.is_none() => Wait::parse(&value).map(|wait| details.wait = Some(wait)),
            "t" if details.phone.is_none() => Phone::parse(&value).map(|phone| details.phone = Some(phone)),
            "u" if details.web.is_none() => WebAddress::parse(&value).map(|web| details.web = Some(web)),
            // A repeat of a known key, or a key from a later version.
            _ => Some(()),
        };
        parsed.dropped_something |= ok.is_none();
    }
    parsed
}

/// Text for display: trimmed, no control or direction-changing characters, not too
/// long. None if nothing useful is left.
fn clean_text(text: &str) -> Option<String> {
    let hostile = |c: char| c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}');
    let cleaned: String = text.chars().filter(|&c| !hostile(c)).collect();
    let cleaned = cleaned.trim();
    (!cleaned.is_empty() && cleaned.chars().count() <= MAX_SERVICE).then(|| cleaned.to_string())
}
