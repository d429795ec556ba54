//! Journey `fit-notes`: STUB, content to be written. Text: locales/*/journeys/fit-notes.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "fit-notes",
    audience: Audience::Patient,
    topic: Topic::MedicinesAndFitNotes,
    last_reviewed: Date { year: 2026, month: 11, day: 21 },
    steps: &[],
};
