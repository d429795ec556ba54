//! "Moving from children's care to adult care". Text: locales/*/journeys/moving-to-adult-care.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "moving-to-adult-care",
    audience: Audience::YoungPerson,
    topic: Topic::Child,
    written: Date { year: 2026, month: 11, day: 24 },
    clinical_review: None,
    #[cfg(feature = "ssr")]
    steps: &[
        Step {
            message: "moving-to-adult-care-plan",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            times: &[],
            sources: &[Source::NiceTransition, Source::ChildrenCare],
            covers: &[Principle::ChildrenToAdultServices],
        },
        Step {
            message: "moving-to-adult-care-before",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            times: &[],
            sources: &[Source::NiceTransition, Source::ChildrenCare],
            covers: &[],
        },
        Step {
            message: "moving-to-adult-care-adult-team",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            times: &[SourcedTime { amount: 6, unit: TimeUnit::Months, source: Source::NiceTransition }],
            sources: &[Source::NiceTransition, Source::ChildrenCare],
            covers: &[],
        },
        Step {
            message: "moving-to-adult-care-gp",
            who: Responsible::GpPractice,
            contact: Contact::GpPractice,
            timing: None,
            times: &[],
            sources: &[Source::ChildrenCare],
            covers: &[Principle::ChildrenToAdultServices],
        },
    ],
};
