//! Build step, run by Trunk's post_build hook after the Wasm build. Prerenders every
//! route natively with the same components the browser hydrates, so the words show
//! before any script runs and deep links from a text message open on any static host:
//!
//! - `<locale>/index.html` and `<locale>/<journey>/index.html` for every locale and journey,
//!   with the right `lang`, `dir`, `<title>` and description;
//! - `index.html` (`/`, which sends the browser on to its language) and `404.html`;
//! - `sw.js`, the service worker for this release (src/service_worker.js);
//! - `local.json`, the area's contact details, if it has them (src/local_config), which
//!   the pages' steps show; a file with problems stops the build, naming each field.
//!
//! Every link and asset address is relative, so the site works from any folder of a
//! host; only 404.html, which hosts serve at any depth, uses the absolute base path
//! (`WHATNEXT_BASE_PATH`, default `/`).
//!
//! The staff pages load the staff Wasm (link maker, embed maker, local config check),
//! built first into its own folder; its JS, Wasm and CSS are copied into dist.
//!
//! Usage: site <dist dir> <staff dist dir>

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::{env, fs, io, path::Path, path::PathBuf, process::ExitCode};

use whatnext::browser::PANIC_NOTICE_ID;
use whatnext::i18n::locale::{EN_GB, SUPPORTED};
use whatnext::i18n::{self, I18n, WordProblem};
use whatnext::local_config::{self, AreaContacts};
use whatnext::route::{Page, Route, SiteRoot, PRERENDERED_ROUTE_META, SITE_ROOT_META};
use whatnext::search::SearchWords;
use whatnext::{page_description, page_title, render_body};


fn main() -> ExitCode {
    let (Some(dist), Some(staff_dist)) = (env::args().nth(1).map(PathBuf::from), env::args().nth(2).map(PathBuf::from)) else {
        eprintln!("usage: site <dist dir> <staff dist dir>");
        return ExitCode::FAILURE;
    };
    match build(&dist, &staff_dist) {
        Ok(pages) => {
            println!("site: prerendered {pages} pages in {} languages", SUPPORTED.len());
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("site: {error}");
            ExitCode::FAILURE
        }
    }
}

fn build(dist: &Path, staff_dist: &Path) -> io::Result<usize> {
    let area = area_contacts(dist)?;
    let mut patients_shell = Shell::new(&fs::read_to_string(dist.join("index.html"))?);
    let mut staff_shell = Shell::new(&fs::read_to_string(staff_dist.join("index.html"))?);
    for entry in fs::read_dir(staff_dist)? {
        let path = entry?.path();
        if path.extension().is_some_and(|ext| ext == "js" || ext == "wasm" || ext == "css") {
            fs::copy(&path, dist.join(path.file_name().unwrap_or_default()))?;
        }
    }
    let mut pages = 0;
    let mut words = WordReport::default();
    for &locale in SUPPORTED {
        let i18n = i18n::for_locale(locale);
        let search_words = SearchWords::of(&i18n);
        fs::write(dist.join(&search_words.file_name), &search_words.text)?;
        for route in Route::all().filter(|route| route.locale == locale) {
            let dir = dist.join(route.path().trim_start_matches('/'));
            fs::create_dir_all(&dir)?;
            let shell = if uses_staff_tools(route) { &mut staff_shell } else { &mut patients_shell };
            fs::write(dir.join("index.html"), page(shell, route, SiteRoot::of(&route), &i18n, &area))?;
            words.add(&route.path(), &i18n);
            pages += 1;
        }
    }
    // `/` (the browser goes on to its language; without JavaScript, English) and the
    // page static hosts serve for unknown paths (the browser goes on to the right one).
    let english = I18n::en_gb();
    let base_path = SiteRoot::absolute(&env::var("WHATNEXT_BASE_PATH").unwrap_or_default());
    let (home, not_found) = (Route::new(&EN_GB, Page::Home), Route::new(&EN_GB, Page::NotFound));
    fs::write(dist.join("index.html"), page(&mut patients_shell, home, SiteRoot::at_depth(0), &english, &area))?;
    words.add("/", &english);
    fs::write(dist.join("404.html"), page(&mut patients_shell, not_found, base_path, &english, &area))?;
    words.add("/404.html", &english);
    fs::write(dist.join("sw.js"), service_worker(dist)?)?;
    words.finish()?;
    Ok(pages + 2)
}

/// What the pages' words lacked: a word missing everywhere or rendering empty stops the
/// build, naming the page and the message; a word shown in English on another
/// language's page is listed.
#[derive(Default)]
struct WordReport {
    blanks: Vec<String>,
    in_english: BTreeMap<&'static str, BTreeSet<String>>,
}

impl WordReport {
    fn add(&mut self, page: &str, i18n: &I18n) {
        for problem in i18n.take_problems() {
            match problem {
                WordProblem::ShownInEnglish(id) => {
                    self.in_english.entry(i18n.locale().code).or_default().insert(id);
                }
                WordProblem::Missing(id) => self.blanks.push(format!("{page}: {id} is missing from en-GB")),
                WordProblem::Empty(id) => self.blanks.push(format!("{page}: {id} renders empty")),
            }
        }
    }

