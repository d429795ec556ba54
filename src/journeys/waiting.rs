//! "While you wait for a hospital visit". Text: locales/*/journeys/waiting.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "waiting",
    audience: Audience::Patient,
    topic: Topic::Waiting,
    written: Date { year: 2026, month: 11, day: 24 },
    clinical_review: None,
    #[cfg(feature = "ssr")]
    steps: &[
        Step {
            message: "waiting-list",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            times: &[],
            sources: &[Source::TrustGuidance, Source::MyPlannedCare],
            covers: &[Principle::AverageWaitsPublished],
        },
        Step {
            message: "waiting-check",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            times: &[],
            sources: &[Source::Validation, Source::TrustGuidance],
            covers: &[Principle::CheckStillNeeded],
        },
        Step {
            message: "waiting-care",
            who: Responsible::GpPractice,
            contact: Contact::GpPractice,
            timing: None,
            times: &[],
            sources: &[Source::Cm2022],
            covers: &[Principle::GpKeepsOtherConditionsControlled],
        },
        Step {
            message: "waiting-worse",
            who: Responsible::PatientOrParent,
            contact: Contact::GpPractice,
            timing: None,
            times: &[],
            sources: &[Source::TrustGuidance, Source::Nhs111],
            covers: &[Principle::WorseWhileWaiting],
        },
        Step {
            message: "waiting-questions",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            times: &[],
            sources: &[Source::Contract, Source::Recovery2023, Source::Choice],
            covers: &[Principle::HospitalAnswersItsOwnQuestions],
        },
    ],
};
