//! "Your test results". Text: locales/*/journeys/test-results.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "test-results",
    audience: Audience::Patient,
    topic: Topic::Test,
    last_reviewed: Date { year: 2026, month: 11, day: 21 },
    #[cfg(feature = "ssr")]
    steps: &[
        Step {
            message: "test-results-asked",
            who: Responsible::HospitalTeam,
            contact: Contact::TestRequester,
            timing: None,
            sources: &[Source::ResultsPortal],
            covers: &[Principle::ToldWhyAndWhenForTests],
        },
        Step {
            message: "test-results-taken",
            who: Responsible::PatientOrParent,
            contact: Contact::TestRequester,
            timing: None,
            sources: &[Source::Contract, Source::Cm2022, Source::Sel2025],
            covers: &[],
        },
        Step {
            message: "test-results-told",
            who: Responsible::HospitalTeam,
            contact: Contact::TestRequester,
            timing: None,
            sources: &[Source::Contract, Source::Cm2022, Source::Sel2025],
            covers: &[Principle::RequesterGivesResults],
        },
        Step {
            message: "test-results-chase",
            who: Responsible::PatientOrParent,
            contact: Contact::TestRequester,
            timing: None,
            sources: &[Source::Contract, Source::Sel2025, Source::ResultsPortal],
            covers: &[Principle::ChaseMissingResults],
        },
    ],
};
