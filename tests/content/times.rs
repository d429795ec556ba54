//! Every time a patient reads (hours, days, weeks, months) has a source, and the time
//! limits are the current ones.

use super::is_prose;
use crate::support::{self, ftl};
use whatnext::easy_read;
use whatnext::journeys::{self, Step, TimeUnit};

const NUMBER_WORDS: [&str; 13] = ["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/// Every "7 days", "24 hours", "a week", "six months" in a text, as (amount, unit). A
/// number counts only when the unit follows it directly ("111, day and night" is not a time).
fn times_in(text: &str) -> Vec<(u16, TimeUnit)> {
    let lower = text.to_lowercase().replace('-', " ");
    let tokens: Vec<&str> = lower.split_whitespace().collect();
    let mut found = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        let amount = token.parse::<u16>().ok().or_else(|| NUMBER_WORDS.iter().position(|n| n == token).map(|n| n.max(1) as u16));
        let Some(amount) = amount else { continue };
        // "7 working days" counts as days.
        let unit_token = match tokens.get(i + 1) {
            Some(&"working") => tokens.get(i + 2),
            other => other,
        };
        let unit = match unit_token.map(|t| t.trim_end_matches(|c: char| !c.is_alphabetic()).trim_end_matches('s')) {
            Some("hour") => TimeUnit::Hours,
            Some("day") => TimeUnit::Days,
            Some("week") => TimeUnit::Weeks,
            Some("month") => TimeUnit::Months,
            _ => continue,
        };
        found.push((amount, unit));
    }
    found
}

/// The times a step may state: its time limit and its declared, sourced times.
fn sourced_times(step: &Step) -> Vec<(u16, TimeUnit)> {
    step.timing.map(|event| event.limit()).into_iter().chain(step.times.iter().map(|time| (time.amount, time.unit))).collect()
}

/// Every prose attribute of a step or journey, `.if-not` included (not the search keywords).
fn prose_of<'a>(en: &'a support::ftl::LocaleText, message: &str) -> Vec<(&'a String, &'a String)> {
    en.patterns.iter().filter(|(id, _)| id.starts_with(&format!("{message}.")) && is_prose(id)).collect()
}

#[test]
fn every_time_a_patient_reads_has_a_source() {
    let en = ftl::load("en-GB");
    let mut unsourced = Vec::new();
    for journey in journeys::ALL {
        let mut journey_times = Vec::new();
        for step in journey.steps {
            let allowed = sourced_times(step);
            journey_times.extend(allowed.iter().copied());
            let mut stated = Vec::new();
            // The step's words, and its Easy Read's.
            let easy_read = easy_read::step_message(step);
            for (id, text) in prose_of(&en, step.message).into_iter().chain(prose_of(&en, &easy_read)) {
                for time in times_in(text) {
                    if !allowed.contains(&time) {
                        unsourced.push(format!("{id}: {} {:?} in {text:?}", time.0, time.1));
                    }
                    stated.push(time);
                }
            }
            for time in step.times {
                assert!(stated.contains(&(time.amount, time.unit)), "{} declares {} {:?}, which its words no longer say", step.message, time.amount, time.unit);
            }
        }
        for (id, text) in prose_of(&en, journey.id).into_iter().chain(prose_of(&en, &easy_read::guide_message(journey))) {
            for time in times_in(text) {
                if !journey_times.contains(&time) {
                    unsourced.push(format!("{id}: {} {:?} in {text:?}", time.0, time.1));
                }
            }
        }
    }
    let in_ui: Vec<_> = en
        .patterns
        .iter()
        .filter(|(id, _)| {
            let of_a_guide = |prefix: &str| journeys::ALL.iter().any(|journey| id.starts_with(&format!("{prefix}{}", journey.id)));
            !of_a_guide("") && !of_a_guide(easy_read::MESSAGE_PREFIX) && is_prose(id) && !id.starts_with("timing-")
        })
        .flat_map(|(id, text)| times_in(text).into_iter().map(move |time| format!("{id}: {} {:?}", time.0, time.1)))
        .collect();
    unsourced.extend(in_ui);
    assert!(unsourced.is_empty(), "times with no Timing or sourced time on their step:\n{}", unsourced.join("\n"));
}

#[test]
fn the_time_check_finds_times_in_words_and_digits() {
    assert_eq!(times_in("Ring after a week, or 2 weeks."), vec![(1, TimeUnit::Weeks), (2, TimeUnit::Weeks)]);
    assert_eq!(times_in("within 10 working days; about six months; 24-hour line"), vec![(10, TimeUnit::Days), (6, TimeUnit::Months), (24, TimeUnit::Hours)]);
    assert!(times_in("Call 999 or NHS 111, day and night.").is_empty());
}

#[test]
fn time_limits_are_the_current_ones() {
    use journeys::TimedEvent;
    // F1: clinic letters within 7 days (Standard Contract from 2019/20), not 10.
    assert_eq!(TimedEvent::ClinicLetter.limit(), (7, TimeUnit::Days));
    assert_eq!(TimedEvent::DischargeSummary.limit(), (24, TimeUnit::Hours));
    // F3: the Faster Diagnosis Standard's 28 days, not the two-week wait.
    assert_eq!(TimedEvent::CancerDiagnosis.limit(), (28, TimeUnit::Days));
}
