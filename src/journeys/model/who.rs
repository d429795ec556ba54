//! Who is responsible for a step.

use crate::keyed_enum::keyed_enum;

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
