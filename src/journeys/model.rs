//! The journey model: typed structure for every guide. Words live in `locales/`;
//! this file only says how a journey is put together and who is responsible.

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
    pub last_reviewed: Date,
    /// Only prerendering reads the steps: without them, the browser's Wasm carries a
    /// journey as its id alone, so adding a journey leaves every page's Wasm as it was
    /// but for the route table.
    #[cfg(feature = "ssr")]
    pub steps: &'static [Step],
}

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
    pub timing: Option<Timing>,
    pub sources: &'static [Source],
    /// The principles (from docs/content-sources.md) this step tells the patient about.
    pub covers: &'static [Principle],
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

/// The question a worried person starts from; groups journeys on the home page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    Referred,
    Waiting,
    Test,
    AfterAppointment,
    LeavingHospital,
    MedicinesAndFitNotes,
    Child,
    GpPractice,
}

impl Topic {
    /// Home page order.
    pub const ALL: [Topic; 8] = [
        Topic::Referred,
        Topic::Waiting,
        Topic::Test,
        Topic::AfterAppointment,
        Topic::LeavingHospital,
        Topic::MedicinesAndFitNotes,
        Topic::Child,
        Topic::GpPractice,
    ];

    /// Fluent message id of the group heading.
    pub fn message(self) -> &'static str {
        match self {
            Topic::Referred => "topic-referred",
            Topic::Waiting => "topic-waiting",
            Topic::Test => "topic-test",
            Topic::AfterAppointment => "topic-after-appointment",
            Topic::LeavingHospital => "topic-leaving-hospital",
            Topic::MedicinesAndFitNotes => "topic-medicines-fit-notes",
            Topic::Child => "topic-child",
            Topic::GpPractice => "topic-gp-practice",
        }
    }
}

/// Who is responsible for a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Responsible {
    GpPractice,
    HospitalTeam,
    /// The patient, or the parent or carer in a parent journey.
    PatientOrParent,
    Pharmacy,
    /// Someone else: a social prescribing link worker, a community service.
    Other,
}

impl Responsible {
    pub const ALL: [Responsible; 5] = [
        Responsible::GpPractice,
        Responsible::HospitalTeam,
        Responsible::PatientOrParent,
        Responsible::Pharmacy,
        Responsible::Other,
    ];

    /// Fluent message id of the label ("Who does this: your GP practice").
    pub fn message(self) -> &'static str {
        match self {
            Responsible::GpPractice => "who-gp-practice",
            Responsible::HospitalTeam => "who-hospital-team",
            Responsible::PatientOrParent => "who-patient-or-parent",
            Responsible::Pharmacy => "who-pharmacy",
            Responsible::Other => "who-other",
        }
    }

    /// CSS modifier so each party has its own colour band.
    pub fn css_class(self) -> &'static str {
        match self {
            Responsible::GpPractice => "who who--gp",
            Responsible::HospitalTeam => "who who--hospital",
            Responsible::PatientOrParent => "who who--you",
            Responsible::Pharmacy => "who who--pharmacy",
            Responsible::Other => "who who--other",
        }
    }
}

/// How to reach whoever is responsible for a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Contact {
    /// The hospital team's number on the appointment letter or text.
    HospitalTeam,
    /// The booking line or the NHS App link on the e-Referral letter or text.
    ReferralBooking,
    /// The GP practice by phone, online form or at the front desk.
    GpPractice,
    /// The ward or discharge team, before leaving and on the number in the discharge letter.
    HospitalWard,
    /// The team that asked for the test.
    TestRequester,
    /// Any community pharmacy, in person or by phone.
    Pharmacy,
    /// A social prescribing link worker, reached through the GP practice.
    LinkWorker,
    /// The patient advice and liaison service (PALS) at the hospital.
    PatientAdvice,
}

impl Contact {
    pub const ALL: [Contact; 8] = [
        Contact::HospitalTeam,
        Contact::ReferralBooking,
        Contact::GpPractice,
        Contact::HospitalWard,
        Contact::TestRequester,
        Contact::Pharmacy,
        Contact::LinkWorker,
        Contact::PatientAdvice,
    ];

    /// The name of this kind of contact in an area's local config (`contacts`), and
    /// the end of its Fluent message id.
    pub fn key(self) -> &'static str {
        match self {
            Contact::HospitalTeam => "hospital-team",
            Contact::ReferralBooking => "referral-booking",
            Contact::GpPractice => "gp-practice",
            Contact::HospitalWard => "hospital-ward",
            Contact::TestRequester => "test-requester",
            Contact::Pharmacy => "pharmacy",
            Contact::LinkWorker => "link-worker",
            Contact::PatientAdvice => "patient-advice",
        }
    }

    /// Fluent message id of the "how to reach them" line.
    pub fn message(self) -> &'static str {
        match self {
            Contact::HospitalTeam => "contact-hospital-team",
            Contact::ReferralBooking => "contact-referral-booking",
            Contact::GpPractice => "contact-gp-practice",
            Contact::HospitalWard => "contact-hospital-ward",
            Contact::TestRequester => "contact-test-requester",
            Contact::Pharmacy => "contact-pharmacy",
            Contact::LinkWorker => "contact-link-worker",
            Contact::PatientAdvice => "contact-patient-advice",
        }
    }
}

