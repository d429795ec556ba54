//! Where a claim comes from.

use crate::keyed_enum::keyed_enum;

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
