//! The pictures beside Easy Read points and in each guide's overview: one drawing per
//! [`Picture`] in `public/pictures/<key>.svg`, built into the site step (a missing
//! drawing stops the compile) and published under a hashed name shared by every page
//! (fetched once, kept for ever). Their words (alt text) are `easy-picture-<key>`.

use crate::journeys::{Audience, Responsible};

/// Declares the pictures once: each variant beside its key (file name and the name
/// an Easy Read point uses for it in the locale files).
macro_rules! pictures {
    ($($variant:ident => $key:literal,)*) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Picture { $($variant,)* }

        impl Picture {
            pub const ALL: &'static [Picture] = &[$(Picture::$variant,)*];

            pub fn key(self) -> &'static str {
                match self { $(Picture::$variant => $key,)* }
            }

            /// The drawing (SVG).
            pub fn drawing(self) -> &'static [u8] {
                match self { $(Picture::$variant => include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/public/pictures/", $key, ".svg")),)* }
            }
        }
    };
}

pictures! {
    Gp => "gp",
    Hospital => "hospital",
    You => "you",
    Parent => "parent",
    YoungPerson => "young-person",
    Pharmacy => "pharmacy",
    Nhs111 => "nhs-111",
    MentalHealth => "mental-health",
    PrivateClinic => "private-clinic",
    Person => "person",
    Phone => "phone",
    Letter => "letter",
    TextMessage => "text-message",
    Online => "online",
    Calendar => "calendar",
    Clock => "clock",
    Medicine => "medicine",
    Test => "test",
    Results => "results",
    FitNote => "fit-note",
    Emergency => "emergency",
    Interpreter => "interpreter",
    Help => "help",
    Home => "home",
    Talk => "talk",
    Bed => "bed",
    Money => "money",
}

impl Picture {
    /// An Easy Read point's name in the locale files: the picture's key, with `-2`,
    /// `-3`… when a message uses the same picture again.
    pub fn of_point(name: &str) -> Option<Picture> {
        let key = match name.rsplit_once('-') {
            Some((key, again)) if matches!(again, "2" | "3" | "4" | "5") => key,
            _ => name,
        };
        Self::ALL.iter().copied().find(|picture| picture.key() == key)
    }

    /// The message with this picture's alt text.
    pub fn alt_message(self) -> String {
        format!("{}picture-{}", super::MESSAGE_PREFIX, self.key())
    }

    /// Its file at the site's root, named by its content.
    pub fn file_name(self) -> String {
        format!("picture-{}-{}.svg", self.key(), crate::site::content_hash(self.drawing()))
    }

    /// Whoever does a step, as a picture: the reader is "you", or a parent with their
    /// child, or a young person.
    pub fn of_who(who: Responsible, audience: Audience) -> Picture {
        match (who, audience) {
            (Responsible::GpPractice, _) => Picture::Gp,
            (Responsible::HospitalTeam, _) => Picture::Hospital,
            (Responsible::PatientOrParent, Audience::Patient) => Picture::You,
            (Responsible::PatientOrParent, Audience::Parent) => Picture::Parent,
            (Responsible::PatientOrParent, Audience::YoungPerson) => Picture::YoungPerson,
            (Responsible::Pharmacy, _) => Picture::Pharmacy,
            (Responsible::Nhs111, _) => Picture::Nhs111,
            (Responsible::MentalHealthTeam, _) => Picture::MentalHealth,
            (Responsible::PrivateClinic, _) => Picture::PrivateClinic,
            (Responsible::Other, _) => Picture::Person,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_point_names_its_picture_and_may_use_it_again() {
        assert_eq!(Picture::of_point("gp"), Some(Picture::Gp));
        assert_eq!(Picture::of_point("phone-2"), Some(Picture::Phone));
        assert_eq!(Picture::of_point("nhs-111"), Some(Picture::Nhs111), "111 is part of the key, not a repeat");
        assert_eq!(Picture::of_point("if-not"), None);
        assert_eq!(Picture::of_point("title"), None);
    }

    #[test]
    fn keys_are_unique() {
        let mut keys: Vec<_> = Picture::ALL.iter().map(|picture| picture.key()).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), Picture::ALL.len());
    }
}
