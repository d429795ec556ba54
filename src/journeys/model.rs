//! The journey model: typed structure for every guide. Words live in `locales/`;
//! this file only says how a journey is put together and who is responsible.

use crate::keyed_enum::keyed_enum;

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

keyed_enum! {
    /// Who is responsible for a step.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Responsible {
        GpPractice => "who-gp-practice",
        HospitalTeam => "who-hospital-team",
        /// The patient, or the parent or carer in a parent journey.
        PatientOrParent => "who-patient-or-parent",
        Pharmacy => "who-pharmacy",
        Nhs111 => "who-nhs-111",
        MentalHealthTeam => "who-mental-health-team",
        PrivateClinic => "who-private-clinic",
        /// Someone else, named in the step: a social prescribing link worker, a service
        /// the patient contacts themselves.
        Other => "who-other",
    }
    /// Fluent message id of the label ("Who does this: your GP practice").
    fn message;
}

impl Responsible {
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

keyed_enum! {
    /// How to reach whoever is responsible for a step.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
    pub enum Contact {
        /// The hospital team's number on the appointment letter or text.
        HospitalTeam => "hospital-team",
        /// The booking line or the NHS App link on the e-Referral letter or text.
        ReferralBooking => "referral-booking",
        /// The GP practice by phone, online form or at the front desk.
        GpPractice => "gp-practice",
        /// The ward or discharge team, before leaving and on the number in the discharge letter.
        HospitalWard => "hospital-ward",
        /// The team that asked for the test.
        TestRequester => "test-requester",
        /// Any community pharmacy, in person or by phone.
        Pharmacy => "pharmacy",
        /// A social prescribing link worker, reached through the GP practice.
        LinkWorker => "link-worker",
        /// The patient advice and liaison service (PALS) at the hospital.
        PatientAdvice => "patient-advice",
        /// NHS 111 by phone or online.
        Nhs111 => "nhs-111",
        /// A service the patient contacts themselves, found on the NHS website or through the practice.
        SelfReferral => "self-referral",
        /// The mental health team, on the number in the care plan.
        MentalHealthTeam => "mental-health-team",
        /// The private clinic, on its letter or bill.
        PrivateClinic => "private-clinic",
        /// The A&E or urgent treatment centre the patient went to.
        UrgentCare => "urgent-care",
    }
    /// The name of this kind of contact in an area's local config (`contacts`), and
    /// the end of its Fluent message id.
    fn key;
    /// Fluent message id of the "how to reach them" line.
    fn message = "contact-" + key;
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

keyed_enum! {
    /// Where a claim comes from. Each id is listed in docs/content-sources.md with its
    /// publisher, title, version and the date it was last checked; its title for patients
    /// is the message `source-<id>`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Source {
        Contract => "contract",
        Leaflet2017 => "leaflet-2017",
        Recovery2023 => "recovery-2023",
        ResultsPortal => "results-portal",
        Sel2025 => "sel-2025",
        Cm2022 => "cm-2022",
        FitNote => "fit-note",
        SelfCertification => "self-certification",
        Ers => "ers",
        TrustGuidance => "trust-guidance",
        MyPlannedCare => "my-planned-care",
        Planning2024 => "planning-2024",
        ChildrenCare => "children-care",
        Brunton2021 => "brunton-2021",
        FasterDiagnosis => "faster-diagnosis",
        Constitution => "constitution",
        Choice => "choice",
        Validation => "validation",
        Pifu => "pifu",
        DischargeAfterDna => "discharge-after-dna",
        PrescribingResponsibility => "prescribing-responsibility",
        DischargeMedicines => "discharge-medicines",
        PharmacyFirst => "pharmacy-first",
        TalkingTherapies => "talking-therapies",
        Nhs111 => "nhs-111",
        VirtualWards => "virtual-wards",
        ChildUnwell => "child-unwell",
        GmcYoungPeople => "gmc-young-people",
        NiceTransition => "nice-transition",
        PrivateCare => "private-care",
    }
    /// The id used in docs/content-sources.md.
    fn id;
    /// Fluent message id of the source's title, as listed under a guide.
    fn message = "source-" + id;
}

keyed_enum! {
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
}
