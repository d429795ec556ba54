//! "While you wait for a hospital appointment". Text: locales/*/journeys/waiting.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "waiting",
    audience: Audience::Patient,
    topic: Topic::Waiting,
    last_reviewed: Date { year: 2026, month: 11, day: 21 },
    #[cfg(feature = "ssr")]
    steps: &[
        Step {
            message: "waiting-list",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            sources: &[Source::TrustGuidance, Source::MyPlannedCare],
            covers: &[Principle::GpCannotMakeItSooner, Principle::AverageWaitsPublished],
        },
        Step {
            message: "waiting-check",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            sources: &[Source::TrustGuidance],
            covers: &[Principle::CheckStillNeeded],
        },
        Step {
            message: "waiting-care",
            who: Responsible::GpPractice,
            contact: Contact::GpPractice,
            timing: None,
            sources: &[Source::Cm2022, Source::TrustGuidance],
            covers: &[Principle::GpKeepsOtherConditionsControlled],
        },
        Step {
            message: "waiting-worse",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            sources: &[Source::TrustGuidance],
            covers: &[Principle::WorseWhileWaiting, Principle::GpCannotMakeItSooner],
        },
        Step {
            message: "waiting-questions",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            sources: &[Source::Contract, Source::Recovery2023],
            covers: &[Principle::HospitalAnswersItsOwnQuestions],
        },
    ],
};
