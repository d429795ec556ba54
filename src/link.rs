//! A patient's own details, carried in a journey link's URL fragment (after `#`),
//! which browsers never send to a server:
//!
//! `#1&s=Dermatology&d=2026-12-01&w=6w&t=02079460000&u=trust.example/derm`
//!
//! The first item is the format version. Keys are one letter so links fit in a text
//! message. A reader ignores keys it does not know, so links made by a later version
//! still work here, and links made now keep working later. Everything is validated:
//! a phone number must look like a UK number, a web address is always https, text is
//! only ever shown as text. A bad value is dropped and noted; the rest still works.

use crate::date::Date;

/// The format this code writes.
pub const VERSION: &str = "1";
/// Longer fragments are not read at all: no real link needs more.
const MAX_FRAGMENT: usize = 2_000;
/// Longest service or clinic name kept.
const MAX_SERVICE: usize = 80;

/// The details a link carries. Every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Details {
    /// The service or clinic, e.g. "Dermatology".
    pub service: Option<String>,
    /// The day of the referral, test or discharge.
    pub start: Option<Date>,
    /// How long until the patient should hear.
    pub wait: Option<Wait>,
    pub phone: Option<Phone>,
    pub web: Option<WebAddress>,
}

/// What a link carried, and whether any of it had to be dropped.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parsed {
    pub details: Details,
    /// Some value in the link was broken or unsafe and was not used.
    pub dropped_something: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wait {
    pub amount: u16,
    pub unit: WaitUnit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WaitUnit {
    Days,
    Weeks,
    Months,
}

/// A UK phone number, kept as its digits with a leading 0.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone(String);

/// An https address, kept without its scheme (`trust.example/derm`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebAddress(String);

impl Details {
    pub fn is_empty(&self) -> bool {
        *self == Details::default()
    }

    /// The day the patient should hear by: the start plus the wait.
    pub fn expected_by(&self) -> Option<Date> {
        let (start, wait) = (self.start?, self.wait?);
        match wait.unit {
            WaitUnit::Days => start.add_days(i64::from(wait.amount)),
            WaitUnit::Weeks => start.add_days(7 * i64::from(wait.amount)),
            WaitUnit::Months => start.add_months(u32::from(wait.amount)),
        }
    }

    /// The fragment for these details, with its `#`; "" when there are none.
    pub fn to_fragment(&self) -> String {
        if self.is_empty() {
            return String::new();
        }
        let mut out = format!("#{VERSION}");
        let mut add = |key: char, value: &str| {
            out.push('&');
            out.push(key);
            out.push('=');
            out.push_str(&percent_encode(value));
        };
        if let Some(service) = &self.service {
            add('s', service);
        }
        if let Some(start) = self.start {
            add('d', &start.to_string());
        }
        if let Some(wait) = self.wait {
            add('w', &wait.to_string());
        }
        if let Some(phone) = &self.phone {
            add('t', phone.digits());
        }
        if let Some(web) = &self.web {
            add('u', &web.0);
        }
        out
    }
}

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

impl Wait {
    /// `6w`, `10d`, `3m`: 1 to 365 of a unit.
    pub fn parse(text: &str) -> Option<Self> {
        let unit = match text.chars().last()? {
            'd' => WaitUnit::Days,
            'w' => WaitUnit::Weeks,
            'm' => WaitUnit::Months,
            _ => return None,
        };
        let digits = &text[..text.len() - 1];
        if digits.is_empty() || digits.len() > 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let amount: u16 = digits.parse().ok()?;
        (1..=365).contains(&amount).then_some(Self { amount, unit })
    }
}

impl std::fmt::Display for Wait {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let unit = match self.unit {
            WaitUnit::Days => 'd',
            WaitUnit::Weeks => 'w',
            WaitUnit::Months => 'm',
        };
        write!(f, "{}{unit}", self.amount)
    }
}

