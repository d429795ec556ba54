//! Journey `test-results`: STUB, content to be written. Text: locales/*/journeys/test-results.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "test-results",
    audience: Audience::Patient,
    topic: Topic::Test,
    last_reviewed: Date { year: 2026, month: 11, day: 21 },
    steps: &[],
};
