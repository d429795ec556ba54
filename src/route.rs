//! Paths ↔ pages. Locale first: `/<locale>/` and `/<locale>/<journey-id>/`, plus the
//! staff pages `/<locale>/make-link/` and the desk mode under `/<locale>/desk/`.
//! The URL fragment is left alone: it is reserved for a patient's own details.

use crate::i18n::locale::{self, Locale, EN_GB};
use crate::journeys::{self, Journey};

/// Path segments with a meaning of their own (no journey may use one as its id).
pub const NOT_FOUND_SEGMENT: &str = "not-found";
pub const MAKE_LINK_SEGMENT: &str = "make-link";
pub const DESK_SEGMENT: &str = "desk";
pub const RESERVED_SEGMENTS: [&str; 3] = [NOT_FOUND_SEGMENT, MAKE_LINK_SEGMENT, DESK_SEGMENT];

/// The `<meta name>` in a prerendered page that holds the path of the route it shows;
/// the browser goes to the right page when that is not the route of its address.
pub const PRERENDERED_ROUTE_META: &str = "whatnext-route";

/// What a page shows.
#[derive(Debug, Clone, Copy)]
pub enum Page {
    Home,
    Journey(&'static Journey),
    NotFound,
    /// For staff: make a link, text message and QR code for a patient.
    MakeLink,
}

/// Journeys are static and unique by id, so two pages are equal when their ids are.
impl PartialEq for Page {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Page::Journey(a), Page::Journey(b)) => a.id == b.id,
            _ => std::mem::discriminant(self) == std::mem::discriminant(other),
        }
    }
}

impl Eq for Page {}

/// How the page is being used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// On the patient's own phone or computer.
    Personal,
    /// On a reception desk screen turned to the patient: large type, language grid
    /// first, a QR code to take the page home, back to the start when left alone.
    Desk,
}

/// A page in a locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Route {
    pub locale: &'static Locale,
    pub page: Page,
    pub mode: Mode,
    /// Why the page is not in the language asked for, said in one line.
    pub notice: Option<LanguageNotice>,
}

/// Why a page shows English instead of the language asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LanguageNotice {
    /// The path named a language we do not have.
    Unknown,
}

impl LanguageNotice {
    /// Marks the English page the browser is sent to, so it can say why.
    pub const QUERY: &'static str = "?unknown-language";
}

/// Where a path leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolved {
    /// `/`: pick a language from the browser, then go there.
    ChooseLocale,
    Page(Route),
}

impl Route {
    pub fn new(locale: &'static Locale, page: Page) -> Self {
        Self { locale, page, mode: Mode::Personal, notice: None }
    }

    pub fn desk(locale: &'static Locale, page: Page) -> Self {
        Self { mode: Mode::Desk, ..Self::new(locale, page) }
    }

    /// The same page in another language.
    pub fn in_locale(&self, locale: &'static Locale) -> Self {
        Self { locale, notice: None, ..*self }
    }

    /// Another page in the same language and mode.
    pub fn to(&self, page: Page) -> Self {
        Self { page, notice: None, ..*self }
    }

    /// The canonical path of this page.
    pub fn path(&self) -> String {
        let code = self.locale.code;
        match (self.mode, self.page) {
            (Mode::Desk, Page::Home) => format!("/{code}/{DESK_SEGMENT}/"),
            (Mode::Desk, Page::Journey(journey)) => format!("/{code}/{DESK_SEGMENT}/{}/", journey.id),
            (_, Page::Home) => format!("/{code}/"),
            (_, Page::Journey(journey)) => format!("/{code}/{}/", journey.id),
            (_, Page::NotFound) => format!("/{code}/{NOT_FOUND_SEGMENT}/"),
            (_, Page::MakeLink) => format!("/{code}/{MAKE_LINK_SEGMENT}/"),
        }
    }

    /// Where the browser should be for this route: its prerendered page, marked when
    /// the language asked for was unknown.
    pub fn destination(&self) -> String {
        match self.notice {
            Some(LanguageNotice::Unknown) => format!("{}{}", self.path(), LanguageNotice::QUERY),
            None => self.path(),
        }
    }

    /// Every page that gets its own `index.html` at build time.
    pub fn all() -> impl Iterator<Item = Route> {
        locale::SUPPORTED.iter().flat_map(|&locale| {
            let journeys = journeys::ALL.iter().map(|&journey| Page::Journey(journey));
            let personal = [Page::Home, Page::NotFound, Page::MakeLink].into_iter().chain(journeys.clone());
            let desk = std::iter::once(Page::Home).chain(journeys);
            personal.map(move |page| Route::new(locale, page)).chain(desk.map(move |page| Route::desk(locale, page)))
        })
    }
}

pub fn home_path(locale: &Locale) -> String {
    format!("/{}/", locale.code)
}

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
    let (mode, page) = match rest {
        [] => (Mode::Personal, Page::Home),
        [DESK_SEGMENT] => (Mode::Desk, Page::Home),
        [DESK_SEGMENT, id] => match journey(id) {
            Page::NotFound => (Mode::Personal, Page::NotFound),
            page => (Mode::Desk, page),
        },
        [MAKE_LINK_SEGMENT] => (Mode::Personal, Page::MakeLink),
        [id] => (Mode::Personal, journey(id)),
        _ => (Mode::Personal, Page::NotFound),
    };
    Resolved::Page(Route { locale, page, mode, notice })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(path: &str) -> Route {
        match resolve(path) {
            Resolved::Page(route) => route,
            Resolved::ChooseLocale => panic!("{path} should be a page"),
        }
    }

    #[test]
    fn root_asks_the_browser() {
        assert_eq!(resolve("/"), Resolved::ChooseLocale);
        assert_eq!(resolve(""), Resolved::ChooseLocale);
        assert_eq!(resolve("/index.html"), Resolved::ChooseLocale);
    }

    #[test]
    fn every_route_resolves_to_itself() {
        for route in Route::all() {
            assert_eq!(page(&route.path()), route, "{}", route.path());
            assert_eq!(page(&format!("{}index.html", route.path())), route);
        }
    }

    #[test]
    fn unknown_locale_falls_back_to_english_and_says_so() {
        let route = page("/xx-YY/referral/");
        assert_eq!(route.locale, &EN_GB);
        assert_eq!(route.notice, Some(LanguageNotice::Unknown));
        assert!(matches!(route.page, Page::Journey(journey) if journey.id == "referral"));
    }

    #[test]
    fn unknown_journey_is_not_found() {
        assert_eq!(page("/en-GB/no-such-guide/").page, Page::NotFound);
        assert_eq!(page("/en-GB/referral/extra/").page, Page::NotFound);
        assert_eq!(page("/en-GB/%3Cscript%3E/").page, Page::NotFound);
    }

    #[test]
    fn desk_and_staff_pages_have_their_own_paths() {
        assert_eq!(page("/pl/desk/").mode, Mode::Desk);
        assert_eq!(page("/pl/desk/referral/").mode, Mode::Desk);
        assert_eq!(page("/pl/desk/nope/"), Route::new(locale::find("pl").unwrap(), Page::NotFound));
        assert_eq!(page("/en-GB/make-link/").page, Page::MakeLink);
        for journey in journeys::ALL {
            assert!(!RESERVED_SEGMENTS.contains(&journey.id), "{} is a reserved path segment", journey.id);
        }
    }

    #[test]
    fn journey_without_locale_opens_in_english() {
        let route = page("/referral");
        assert_eq!(route.notice, None);
        assert!(matches!(route.page, Page::Journey(_)));
    }
}
