//! UK phone numbers, validated and written as people write them.

/// A UK phone number, kept as its digits with a leading 0.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone(String);

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
