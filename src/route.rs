//! Paths ↔ pages. Locale first: `/<locale>/` and `/<locale>/<journey-id>/`, plus the
//! staff pages `/<locale>/make-link/` and `/<locale>/embed/`, the desk mode under
//! `/<locale>/desk/` and the embedded mode (in a practice's web page) under
//! `/<locale>/embedded/`. Paths here are from the site's root, which may be any folder
//! of a host (`SiteRoot`). The URL fragment is left alone: it is reserved for a
//! patient's own details.

use crate::i18n::locale::{self, Locale, EN_GB};
use crate::journeys::{self, Journey};

/// Path segments with a meaning of their own (no journey may use one as its id).
pub const NOT_FOUND_SEGMENT: &str = "not-found";
pub const MAKE_LINK_SEGMENT: &str = "make-link";
pub const DESK_SEGMENT: &str = "desk";
pub const EMBED_SEGMENT: &str = "embed";
pub const EMBEDDED_SEGMENT: &str = "embedded";
pub const LANGUAGES_SEGMENT: &str = "languages";
/// After a guide's path: the same guide with the English under each part.
pub const WITH_ENGLISH_SEGMENT: &str = "with-english";
/// After a guide's path: its Easy Read; alone: the list of Easy Read guides.
pub const EASY_READ_SEGMENT: &str = "easy-read";
pub const RESERVED_SEGMENTS: [&str; 8] =
    [NOT_FOUND_SEGMENT, MAKE_LINK_SEGMENT, DESK_SEGMENT, EMBED_SEGMENT, EMBEDDED_SEGMENT, LANGUAGES_SEGMENT, WITH_ENGLISH_SEGMENT, EASY_READ_SEGMENT];

/// On a languages page (`/<locale>/languages/?page=referral/`): the page, within the
/// site and the mode, that the patient came from, to open in the language they pick.
pub const CAME_FROM_QUERY: &str = "page";

/// The `<meta name>` in a prerendered page that holds the path of the route it shows;
/// the browser goes to the right page when that is not the route of its address.
pub const PRERENDERED_ROUTE_META: &str = "whatnext-route";

/// The `<meta name>` in a prerendered page that holds the way from it to the site's
/// root (`SiteRoot`), so the browser can tell the site's folder on any host.
pub const SITE_ROOT_META: &str = "whatnext-root";

