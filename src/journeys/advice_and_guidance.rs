//! "Your GP asked a specialist for advice first" (advice and guidance). Text: locales/*/journeys/advice-and-guidance.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "advice-and-guidance",
    audience: Audience::Patient,
    topic: Topic::Referred,
    last_reviewed: Date { year: 2026, month: 11, day: 21 },
    #[cfg(feature = "ssr")]
    steps: &[
        Step {
            message: "advice-and-guidance-asked",
            who: Responsible::GpPractice,
            contact: Contact::GpPractice,
            timing: None,
            sources: &[Source::Ers],
            covers: &[Principle::AdviceAndGuidance],
        },
        Step {
            message: "advice-and-guidance-reply",
            who: Responsible::HospitalTeam,
            // The specialist replies to the GP; the patient reaches them through the practice.
            contact: Contact::GpPractice,
            // About two weeks is typical but local; one trust aims for 10 working days.
            timing: Some(Timing::Range { from: 1, to: 2, unit: TimeUnit::Weeks }),
            sources: &[Source::Ers],
            covers: &[Principle::AdviceAndGuidance],
        },
        Step {
            message: "advice-and-guidance-worse",
            who: Responsible::GpPractice,
            contact: Contact::GpPractice,
            timing: None,
            sources: &[Source::TrustGuidance],
            covers: &[],
        },
        Step {
            message: "advice-and-guidance-next",
            who: Responsible::GpPractice,
            contact: Contact::GpPractice,
            timing: None,
            sources: &[Source::Ers],
            covers: &[Principle::AdviceAndGuidance, Principle::EReferralLetterOrText],
        },
    ],
};
