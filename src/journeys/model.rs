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
    MentalHealth,
    GpPractice,
}

impl Topic {
    /// Home page order.
    pub const ALL: [Topic; 9] = [
        Topic::Referred,
        Topic::Waiting,
        Topic::Test,
        Topic::AfterAppointment,
        Topic::LeavingHospital,
        Topic::MedicinesAndFitNotes,
        Topic::Child,
        Topic::MentalHealth,
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
            Topic::MentalHealth => "topic-mental-health",
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
    Nhs111,
    MentalHealthTeam,
    PrivateClinic,
    /// Someone else, named in the step: a social prescribing link worker, a service
    /// the patient contacts themselves.
    Other,
}

impl Responsible {
    pub const ALL: [Responsible; 8] = [
        Responsible::GpPractice,
        Responsible::HospitalTeam,
        Responsible::PatientOrParent,
        Responsible::Pharmacy,
        Responsible::Nhs111,
        Responsible::MentalHealthTeam,
        Responsible::PrivateClinic,
        Responsible::Other,
    ];

    /// Fluent message id of the label ("Who does this: your GP practice").
    pub fn message(self) -> &'static str {
        match self {
            Responsible::GpPractice => "who-gp-practice",
            Responsible::HospitalTeam => "who-hospital-team",
            Responsible::PatientOrParent => "who-patient-or-parent",
            Responsible::Pharmacy => "who-pharmacy",
            Responsible::Nhs111 => "who-nhs-111",
            Responsible::MentalHealthTeam => "who-mental-health-team",
            Responsible::PrivateClinic => "who-private-clinic",
            Responsible::Other => "who-other",
        }
    }

    /// CSS modifier so each kind of party has its own colour band (a mental health team
    /// is a hospital-like team; NHS 111 and private clinics share "someone else").
    pub fn css_class(self) -> &'static str {
        match self {
            Responsible::GpPractice => "who who--gp",
            Responsible::HospitalTeam => "who who--hospital",
            Responsible::PatientOrParent => "who who--you",
            Responsible::Pharmacy => "who who--pharmacy",
            Responsible::MentalHealthTeam => "who who--hospital",
            Responsible::Nhs111 | Responsible::PrivateClinic | Responsible::Other => "who who--other",
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
    /// NHS 111 by phone or online.
    Nhs111,
    /// A service the patient contacts themselves, found on the NHS website or through the practice.
    SelfReferral,
    /// The mental health team, on the number in the care plan.
    MentalHealthTeam,
    /// The private clinic, on its letter or bill.
    PrivateClinic,
    /// The A&E or urgent treatment centre the patient went to.
    UrgentCare,
}

impl Contact {
    pub const ALL: [Contact; 13] = [
        Contact::HospitalTeam,
        Contact::ReferralBooking,
        Contact::GpPractice,
        Contact::HospitalWard,
        Contact::TestRequester,
        Contact::Pharmacy,
        Contact::LinkWorker,
        Contact::PatientAdvice,
        Contact::Nhs111,
        Contact::SelfReferral,
        Contact::MentalHealthTeam,
        Contact::PrivateClinic,
        Contact::UrgentCare,
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
            Contact::Nhs111 => "nhs-111",
            Contact::SelfReferral => "self-referral",
            Contact::MentalHealthTeam => "mental-health-team",
            Contact::PrivateClinic => "private-clinic",
            Contact::UrgentCare => "urgent-care",
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
            Contact::Nhs111 => "contact-nhs-111",
            Contact::SelfReferral => "contact-self-referral",
            Contact::MentalHealthTeam => "contact-mental-health-team",
            Contact::PrivateClinic => "contact-private-clinic",
            Contact::UrgentCare => "contact-urgent-care",
        }
    }
}

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

pub use crate::date::Date;

