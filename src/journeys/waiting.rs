//! Journey `waiting`: STUB, content to be written. Text: locales/*/journeys/waiting.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "waiting",
    audience: Audience::Patient,
    topic: Topic::Waiting,
    last_reviewed: Date { year: 2026, month: 11, day: 21 },
    steps: &[],
};
