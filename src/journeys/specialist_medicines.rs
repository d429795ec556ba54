//! "A hospital specialist starts a new medicine". Text: locales/*/journeys/specialist-medicines.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "specialist-medicines",
    audience: Audience::Patient,
    topic: Topic::MedicinesAndFitNotes,
    written: Date { year: 2026, month: 11, day: 24 },
    clinical_review: None,
    #[cfg(feature = "ssr")]
    steps: &[
        Step {
            message: "specialist-medicines-start",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            times: &[SourcedTime { amount: 7, unit: TimeUnit::Days, source: Source::Contract }],
            sources: &[Source::Contract, Source::PrescribingResponsibility],
            covers: &[Principle::FirstSupplyOfMedicines],
        },
        Step {
            message: "specialist-medicines-gp",
            who: Responsible::GpPractice,
            contact: Contact::GpPractice,
            timing: None,
            times: &[],
            sources: &[Source::PrescribingResponsibility],
            covers: &[Principle::GpPrescribesFromClinicLetter],
        },
        Step {
            message: "specialist-medicines-shared-care",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            times: &[],
            sources: &[Source::PrescribingResponsibility, Source::Contract, Source::Cm2022],
            covers: &[Principle::SharedCare],
        },
        Step {
            message: "specialist-medicines-checks",
            who: Responsible::HospitalTeam,
            contact: Contact::TestRequester,
            timing: None,
            times: &[],
            sources: &[Source::Cm2022, Source::Contract],
            covers: &[Principle::RequesterGivesResults],
        },
        Step {
            message: "specialist-medicines-problems",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            times: &[],
            sources: &[Source::Contract, Source::Recovery2023, Source::Nhs111],
            covers: &[Principle::HospitalAnswersItsOwnQuestions, Principle::HelplineForHighRiskMedicines],
        },
    ],
};
