//! "Getting a fit note" (a "sick note"). Text: locales/*/journeys/fit-notes.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "fit-notes",
    audience: Audience::Patient,
    topic: Topic::MedicinesAndFitNotes,
    last_reviewed: Date { year: 2026, month: 11, day: 21 },
    #[cfg(feature = "ssr")]
    steps: &[
        Step {
            message: "fit-notes-hospital",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            sources: &[Source::Contract, Source::Cm2022, Source::Leaflet2017],
            covers: &[Principle::FitNoteForWholeTime],
        },
        Step {
            message: "fit-notes-who",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            sources: &[Source::Fitnote2022],
            covers: &[Principle::WhoCanIssueFitNotes],
        },
        Step {
            message: "fit-notes-missing",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            sources: &[Source::Contract, Source::Cm2022],
            covers: &[Principle::FitNoteForWholeTime],
        },
        Step {
            message: "fit-notes-gp",
            who: Responsible::GpPractice,
            contact: Contact::GpPractice,
            timing: None,
            sources: &[Source::Cm2022, Source::Contract],
            covers: &[],
        },
    ],
};