    fn finish(self) -> io::Result<()> {
        for (code, ids) in &self.in_english {
            let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
            println!("site: {code} shows {} messages in English: {}", ids.len(), ids.join(", "));
        }
        if self.blanks.is_empty() {
            return Ok(());
        }
        Err(io::Error::other(format!("pages would show blank words:\n  {}", self.blanks.join("\n  "))))
    }
}

/// The area's contact details from `public/local.json` (or `WHATNEXT_LOCAL_CONFIG`),
/// copied into the site for the staff tools. None without a file; an error naming
/// every problem field if it has any.
fn area_contacts(dist: &Path) -> io::Result<Option<AreaContacts>> {
    let source = env::var("WHATNEXT_LOCAL_CONFIG").unwrap_or_else(|_| local_config::SOURCE_PATH.to_string());
    let Ok(json) = fs::read_to_string(&source) else { return Ok(None) };
    match local_config::check(&json) {
        Ok(area) => {
            fs::write(dist.join(local_config::SITE_FILE), json)?;
            println!("site: local contact details for {} ({} services) from {source}", area.area, area.services.len());
            Ok(Some(area))
        }
        Err(problems) => {
            let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
            Err(io::Error::other(format!("{source} has problems (see README, \"Local contact details\"):\n  {}", list.join("\n  "))))
        }
    }
}

/// Trunk's `index.html` with the words first (no preloads, the Wasm after the first
/// paint, the icon inline), its addresses made relative to a page's folder, each variant
/// with its own Content-Security-Policy (the loader's hash changes with its addresses).
struct Shell {
    trunk_html: String,
    by_root: HashMap<SiteRoot, String>,
}

impl Shell {
    fn new(trunk_html: &str) -> Self {
        Self { trunk_html: with_inline_icon(&wasm_after_load(&without_preloads(trunk_html))), by_root: HashMap::new() }
    }

    fn for_root(&mut self, root: &SiteRoot) -> &str {
        self.by_root.entry(root.clone()).or_insert_with(|| {
            let relative = self
                .trunk_html
                .replace("href=\"/", &format!("href=\"{}", root.as_str()))
                .replace("import('/", &format!("import('{}", root.as_str()))
                .replace("module_or_path: '/", &format!("module_or_path: '{}", root.as_str()));
            with_content_security_policy(&relative)
        })
    }
}

/// The shell with the route's language, title and prerendered body.
fn page(shell: &mut Shell, route: Route, root: SiteRoot, i18n: &I18n, area: &Option<AreaContacts>) -> String {
    let head = format!(
        "<title>{}</title>\n  <meta name=\"description\" content=\"{}\">\n  <meta name=\"{PRERENDERED_ROUTE_META}\" content=\"{}\">\n  <meta name=\"{SITE_ROOT_META}\" content=\"{}\">",
        escape(&page_title(&route, i18n)),
        escape(&page_description(&route, i18n)),
        escape(&route.path()),
        escape(root.as_str()),
    );
    let shell = shell.for_root(&root).to_string();
    let body = render_body(route, i18n, root, area.clone());
    shell
        .replacen(
            "<html lang=\"en-GB\" dir=\"ltr\">",
            &format!("<html lang=\"{}\" dir=\"{}\">", route.locale.code, route.locale.direction.as_str()),
            1,
        )
        .replacen("<title>What next?</title>", &head, 1)
        .replacen("<body>", &format!("<body>{body}"), 1)
}

/// Pages whose islands are in the staff Wasm.
fn uses_staff_tools(route: Route) -> bool {
    matches!(route.page, Page::MakeLink | Page::Embed)
}

/// The app's icon, written into each page as a `data:` address: a separate file would
/// be one more request on a slow connection before the words show. (The manifest
/// still names `icon.svg` for the home screen.)
fn with_inline_icon(shell: &str) -> String {
    let svg = include_str!("../../public/icon.svg").trim();
    // Quotes as `'` (SVG allows either), so only a few characters need percent-encoding:
    // those a URL may not hold, and `#`, which would start a fragment.
    let mut encoded = String::with_capacity(svg.len() * 2);
    for character in svg.replace('"', "'").chars() {
        match character {
            ' ' | '#' | '%' | '<' | '>' => encoded.push_str(&format!("%{:02X}", u32::from(character))),
            other => encoded.push(other),
        }
    }
    shell.replacen("<title>", &format!("<link rel=\"icon\" href=\"data:image/svg+xml,{encoded}\">\n  <title>"), 1)
}

/// Drops Trunk's `<link rel="preload">` of the Wasm and `modulepreload` of its JS: on a
/// slow connection they compete with the page's own words, which need neither (the
/// loader still fetches both, after the HTML and CSS).
fn without_preloads(shell: &str) -> String {
    let mut out = String::with_capacity(shell.len());
    let mut rest = shell;
    while let Some(start) = rest.find("<link rel=\"") {
        let (before, tag_and_rest) = rest.split_at(start);
        out.push_str(before);
        let end = tag_and_rest.find('>').map_or(tag_and_rest.len(), |end| end + 1);
        let tag = &tag_and_rest[..end];
        if !(tag.starts_with("<link rel=\"preload\"") || tag.starts_with("<link rel=\"modulepreload\"")) {
            out.push_str(tag);
        }
        rest = &tag_and_rest[end..];
    }
    out.push_str(rest);
    out
}

