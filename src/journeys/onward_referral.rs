//! "The hospital sends you to another team". Text: locales/*/journeys/onward-referral.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "onward-referral",
    audience: Audience::Patient,
    topic: Topic::Referred,
    written: Date { year: 2026, month: 11, day: 24 },
    clinical_review: None,
    #[cfg(feature = "ssr")]
    steps: &[
        Step {
            message: "onward-referral-direct",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            times: &[],
            sources: &[Source::Contract, Source::Cm2022, Source::Recovery2023],
            covers: &[Principle::HospitalRefersOnDirectly],
        },
        Step {
            message: "onward-referral-hear",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            times: &[],
            sources: &[Source::Contract, Source::Validation],
            covers: &[],
        },
        Step {
            message: "onward-referral-questions",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            times: &[],
            sources: &[Source::Contract, Source::Recovery2023, Source::TrustGuidance],
            covers: &[Principle::HospitalAnswersItsOwnQuestions, Principle::WorseWhileWaiting],
        },
        Step {
            message: "onward-referral-not-linked",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            times: &[],
            sources: &[Source::Contract],
            covers: &[],
        },
    ],
};