/// What a page shows.
#[derive(Debug, Clone, Copy)]
pub enum Page {
    Home,
    Journey(&'static Journey),
    NotFound,
    /// For staff: make a link, text message and QR code for a patient.
    MakeLink,
    /// For staff: make the snippet that puts the guides in a practice's web page.
    Embed,
    /// Every language by its own name: what the picker on every page links to.
    Languages,
    /// A guide in Easy Read: short sentences, a picture beside every point.
    EasyRead(&'static Journey),
    /// Every guide that has an Easy Read, in Easy Read.
    EasyReadList,
}

/// Journeys are static and unique by id, so two pages are equal when their ids are.
impl PartialEq for Page {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Page::Journey(a), Page::Journey(b)) | (Page::EasyRead(a), Page::EasyRead(b)) => a.id == b.id,
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
    /// Inside a practice's web page (an iframe): no site header or footer links, the
    /// host's accent colour, the frame sized to the content.
    Embedded,
}

/// A page in a locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Route {
    pub locale: &'static Locale,
    pub page: Page,
    pub mode: Mode,
    /// Why the page is not in the language asked for, said in one line.
    pub notice: Option<LanguageNotice>,
    /// A guide in another language with the English under each part, for a
    /// receptionist or relative helping the patient (never in en-GB, never embedded).
    pub with_english: bool,
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
        Self { locale, page, mode: Mode::Personal, notice: None, with_english: false }
    }

    pub fn desk(locale: &'static Locale, page: Page) -> Self {
        Self { mode: Mode::Desk, ..Self::new(locale, page) }
    }

    /// The same page in another language.
    pub fn in_locale(&self, locale: &'static Locale) -> Self {
        Self { locale, notice: None, with_english: self.with_english && locale != &EN_GB, ..*self }
    }

    pub fn embedded(locale: &'static Locale, page: Page) -> Self {
        Self { mode: Mode::Embedded, ..Self::new(locale, page) }
    }

    /// Another page in the same language and mode.
    pub fn to(&self, page: Page) -> Self {
        Self { page, notice: None, with_english: false, ..*self }
    }

    /// This guide with the English under each part, if it can have it.
    pub fn with_english(&self) -> Option<Self> {
        let can = matches!(self.page, Page::Journey(_)) && self.mode != Mode::Embedded && self.locale != &EN_GB;
        can.then_some(Self { with_english: true, notice: None, ..*self })
    }

    /// The canonical path of this page.
    pub fn path(&self) -> String {
        let path = self.path_without_english();
        if self.with_english {
            format!("{path}{WITH_ENGLISH_SEGMENT}/")
        } else {
            path
        }
    }

    fn path_without_english(&self) -> String {
        let code = self.locale.code;
        match (self.mode, self.page) {
            (Mode::Desk, Page::Home) => format!("/{code}/{DESK_SEGMENT}/"),
            (Mode::Desk, Page::Journey(journey)) => format!("/{code}/{DESK_SEGMENT}/{}/", journey.id),
            (Mode::Embedded, Page::Home) => format!("/{code}/{EMBEDDED_SEGMENT}/"),
            (Mode::Embedded, Page::Journey(journey)) => format!("/{code}/{EMBEDDED_SEGMENT}/{}/", journey.id),
            (Mode::Desk, Page::EasyRead(journey)) => format!("/{code}/{DESK_SEGMENT}/{}/{EASY_READ_SEGMENT}/", journey.id),
            (Mode::Embedded, Page::EasyRead(journey)) => format!("/{code}/{EMBEDDED_SEGMENT}/{}/{EASY_READ_SEGMENT}/", journey.id),
            (Mode::Embedded, Page::EasyReadList) => format!("/{code}/{EMBEDDED_SEGMENT}/{EASY_READ_SEGMENT}/"),
            (_, Page::EasyRead(journey)) => format!("/{code}/{}/{EASY_READ_SEGMENT}/", journey.id),
            (_, Page::EasyReadList) => format!("/{code}/{EASY_READ_SEGMENT}/"),
            (Mode::Desk, Page::Languages) => format!("/{code}/{DESK_SEGMENT}/{LANGUAGES_SEGMENT}/"),
            (Mode::Embedded, Page::Languages) => format!("/{code}/{EMBEDDED_SEGMENT}/{LANGUAGES_SEGMENT}/"),
            (_, Page::Languages) => format!("/{code}/{LANGUAGES_SEGMENT}/"),
            (_, Page::Home) => format!("/{code}/"),
            (_, Page::Journey(journey)) => format!("/{code}/{}/", journey.id),
            (_, Page::NotFound) => format!("/{code}/{NOT_FOUND_SEGMENT}/"),
            (_, Page::MakeLink) => format!("/{code}/{MAKE_LINK_SEGMENT}/"),
            (_, Page::Embed) => format!("/{code}/{EMBED_SEGMENT}/"),
        }
    }

    /// This page's path after its language (`referral/`, `desk/referral/`, ``): the
    /// same page in another language is that language's folder and this.
    pub fn within_locale(&self) -> String {
        self.path().trim_start_matches('/').split_once('/').map_or(String::new(), |(_, rest)| rest.to_string())
    }

    /// The languages page for this page: it opens this page in the language picked (an
    /// Easy Read guide, the full guide: not every language has its Easy Read).
    pub fn languages_page(&self) -> String {
        let came_from = match self.page {
            Page::EasyRead(journey) => self.to(Page::Journey(journey)),
            Page::EasyReadList => self.to(Page::Home),
            _ => *self,
        };
        format!("{}?{CAME_FROM_QUERY}={}", self.to(Page::Languages).path(), came_from.within_locale())
    }

    /// How many folders below the site's root this page's file is.
    pub fn depth(&self) -> usize {
        self.path().matches('/').count() - 1
    }

    /// Where the browser should be for this route: its prerendered page, marked when
    /// the language asked for was unknown.
    pub fn destination(&self) -> String {
        match self.notice {
            Some(LanguageNotice::Unknown) => format!("{}{}", self.path(), LanguageNotice::QUERY),
            None => self.path(),
        }
    }

    /// Every page that gets its own `index.html` at build time. A language has Easy Read
    /// pages for the guides it has Easy Read words for.
    #[cfg(feature = "ssr")]
    pub fn all() -> impl Iterator<Item = Route> {
        locale::supported().iter().flat_map(|&locale| {
            let easy = journeys::ALL.iter().filter(move |journey| crate::easy_read::has_own(locale, journey)).map(|&journey| Page::EasyRead(journey));
            let easy_list = (easy.clone().count() > 0).then_some(Page::EasyReadList);
            let easy_read = easy
                .clone()
                .flat_map(move |page| [Route::new(locale, page), Route::desk(locale, page), Route::embedded(locale, page)])
                .chain(easy_list.into_iter().flat_map(move |page| [Route::new(locale, page), Route::embedded(locale, page)]));
            let journeys = journeys::ALL.iter().map(|&journey| Page::Journey(journey));
            let personal = [Page::Home, Page::NotFound, Page::MakeLink, Page::Embed, Page::Languages].into_iter().chain(journeys.clone());
            let guides = [Page::Home, Page::Languages].into_iter().chain(journeys.clone());
            let with_english = journeys.clone().flat_map(move |page| [Route::new(locale, page), Route::desk(locale, page)]).filter_map(|route| route.with_english());
            personal
                .map(move |page| Route::new(locale, page))
                .chain(guides.clone().map(move |page| Route::desk(locale, page)))
                .chain(guides.map(move |page| Route::embedded(locale, page)))
                .chain(with_english)
                .chain(easy_read)
        })
    }
}

pub fn home_path(locale: &Locale) -> String {
    format!("/{}/", locale.code)
}

