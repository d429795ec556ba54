//! Journey `care-navigation`: STUB, content to be written. Text: locales/*/journeys/care-navigation.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "care-navigation",
    audience: Audience::Patient,
    topic: Topic::GpPractice,
    last_reviewed: Date { year: 2026, month: 11, day: 21 },
    steps: &[],
};
