//! How to reach whoever is responsible for a step.

use crate::keyed_enum::keyed_enum;

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