/// The way from a page's file to the site's root. Relative ("../../") in every
/// prerendered page, so one build works from any folder of any host
/// (`https://practice.example/whatnext/`); absolute ("/whatnext/") in 404.html, which
/// hosts serve at any depth.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SiteRoot(String);

impl SiteRoot {
    /// From the file of `route`'s page.
    pub fn of(route: &Route) -> Self {
        Self::at_depth(route.depth())
    }

    /// From a file this many folders below the root ("./" at the root itself: module
    /// imports need the dot).
    pub fn at_depth(depth: usize) -> Self {
        Self(if depth == 0 { "./".to_string() } else { "../".repeat(depth) })
    }

    /// The root as an absolute path, e.g. "/" or "/whatnext/".
    pub fn absolute(base_path: &str) -> Self {
        match base_path.trim_matches('/') {
            "" => Self("/".to_string()),
            folder => Self(format!("/{folder}/")),
        }
    }

    /// The address of `route`'s page from here.
    pub fn href(&self, route: &Route) -> String {
        self.file(route.path().trim_start_matches('/'))
    }

    /// The address of a file at the site's root from here.
    pub fn file(&self, name: &str) -> String {
        format!("{}{name}", self.0)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The site's root folder in the browser, from the page's path and its `SiteRoot`:
/// ("/whatnext/en-GB/referral/", "../../") → "/whatnext/".
pub fn root_folder(page_path: &str, root: &str) -> String {
    if root.starts_with('/') {
        return root.to_string();
    }
    let mut folder = &page_path[..page_path.rfind('/').map_or(0, |end| end + 1)];
    for _ in 0..root.matches("../").count() {
        folder = folder.trim_end_matches('/');
        folder = &folder[..folder.rfind('/').map_or(0, |end| end + 1)];
    }
    if folder.starts_with('/') { folder.to_string() } else { format!("/{folder}") }
}

/// The path of a page inside the site: ("/whatnext/en-GB/", "/whatnext/") → "/en-GB/".
/// A path outside the root folder is taken as it is.
pub fn path_in_site(page_path: &str, root_folder: &str) -> String {
    match page_path.strip_prefix(root_folder) {
        Some(inside) => format!("/{inside}"),
        None => page_path.to_string(),
    }
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
    fn embedded_pages_and_the_embed_page_have_their_own_paths() {
        assert_eq!(page("/cy/embedded/").mode, Mode::Embedded);
        assert_eq!(page("/cy/embedded/referral/").mode, Mode::Embedded);
        assert_eq!(page("/cy/embedded/nope/").page, Page::NotFound);
        assert_eq!(page("/cy/embed/").page, Page::Embed);
    }

    #[test]
    fn easy_read_pages_have_their_own_paths() {
        let referral = journeys::find("referral").unwrap();
        assert_eq!(page("/en-GB/referral/easy-read/"), Route::new(&EN_GB, Page::EasyRead(referral)));
        assert_eq!(page("/en-GB/desk/referral/easy-read/"), Route::desk(&EN_GB, Page::EasyRead(referral)));
        assert_eq!(page("/en-GB/embedded/referral/easy-read/"), Route::embedded(&EN_GB, Page::EasyRead(referral)));
        assert_eq!(page("/en-GB/easy-read/").page, Page::EasyReadList);
        assert_eq!(page("/en-GB/nope/easy-read/").page, Page::NotFound);
        assert!(Route::all().any(|route| route == Route::new(&EN_GB, Page::EasyRead(referral))), "en-GB has every Easy Read");
    }

    #[test]
    fn links_are_relative_so_the_site_works_in_any_folder() {
        let journey = page("/en-GB/referral/");
        let root = SiteRoot::of(&journey);
        assert_eq!(root.as_str(), "../../");
        assert_eq!(root.href(&journey.to(Page::Home)), "../../en-GB/");
        assert_eq!(SiteRoot::at_depth(0).href(&journey), "./en-GB/referral/");
        assert_eq!(SiteRoot::absolute("whatnext").href(&journey), "/whatnext/en-GB/referral/");
        assert_eq!(SiteRoot::absolute("/").as_str(), "/");
    }

    #[test]
    fn the_browser_finds_the_root_folder_from_any_folder() {
        assert_eq!(root_folder("/whatnext/en-GB/referral/", "../../"), "/whatnext/");
        assert_eq!(root_folder("/whatnext/en-GB/referral/index.html", "../../"), "/whatnext/");
        assert_eq!(root_folder("/en-GB/desk/referral/", "../../../"), "/");
        assert_eq!(root_folder("/whatnext/", "./"), "/whatnext/");
        assert_eq!(root_folder("/a/b/c/d", "/whatnext/"), "/whatnext/");
        assert_eq!(root_folder("/", "../../"), "/");
        assert_eq!(path_in_site("/whatnext/en-GB/referral/", "/whatnext/"), "/en-GB/referral/");
        assert_eq!(path_in_site("/elsewhere/", "/whatnext/"), "/elsewhere/");
    }

    #[test]
    fn journey_without_locale_opens_in_english() {
        let route = page("/referral");
        assert_eq!(route.notice, None);
        assert!(matches!(route.page, Page::Journey(_)));
    }
}
