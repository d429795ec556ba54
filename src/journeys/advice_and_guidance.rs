//! Journey `advice-and-guidance`: STUB, content to be written. Text: locales/*/journeys/advice-and-guidance.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "advice-and-guidance",
    audience: Audience::Patient,
    topic: Topic::Referred,
    last_reviewed: Date { year: 2026, month: 11, day: 21 },
    steps: &[],
};
