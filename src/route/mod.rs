//! Paths ↔ pages. Locale first: `/<locale>/` and `/<locale>/<journey-id>/`, plus the
//! staff pages `/<locale>/make-link/` and `/<locale>/embed/`, the desk mode under
//! `/<locale>/desk/` and the embedded mode (in a practice's web page) under
//! `/<locale>/embedded/`. Paths here are from the site's root, which may be any folder
//! of a host (`SiteRoot`). The URL fragment is left alone: it is reserved for a
//! patient's own details.

mod place;
mod resolve;
mod site_root;
#[cfg(test)]
mod tests;

pub use resolve::resolve;
pub use site_root::{path_in_site, root_folder, SiteRoot};

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

/// A page in a locale. Made only by the constructors below, which find the page's
/// place in the table of paths (`place.rs`): a route with no path cannot be made.
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
    place: place::Place,
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
    /// A page on the patient's own device: every page has one.
    pub fn new(locale: &'static Locale, page: Page) -> Self {
        let place = page.place();
        Self { locale, page, mode: Mode::Personal, notice: None, with_english: false, place }
    }

    /// A page in `mode`, if that mode has it.
    pub fn in_mode(locale: &'static Locale, page: Page, mode: Mode) -> Option<Self> {
        let place = place::place(mode, page)?;
        Some(Self { mode, place, ..Self::new(locale, page) })
    }

    pub fn desk(locale: &'static Locale, page: Page) -> Option<Self> {
        Self::in_mode(locale, page, Mode::Desk)
    }

    pub fn embedded(locale: &'static Locale, page: Page) -> Option<Self> {
        Self::in_mode(locale, page, Mode::Embedded)
    }

    /// The same page in another language.
    pub fn in_locale(&self, locale: &'static Locale) -> Self {
        Self { locale, notice: None, with_english: self.with_english && locale != &EN_GB, ..*self }
    }

    /// Another page in the same language and mode, or on the patient's own device when
    /// this mode has no such page (the staff tools from a desk screen's footer).
    pub fn to(&self, page: Page) -> Self {
        Self::in_mode(self.locale, page, self.mode).unwrap_or_else(|| Self::new(self.locale, page))
    }

    /// This guide with the English under each part, if it can have it.
    pub fn with_english(&self) -> Option<Self> {
        let can = matches!(self.page, Page::Journey(_)) && self.mode != Mode::Embedded && self.locale != &EN_GB;
        can.then_some(Self { with_english: true, notice: None, ..*self })
    }

    /// This route as its address marked it: not in the language asked for.
    pub fn without_notice(&self) -> Self {
        Self { notice: None, ..*self }
    }

    /// The canonical path of this page: its language, its mode's folder, its place.
    pub fn path(&self) -> String {
        let mut path = format!("/{}/", self.locale.code);
        let guide = self.page.guide().map_or("", |journey| journey.id);
        let parts = self.place.parts.iter().map(|part| match part {
            place::Part::Segment(segment) => segment,
            place::Part::Guide => guide,
        });
        let english = self.with_english.then_some(WITH_ENGLISH_SEGMENT);
        for segment in self.mode.folder().into_iter().chain(parts).chain(english) {
            path.push_str(segment);
            path.push('/');
        }
        path
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

    /// Every page that gets its own `index.html` at build time: each page in each mode
    /// that has it. A language has Easy Read pages for the guides it has Easy Read
    /// words for.
    #[cfg(feature = "ssr")]
    pub fn all() -> impl Iterator<Item = Route> {
        locale::supported().iter().flat_map(|&locale| {
            let guides = journeys::ALL.iter().map(|&journey| Page::Journey(journey));
            let easy_read = journeys::ALL.iter().filter(move |journey| crate::easy_read::has_own(locale, journey)).map(|&journey| Page::EasyRead(journey));
            let easy_list = (easy_read.clone().count() > 0).then_some(Page::EasyReadList);
            let pages = [Page::Home, Page::NotFound, Page::MakeLink, Page::Embed, Page::Languages].into_iter().chain(guides).chain(easy_read).chain(easy_list);
            let routes = pages.flat_map(move |page| [Mode::Personal, Mode::Desk, Mode::Embedded].into_iter().filter_map(move |mode| Route::in_mode(locale, page, mode)));
            routes.flat_map(|route| std::iter::once(route).chain(route.with_english()))
        })
    }
}

pub fn home_path(locale: &Locale) -> String {
    format!("/{}/", locale.code)
}
