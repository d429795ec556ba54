//! Content checks that fail the build: every message the journeys need exists in
//! en-GB and none is unused, every step names who is responsible and cites current,
//! known sources, every time a patient reads has a source, every principle is covered,
//! the corrections of the clinical review hold, and the text reads at age 11 or below.
//!
//! One binary, its checks grouped by theme: `messages`, `structure`, `sources`, `times`,
//! `safety`, `reading_age`.

#[path = "../support/mod.rs"]
mod support;

mod messages;
mod reading_age;
mod safety;
mod sources;
mod structure;
mod times;

/// Word lists for the search box and publication titles, not prose: no reading-level check.
fn is_prose(pattern: &str) -> bool {
    !pattern.ends_with(".keywords") && pattern != "search-ignored-words" && !pattern.starts_with("source-")
}
