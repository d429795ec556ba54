//! "Care at home after a hospital stay". Text: locales/*/journeys/care-at-home.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "care-at-home",
    audience: Audience::Patient,
    topic: Topic::LeavingHospital,
    written: Date { year: 2026, month: 11, day: 24 },
    clinical_review: None,
    #[cfg(feature = "ssr")]
    steps: &[
        Step {
            message: "care-at-home-plan",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalWard,
            timing: None,
            times: &[],
            sources: &[Source::VirtualWards, Source::Leaflet2017],
            covers: &[Principle::CareAtHomeAfterDischarge],
        },
        Step {
            message: "care-at-home-nurse",
            who: Responsible::Other,
            contact: Contact::HospitalWard,
            timing: None,
            times: &[],
            sources: &[Source::VirtualWards],
            covers: &[Principle::CareAtHomeAfterDischarge],
        },
        Step {
            message: "care-at-home-virtual-ward",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            times: &[],
            sources: &[Source::VirtualWards],
            covers: &[Principle::CareAtHomeAfterDischarge],
        },
        Step {
            message: "care-at-home-worse",
            who: Responsible::PatientOrParent,
            contact: Contact::GpPractice,
            timing: None,
            times: &[],
            sources: &[Source::VirtualWards, Source::Nhs111],
            covers: &[Principle::WorseWhileWaiting],
        },
    ],
};
