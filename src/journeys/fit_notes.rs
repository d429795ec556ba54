//! "Getting a fit note". Text: locales/*/journeys/fit-notes.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "fit-notes",
    audience: Audience::Patient,
    topic: Topic::MedicinesAndFitNotes,
    written: Date { year: 2026, month: 11, day: 24 },
    clinical_review: None,
    #[cfg(feature = "ssr")]
    steps: &[
        Step {
            message: "fit-notes-first-week",
            who: Responsible::PatientOrParent,
            contact: Contact::GpPractice,
            timing: None,
            times: &[SourcedTime { amount: 7, unit: TimeUnit::Days, source: Source::SelfCertification }],
            sources: &[Source::SelfCertification],
            covers: &[Principle::SelfCertifyFirstWeek],
        },
        Step {
            message: "fit-notes-hospital",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            times: &[],
            sources: &[Source::Contract, Source::Cm2022, Source::FitNote],
            covers: &[Principle::FitNoteForWholeTime],
        },
        Step {
            message: "fit-notes-who",
            who: Responsible::Other,
            contact: Contact::HospitalTeam,
            timing: None,
            times: &[],
            sources: &[Source::FitNote],
            covers: &[Principle::WhoCanIssueFitNotes],
        },
        Step {
            message: "fit-notes-missing",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            times: &[],
            sources: &[Source::Contract],
            covers: &[],
        },
        Step {
            message: "fit-notes-gp",
            who: Responsible::GpPractice,
            contact: Contact::GpPractice,
            timing: None,
            times: &[],
            sources: &[Source::Contract, Source::FitNote],
            covers: &[],
        },
    ],
};
