//! "From private care to the NHS". Text: locales/*/journeys/private-care.ftl.

use super::model::*;

pub static JOURNEY: Journey = Journey {
    id: "private-care",
    audience: Audience::Patient,
    topic: Topic::Referred,
    written: Date { year: 2026, month: 11, day: 24 },
    clinical_review: None,
    #[cfg(feature = "ssr")]
    steps: &[
        Step {
            message: "private-care-clinic",
            who: Responsible::PrivateClinic,
            contact: Contact::PrivateClinic,
            timing: None,
            times: &[],
            sources: &[Source::PrivateCare, Source::PrescribingResponsibility],
            covers: &[Principle::PrivateToNhs],
        },
        Step {
            message: "private-care-gp-prescribing",
            who: Responsible::GpPractice,
            contact: Contact::GpPractice,
            timing: None,
            times: &[],
            sources: &[Source::PrivateCare, Source::PrescribingResponsibility],
            covers: &[Principle::PrivateToNhs],
        },
        Step {
            message: "private-care-nhs-list",
            who: Responsible::GpPractice,
            contact: Contact::GpPractice,
            timing: None,
            times: &[],
            sources: &[Source::PrivateCare],
            covers: &[Principle::PrivateToNhs],
        },
        Step {
            message: "private-care-worse",
            who: Responsible::PatientOrParent,
            contact: Contact::GpPractice,
            timing: None,
            times: &[],
            sources: &[Source::Nhs111],
            covers: &[Principle::WorseWhileWaiting],
        },
    ],
};