/// Where a claim comes from. Each id is listed in docs/content-sources.md with its
/// publisher, title, version and the date it was last checked; its title for patients
/// is the message `source-<id>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Contract,
    Leaflet2017,
    Recovery2023,
    ResultsPortal,
    Sel2025,
    Cm2022,
    FitNote,
    SelfCertification,
    Ers,
    TrustGuidance,
    MyPlannedCare,
    Planning2024,
    ChildrenCare,
    Brunton2021,
    FasterDiagnosis,
    Constitution,
    Choice,
    Validation,
    Pifu,
    DischargeAfterDna,
    PrescribingResponsibility,
    DischargeMedicines,
    PharmacyFirst,
    TalkingTherapies,
    Nhs111,
    VirtualWards,
    ChildUnwell,
    GmcYoungPeople,
    NiceTransition,
    PrivateCare,
}

impl Source {
    pub const ALL: [Source; 30] = [
        Source::Contract,
        Source::Leaflet2017,
        Source::Recovery2023,
        Source::ResultsPortal,
        Source::Sel2025,
        Source::Cm2022,
        Source::FitNote,
        Source::SelfCertification,
        Source::Ers,
        Source::TrustGuidance,
        Source::MyPlannedCare,
        Source::Planning2024,
        Source::ChildrenCare,
        Source::Brunton2021,
        Source::FasterDiagnosis,
        Source::Constitution,
        Source::Choice,
        Source::Validation,
        Source::Pifu,
        Source::DischargeAfterDna,
        Source::PrescribingResponsibility,
        Source::DischargeMedicines,
        Source::PharmacyFirst,
        Source::TalkingTherapies,
        Source::Nhs111,
        Source::VirtualWards,
        Source::ChildUnwell,
        Source::GmcYoungPeople,
        Source::NiceTransition,
        Source::PrivateCare,
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
            Source::FitNote => "fit-note",
            Source::SelfCertification => "self-certification",
            Source::Ers => "ers",
            Source::TrustGuidance => "trust-guidance",
            Source::MyPlannedCare => "my-planned-care",
            Source::Planning2024 => "planning-2024",
            Source::ChildrenCare => "children-care",
            Source::Brunton2021 => "brunton-2021",
            Source::FasterDiagnosis => "faster-diagnosis",
            Source::Constitution => "constitution",
            Source::Choice => "choice",
            Source::Validation => "validation",
            Source::Pifu => "pifu",
            Source::DischargeAfterDna => "discharge-after-dna",
            Source::PrescribingResponsibility => "prescribing-responsibility",
            Source::DischargeMedicines => "discharge-medicines",
            Source::PharmacyFirst => "pharmacy-first",
            Source::TalkingTherapies => "talking-therapies",
            Source::Nhs111 => "nhs-111",
            Source::VirtualWards => "virtual-wards",
            Source::ChildUnwell => "child-unwell",
            Source::GmcYoungPeople => "gmc-young-people",
            Source::NiceTransition => "nice-transition",
            Source::PrivateCare => "private-care",
        }
    }

    /// Fluent message id of the source's title, as listed under a guide.
    pub fn message(self) -> &'static str {
        match self {
            Source::Contract => "source-contract",
            Source::Leaflet2017 => "source-leaflet-2017",
            Source::Recovery2023 => "source-recovery-2023",
            Source::ResultsPortal => "source-results-portal",
            Source::Sel2025 => "source-sel-2025",
            Source::Cm2022 => "source-cm-2022",
            Source::FitNote => "source-fit-note",
            Source::SelfCertification => "source-self-certification",
            Source::Ers => "source-ers",
            Source::TrustGuidance => "source-trust-guidance",
            Source::MyPlannedCare => "source-my-planned-care",
            Source::Planning2024 => "source-planning-2024",
            Source::ChildrenCare => "source-children-care",
            Source::Brunton2021 => "source-brunton-2021",
            Source::FasterDiagnosis => "source-faster-diagnosis",
            Source::Constitution => "source-constitution",
            Source::Choice => "source-choice",
            Source::Validation => "source-validation",
            Source::Pifu => "source-pifu",
            Source::DischargeAfterDna => "source-discharge-after-dna",
            Source::PrescribingResponsibility => "source-prescribing-responsibility",
            Source::DischargeMedicines => "source-discharge-medicines",
            Source::PharmacyFirst => "source-pharmacy-first",
            Source::TalkingTherapies => "source-talking-therapies",
            Source::Nhs111 => "source-nhs-111",
            Source::VirtualWards => "source-virtual-wards",
            Source::ChildUnwell => "source-child-unwell",
            Source::GmcYoungPeople => "source-gmc-young-people",
            Source::NiceTransition => "source-nice-transition",
            Source::PrivateCare => "source-private-care",
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
    WorseWhileWaiting,
    CheckStillNeeded,
    AverageWaitsPublished,
    HospitalAnswersItsOwnQuestions,
    NamedInterfaceLead,
    RequesterGivesResults,
    ToldWhyAndWhenForTests,
    ChaseMissingResults,
    ResultsSeenInApp,
    DischargeSummaryAndClinicLetter,
    FirstSupplyOfMedicines,
    GpPrescribesFromClinicLetter,
    DischargeMedicinesService,
    FitNoteForWholeTime,
    SelfCertifyFirstWeek,
    WhoCanIssueFitNotes,
    SharedCare,
    CheckBeforeLeaving,
    CareAtHomeAfterDischarge,
    GpKeepsOtherConditionsControlled,
    ParentsToldOnChildsBehalf,
    YoungPeoplesPrivacy,
    ChildrenToAdultServices,
    CareNavigationAndSocialPrescribing,
    UrgencyOfReferral,
    ChoiceOfProvider,
    CallAndRecall,
    PatientInitiatedFollowUp,
    SelfReferral,
    PaediatricAdviceAndGuidance,
    NoBlanketDischargeAfterMissedVisit,
    MentalHealthCrisisRoute,
    HelplineForHighRiskMedicines,
    PrivateToNhs,
}

