//! "Moving from children's care to adult care", for young people. Text: locales/*/journeys/moving-to-adult-care.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "moving-to-adult-care",
    audience: Audience::YoungPerson,
    topic: Topic::Child,
    last_reviewed: Date { year: 2026, month: 11, day: 21 },
    #[cfg(feature = "ssr")]
    steps: &[
        Step {
            message: "moving-to-adult-care-plan",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            sources: &[Source::ChildrenCare],
            covers: &[Principle::ChildrenToAdultServices],
        },
        Step {
            message: "moving-to-adult-care-before",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            sources: &[Source::ChildrenCare, Source::TrustGuidance],
            covers: &[],
        },
        Step {
            message: "moving-to-adult-care-adult-team",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            sources: &[Source::ChildrenCare],
            covers: &[Principle::ChildrenToAdultServices],
        },
        Step {
            message: "moving-to-adult-care-gp",
            who: Responsible::GpPractice,
            contact: Contact::GpPractice,
            timing: None,
            sources: &[Source::ChildrenCare],
            covers: &[Principle::ChildrenToAdultServices],
        },
    ],
};
