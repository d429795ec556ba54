//! "Referring yourself, and Pharmacy First". Text: locales/*/journeys/self-referral.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "self-referral",
    audience: Audience::Patient,
    topic: Topic::GpPractice,
    written: Date { year: 2026, month: 11, day: 24 },
    clinical_review: None,
    #[cfg(feature = "ssr")]
    steps: &[
        Step {
            message: "self-referral-services",
            who: Responsible::PatientOrParent,
            contact: Contact::SelfReferral,
            timing: None,
            times: &[],
            sources: &[Source::Recovery2023, Source::TalkingTherapies],
            covers: &[Principle::SelfReferral],
        },
        Step {
            message: "self-referral-pharmacy-first",
            who: Responsible::Pharmacy,
            contact: Contact::Pharmacy,
            timing: None,
            times: &[],
            sources: &[Source::PharmacyFirst],
            covers: &[Principle::SelfReferral],
        },
        Step {
            message: "self-referral-in-charge",
            who: Responsible::Other,
            contact: Contact::SelfReferral,
            timing: None,
            times: &[],
            sources: &[Source::Recovery2023, Source::Contract],
            covers: &[Principle::RequesterGivesResults],
        },
        Step {
            message: "self-referral-gp",
            who: Responsible::GpPractice,
            contact: Contact::GpPractice,
            timing: None,
            times: &[],
            sources: &[Source::Brunton2021, Source::Nhs111],
            covers: &[Principle::CareNavigationAndSocialPrescribing],
        },
    ],
};