/// Makes Trunk's loader wait for the page's `load` event and for its words to be on
/// screen (the first contentful paint, as the browser reports it) before it fetches the
/// JS glue and the Wasm (a dynamic import instead of Trunk's static one, which the
/// browser would fetch at once), so the words and styles have the connection to
/// themselves. A browser without paint timing waits for the next frame instead.
/// Before that, it listens for the Wasm failing: a panic aborts as a trap (a
/// `WebAssembly.RuntimeError`), which then shows the page's kind notice instead of
/// leaving the page half working. (In the loader rather than a Rust panic hook, which
/// cost the patients' Wasm 0.6 KB, and it catches every trap, not only panics.)
fn wasm_after_load(shell: &str) -> String {
    let on_failure = format!(
        "const failed = (error) => {{ if (error instanceof WebAssembly.RuntimeError) {{ const notice = document.getElementById('{PANIC_NOTICE_ID}'); if (notice) {{ notice.hidden = false; notice.focus(); }} }} }};\n\
         addEventListener('error', (event) => failed(event.error));\n\
         addEventListener('unhandledrejection', (event) => failed(event.reason));\n"
    );
    let wait = format!("{on_failure}await new Promise((loaded) => document.readyState === 'complete' ? loaded() : addEventListener('load', loaded, {{ once: true }}));\n\
         await new Promise((painted) => PerformanceObserver.supportedEntryTypes?.includes('paint')\n\
           ? new PerformanceObserver((list, observer) => {{ if (list.getEntriesByName('first-contentful-paint').length) {{ observer.disconnect(); painted(); }} }}).observe({{ type: 'paint', buffered: true }})\n\
           : requestAnimationFrame(() => setTimeout(painted)));");
    let Some(start) = shell.find("import init, * as bindings from '") else { return shell.to_string() };
    let from = start + "import init, * as bindings from '".len();
    let Some(length) = shell[from..].find("';") else { return shell.to_string() };
    let glue = &shell[from..from + length];
    let dynamic = format!("{wait}\nconst bindings = await import('{glue}');\nconst init = bindings.default;");
    format!("{}{dynamic}{}", &shell[..start], &shell[from + length + 2..])
}

/// The service worker for this release: it caches the app shell (Trunk's hashed
/// assets) under a cache named by a hash of their names.
fn service_worker(dist: &Path) -> io::Result<String> {
    use sha2::{Digest, Sha256};
    let mut shell: Vec<String> = fs::read_dir(dist)?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| [".css", ".js", ".wasm", ".svg", ".webmanifest"].iter().any(|ext| name.ends_with(ext)) && name != "sw.js")
        .collect();
    // The page shown offline for a page never opened.
    shell.push("404.html".to_string());
    shell.sort();
    let version: String = Sha256::digest(shell.join("\n")).iter().take(6).map(|byte| format!("{byte:02x}")).collect();
    let list = format!("[{}]", shell.iter().map(|path| format!("'{path}'")).collect::<Vec<_>>().join(", "));
    let not_found_pages = SUPPORTED
        .iter()
        .map(|&locale| format!("'{}': '{}'", locale.code, Route::new(locale, Page::NotFound).path().trim_start_matches('/')))
        .collect::<Vec<_>>()
        .join(", ");
    Ok(include_str!("../service_worker.js")
        .replace("'__VERSION__'", &format!("'{version}'"))
        .replace("__SHELL__", &list)
        .replace("__NOT_FOUND_PAGES__", &format!("{{ {not_found_pages} }}")))
}

/// Adds a strict Content-Security-Policy: only this site's own scripts (Trunk's inline
/// loader by its hash), Wasm, styles and connections; no plugins, no base or form
/// targets. `frame-ancestors` cannot be set in a meta tag: hosts that embed the app
/// set it as a response header (see README).
fn with_content_security_policy(shell: &str) -> String {
    use base64::Engine;
    use sha2::{Digest, Sha256};
    let hashes: String = inline_scripts(shell)
        .map(|script| format!(" 'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(script))))
        .collect();
    let policy = format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{hashes}; style-src 'self'; img-src 'self' data:; \
         connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"
    );
    shell.replacen(
        "<meta charset=\"utf-8\">",
        &format!("<meta charset=\"utf-8\">\n  <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">"),
        1,
    )
}

/// The text of each inline `<script>` (one with no `src`).
fn inline_scripts(html: &str) -> impl Iterator<Item = &str> {
    html.split("<script").skip(1).filter_map(|rest| {
        let (attributes, body) = rest.split_once('>')?;
        (!attributes.contains("src=")).then(|| body.split("</script>").next().unwrap_or_default())
    })
}

/// Text into an HTML attribute or element.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
