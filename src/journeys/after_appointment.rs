//! "After a hospital visit". Text: locales/*/journeys/after-appointment.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "after-appointment",
    audience: Audience::Patient,
    topic: Topic::AfterAppointment,
    written: Date { year: 2026, month: 11, day: 24 },
    clinical_review: None,
    #[cfg(feature = "ssr")]
    steps: &[
        Step {
            message: "after-appointment-letter",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: Some(TimedEvent::ClinicLetter),
            times: &[],
            sources: &[Source::Contract],
            covers: &[Principle::DischargeSummaryAndClinicLetter],
        },
        Step {
            message: "after-appointment-gp-task",
            who: Responsible::GpPractice,
            contact: Contact::GpPractice,
            timing: None,
            times: &[],
            sources: &[Source::Contract, Source::Sel2025],
            covers: &[],
        },
        Step {
            message: "after-appointment-tests",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            times: &[],
            sources: &[Source::Contract, Source::Cm2022, Source::Sel2025],
            covers: &[Principle::RequesterGivesResults],
        },
        Step {
            message: "after-appointment-next",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            times: &[],
            sources: &[Source::Contract, Source::Recovery2023, Source::Pifu],
            covers: &[Principle::HospitalRefersOnDirectly, Principle::CallAndRecall],
        },
        Step {
            message: "after-appointment-questions",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            times: &[],
            sources: &[Source::Contract, Source::Recovery2023],
            covers: &[Principle::HospitalAnswersItsOwnQuestions],
        },
        Step {
            message: "after-appointment-problems",
            who: Responsible::HospitalTeam,
            contact: Contact::PatientAdvice,
            timing: None,
            times: &[],
            sources: &[Source::Planning2024],
            covers: &[Principle::NamedInterfaceLead],
        },
    ],
};
