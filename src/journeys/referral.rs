//! "Your GP has referred you to a hospital team". Text: locales/*/journeys/referral.ftl.
//!
//! No typical times for sending, booking or waiting: the sources give none, and waits
//! differ by hospital and speciality (the waiting step points to My Planned Care).

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "referral",
    audience: Audience::Patient,
    topic: Topic::Referred,
    last_reviewed: Date { year: 2026, month: 11, day: 21 },
    #[cfg(feature = "ssr")]
    steps: &[
        Step {
            message: "referral-sent",
            who: Responsible::GpPractice,
            contact: Contact::GpPractice,
            timing: None,
            sources: &[Source::Cm2022, Source::Leaflet2017],
            covers: &[Principle::TestsBeforeReferral],
        },
        Step {
            message: "referral-booking",
            who: Responsible::PatientOrParent,
            contact: Contact::ReferralBooking,
            timing: None,
            sources: &[Source::Ers],
            covers: &[Principle::EReferralLetterOrText],
        },
        Step {
            message: "referral-waiting",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            sources: &[Source::TrustGuidance, Source::MyPlannedCare, Source::Contract, Source::Recovery2023],
            covers: &[
                Principle::GpCannotMakeItSooner,
                Principle::AverageWaitsPublished,
                Principle::HospitalAnswersItsOwnQuestions,
            ],
        },
        Step {
            message: "referral-worse",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            sources: &[Source::TrustGuidance],
            covers: &[Principle::WorseWhileWaiting],
        },
        Step {
            message: "referral-appointment",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            sources: &[Source::Leaflet2017, Source::Contract],
            covers: &[],
        },
        Step {
            message: "referral-after",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: Some(Timing::Within { limit: 10, unit: TimeUnit::Days }),
            sources: &[Source::Contract],
            covers: &[Principle::DischargeSummaryAndClinicLetter, Principle::HospitalRefersOnDirectly],
        },
    ],
};
