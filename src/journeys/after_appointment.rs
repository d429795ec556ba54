//! Journey `after-appointment`: STUB, content to be written. Text: locales/*/journeys/after-appointment.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "after-appointment",
    audience: Audience::Patient,
    topic: Topic::AfterAppointment,
    last_reviewed: Date { year: 2026, month: 11, day: 21 },
    steps: &[],
};
