//! The times a step states: its time limit for one event, and any other sourced time.

use super::Source;

/// A time limit a source sets for one event, shown beside the step: what it is for,
/// then "Within 7 days of your clinic visit." One timing belongs to one event, and each
/// event's limit is stated here once, with its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimedEvent {
    /// The clinic letter reaches the GP, from the clinic visit.
    ClinicLetter,
    /// The discharge summary reaches the GP, from leaving hospital.
    DischargeSummary,
    /// Told whether it is cancer, from the urgent referral: the Faster Diagnosis Standard.
    CancerDiagnosis,
    /// A new date for an operation cancelled on the day for a non-clinical reason.
    CancelledOperation,
}

impl TimedEvent {
    /// The limit and its unit.
    pub fn limit(self) -> (u16, TimeUnit) {
        match self {
            TimedEvent::ClinicLetter => (7, TimeUnit::Days),
            TimedEvent::DischargeSummary => (24, TimeUnit::Hours),
            TimedEvent::CancerDiagnosis => (28, TimeUnit::Days),
            TimedEvent::CancelledOperation => (28, TimeUnit::Days),
        }
    }

    /// Where the limit comes from; a step showing it cites this source.
    pub fn source(self) -> Source {
        match self {
            TimedEvent::ClinicLetter | TimedEvent::DischargeSummary => Source::Contract,
            TimedEvent::CancerDiagnosis => Source::FasterDiagnosis,
            TimedEvent::CancelledOperation => Source::Constitution,
        }
    }

    /// Fluent message id of what the limit is for.
    pub fn message(self) -> &'static str {
        match self {
            TimedEvent::ClinicLetter => "timing-clinic-letter",
            TimedEvent::DischargeSummary => "timing-discharge-summary",
            TimedEvent::CancerDiagnosis => "timing-cancer-diagnosis",
            TimedEvent::CancelledOperation => "timing-cancelled-operation",
        }
    }

    /// The Fluent selector value for `$from`: when the time starts.
    pub fn from_key(self) -> &'static str {
        match self {
            TimedEvent::ClinicLetter => "appointment",
            TimedEvent::DischargeSummary => "discharge",
            TimedEvent::CancerDiagnosis => "referral",
            TimedEvent::CancelledOperation => "cancellation",
        }
    }
}

/// A time a step's words state, and where it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SourcedTime {
    pub amount: u16,
    pub unit: TimeUnit,
    pub source: Source,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeUnit {
    Hours,
    Days,
    Weeks,
    Months,
}

impl TimeUnit {
    /// The Fluent selector value for `$unit`.
    pub fn key(self) -> &'static str {
        match self {
            TimeUnit::Hours => "hours",
            TimeUnit::Days => "days",
            TimeUnit::Weeks => "weeks",
            TimeUnit::Months => "months",
        }
    }
}
