//! "The hospital sends you on to another hospital team". Text: locales/*/journeys/onward-referral.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "onward-referral",
    audience: Audience::Patient,
    topic: Topic::Referred,
    last_reviewed: Date { year: 2026, month: 11, day: 21 },
    #[cfg(feature = "ssr")]
    steps: &[
        Step {
            message: "onward-referral-direct",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            sources: &[Source::Contract, Source::Cm2022, Source::Recovery2023],
            covers: &[Principle::HospitalRefersOnDirectly],
        },
        Step {
            message: "onward-referral-hear",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            sources: &[Source::Contract],
            covers: &[],
        },
        Step {
            message: "onward-referral-questions",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            sources: &[Source::Contract, Source::Recovery2023, Source::TrustGuidance],
            covers: &[Principle::HospitalAnswersItsOwnQuestions, Principle::WorseWhileWaiting],
        },
        Step {
            message: "onward-referral-not-linked",
            who: Responsible::GpPractice,
            contact: Contact::GpPractice,
            timing: None,
            sources: &[Source::Contract, Source::Cm2022],
            covers: &[],
        },
    ],
};
