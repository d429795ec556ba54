//! The site step: from the two Wasm builds, the stylesheets and the words, writes the
//! whole static site. Every route is prerendered natively with the same components the
//! browser hydrates, so the words show before any script runs and deep links from a
//! text message open on any static host:
//!
//! - the assets, named by their content (`assets`);
//! - `<locale>/…/index.html` for every route, `index.html` (`/`, which sends the
//!   browser on to its language) and `404.html`, each a [`Document`] with the loader
//!   of its bundle (`loader.js`) and a Content-Security-Policy naming its hash;
//! - `sw.js`, the service worker for this release;
//! - `local.json`, the area's contact details, if it has them (src/local_config);
//!   a file with problems stops the build, naming each field;
//! - the hosting headers: `_headers` and an nginx server block (`hosting`).
//!
//! Every link and asset address is relative, so the site works from any folder of a
//! host; only 404.html, which hosts serve at any depth, uses the absolute base path.

mod assets;
mod csp;
mod document;
mod hosting;
mod loader;
mod service_worker;
mod words;

pub use assets::{content_hash, AssetName, Assets, Bundle, Inputs};
pub use csp::{ContentSecurityPolicy, FrameAncestors, ScriptHash};
pub use document::Document;
pub use hosting::{Hosting, HEADERS_FILE, NGINX_FILE};
pub use loader::Loader;

use std::{fs, io, path::Path, path::PathBuf};

use crate::i18n::locale::{EN_GB, SUPPORTED};
use crate::i18n::{self, I18n, Locale};
use crate::translations::reviews::REVIEWS_FILE;
use crate::translations::{Catalogue, PageReview};
use crate::local_config::{self, AreaContacts};
use crate::route::{Mode, Page, Route, SiteRoot};
use crate::search::SearchWords;
use crate::{page_description, page_title, render_body};

/// Where the words come from.
pub enum Words {
    /// As compiled into this program (the release build).
    BuiltIn,
    /// As they are in this `locales/` folder now (the quick loop: no compiling).
    FromDisk(PathBuf),
}

/// One language's words: its own text, en-GB's behind it, and its reviews file.
struct LocaleWords {
    own: String,
    english: String,
    reviews: Option<String>,
}

impl Words {
    fn for_locale(&self, locale: &'static Locale) -> io::Result<LocaleWords> {
        match self {
            Self::BuiltIn => Ok(LocaleWords {
                own: i18n::built_in_text(locale).to_string(),
                english: i18n::built_in_text(&EN_GB).to_string(),
                reviews: i18n::built_in_reviews(locale).map(String::from),
            }),
            Self::FromDisk(folder) => {
                let joined = |code: &str| i18n::folder::joined_text(&folder.join(code));
                let reviews = fs::read_to_string(folder.join(locale.code).join(REVIEWS_FILE)).ok();
                Ok(LocaleWords { own: joined(locale.code)?, english: joined(EN_GB.code)?, reviews })
            }
        }
    }
}

impl LocaleWords {
    fn i18n(&self, locale: &'static Locale) -> I18n {
        I18n::with_english(locale, &self.own, &self.english)
    }

    /// For a translation, which messages are checked; an error naming each record
    /// that cannot be trusted stops the build.
    fn catalogue(&self, locale: &'static Locale) -> Result<Option<Catalogue<'_>>, String> {
        if locale == &EN_GB {
            return Ok(None);
        }
        Catalogue::new(&self.english, &self.own, self.reviews.as_deref()).map(Some).map_err(|problems| {
            let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
            format!("locales/{}/{REVIEWS_FILE} cannot be trusted (`./run translations`):\n  {}", locale.code, list.join("\n  "))
        })
    }
}

pub struct Options {
    pub words: Words,
    /// The folder the site is served from (`/`, `/whatnext/`): only 404.html and the
    /// hosting headers need it.
    pub base_path: String,
    /// The area's contact details (`public/local.json`), if it has a file.
    pub local_config: PathBuf,
    /// Where the nginx server block goes ([`NGINX_FILE`] for the real build).
    pub nginx_file: PathBuf,
    /// Render only these languages' pages (the quick loop after a word change); all
    /// when empty. Assets, the service worker and the headers are always written.
    pub only: Vec<&'static Locale>,
}

/// What the step did.
pub struct Built {
    pub pages: usize,
    /// Lines for the build's output: local contact details, words shown in English.
    pub notes: Vec<String>,
}

/// Writes the site into `site`. A full build (no `only`) starts from an empty folder.
pub fn build(inputs: &Inputs, site: &Path, options: &Options) -> Result<Built, String> {
    let failed = |error: io::Error| error.to_string();
    if options.only.is_empty() && site.exists() {
        fs::remove_dir_all(site).map_err(failed)?;
    }
    fs::create_dir_all(site).map_err(failed)?;
    let mut notes = Vec::new();
    let area = area_contacts(&options.local_config, site, &mut notes)?;
    let assets = Assets::publish(inputs, site).map_err(failed)?;
    let (patients, staff) = (Loader::for_bundle(&assets.patients), Loader::for_bundle(&assets.staff));
    let mut pages = Pages { site, area: &area, assets: &assets, patients: &patients, staff: &staff, report: words::WordReport::default(), count: 0 };

    let mut search_files = Vec::new();
    for &locale in SUPPORTED {
        let words = options.words.for_locale(locale).map_err(failed)?;
        let (i18n, catalogue) = (words.i18n(locale), words.catalogue(locale)?);
        let search = SearchWords::of(&i18n);
        fs::write(site.join(&search.file_name), &search.text).map_err(failed)?;
        search_files.push(search.file_name);
        if options.only.is_empty() || options.only.contains(&locale) {
            for route in Route::all().filter(|route| route.locale == locale) {
                pages.write(route, SiteRoot::of(&route), &i18n, catalogue.as_ref()).map_err(failed)?;
            }
        }
    }
    // `/` (the browser goes on to its language; without JavaScript, English) and the
    // page static hosts serve for unknown paths (the browser goes on to the right one).
    if options.only.is_empty() || options.only.contains(&&EN_GB) {
        let english = options.words.for_locale(&EN_GB).map_err(failed)?.i18n(&EN_GB);
        pages.write_as("index.html", Route::new(&EN_GB, Page::Home), SiteRoot::at_depth(0), &english, None).map_err(failed)?;
        pages.write_as("404.html", Route::new(&EN_GB, Page::NotFound), SiteRoot::absolute(&options.base_path), &english, None).map_err(failed)?;
    }
    fs::write(site.join("sw.js"), service_worker::script(&assets)).map_err(failed)?;

    let policy = ContentSecurityPolicy::allowing([patients.hash(), staff.hash()]);
    let frames = area.as_ref().filter(|area| !area.embedded_by.is_empty()).map_or(FrameAncestors::AnySecureSite, |area| FrameAncestors::Only(area.embedded_by.clone()));
    let base_path = SiteRoot::absolute(&options.base_path);
    let hashed_files = assets.hashed().chain(search_files).collect();
    let hosting = Hosting { policy: &policy, frames: &frames, base_path: base_path.as_str(), hashed_files };
    fs::write(site.join(HEADERS_FILE), hosting.headers_file()).map_err(failed)?;
    fs::create_dir_all(options.nginx_file.parent().unwrap_or(Path::new("."))).map_err(failed)?;
    let site_dir = fs::canonicalize(site).map_err(failed)?;
    fs::write(&options.nginx_file, hosting.nginx_server(&site_dir)).map_err(failed)?;

    let count = pages.count;
    notes.extend(pages.report.finish()?);
    Ok(Built { pages: count, notes })
}

/// Writes pages, noting what their words lacked.
struct Pages<'a> {
    site: &'a Path,
    area: &'a Option<AreaContacts>,
    assets: &'a Assets,
    patients: &'a Loader,
    staff: &'a Loader,
    report: words::WordReport,
    count: usize,
}

