//! "Follow-up after a clinic, and discharge from clinic". Text: locales/*/journeys/follow-up.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "follow-up",
    audience: Audience::Patient,
    topic: Topic::AfterAppointment,
    written: Date { year: 2026, month: 11, day: 24 },
    clinical_review: None,
    #[cfg(feature = "ssr")]
    steps: &[
        Step {
            message: "follow-up-choice",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            times: &[],
            sources: &[Source::Pifu, Source::Contract],
            covers: &[],
        },
        Step {
            message: "follow-up-recall",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            times: &[],
            sources: &[Source::Recovery2023, Source::Sel2025],
            covers: &[Principle::CallAndRecall],
        },
        Step {
            message: "follow-up-patient-initiated",
            who: Responsible::PatientOrParent,
            contact: Contact::HospitalTeam,
            timing: None,
            times: &[],
            sources: &[Source::Pifu],
            covers: &[Principle::PatientInitiatedFollowUp],
        },
        Step {
            message: "follow-up-discharged",
            who: Responsible::GpPractice,
            contact: Contact::GpPractice,
            timing: None,
            times: &[],
            sources: &[Source::Pifu, Source::Contract],
            covers: &[],
        },
        Step {
            message: "follow-up-worse",
            who: Responsible::PatientOrParent,
            contact: Contact::GpPractice,
            timing: None,
            times: &[],
            sources: &[Source::Nhs111, Source::TrustGuidance],
            covers: &[Principle::WorseWhileWaiting],
        },
    ],
};
