//! "If your child seems more unwell". Text: locales/*/journeys/child-unwell.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "child-unwell",
    audience: Audience::Parent,
    topic: Topic::Child,
    written: Date { year: 2026, month: 11, day: 24 },
    clinical_review: None,
    #[cfg(feature = "ssr")]
    steps: &[
        Step {
            message: "child-unwell-emergency",
            who: Responsible::PatientOrParent,
            contact: Contact::Nhs111,
            timing: None,
            times: &[],
            sources: &[Source::ChildUnwell],
            covers: &[],
        },
        Step {
            message: "child-unwell-same-day",
            who: Responsible::PatientOrParent,
            contact: Contact::GpPractice,
            timing: None,
            times: &[],
            sources: &[Source::ChildUnwell, Source::Nhs111],
            covers: &[Principle::WorseWhileWaiting],
        },
        Step {
            message: "child-unwell-hospital-team",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            times: &[],
            sources: &[Source::ChildrenCare, Source::ChildUnwell],
            covers: &[Principle::ParentsToldOnChildsBehalf],
        },
        Step {
            message: "child-unwell-after",
            who: Responsible::PatientOrParent,
            contact: Contact::GpPractice,
            timing: None,
            times: &[],
            sources: &[Source::ChildUnwell, Source::Contract],
            covers: &[],
        },
    ],
};