impl Pages<'_> {
    fn write(&mut self, route: Route, root: SiteRoot, i18n: &I18n, catalogue: Option<&Catalogue>) -> io::Result<()> {
        let folder = self.site.join(route.path().trim_start_matches('/'));
        fs::create_dir_all(&folder)?;
        let file = folder.join("index.html");
        let name = file.strip_prefix(self.site).unwrap_or(&file).display().to_string();
        self.write_as(&name, route, root, i18n, catalogue)
    }

    /// `catalogue`: for a translation, which of its messages are checked.
    fn write_as(&mut self, file: &str, route: Route, root: SiteRoot, i18n: &I18n, catalogue: Option<&Catalogue>) -> io::Result<()> {
        let (bundle, loader) = if loads_staff_tools(route) { (&self.assets.staff, self.staff) } else { (&self.assets.patients, self.patients) };
        let (title, description) = (page_title(&route, i18n), page_description(&route, i18n));
        let render = |review| render_body(route, i18n, root.clone(), self.area.clone(), review);
        let body = match catalogue {
            None => render(PageReview::Source),
            Some(catalogue) => {
                // Drafted first; said to be checked only if every word on the page,
                // the "checked" notice's own included, has a current review.
                let draft = render(PageReview::Draft);
                let mut used = i18n.take_used();
                match catalogue.page_review(&used) {
                    PageReview::Checked(date) => {
                        let checked = render(PageReview::Checked(date));
                        used.extend(i18n.take_used());
                        if catalogue.page_review(&used) == PageReview::Checked(date) { checked } else { draft }
                    }
                    PageReview::Draft | PageReview::Source => draft,
                }
            }
        };
        i18n.take_used();
        // A guide with English is for reading together: no Wasm, so it stays light.
        let loader = (!route.with_english).then_some(loader);
        // Pages whose browser code reads paths or language codes: `/`, the not-found and
        // languages pages, and the staff tools (the local config names languages).
        let lists_languages = matches!(route.page, Page::NotFound | Page::Languages | Page::MakeLink | Page::Embed) || file == "index.html";
        let document = Document { locale: route.locale, title, description, route_path: route.path(), root: &root, bundle, loader, lists_languages, body };
        fs::write(self.site.join(file), document.render())?;
        self.report.add(&format!("/{file}"), i18n);
        self.count += 1;
        Ok(())
    }
}

/// Pages whose islands are in the staff Wasm: the staff tools, and desk pages, which
/// run on a practice's screen (their timer is staff code), not on a patient's phone.
fn loads_staff_tools(route: Route) -> bool {
    matches!(route.page, Page::MakeLink | Page::Embed) || route.mode == Mode::Desk
}

/// The area's contact details, copied into the site for the staff tools. None without a
/// file; an error naming every problem field if it has any.
fn area_contacts(source: &Path, site: &Path, notes: &mut Vec<String>) -> Result<Option<AreaContacts>, String> {
    let Ok(json) = fs::read_to_string(source) else { return Ok(None) };
    match local_config::check(&json) {
        Ok(area) => {
            fs::write(site.join(local_config::SITE_FILE), json).map_err(|error| error.to_string())?;
            notes.push(format!("local contact details for {} ({} services) from {}", area.area, area.services.len(), source.display()));
            Ok(Some(area))
        }
        Err(problems) => {
            let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
            Err(format!("{} has problems (see docs/for-areas.md):\n  {}", source.display(), list.join("\n  ")))
        }
    }
}
