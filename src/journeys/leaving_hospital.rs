//! "Leaving hospital". Text: locales/*/journeys/leaving-hospital.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "leaving-hospital",
    audience: Audience::Patient,
    topic: Topic::LeavingHospital,
    written: Date { year: 2026, month: 11, day: 24 },
    clinical_review: None,
    #[cfg(feature = "ssr")]
    steps: &[
        Step {
            message: "leaving-hospital-medicines",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalWard,
            timing: None,
            times: &[SourcedTime { amount: 7, unit: TimeUnit::Days, source: Source::Contract }],
            sources: &[Source::Contract, Source::Leaflet2017],
            covers: &[Principle::FirstSupplyOfMedicines],
        },
        Step {
            message: "leaving-hospital-fit-note",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalWard,
            timing: None,
            times: &[SourcedTime { amount: 7, unit: TimeUnit::Days, source: Source::SelfCertification }],
            sources: &[Source::Contract, Source::Cm2022, Source::SelfCertification],
            covers: &[Principle::FitNoteForWholeTime],
        },
        Step {
            message: "leaving-hospital-care-at-home",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalWard,
            timing: None,
            times: &[],
            sources: &[Source::VirtualWards],
            covers: &[Principle::CareAtHomeAfterDischarge],
        },
        Step {
            message: "leaving-hospital-check",
            who: Responsible::PatientOrParent,
            contact: Contact::HospitalWard,
            timing: None,
            times: &[SourcedTime { amount: 7, unit: TimeUnit::Days, source: Source::Contract }],
            sources: &[Source::Leaflet2017, Source::Contract],
            covers: &[Principle::CheckBeforeLeaving],
        },
        Step {
            message: "leaving-hospital-letter",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalWard,
            timing: Some(TimedEvent::DischargeSummary),
            times: &[],
            sources: &[Source::Contract],
            covers: &[Principle::DischargeSummaryAndClinicLetter],
        },
        Step {
            message: "leaving-hospital-questions",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalWard,
            timing: None,
            times: &[],
            sources: &[Source::Contract, Source::Recovery2023],
            covers: &[Principle::HospitalAnswersItsOwnQuestions],
        },
    ],
};
