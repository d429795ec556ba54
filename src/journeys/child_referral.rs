//! Journey `child-referral`: STUB, content to be written. Text: locales/*/journeys/child-referral.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "child-referral",
    audience: Audience::Parent,
    topic: Topic::Child,
    last_reviewed: Date { year: 2026, month: 11, day: 21 },
    steps: &[],
};
