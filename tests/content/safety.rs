//! The clinical review's corrections hold: getting worse goes to the GP or 111 the same
//! day and 999, no guide threatens a lost place, the safety line has every route.

use std::fs;
use std::path::Path;

use super::is_prose;
use crate::support::ftl;
use whatnext::easy_read;
use whatnext::journeys::{self, Principle};

#[test]
fn getting_worse_goes_to_the_gp_or_111_the_same_day_and_999() {
    // F4 and hazard H2: never only a hospital line.
    let en = ftl::load("en-GB");
    for journey in journeys::ALL {
        for step in journey.steps.iter().filter(|step| step.covers.contains(&Principle::WorseWhileWaiting)) {
            let body = &en.patterns[&format!("{}.body", step.message)];
            let text = format!("{body} {}", en.patterns[&format!("{}.if-not", step.message)]);
            assert!(text.contains("999"), "{}: no 999", step.message);
            assert!(text.contains("NHS 111"), "{}: no NHS 111", step.message);
            assert!(text.contains("same day"), "{}: does not say the same day", step.message);
            assert!(!text.contains("cannot decide"), "{}: says the GP cannot decide", step.message);
        }
    }
}

#[test]
fn no_guide_threatens_a_lost_place_and_texts_come_with_scam_advice() {
    // F6 and C7: no fear of losing one's place; no sender named for NHS texts; wherever
    // a guide says the NHS may text you, it says what to do if unsure.
    let en = ftl::load("en-GB");
    // Easy Read is held to its own, stricter rules (tests/easy_read.rs), over each step.
    for (id, text) in en.patterns.iter().filter(|(id, _)| is_prose(id) && !easy_read::is_easy_read_message(id)) {
        assert!(!text.contains("may lose your place") && !text.contains("may lose their place"), "{id}: {text}");
        assert!(!text.contains("NHS Referrals"), "{id} names the sender of e-Referral texts");
    }
    for journey in journeys::ALL {
        let bodies: Vec<&String> = journey.steps.iter().map(|step| &en.patterns[&format!("{}.body", step.message)]).collect();
        let mentions_texts = bodies.iter().any(|body| body.contains("text you") || body.contains("or a text") || body.contains("a text."));
        let scam_advice = bodies.iter().any(|body| body.contains("not sure") && body.contains("ring the number on your") || body.contains("Ring the number on your"));
        assert!(!mentions_texts || scam_advice, "{} mentions texts from the NHS with no advice for a text that may be a scam", journey.id);
    }
}

#[test]
fn the_safety_line_has_every_route_and_the_scope_says_england() {
    // C14 and F9, in English; tests/locales.rs checks every language has its own words.
    let en = ftl::load("en-GB");
    let safety: String = ["safety-emergency", "safety-urgent", "safety-online", "safety-mental-health", "safety-deaf"]
        .iter()
        .map(|id| en.patterns[*id].clone())
        .collect::<Vec<_>>()
        .join(" ");
    for part in ["999", "NHS 111", "111.nhs.uk", "mental health option", "18001 111", "BSL"] {
        assert!(safety.contains(part), "the safety line lacks {part}");
    }
    assert!(en.patterns["scope-england"].contains("in England"));
    let ui = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en-GB/ui.ftl")).unwrap();
    assert!(ui.contains("[parent] If you or your child"), "the safety line has no parent's wording");
}
