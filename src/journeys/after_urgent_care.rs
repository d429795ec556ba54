//! "After A&E or an urgent treatment centre". Text: locales/*/journeys/after-urgent-care.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "after-urgent-care",
    audience: Audience::Patient,
    topic: Topic::AfterAppointment,
    written: Date { year: 2026, month: 11, day: 24 },
    clinical_review: None,
    #[cfg(feature = "ssr")]
    steps: &[
        Step {
            message: "after-urgent-care-letter",
            who: Responsible::HospitalTeam,
            contact: Contact::UrgentCare,
            timing: None,
            times: &[],
            sources: &[Source::Contract],
            covers: &[],
        },
        Step {
            message: "after-urgent-care-follow-up",
            who: Responsible::HospitalTeam,
            contact: Contact::UrgentCare,
            timing: None,
            times: &[],
            sources: &[Source::Contract, Source::Recovery2023],
            covers: &[Principle::CallAndRecall],
        },
        Step {
            message: "after-urgent-care-results",
            who: Responsible::HospitalTeam,
            contact: Contact::UrgentCare,
            timing: None,
            times: &[],
            sources: &[Source::Contract, Source::Cm2022],
            covers: &[Principle::RequesterGivesResults],
        },
        Step {
            message: "after-urgent-care-see-gp",
            who: Responsible::PatientOrParent,
            contact: Contact::GpPractice,
            timing: None,
            times: &[],
            sources: &[Source::Sel2025],
            covers: &[],
        },
        Step {
            message: "after-urgent-care-worse",
            who: Responsible::PatientOrParent,
            contact: Contact::Nhs111,
            timing: None,
            times: &[],
            sources: &[Source::Nhs111],
            covers: &[Principle::WorseWhileWaiting],
        },
    ],
};
