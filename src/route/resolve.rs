//! A URL path → the page it shows.

use super::*;

/// Reads a URL path (no query, no fragment). Anything unexpected becomes a page
/// that still helps: never an error.
pub fn resolve(path: &str) -> Resolved {
    let segments: Vec<&str> = path
        .split('/')
        .filter(|segment| !segment.is_empty() && *segment != "index.html")
        .collect();
    let Some((&first, rest)) = segments.split_first() else {
        return Resolved::ChooseLocale;
    };
    let (locale, notice, rest) = match locale::find(first) {
        Some(locale) => (locale, None, rest),
        // `/referral/`: a journey without a language.
        None if journeys::find(first).is_some() => (&EN_GB, None, &segments[..]),
        None => (&EN_GB, Some(LanguageNotice::Unknown), rest),
    };
    let journey = |id: &str| journeys::find(id).map_or(Page::NotFound, Page::Journey);
    let easy_read = |mode, id: &str| journeys::find(id).map_or((Mode::Personal, Page::NotFound), |journey| (mode, Page::EasyRead(journey)));
    // `…/<journey>/with-english/`: that guide with the English under it.
    let (rest, with_english) = match rest {
        [before @ .., WITH_ENGLISH_SEGMENT] if !before.is_empty() => (before, true),
        _ => (rest, false),
    };
    let (mode, page) = match rest {
        [] => (Mode::Personal, Page::Home),
        [DESK_SEGMENT] => (Mode::Desk, Page::Home),
        [DESK_SEGMENT, LANGUAGES_SEGMENT] => (Mode::Desk, Page::Languages),
        [EMBEDDED_SEGMENT, LANGUAGES_SEGMENT] => (Mode::Embedded, Page::Languages),
        [LANGUAGES_SEGMENT] => (Mode::Personal, Page::Languages),
        [EASY_READ_SEGMENT] => (Mode::Personal, Page::EasyReadList),
        [EMBEDDED_SEGMENT, EASY_READ_SEGMENT] => (Mode::Embedded, Page::EasyReadList),
        [DESK_SEGMENT, id, EASY_READ_SEGMENT] => easy_read(Mode::Desk, id),
        [EMBEDDED_SEGMENT, id, EASY_READ_SEGMENT] => easy_read(Mode::Embedded, id),
        [id, EASY_READ_SEGMENT] => easy_read(Mode::Personal, id),
        [DESK_SEGMENT, id] => match journey(id) {
            Page::NotFound => (Mode::Personal, Page::NotFound),
            page => (Mode::Desk, page),
        },
        [EMBEDDED_SEGMENT] => (Mode::Embedded, Page::Home),
        [EMBEDDED_SEGMENT, id] => match journey(id) {
            Page::NotFound => (Mode::Personal, Page::NotFound),
            page => (Mode::Embedded, page),
        },
        [MAKE_LINK_SEGMENT] => (Mode::Personal, Page::MakeLink),
        [EMBED_SEGMENT] => (Mode::Personal, Page::Embed),
        [id] => (Mode::Personal, journey(id)),
        _ => (Mode::Personal, Page::NotFound),
    };
    let route = Route { locale, page, mode, notice, with_english: false };
    Resolved::Page(if with_english { route.with_english().unwrap_or(route) } else { route })
}
