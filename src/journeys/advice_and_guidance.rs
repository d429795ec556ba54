//! "Your GP asked a specialist for advice". Text: locales/*/journeys/advice-and-guidance.ftl.
//!
//! No typical reply time: the only national figure (replies within 2 working days) was a
//! 2017-19 incentive, and local targets differ, so the page says to ask the GP.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "advice-and-guidance",
    audience: Audience::Patient,
    topic: Topic::Referred,
    written: Date { year: 2026, month: 11, day: 24 },
    clinical_review: None,
    #[cfg(feature = "ssr")]
    steps: &[
        Step {
            message: "advice-and-guidance-asked",
            who: Responsible::GpPractice,
            contact: Contact::GpPractice,
            timing: None,
            times: &[],
            sources: &[Source::Ers, Source::Sel2025],
            covers: &[Principle::AdviceAndGuidance],
        },
        Step {
            message: "advice-and-guidance-reply",
            who: Responsible::HospitalTeam,
            contact: Contact::GpPractice,
            timing: None,
            times: &[],
            sources: &[Source::Ers],
            covers: &[],
        },
        Step {
            message: "advice-and-guidance-worse",
            who: Responsible::GpPractice,
            contact: Contact::GpPractice,
            timing: None,
            times: &[],
            sources: &[Source::TrustGuidance, Source::Nhs111],
            covers: &[Principle::WorseWhileWaiting],
        },
        Step {
            message: "advice-and-guidance-next",
            who: Responsible::GpPractice,
            contact: Contact::GpPractice,
            timing: None,
            times: &[],
            sources: &[Source::Ers, Source::Validation],
            covers: &[Principle::EReferralLetterOrText],
        },
    ],
};
