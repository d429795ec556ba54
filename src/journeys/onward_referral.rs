//! Journey `onward-referral`: STUB, content to be written. Text: locales/*/journeys/onward-referral.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "onward-referral",
    audience: Audience::Patient,
    topic: Topic::Referred,
    last_reviewed: Date { year: 2026, month: 11, day: 21 },
    steps: &[],
};