impl Principle {
    pub const ALL: [Principle; 39] = [
        Principle::HospitalRefersOnDirectly,
        Principle::MissedAppointmentNotBackToGp,
        Principle::TestsBeforeReferral,
        Principle::AdviceAndGuidance,
        Principle::EReferralLetterOrText,
        Principle::WorseWhileWaiting,
        Principle::CheckStillNeeded,
        Principle::AverageWaitsPublished,
        Principle::HospitalAnswersItsOwnQuestions,
        Principle::NamedInterfaceLead,
        Principle::RequesterGivesResults,
        Principle::ToldWhyAndWhenForTests,
        Principle::ChaseMissingResults,
        Principle::ResultsSeenInApp,
        Principle::DischargeSummaryAndClinicLetter,
        Principle::FirstSupplyOfMedicines,
        Principle::GpPrescribesFromClinicLetter,
        Principle::DischargeMedicinesService,
        Principle::FitNoteForWholeTime,
        Principle::SelfCertifyFirstWeek,
        Principle::WhoCanIssueFitNotes,
        Principle::SharedCare,
        Principle::CheckBeforeLeaving,
        Principle::CareAtHomeAfterDischarge,
        Principle::GpKeepsOtherConditionsControlled,
        Principle::ParentsToldOnChildsBehalf,
        Principle::YoungPeoplesPrivacy,
        Principle::ChildrenToAdultServices,
        Principle::CareNavigationAndSocialPrescribing,
        Principle::UrgencyOfReferral,
        Principle::ChoiceOfProvider,
        Principle::CallAndRecall,
        Principle::PatientInitiatedFollowUp,
        Principle::SelfReferral,
        Principle::PaediatricAdviceAndGuidance,
        Principle::NoBlanketDischargeAfterMissedVisit,
        Principle::MentalHealthCrisisRoute,
        Principle::HelplineForHighRiskMedicines,
        Principle::PrivateToNhs,
    ];
}
