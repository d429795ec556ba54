//! "Your GP has referred you to a hospital team". Text: locales/*/journeys/referral.ftl.
//!
//! No typical times for sending, booking or waiting: the sources give none, and waits differ by
//! hospital and speciality (the waiting step points to My Planned Care). Urgent referrals
//! have their own guide, so no routine chase time can be read against them.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "referral",
    audience: Audience::Patient,
    topic: Topic::Referred,
    written: Date { year: 2026, month: 11, day: 24 },
    clinical_review: None,
    #[cfg(feature = "ssr")]
    steps: &[
        Step {
            message: "referral-sent",
            who: Responsible::GpPractice,
            contact: Contact::GpPractice,
            timing: None,
            times: &[],
            sources: &[Source::Cm2022, Source::Leaflet2017, Source::Choice],
            covers: &[Principle::TestsBeforeReferral, Principle::UrgencyOfReferral, Principle::ChoiceOfProvider],
        },
        Step {
            message: "referral-booking",
            who: Responsible::PatientOrParent,
            contact: Contact::ReferralBooking,
            timing: None,
            times: &[],
            sources: &[Source::Ers, Source::Validation],
            covers: &[Principle::EReferralLetterOrText],
        },
        Step {
            message: "referral-waiting",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            times: &[],
            sources: &[Source::TrustGuidance, Source::MyPlannedCare, Source::Validation, Source::Contract, Source::Recovery2023],
            covers: &[Principle::CheckStillNeeded, Principle::AverageWaitsPublished, Principle::HospitalAnswersItsOwnQuestions],
        },
        Step {
            message: "referral-worse",
            who: Responsible::PatientOrParent,
            contact: Contact::GpPractice,
            timing: None,
            times: &[],
            sources: &[Source::TrustGuidance, Source::Nhs111],
            covers: &[Principle::WorseWhileWaiting],
        },
        Step {
            message: "referral-appointment",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            times: &[],
            sources: &[Source::Leaflet2017, Source::Contract],
            covers: &[],
        },
        Step {
            message: "referral-letter",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: Some(TimedEvent::ClinicLetter),
            times: &[],
            sources: &[Source::Contract],
            covers: &[Principle::DischargeSummaryAndClinicLetter],
        },
        Step {
            message: "referral-after",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            times: &[],
            sources: &[Source::Contract, Source::Pifu],
            covers: &[Principle::HospitalRefersOnDirectly, Principle::CallAndRecall],
        },
    ],
};
