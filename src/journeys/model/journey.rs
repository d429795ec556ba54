//! One guide and its sign-off, who it speaks to and the question it answers.

use crate::keyed_enum::keyed_enum;

#[cfg(feature = "ssr")]
use super::Step;
use super::Date;

/// One guide, e.g. "Your GP has referred you to a hospital team".
///
/// Its Fluent message `<id>` carries the attributes `.title`, `.summary`, `.intro`
/// and `.keywords` (words people type into the search box).
#[derive(Debug)]
pub struct Journey {
    /// Route segment and Fluent message id, e.g. `referral` → `/en-GB/referral/`.
    pub id: &'static str,
    pub audience: Audience,
    pub topic: Topic,
    /// When the guide was last written or changed from its sources.
    pub written: Date,
    /// A clinician's sign-off. Until one is recorded the page says it was written from
    /// its sources and not yet checked by a clinician (DCB0129: never claim a review).
    pub clinical_review: Option<ClinicalReview>,
    /// Only prerendering reads the steps: without them, the browser's Wasm carries a
    /// journey as its id alone, so adding a journey leaves every page's Wasm as it was
    /// but for the route table.
    #[cfg(feature = "ssr")]
    pub steps: &'static [Step],
}

/// A named clinician's sign-off of one guide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClinicalReview {
    /// The reviewer as the page names them: name, role and registration number.
    pub reviewer: &'static str,
    pub date: Date,
}

/// Who the page speaks to. Parent journeys say "your child".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    Patient,
    Parent,
    YoungPerson,
}

impl Audience {
    /// The Fluent selector value for `$audience`.
    pub fn key(self) -> &'static str {
        match self {
            Audience::Patient => "patient",
            Audience::Parent => "parent",
            Audience::YoungPerson => "young-person",
        }
    }
}

keyed_enum! {
    /// The question a worried person starts from; groups journeys on the home page.
    /// `ALL` is in home page order.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Topic {
        Referred => "topic-referred",
        Waiting => "topic-waiting",
        Test => "topic-test",
        AfterAppointment => "topic-after-appointment",
        LeavingHospital => "topic-leaving-hospital",
        MedicinesAndFitNotes => "topic-medicines-fit-notes",
        Child => "topic-child",
        MentalHealth => "topic-mental-health",
        GpPractice => "topic-gp-practice",
    }
    /// Fluent message id of the group heading.
    fn message;
}
