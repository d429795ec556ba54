//! What patients should be told about the interface between GP and hospital.

use crate::keyed_enum::keyed_enum;

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