impl Phone {
    /// A UK number: 10 or 11 digits starting 01, 02, 03, 05, 07 or 08 (or +44 for the
    /// 0). Spaces, dashes, dots and brackets are allowed between digits.
    pub fn parse(text: &str) -> Option<Self> {
        if text.len() > 30 || !text.chars().all(|c| c.is_ascii_digit() || " -.()+".contains(c)) {
            return None;
        }
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        let trimmed = text.trim_start();
        let national = if trimmed.starts_with('+') {
            let rest = digits.strip_prefix("44")?;
            format!("0{}", rest.strip_prefix('0').unwrap_or(rest))
        } else {
            digits
        };
        let plausible = matches!(national.len(), 10 | 11)
            && national.starts_with('0')
            && matches!(national.as_bytes()[1], b'1' | b'2' | b'3' | b'5' | b'7' | b'8');
        plausible.then_some(Self(national))
    }

    pub fn digits(&self) -> &str {
        &self.0
    }

    /// For a `tel:` link: `tel:+442079460000`.
    pub fn href(&self) -> String {
        format!("tel:+44{}", &self.0[1..])
    }

    /// Grouped as people write them: 020 7946 0000, 01632 960000, 0300 123 4567.
    pub fn display(&self) -> String {
        let d = &self.0;
        match (d.len(), &d[..2]) {
            (11, "02") => format!("{} {} {}", &d[..3], &d[3..7], &d[7..]),
            (11, "03") | (11, "08") => format!("{} {} {}", &d[..4], &d[4..7], &d[7..]),
            (11, _) => format!("{} {}", &d[..5], &d[5..]),
            _ => format!("{} {}", &d[..4], &d[4..]),
        }
    }
}

impl WebAddress {
    /// `https://trust.example/derm` or `trust.example/derm`. Any other scheme
    /// (http:, javascript:, data:) is refused; the host must be a real-looking name.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        let rest = match text.split_once("://") {
            Some((scheme, rest)) if scheme.eq_ignore_ascii_case("https") => rest,
            Some(_) => return None,
            None if text.contains(':') && !text.split('/').next().unwrap_or_default().contains('.') => return None,
            None => text,
        };
        if rest.is_empty() || rest.len() > 200 {
            return None;
        }
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        let host_ok = host.contains('.')
            && host.split('.').all(|label| {
                !label.is_empty() && label.len() <= 63 && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            });
        let path_ok = rest.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~/?=&%+#:@!$,;".contains(&b));
        (host_ok && path_ok).then(|| Self(rest.to_string()))
    }

    pub fn href(&self) -> String {
        format!("https://{}", self.0)
    }

    /// The address as shown to the patient (without the scheme).
    pub fn display(&self) -> &str {
        &self.0
    }
}

/// Text for display: trimmed, no control or direction-changing characters, not too
/// long. None if nothing useful is left.
fn clean_text(text: &str) -> Option<String> {
    let hostile = |c: char| c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}');
    let cleaned: String = text.chars().filter(|&c| !hostile(c)).collect();
    let cleaned = cleaned.trim();
    (!cleaned.is_empty() && cleaned.chars().count() <= MAX_SERVICE).then(|| cleaned.to_string())
}

