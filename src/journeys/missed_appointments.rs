//! Journey `missed-appointments`: STUB, content to be written. Text: locales/*/journeys/missed-appointments.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "missed-appointments",
    audience: Audience::Patient,
    topic: Topic::Waiting,
    last_reviewed: Date { year: 2026, month: 11, day: 21 },
    steps: &[],
};
