//! "Leaving hospital after a stay". Text: locales/*/journeys/leaving-hospital.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "leaving-hospital",
    audience: Audience::Patient,
    topic: Topic::LeavingHospital,
    last_reviewed: Date { year: 2026, month: 11, day: 21 },
    #[cfg(feature = "ssr")]
    steps: &[
        Step {
            message: "leaving-hospital-medicines",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalWard,
            // "At least 7 days" is a supply, not a deadline: a `Timing::Within` here
            // would render as "How long it takes: Within 7 days", so the body says it.
            timing: None,
            sources: &[Source::Contract, Source::Leaflet2017],
            covers: &[Principle::SevenDaysOfMedicines],
        },
        Step {
            message: "leaving-hospital-fit-note",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalWard,
            timing: None,
            sources: &[Source::Contract, Source::Cm2022],
            covers: &[Principle::FitNoteForWholeTime],
        },
        Step {
            message: "leaving-hospital-check",
            who: Responsible::PatientOrParent,
            contact: Contact::HospitalWard,
            timing: None,
            sources: &[Source::Leaflet2017],
            covers: &[Principle::CheckBeforeLeaving],
        },
        Step {
            message: "leaving-hospital-letter",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalWard,
            timing: Some(Timing::Within { limit: 24, unit: TimeUnit::Hours }),
            sources: &[Source::Contract],
            covers: &[Principle::DischargeSummaryAndClinicLetter],
        },
        Step {
            message: "leaving-hospital-questions",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalWard,
            timing: None,
            sources: &[Source::Contract, Source::Recovery2023, Source::Leaflet2017],
            covers: &[Principle::HospitalAnswersItsOwnQuestions],
        },
    ],
};
