//! "After a hospital appointment". Text: locales/*/journeys/after-appointment.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "after-appointment",
    audience: Audience::Patient,
    topic: Topic::AfterAppointment,
    last_reviewed: Date { year: 2026, month: 11, day: 21 },
    #[cfg(feature = "ssr")]
    steps: &[
        Step {
            message: "after-appointment-letter",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: Some(Timing::Within { limit: 10, unit: TimeUnit::Days }),
            sources: &[Source::Contract],
            covers: &[Principle::DischargeSummaryAndClinicLetter],
        },
        Step {
            message: "after-appointment-tests",
            who: Responsible::HospitalTeam,
            contact: Contact::TestRequester,
            timing: None,
            sources: &[Source::Contract, Source::Cm2022, Source::Sel2025],
            covers: &[Principle::RequesterGivesResults],
        },
        Step {
            message: "after-appointment-next",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            sources: &[Source::Leaflet2017, Source::Contract, Source::Cm2022, Source::Recovery2023],
            covers: &[Principle::HospitalRefersOnDirectly],
        },
        Step {
            message: "after-appointment-questions",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            sources: &[Source::Contract, Source::Recovery2023],
            covers: &[Principle::HospitalAnswersItsOwnQuestions],
        },
        Step {
            message: "after-appointment-problems",
            who: Responsible::PatientOrParent,
            contact: Contact::PatientAdvice,
            timing: None,
            sources: &[Source::Planning2024],
            covers: &[Principle::NamedInterfaceLead],
        },
    ],
};
