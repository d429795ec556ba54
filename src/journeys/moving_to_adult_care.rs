//! Journey `moving-to-adult-care`: STUB, content to be written. Text: locales/*/journeys/moving-to-adult-care.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "moving-to-adult-care",
    audience: Audience::YoungPerson,
    topic: Topic::Child,
    last_reviewed: Date { year: 2026, month: 11, day: 21 },
    steps: &[],
};
