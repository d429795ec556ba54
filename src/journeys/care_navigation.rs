//! "Why the front desk asks what is wrong". Text: locales/*/journeys/care-navigation.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "care-navigation",
    audience: Audience::Patient,
    topic: Topic::GpPractice,
    written: Date { year: 2026, month: 11, day: 24 },
    clinical_review: None,
    #[cfg(feature = "ssr")]
    steps: &[
        Step {
            message: "care-navigation-ask",
            who: Responsible::GpPractice,
            contact: Contact::GpPractice,
            timing: None,
            times: &[],
            sources: &[Source::Brunton2021],
            covers: &[Principle::CareNavigationAndSocialPrescribing],
        },
        Step {
            message: "care-navigation-right-person",
            who: Responsible::GpPractice,
            contact: Contact::GpPractice,
            timing: None,
            times: &[],
            sources: &[Source::Brunton2021],
            covers: &[Principle::CareNavigationAndSocialPrescribing],
        },
        Step {
            message: "care-navigation-ask-link-worker",
            who: Responsible::PatientOrParent,
            contact: Contact::LinkWorker,
            timing: None,
            times: &[],
            sources: &[Source::Brunton2021],
            covers: &[Principle::CareNavigationAndSocialPrescribing],
        },
        Step {
            message: "care-navigation-link-worker",
            who: Responsible::Other,
            contact: Contact::LinkWorker,
            timing: None,
            times: &[],
            sources: &[Source::Brunton2021],
            covers: &[Principle::CareNavigationAndSocialPrescribing],
        },
    ],
};
