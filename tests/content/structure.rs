//! The journeys and their steps are whole: unique ids, who and how to reach them on
//! every step, no claimed review, every principle covered.

use std::collections::BTreeSet;

use crate::support::ftl;
use whatnext::journeys::{self, Principle};

#[test]
fn step_messages_belong_to_their_journey_and_are_unique() {
    let mut seen = BTreeSet::new();
    for journey in journeys::ALL {
        assert!(!journey.steps.is_empty(), "{} has no steps", journey.id);
        for step in journey.steps {
            assert!(step.message.starts_with(&format!("{}-", journey.id)), "{} is not under {}", step.message, journey.id);
            assert!(seen.insert(step.message), "{} is used twice", step.message);
        }
    }
}

#[test]
fn journey_ids_are_unique_and_fit_in_a_path() {
    let mut seen = BTreeSet::new();
    for journey in journeys::ALL {
        assert!(seen.insert(journey.id), "{} is defined twice", journey.id);
        assert!(journey.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{}", journey.id);
    }
}

#[test]
fn every_step_says_who_and_how_to_reach_them() {
    let en = ftl::load("en-GB");
    for journey in journeys::ALL {
        for step in journey.steps {
            let who = &en.patterns[step.who.message()];
            let contact = &en.patterns[step.contact.message()];
            assert!(!who.trim().is_empty() && !contact.trim().is_empty(), "{}", step.message);
        }
    }
}

#[test]
fn there_are_at_least_23_journeys_and_each_urgent_need_has_one() {
    assert!(journeys::ALL.len() >= 23, "{} journeys", journeys::ALL.len());
    for id in ["urgent-referral", "medicines-after-hospital", "after-urgent-care", "follow-up", "mental-health", "waiting-list-rights", "self-referral", "private-care"] {
        assert!(journeys::find(id).is_some(), "no {id} journey");
    }
}

#[test]
fn no_guide_claims_a_clinical_review_it_did_not_have() {
    // C16: the reviewed line needs a named reviewer recorded on the journey.
    for journey in journeys::ALL {
        if let Some(review) = journey.clinical_review {
            assert!(!review.reviewer.trim().is_empty(), "{}: a review with no reviewer", journey.id);
        }
    }
    let en = ftl::load("en-GB");
    assert!(en.patterns["journey-written"].contains("not checked"), "the written line must say no clinician checked it");
}


#[test]
fn every_principle_is_covered_by_a_step() {
    let covered: Vec<Principle> =
        journeys::ALL.iter().flat_map(|journey| journey.steps).flat_map(|step| step.covers.iter().copied()).collect();
    let uncovered: Vec<_> = Principle::ALL.into_iter().filter(|principle| !covered.contains(principle)).collect();
    assert!(uncovered.is_empty(), "principles no step tells the patient about: {uncovered:?}");
}
