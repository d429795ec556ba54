//! "Your medicines after a hospital stay or clinic". Text: locales/*/journeys/medicines-after-hospital.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "medicines-after-hospital",
    audience: Audience::Patient,
    topic: Topic::MedicinesAndFitNotes,
    written: Date { year: 2026, month: 11, day: 24 },
    clinical_review: None,
    #[cfg(feature = "ssr")]
    steps: &[
        Step {
            message: "medicines-after-hospital-first-supply",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalWard,
            timing: None,
            times: &[SourcedTime { amount: 7, unit: TimeUnit::Days, source: Source::Contract }],
            sources: &[Source::Contract, Source::PrescribingResponsibility],
            covers: &[Principle::FirstSupplyOfMedicines],
        },
        Step {
            message: "medicines-after-hospital-list",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalWard,
            timing: None,
            times: &[],
            sources: &[Source::Contract, Source::Leaflet2017],
            covers: &[Principle::DischargeSummaryAndClinicLetter],
        },
        Step {
            message: "medicines-after-hospital-pharmacy",
            who: Responsible::Pharmacy,
            contact: Contact::Pharmacy,
            timing: None,
            times: &[],
            sources: &[Source::DischargeMedicines],
            covers: &[Principle::DischargeMedicinesService],
        },
        Step {
            message: "medicines-after-hospital-repeat",
            who: Responsible::GpPractice,
            contact: Contact::GpPractice,
            timing: None,
            times: &[],
            sources: &[Source::PrescribingResponsibility, Source::Contract],
            covers: &[Principle::GpPrescribesFromClinicLetter],
        },
        Step {
            message: "medicines-after-hospital-running-out",
            who: Responsible::PatientOrParent,
            contact: Contact::HospitalWard,
            timing: None,
            times: &[],
            sources: &[Source::Contract, Source::Nhs111],
            covers: &[],
        },
        Step {
            message: "medicines-after-hospital-high-risk",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            times: &[],
            sources: &[Source::PrescribingResponsibility, Source::Nhs111],
            covers: &[Principle::HelplineForHighRiskMedicines],
        },
    ],
};
