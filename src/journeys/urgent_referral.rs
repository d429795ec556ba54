//! "An urgent referral, including when it could be cancer". Text: locales/*/journeys/urgent-referral.ftl.
//!
//! The 28 days are the Faster Diagnosis Standard (since October 2023): an aim, so the page says
//! "aims". The week before ringing the practice is what practices advise, never a rule.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "urgent-referral",
    audience: Audience::Patient,
    topic: Topic::Referred,
    written: Date { year: 2026, month: 11, day: 24 },
    clinical_review: None,
    #[cfg(feature = "ssr")]
    steps: &[
        Step {
            message: "urgent-referral-sent",
            who: Responsible::GpPractice,
            contact: Contact::GpPractice,
            timing: None,
            times: &[],
            sources: &[Source::FasterDiagnosis, Source::Leaflet2017],
            covers: &[Principle::UrgencyOfReferral],
        },
        Step {
            message: "urgent-referral-contact",
            who: Responsible::HospitalTeam,
            contact: Contact::GpPractice,
            timing: None,
            times: &[SourcedTime { amount: 1, unit: TimeUnit::Weeks, source: Source::TrustGuidance }],
            sources: &[Source::FasterDiagnosis, Source::TrustGuidance],
            covers: &[],
        },
        Step {
            message: "urgent-referral-tests",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: Some(TimedEvent::CancerDiagnosis),
            times: &[],
            sources: &[Source::FasterDiagnosis],
            covers: &[Principle::RequesterGivesResults],
        },
        Step {
            message: "urgent-referral-result",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            times: &[],
            sources: &[Source::FasterDiagnosis, Source::Contract],
            covers: &[Principle::HospitalAnswersItsOwnQuestions],
        },
        Step {
            message: "urgent-referral-worse",
            who: Responsible::PatientOrParent,
            contact: Contact::GpPractice,
            timing: None,
            times: &[],
            sources: &[Source::TrustGuidance, Source::Nhs111],
            covers: &[Principle::WorseWhileWaiting],
        },
    ],
};
