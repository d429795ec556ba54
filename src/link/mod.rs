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

mod parse;
mod percent;
mod phone;
mod wait;
mod web_address;
#[cfg(test)]
mod tests;

pub use parse::parse;
pub use phone::Phone;
pub use wait::{Wait, WaitUnit};
pub use web_address::WebAddress;

/// The format this code writes.
pub const VERSION: &str = "1";

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
            out.push_str(&percent::percent_encode(value));
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
            add('u', web.display());
        }
        out
    }
}
