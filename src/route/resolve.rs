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
    // `…/<journey>/with-english/`: that guide with the English under it.
    let (rest, with_english) = match rest {
        [before @ .., WITH_ENGLISH_SEGMENT] if !before.is_empty() => (before, true),
        _ => (rest, false),
    };
    let (mode, page) = place::read(rest);
    let route = Route { notice, ..Route::in_mode(locale, page, mode).unwrap_or_else(|| Route::new(locale, page)) };
    Resolved::Page(if with_english { route.with_english().unwrap_or(route) } else { route })
}
