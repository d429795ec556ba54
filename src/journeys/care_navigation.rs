//! "Why the front desk asks what is wrong": care navigation and social prescribing. Text: locales/*/journeys/care-navigation.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "care-navigation",
    audience: Audience::Patient,
    topic: Topic::GpPractice,
    last_reviewed: Date { year: 2026, month: 11, day: 21 },
    #[cfg(feature = "ssr")]
    steps: &[
        Step {
            message: "care-navigation-ask",
            who: Responsible::GpPractice,
            contact: Contact::GpPractice,
            timing: None,
            sources: &[Source::Brunton2021],
            covers: &[Principle::CareNavigationAndSocialPrescribing],
        },
        Step {
            message: "care-navigation-right-person",
            who: Responsible::GpPractice,
            contact: Contact::GpPractice,
            timing: None,
            sources: &[Source::Brunton2021],
            covers: &[Principle::CareNavigationAndSocialPrescribing],
        },
        Step {
            message: "care-navigation-ask-link-worker",
            who: Responsible::PatientOrParent,
            contact: Contact::LinkWorker,
            timing: None,
            sources: &[Source::Brunton2021],
            covers: &[Principle::CareNavigationAndSocialPrescribing],
        },
        Step {
            message: "care-navigation-link-worker",
            who: Responsible::Other,
            contact: Contact::LinkWorker,
            timing: None,
            sources: &[Source::Brunton2021],
            covers: &[Principle::CareNavigationAndSocialPrescribing],
        },
    ],
};
