//! Calendar dates without a clock or time zone: a review date, the day a referral
//! was made, the day a patient should hear by.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// A real calendar date between the years 2000 and 2199, or None.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Self> {
        let valid = (2000..2200).contains(&year) && (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Self { year, month, day })
    }

    /// Reads `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Option<Self> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let number = |range: std::ops::Range<usize>| -> Option<u16> {
            let part = &text[range];
            part.bytes().all(|b| b.is_ascii_digit()).then(|| part.parse().ok())?
        };
        Self::new(number(0..4)?, u8::try_from(number(5..7)?).ok()?, u8::try_from(number(8..10)?).ok()?)
    }

    /// The date `days` later (days may be negative).
    pub fn add_days(self, days: i64) -> Option<Self> {
        let (year, month, day) = civil_from_days(days_from_civil(self) + days);
        Self::new(u16::try_from(year).ok()?, month, day)
    }

    /// The same day `months` later, or the month's last day if it is shorter.
    pub fn add_months(self, months: u32) -> Option<Self> {
        let index = u32::from(self.month) - 1 + months;
        let year = u16::try_from(u32::from(self.year) + index / 12).ok()?;
        let month = (index % 12) as u8 + 1;
        Self::new(year, month, self.day.min(days_in_month(year, month)))
    }
}

impl fmt::Display for Date {
    /// `YYYY-MM-DD`, as [`Date::parse`] reads it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's days-from-civil algorithm (proleptic Gregorian calendar).
fn days_from_civil(date: Date) -> i64 {
    let (month, day) = (i64::from(date.month), i64::from(date.day));
    let year = i64::from(date.year) - i64::from(month <= 2);
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era
}

fn civil_from_days(days: i64) -> (i64, u8, u8) {
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * month_index + 2) / 5 + 1) as u8;
    let month = if month_index < 10 { month_index + 3 } else { month_index - 9 } as u8;
    (year_of_era + era * 400 + i64::from(month <= 2), month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn parses_only_real_dates() {
        assert_eq!(date("2026-11-21"), Date { year: 2026, month: 11, day: 21 });
        assert_eq!(date("2028-02-29").day, 29);
        for bad in ["2026-02-29", "2026-13-01", "2026-00-10", "2026-1-01", "26-11-21", "2026-11-21x", "１２３４-11-21", "1999-01-01", ""] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn adds_days_and_months_across_ends_of_months_and_years() {
        assert_eq!(date("2026-11-21").add_days(21), Some(date("2026-12-12")));
        assert_eq!(date("2026-12-25").add_days(7), Some(date("2027-01-01")));
        assert_eq!(date("2028-02-28").add_days(1), Some(date("2028-02-29")));
        assert_eq!(date("2026-01-31").add_months(1), Some(date("2026-02-28")));
        assert_eq!(date("2026-11-21").add_months(3), Some(date("2027-02-21")));
        assert_eq!(date("2026-03-01").add_days(-1), Some(date("2026-02-28")));
    }

    #[test]
    fn round_trips_through_text() {
        let day = date("2031-07-04");
        assert_eq!(Date::parse(&day.to_string()), Some(day));
    }
}
