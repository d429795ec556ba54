//! Where every page lives under its language, in each mode that has it: the one table
//! that `Route::path` writes from and `resolve` reads by. A page in a mode missing here
//! has no path, so no route to it can be made.

use super::*;

/// One part of a path after the language (and the mode's folder).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Part {
    Segment(&'static str),
    /// A guide's id.
    Guide,
}

/// A kind of page, without its guide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Home,
    Journey,
    EasyRead,
    EasyReadList,
    Languages,
    NotFound,
    MakeLink,
    Embed,
}

impl Kind {
    /// Every kind, in the order `read` tries them.
    const ALL: [Kind; 8] = [
        Kind::Home,
        Kind::Journey,
        Kind::EasyRead,
        Kind::EasyReadList,
        Kind::Languages,
        Kind::NotFound,
        Kind::MakeLink,
        Kind::Embed,
    ];

    /// The table: where this kind of page lives, and the modes that have it. Every
    /// kind is in personal mode, so `Route::new` always has a place.
    const fn place(self) -> Place {
        use Part::{Guide, Segment};
        let (parts, modes): (&[Part], &[Mode]) = match self {
            Kind::Home => (&[], EVERY_MODE),
            Kind::Journey => (&[Guide], EVERY_MODE),
            Kind::EasyRead => (&[Guide, Segment(EASY_READ_SEGMENT)], EVERY_MODE),
            // A desk shows one guide at a time, picked from its start page.
            Kind::EasyReadList => (&[Segment(EASY_READ_SEGMENT)], &[Mode::Personal, Mode::Embedded]),
            Kind::Languages => (&[Segment(LANGUAGES_SEGMENT)], EVERY_MODE),
            // In every mode, so a bad link inside a desk screen or a practice's frame keeps it.
            Kind::NotFound => (&[Segment(NOT_FOUND_SEGMENT)], EVERY_MODE),
            // Staff tools are pages of their own, not inside a desk screen or a frame.
            Kind::MakeLink => (&[Segment(MAKE_LINK_SEGMENT)], &[Mode::Personal]),
            Kind::Embed => (&[Segment(EMBED_SEGMENT)], &[Mode::Personal]),
        };
        Place { kind: self, parts, modes }
    }
}

/// Where a kind of page lives: its parts, and the modes that have it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Place {
    kind: Kind,
    pub(super) parts: &'static [Part],
    modes: &'static [Mode],
}

const EVERY_MODE: &[Mode] = &[Mode::Personal, Mode::Desk, Mode::Embedded];

impl Mode {
    /// The folder a mode's pages are in, after the language.
    pub(super) fn folder(self) -> Option<&'static str> {
        match self {
            Mode::Personal => None,
            Mode::Desk => Some(DESK_SEGMENT),
            Mode::Embedded => Some(EMBEDDED_SEGMENT),
        }
    }
}

impl Page {
    /// Where this page lives on the patient's own device (every page has a place there).
    pub(super) fn place(self) -> Place {
        self.kind().place()
    }

    fn kind(self) -> Kind {
        match self {
            Page::Home => Kind::Home,
            Page::Journey(_) => Kind::Journey,
            Page::EasyRead(_) => Kind::EasyRead,
            Page::EasyReadList => Kind::EasyReadList,
            Page::Languages => Kind::Languages,
            Page::NotFound => Kind::NotFound,
            Page::MakeLink => Kind::MakeLink,
            Page::Embed => Kind::Embed,
        }
    }

    /// The guide this page is about, if any.
    pub(super) fn guide(self) -> Option<&'static Journey> {
        match self {
            Page::Journey(journey) | Page::EasyRead(journey) => Some(journey),
            _ => None,
        }
    }
}

/// Where `page` lives in `mode`, if that mode has it.
pub(super) fn place(mode: Mode, page: Page) -> Option<Place> {
    Some(page.kind().place()).filter(|place| place.modes.contains(&mode))
}

/// The page and mode of the segments after a language, if they are a place of the
/// table; otherwise the not-found page, in the mode whose folder they start with.
pub(super) fn read(segments: &[&str]) -> (Mode, Page) {
    let (mode, rest) = match segments {
        [DESK_SEGMENT, rest @ ..] => (Mode::Desk, rest),
        [EMBEDDED_SEGMENT, rest @ ..] => (Mode::Embedded, rest),
        _ => (Mode::Personal, segments),
    };
    let mut places = Kind::ALL.iter().map(|kind| kind.place()).filter(|place| place.modes.contains(&mode));
    (mode, places.find_map(|place| page_at(&place, rest)).unwrap_or(Page::NotFound))
}

/// The page `place` is when its parts are `segments`.
fn page_at(place: &Place, segments: &[&str]) -> Option<Page> {
    if place.parts.len() != segments.len() {
        return None;
    }
    let mut guide = None;
    for (part, segment) in place.parts.iter().zip(segments) {
        match part {
            Part::Segment(expected) if expected == segment => {}
            Part::Guide => guide = Some(journeys::find(segment)?),
            Part::Segment(_) => return None,
        }
    }
    Some(match (place.kind, guide) {
        (Kind::Home, _) => Page::Home,
        (Kind::Journey, Some(journey)) => Page::Journey(journey),
        (Kind::EasyRead, Some(journey)) => Page::EasyRead(journey),
        (Kind::EasyReadList, _) => Page::EasyReadList,
        (Kind::Languages, _) => Page::Languages,
        (Kind::NotFound, _) => Page::NotFound,
        (Kind::MakeLink, _) => Page::MakeLink,
        (Kind::Embed, _) => Page::Embed,
        (Kind::Journey | Kind::EasyRead, None) => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_is_read_once_and_has_a_personal_place() {
        for (index, kind) in Kind::ALL.iter().enumerate() {
            assert!(!Kind::ALL[..index].contains(kind), "{kind:?} is listed twice");
            assert!(kind.place().modes.contains(&Mode::Personal), "{kind:?} has no personal place");
        }
    }
}
