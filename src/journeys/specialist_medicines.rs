//! "A hospital specialist starts a new medicine". Text: locales/*/journeys/specialist-medicines.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "specialist-medicines",
    audience: Audience::Patient,
    topic: Topic::MedicinesAndFitNotes,
    last_reviewed: Date { year: 2026, month: 11, day: 21 },
    #[cfg(feature = "ssr")]
    steps: &[
        Step {
            message: "specialist-medicines-start",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            sources: &[Source::Contract, Source::Leaflet2017],
            covers: &[Principle::SevenDaysOfMedicines],
        },
        Step {
            message: "specialist-medicines-week",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            sources: &[Source::Contract, Source::Leaflet2017],
            covers: &[Principle::SevenDaysOfMedicines, Principle::CheckBeforeLeaving],
        },
        Step {
            message: "specialist-medicines-more",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            sources: &[Source::Contract, Source::Cm2022],
            covers: &[Principle::SharedCare],
        },
        Step {
            message: "specialist-medicines-checks",
            who: Responsible::HospitalTeam,
            contact: Contact::TestRequester,
            timing: None,
            sources: &[Source::Contract, Source::Cm2022, Source::Sel2025],
            covers: &[Principle::RequesterGivesResults],
        },
        Step {
            message: "specialist-medicines-problems",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            sources: &[Source::Contract, Source::Recovery2023, Source::Leaflet2017],
            covers: &[Principle::HospitalAnswersItsOwnQuestions],
        },
    ],
};
