//! What can be wrong with the file, each named by the field it is in.

/// One thing to fix, e.g. `services[2].phone`: not a UK phone number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where: `services[2].phone`, `journeys.referal`, or `(file)` for the whole file.
    pub field: String,
    pub kind: ProblemKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemKind {
    /// The file is not JSON (a missing comma or quote).
    NotJson,
    /// A field this version does not have (often a typing slip).
    UnknownField,
    /// A field that must be there is not.
    MissingField,
    /// A number where words should be, a list where one thing should be, ….
    WrongType,
    /// `version` is not 1.
    UnsupportedVersion,
    /// Empty, or only spaces.
    Empty,
    /// Longer than `MAX_TEXT` characters.
    TooLong,
    /// Control or direction-changing characters, which could hide or reorder words.
    HiddenCharacters,
    /// A service `id` not made of lower-case letters, digits and dashes.
    BadId,
    /// Two services with the same `id`.
    DuplicateId,
    /// Not a UK phone number.
    BadPhone,
    /// A web page that is not `https://`.
    NotHttps,
    /// Not a web address at all.
    BadWebsite,
    /// A journey id the app does not have.
    UnknownJourney,
    /// A kind of contact the app does not have.
    UnknownContact,
    /// A service `id` that is not in `services`.
    UnknownService,
    /// A language the app does not have.
    UnknownLanguage,
    /// Words per language without `en-GB`.
    MissingEnglish,
}

impl ProblemKind {
    pub const ALL: [ProblemKind; 18] = [
        ProblemKind::NotJson,
        ProblemKind::UnknownField,
        ProblemKind::MissingField,
        ProblemKind::WrongType,
        ProblemKind::UnsupportedVersion,
        ProblemKind::Empty,
        ProblemKind::TooLong,
        ProblemKind::HiddenCharacters,
        ProblemKind::BadId,
        ProblemKind::DuplicateId,
        ProblemKind::BadPhone,
        ProblemKind::NotHttps,
        ProblemKind::BadWebsite,
        ProblemKind::UnknownJourney,
        ProblemKind::UnknownContact,
        ProblemKind::UnknownService,
        ProblemKind::UnknownLanguage,
        ProblemKind::MissingEnglish,
    ];

    /// Fluent message id of the explanation staff see.
    pub fn message(self) -> &'static str {
        match self {
            ProblemKind::NotJson => "config-problem-not-json",
            ProblemKind::UnknownField => "config-problem-unknown-field",
            ProblemKind::MissingField => "config-problem-missing-field",
            ProblemKind::WrongType => "config-problem-wrong-type",
            ProblemKind::UnsupportedVersion => "config-problem-version",
            ProblemKind::Empty => "config-problem-empty",
            ProblemKind::TooLong => "config-problem-too-long",
            ProblemKind::HiddenCharacters => "config-problem-hidden-characters",
            ProblemKind::BadId => "config-problem-bad-id",
            ProblemKind::DuplicateId => "config-problem-duplicate-id",
            ProblemKind::BadPhone => "config-problem-bad-phone",
            ProblemKind::NotHttps => "config-problem-not-https",
            ProblemKind::BadWebsite => "config-problem-bad-website",
            ProblemKind::UnknownJourney => "config-problem-unknown-journey",
            ProblemKind::UnknownContact => "config-problem-unknown-contact",
            ProblemKind::UnknownService => "config-problem-unknown-service",
            ProblemKind::UnknownLanguage => "config-problem-unknown-language",
            ProblemKind::MissingEnglish => "config-problem-missing-english",
        }
    }
}

impl std::fmt::Display for Problem {
    /// For the build log (staff pages show the translated explanation instead).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {:?}", self.field, self.kind)
    }
}
