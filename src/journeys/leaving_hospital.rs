//! Journey `leaving-hospital`: STUB, content to be written. Text: locales/*/journeys/leaving-hospital.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "leaving-hospital",
    audience: Audience::Patient,
    topic: Topic::LeavingHospital,
    last_reviewed: Date { year: 2026, month: 11, day: 21 },
    steps: &[],
};
