//! "If you miss or cancel a hospital appointment". Text: locales/*/journeys/missed-appointments.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "missed-appointments",
    audience: Audience::Patient,
    topic: Topic::Waiting,
    last_reviewed: Date { year: 2026, month: 11, day: 21 },
    #[cfg(feature = "ssr")]
    steps: &[
        Step {
            message: "missed-appointments-tell",
            who: Responsible::PatientOrParent,
            contact: Contact::HospitalTeam,
            timing: None,
            sources: &[Source::Leaflet2017, Source::Contract],
            covers: &[],
        },
        Step {
            message: "missed-appointments-rebook",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            sources: &[Source::Contract],
            covers: &[Principle::MissedAppointmentNotBackToGp],
        },
        Step {
            message: "missed-appointments-hospital-cancels",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            sources: &[Source::Contract, Source::Leaflet2017, Source::TrustGuidance],
            covers: &[Principle::WorseWhileWaiting],
        },
    ],
};
