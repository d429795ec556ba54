//! "Getting help for your mental health". Text: locales/*/journeys/mental-health.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "mental-health",
    audience: Audience::Patient,
    topic: Topic::MentalHealth,
    written: Date { year: 2026, month: 11, day: 24 },
    clinical_review: None,
    #[cfg(feature = "ssr")]
    steps: &[
        Step {
            message: "mental-health-crisis",
            who: Responsible::Nhs111,
            contact: Contact::Nhs111,
            timing: None,
            times: &[],
            sources: &[Source::Nhs111],
            covers: &[Principle::MentalHealthCrisisRoute],
        },
        Step {
            message: "mental-health-talking-therapies",
            who: Responsible::PatientOrParent,
            contact: Contact::SelfReferral,
            timing: None,
            times: &[],
            sources: &[Source::TalkingTherapies, Source::Recovery2023],
            covers: &[Principle::SelfReferral],
        },
        Step {
            message: "mental-health-gp",
            who: Responsible::GpPractice,
            contact: Contact::GpPractice,
            timing: None,
            times: &[],
            sources: &[Source::TalkingTherapies],
            covers: &[],
        },
        Step {
            message: "mental-health-team",
            who: Responsible::MentalHealthTeam,
            contact: Contact::MentalHealthTeam,
            timing: None,
            times: &[],
            sources: &[Source::TalkingTherapies],
            covers: &[],
        },
        Step {
            message: "mental-health-medicines",
            who: Responsible::GpPractice,
            contact: Contact::GpPractice,
            timing: None,
            times: &[],
            sources: &[Source::PrescribingResponsibility],
            covers: &[Principle::SharedCare],
        },
    ],
};
