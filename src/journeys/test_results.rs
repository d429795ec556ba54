//! "Your test results". Text: locales/*/journeys/test-results.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "test-results",
    audience: Audience::Patient,
    topic: Topic::Test,
    written: Date { year: 2026, month: 11, day: 24 },
    clinical_review: None,
    #[cfg(feature = "ssr")]
    steps: &[
        Step {
            message: "test-results-asked",
            who: Responsible::HospitalTeam,
            contact: Contact::TestRequester,
            timing: None,
            times: &[],
            sources: &[Source::ResultsPortal],
            covers: &[Principle::ToldWhyAndWhenForTests],
        },
        Step {
            message: "test-results-taken",
            who: Responsible::PatientOrParent,
            contact: Contact::TestRequester,
            timing: None,
            times: &[],
            sources: &[Source::Sel2025, Source::Cm2022],
            covers: &[],
        },
        Step {
            message: "test-results-app",
            who: Responsible::PatientOrParent,
            contact: Contact::TestRequester,
            timing: None,
            times: &[],
            sources: &[Source::ResultsPortal],
            covers: &[Principle::ResultsSeenInApp],
        },
        Step {
            message: "test-results-told",
            who: Responsible::HospitalTeam,
            contact: Contact::TestRequester,
            timing: None,
            times: &[],
            sources: &[Source::Contract, Source::Cm2022, Source::Sel2025],
            covers: &[Principle::RequesterGivesResults],
        },
        Step {
            message: "test-results-chase",
            who: Responsible::PatientOrParent,
            contact: Contact::TestRequester,
            timing: None,
            times: &[],
            sources: &[Source::ResultsPortal, Source::Contract],
            covers: &[Principle::ChaseMissingResults],
        },
    ],
};