/// How long a step usually takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timing {
    /// A typical range; the page adds that it varies by hospital.
    Range { from: u16, to: u16, unit: TimeUnit },
    /// A limit services are asked to keep to, e.g. "within 24 hours".
    Within { limit: u16, unit: TimeUnit },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeUnit {
    Hours,
    Days,
    WorkingDays,
    Weeks,
    Months,
}

impl TimeUnit {
    /// The Fluent selector value for `$unit`.
    pub fn key(self) -> &'static str {
        match self {
            TimeUnit::Hours => "hours",
            TimeUnit::Days => "days",
            TimeUnit::WorkingDays => "working-days",
            TimeUnit::Weeks => "weeks",
            TimeUnit::Months => "months",
        }
    }
}

pub use crate::date::Date;

/// Where a claim comes from. Each id is listed in docs/content-sources.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Contract,
    Leaflet2017,
    Recovery2023,
    ResultsPortal,
    Sel2025,
    Cm2022,
    Fitnote2022,
    Ers,
    TrustGuidance,
    MyPlannedCare,
    Planning2024,
    ChildrenCare,
    Brunton2021,
}

impl Source {
    pub const ALL: [Source; 13] = [
        Source::Contract,
        Source::Leaflet2017,
        Source::Recovery2023,
        Source::ResultsPortal,
        Source::Sel2025,
        Source::Cm2022,
        Source::Fitnote2022,
        Source::Ers,
        Source::TrustGuidance,
        Source::MyPlannedCare,
        Source::Planning2024,
        Source::ChildrenCare,
        Source::Brunton2021,
    ];

    /// The id used in docs/content-sources.md.
    pub fn id(self) -> &'static str {
        match self {
            Source::Contract => "contract",
            Source::Leaflet2017 => "leaflet-2017",
            Source::Recovery2023 => "recovery-2023",
            Source::ResultsPortal => "results-portal",
            Source::Sel2025 => "sel-2025",
            Source::Cm2022 => "cm-2022",
            Source::Fitnote2022 => "fitnote-2022",
            Source::Ers => "ers",
            Source::TrustGuidance => "trust-guidance",
            Source::MyPlannedCare => "my-planned-care",
            Source::Planning2024 => "planning-2024",
            Source::ChildrenCare => "children-care",
            Source::Brunton2021 => "brunton-2021",
        }
    }
}

/// The interface principles patients should be told about (docs/content-sources.md).
/// Every one must be covered by at least one step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Principle {
    HospitalRefersOnDirectly,
    MissedAppointmentNotBackToGp,
    TestsBeforeReferral,
    AdviceAndGuidance,
    EReferralLetterOrText,
    GpCannotMakeItSooner,
    WorseWhileWaiting,
    CheckStillNeeded,
    AverageWaitsPublished,
    HospitalAnswersItsOwnQuestions,
    NamedInterfaceLead,
    RequesterGivesResults,
    ToldWhyAndWhenForTests,
    ChaseMissingResults,
    DischargeSummaryAndClinicLetter,
    SevenDaysOfMedicines,
    FitNoteForWholeTime,
    WhoCanIssueFitNotes,
    SharedCare,
    CheckBeforeLeaving,
    GpKeepsOtherConditionsControlled,
    ParentsToldOnChildsBehalf,
    ChildrenToAdultServices,
    CareNavigationAndSocialPrescribing,
}

impl Principle {
    pub const ALL: [Principle; 24] = [
        Principle::HospitalRefersOnDirectly,
        Principle::MissedAppointmentNotBackToGp,
        Principle::TestsBeforeReferral,
        Principle::AdviceAndGuidance,
        Principle::EReferralLetterOrText,
        Principle::GpCannotMakeItSooner,
        Principle::WorseWhileWaiting,
        Principle::CheckStillNeeded,
        Principle::AverageWaitsPublished,
        Principle::HospitalAnswersItsOwnQuestions,
        Principle::NamedInterfaceLead,
        Principle::RequesterGivesResults,
        Principle::ToldWhyAndWhenForTests,
        Principle::ChaseMissingResults,
        Principle::DischargeSummaryAndClinicLetter,
        Principle::SevenDaysOfMedicines,
        Principle::FitNoteForWholeTime,
        Principle::WhoCanIssueFitNotes,
        Principle::SharedCare,
        Principle::CheckBeforeLeaving,
        Principle::GpKeepsOtherConditionsControlled,
        Principle::ParentsToldOnChildsBehalf,
        Principle::ChildrenToAdultServices,
        Principle::CareNavigationAndSocialPrescribing,
    ];
}