/// Percent-encodes everything but unreserved characters (RFC 3986).
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Decodes `%XX` (and `+` as a space); None for broken escapes or invalid UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        match bytes[index] {
            b'%' => {
                let hex = std::str::from_utf8(bytes.get(index + 1..index + 3)?).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                index += 3;
            }
            b'+' => {
                out.push(b' ');
                index += 1;
            }
            byte => {
                out.push(byte);
                index += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full() -> Details {
        Details {
            service: Some("Dermatology & skin".into()),
            start: Date::parse("2026-11-21"),
            wait: Wait::parse("3w"),
            phone: Phone::parse("020 7946 0000"),
            web: WebAddress::parse("https://trust.example/derm?x=1"),
        }
    }

    #[test]
    fn details_round_trip_through_a_fragment() {
        let details = full();
        let fragment = details.to_fragment();
        assert!(fragment.starts_with("#1&s=Dermatology%20%26%20skin&d=2026-11-21&w=3w&t=02079460000&u="));
        assert_eq!(parse(&fragment), Parsed { details, dropped_something: false });
        assert_eq!(Details::default().to_fragment(), "");
    }

    #[test]
    fn the_expected_date_is_the_start_plus_the_wait() {
        assert_eq!(full().expected_by(), Date::parse("2026-12-12"));
        let monthly = Details { wait: Wait::parse("2m"), ..full() };
        assert_eq!(monthly.expected_by(), Date::parse("2027-01-21"));
        assert_eq!(Details { start: None, ..full() }.expected_by(), None);
    }

    #[test]
    fn fragments_that_are_not_ours_are_ignored_quietly() {
        for fragment in ["", "#", "#main", "#keep-this", "#s=Dermatology"] {
            assert_eq!(parse(fragment), Parsed::default(), "{fragment}");
        }
    }

    #[test]
    fn later_versions_and_unknown_keys_still_work() {
        let parsed = parse("#2&s=Eyes&z=something-new&d=2026-01-05");
        assert_eq!(parsed.details.service.as_deref(), Some("Eyes"));
        assert_eq!(parsed.details.start, Date::parse("2026-01-05"));
        assert!(!parsed.dropped_something);
    }

    #[test]
    fn hostile_or_broken_values_are_dropped_and_the_rest_kept() {
        let cases = [
            "#1&s=Eyes&u=javascript:alert(1)",
            "#1&s=Eyes&u=http://trust.example",
            "#1&s=Eyes&u=data:text/html,hi",
            "#1&s=Eyes&t=999",
            "#1&s=Eyes&t=javascript:1",
            "#1&s=Eyes&d=2026-02-30",
            "#1&s=Eyes&w=0w",
            "#1&s=Eyes&w=9999d",
            "#1&s=Eyes&x=%E0%A4%A",
            "#1&s=Eyes&t=%FF%FE",
        ];
        for fragment in cases {
            let parsed = parse(fragment);
            assert!(parsed.dropped_something, "{fragment}");
            assert_eq!(parsed.details.service.as_deref(), Some("Eyes"), "{fragment}");
            assert_eq!(parsed.details.web, None, "{fragment}");
            assert_eq!(parsed.details.phone, None, "{fragment}");
        }
    }

    #[test]
    fn text_is_kept_as_text_without_direction_tricks() {
        let parsed = parse("#1&s=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assert_eq!(parsed.details.service.as_deref(), Some("<script>alert(1)</script>"));
        let parsed = parse("#1&s=%E2%80%AEEyes%E2%80%AC");
        assert_eq!(parsed.details.service.as_deref(), Some("Eyes"));
        let long = format!("#1&s={}", "a".repeat(81));
        assert!(parse(&long).dropped_something);
        let huge = format!("#1&s={}", "a".repeat(100_000));
        assert_eq!(parse(&huge), Parsed { details: Details::default(), dropped_something: true });
    }

    #[test]
    fn uk_phone_numbers_only() {
        assert_eq!(Phone::parse("020 7946 0000").unwrap().display(), "020 7946 0000");
        assert_eq!(Phone::parse("+44 (0)20 7946 0000").unwrap().digits(), "02079460000");
        assert_eq!(Phone::parse("+44 1632 960000").unwrap().display(), "01632 960000");
        assert_eq!(Phone::parse("0300 123 4567").unwrap().display(), "0300 123 4567");
        assert_eq!(Phone::parse("07700 900123").unwrap().href(), "tel:+447700900123");
        for bad in ["999", "111", "+1 202 555 0100", "0900 123 4567", "12345678901", "020 7946 0000; drop", ""] {
            assert_eq!(Phone::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn web_addresses_are_https_with_a_real_host() {
        assert_eq!(WebAddress::parse("trust.example/a").unwrap().href(), "https://trust.example/a");
        assert_eq!(WebAddress::parse("HTTPS://trust.example").unwrap().display(), "trust.example");
        for bad in ["http://trust.example", "javascript:alert(1)", "data:text/html;base64,xx", "localhost", "trust.example/<x>", "https://", "ftp://a.b"] {
            assert_eq!(WebAddress::parse(bad), None, "{bad}");
        }
    }
}
