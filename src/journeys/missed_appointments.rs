//! "If you miss or cancel a hospital visit". Text: locales/*/journeys/missed-appointments.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "missed-appointments",
    audience: Audience::Patient,
    topic: Topic::Waiting,
    written: Date { year: 2026, month: 11, day: 24 },
    clinical_review: None,
    #[cfg(feature = "ssr")]
    steps: &[
        Step {
            message: "missed-appointments-tell",
            who: Responsible::PatientOrParent,
            contact: Contact::HospitalTeam,
            timing: None,
            times: &[],
            sources: &[Source::Leaflet2017],
            covers: &[],
        },
        Step {
            message: "missed-appointments-rebook",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            times: &[],
            sources: &[Source::Contract, Source::DischargeAfterDna],
            covers: &[Principle::MissedAppointmentNotBackToGp],
        },
        Step {
            message: "missed-appointments-discharged",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            times: &[],
            sources: &[Source::DischargeAfterDna, Source::Contract],
            covers: &[Principle::NoBlanketDischargeAfterMissedVisit],
        },
        Step {
            message: "missed-appointments-hospital-cancels",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: Some(TimedEvent::CancelledOperation),
            times: &[],
            sources: &[Source::Contract, Source::Constitution, Source::TrustGuidance],
            covers: &[Principle::WorseWhileWaiting],
        },
    ],
};
