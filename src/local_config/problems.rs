//! What can be wrong with the file, each named by the field it is in.

use crate::keyed_enum::keyed_enum;

/// One thing to fix, e.g. `services[2].phone`: not a UK phone number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where: `services[2].phone`, `journeys.referal`, or `(file)` for the whole file.
    pub field: String,
    pub kind: ProblemKind,
}

keyed_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum ProblemKind {
        /// The file is not JSON (a missing comma or quote).
        NotJson => "config-problem-not-json",
        /// A field this version does not have (often a typing slip).
        UnknownField => "config-problem-unknown-field",
        /// A field that must be there is not.
        MissingField => "config-problem-missing-field",
        /// A number where words should be, a list where one thing should be, ….
        WrongType => "config-problem-wrong-type",
        /// `version` is not 1.
        UnsupportedVersion => "config-problem-version",
        /// Empty, or only spaces.
        Empty => "config-problem-empty",
        /// Longer than `MAX_TEXT` characters.
        TooLong => "config-problem-too-long",
        /// Control or direction-changing characters, which could hide or reorder words.
        HiddenCharacters => "config-problem-hidden-characters",
        /// A service `id` not made of lower-case letters, digits and dashes.
        BadId => "config-problem-bad-id",
        /// Two services with the same `id`.
        DuplicateId => "config-problem-duplicate-id",
        /// Not a UK phone number.
        BadPhone => "config-problem-bad-phone",
        /// A web page that is not `https://`.
        NotHttps => "config-problem-not-https",
        /// Not a web address at all.
        BadWebsite => "config-problem-bad-website",
        /// A journey id the app does not have.
        UnknownJourney => "config-problem-unknown-journey",
        /// A kind of contact the app does not have.
        UnknownContact => "config-problem-unknown-contact",
        /// A service `id` that is not in `services`.
        UnknownService => "config-problem-unknown-service",
        /// A language the app does not have.
        UnknownLanguage => "config-problem-unknown-language",
        /// Words per language without `en-GB`.
        MissingEnglish => "config-problem-missing-english",
    }
    /// Fluent message id of the explanation staff see.
    fn message;
}

impl std::fmt::Display for Problem {
    /// For the build log (staff pages show the translated explanation instead).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {:?}", self.field, self.kind)
    }
}
