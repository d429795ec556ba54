//! "Your rights on a hospital waiting list". Text: locales/*/journeys/waiting-list-rights.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "waiting-list-rights",
    audience: Audience::Patient,
    topic: Topic::Waiting,
    written: Date { year: 2026, month: 11, day: 24 },
    clinical_review: None,
    #[cfg(feature = "ssr")]
    steps: &[
        Step {
            message: "waiting-list-rights-choice",
            who: Responsible::GpPractice,
            contact: Contact::GpPractice,
            timing: None,
            times: &[],
            sources: &[Source::Choice, Source::Constitution, Source::MyPlannedCare],
            covers: &[Principle::ChoiceOfProvider],
        },
        Step {
            message: "waiting-list-rights-long-wait",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            times: &[SourcedTime { amount: 18, unit: TimeUnit::Weeks, source: Source::Constitution }],
            sources: &[Source::Constitution, Source::Choice],
            covers: &[Principle::ChoiceOfProvider],
        },
        Step {
            message: "waiting-list-rights-texts",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            times: &[],
            sources: &[Source::Validation],
            covers: &[Principle::CheckStillNeeded],
        },
        Step {
            message: "waiting-list-rights-scams",
            who: Responsible::PatientOrParent,
            contact: Contact::HospitalTeam,
            timing: None,
            times: &[],
            sources: &[Source::Validation],
            covers: &[],
        },
        Step {
            message: "waiting-list-rights-help",
            who: Responsible::HospitalTeam,
            contact: Contact::PatientAdvice,
            timing: None,
            times: &[],
            sources: &[Source::Constitution],
            covers: &[],
        },
    ],
};
