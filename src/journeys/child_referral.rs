//! "Your child is sent to a children's doctor" (a paediatrician). Text: locales/*/journeys/child-referral.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "child-referral",
    audience: Audience::Parent,
    topic: Topic::Child,
    last_reviewed: Date { year: 2026, month: 11, day: 21 },
    #[cfg(feature = "ssr")]
    steps: &[
        Step {
            message: "child-referral-sent",
            who: Responsible::GpPractice,
            contact: Contact::GpPractice,
            timing: None,
            sources: &[Source::Cm2022, Source::Leaflet2017, Source::ChildrenCare],
            covers: &[Principle::TestsBeforeReferral, Principle::ParentsToldOnChildsBehalf],
        },
        Step {
            message: "child-referral-booking",
            who: Responsible::PatientOrParent,
            contact: Contact::ReferralBooking,
            timing: None,
            sources: &[Source::Ers],
            covers: &[Principle::EReferralLetterOrText],
        },
        Step {
            message: "child-referral-waiting",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            sources: &[Source::TrustGuidance, Source::Contract, Source::Recovery2023],
            covers: &[
                Principle::GpCannotMakeItSooner,
                Principle::CheckStillNeeded,
                Principle::HospitalAnswersItsOwnQuestions,
            ],
        },
        Step {
            message: "child-referral-worse",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            sources: &[Source::TrustGuidance],
            covers: &[Principle::WorseWhileWaiting],
        },
        Step {
            message: "child-referral-visit",
            who: Responsible::HospitalTeam,
            contact: Contact::HospitalTeam,
            timing: None,
            sources: &[Source::Leaflet2017, Source::ChildrenCare],
            covers: &[Principle::ParentsToldOnChildsBehalf],
        },
        Step {
            message: "child-referral-results",
            who: Responsible::HospitalTeam,
            contact: Contact::TestRequester,
            timing: Some(Timing::Within { limit: 10, unit: TimeUnit::Days }),
            sources: &[Source::Contract, Source::Cm2022, Source::Sel2025],
            covers: &[Principle::RequesterGivesResults, Principle::DischargeSummaryAndClinicLetter],
        },
    ],
};
