//! Journey `specialist-medicines`: STUB, content to be written. Text: locales/*/journeys/specialist-medicines.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "specialist-medicines",
    audience: Audience::Patient,
    topic: Topic::MedicinesAndFitNotes,
    last_reviewed: Date { year: 2026, month: 11, day: 21 },
    steps: &[],
};
