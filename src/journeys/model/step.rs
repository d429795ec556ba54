//! One step of a guide: who does it, how to reach them, when, and from which sources.

use super::{Contact, Principle, Responsible, Source, SourcedTime, TimedEvent};

/// One thing that happens, in order.
///
/// Its Fluent message `message` carries the attributes `.title`, `.body` (one
/// paragraph per line), `.if-not` (what to do if it does not happen) and `.ask`
/// (questions you can ask, one per line).
#[derive(Debug)]
pub struct Step {
    /// Fluent message id; always starts with `<journey id>-`.
    pub message: &'static str,
    pub who: Responsible,
    pub contact: Contact,
    /// The time limit shown beside the step, for one event.
    pub timing: Option<TimedEvent>,
    /// Every other time (hours, days, weeks, months) the step's words state, with its
    /// source. A test fails on a time in the words that is neither here nor `timing`.
    pub times: &'static [SourcedTime],
    pub sources: &'static [Source],
    /// The principles (from docs/content-sources.md) this step tells the patient about.
    pub covers: &'static [Principle],
}
