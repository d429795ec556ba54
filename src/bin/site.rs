//! Build step, run by Trunk's post_build hook after the Wasm build. Prerenders every
//! route natively with the same components the browser hydrates, so the words show
//! before any script runs and deep links from a text message open on any static host:
//!
//! - `<locale>/index.html` and `<locale>/<journey>/index.html` for every locale and journey,
//!   with the right `lang`, `dir`, `<title>` and description;
//! - `index.html` (`/`, which sends the browser on to its language) and `404.html`;
//! - `sw.js`, the service worker for this release (src/service_worker.js).
//!
//! Staff and desk pages load the staff Wasm (link maker, desk timer), built first into
//! its own folder; its JS and Wasm are copied into dist.
//!
//! Usage: site <dist dir> <staff dist dir>

use std::{env, fs, io, path::Path, path::PathBuf, process::ExitCode};


use leptos::prelude::*;
use whatnext::i18n::locale::{EN_GB, SUPPORTED};
use whatnext::i18n::{self, I18n};
use whatnext::route::{Mode, Page, Route};
use whatnext::route::PRERENDERED_ROUTE_META;
use whatnext::{page_description, page_title, App};


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
    let shell = |trunk_shell: &str| with_content_security_policy(&wasm_after_load(&without_preloads(trunk_shell)));
    let patients_shell = shell(&fs::read_to_string(dist.join("index.html"))?);
    let staff_shell = shell(&fs::read_to_string(staff_dist.join("index.html"))?);
    for entry in fs::read_dir(staff_dist)? {
        let path = entry?.path();
        if path.extension().is_some_and(|ext| ext == "js" || ext == "wasm") {
            fs::copy(&path, dist.join(path.file_name().unwrap_or_default()))?;
        }
    }
    let mut pages = 0;
    for &locale in SUPPORTED {
        let i18n = i18n::for_locale(locale);
        for route in Route::all().filter(|route| route.locale == locale) {
            let dir = dist.join(route.path().trim_start_matches('/'));
            fs::create_dir_all(&dir)?;
            let shell = if uses_staff_tools(route) { &staff_shell } else { &patients_shell };
            fs::write(dir.join("index.html"), page(shell, route, &i18n))?;
            pages += 1;
        }
    }
    // `/` (the browser goes on to its language; without JavaScript, English) and the
    // page static hosts serve for unknown paths (the browser goes on to the right one).
    let english = I18n::en_gb();
    fs::write(dist.join("index.html"), page(&patients_shell, Route::new(&EN_GB, Page::Home), &english))?;
    fs::write(dist.join("404.html"), page(&patients_shell, Route::new(&EN_GB, Page::NotFound), &english))?;
    fs::write(dist.join("sw.js"), service_worker(dist)?)?;
    Ok(pages + 2)
}

/// Trunk's `index.html` with the route's language, title and prerendered body.
fn page(shell: &str, route: Route, i18n: &I18n) -> String {
    let body = {
        // Islands with server-rendered children need a shared (SSR) context.
        let owner = Owner::new_root(Some(std::sync::Arc::new(hydration_context::SsrSharedContext::new())));
        let i18n = i18n.clone();
        owner.with(move || view! { <App route=route i18n=i18n/> }.to_html())
    };
    let head = format!(
        "<title>{}</title>\n  <meta name=\"description\" content=\"{}\">\n  <meta name=\"{PRERENDERED_ROUTE_META}\" content=\"{}\">",
        escape(&page_title(&route, i18n)),
        escape(&page_description(&route, i18n)),
        escape(&route.path()),
    );
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
    route.page == Page::MakeLink || route.mode == Mode::Desk
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

/// Makes Trunk's loader wait for the page's `load` event before it fetches the JS glue
/// and the Wasm (a dynamic import instead of Trunk's static one, which the browser
/// would fetch at once), so the words and styles have the connection to themselves.
fn wasm_after_load(shell: &str) -> String {
    const WAIT: &str = "await new Promise((loaded) => document.readyState === 'complete' ? loaded() : addEventListener('load', loaded, { once: true }));";
    let Some(start) = shell.find("import init, * as bindings from '") else { return shell.to_string() };
    let from = start + "import init, * as bindings from '".len();
    let Some(length) = shell[from..].find("';") else { return shell.to_string() };
    let glue = &shell[from..from + length];
    let dynamic = format!("{WAIT}\nconst bindings = await import('{glue}');\nconst init = bindings.default;");
    format!("{}{dynamic}{}", &shell[..start], &shell[from + length + 2..])
}

/// The service worker for this release: it caches the app shell (Trunk's hashed
/// assets) under a cache named by a hash of their names.
fn service_worker(dist: &Path) -> io::Result<String> {
    use sha2::{Digest, Sha256};
    let mut shell: Vec<String> = fs::read_dir(dist)?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| [".css", ".js", ".wasm", ".svg", ".webmanifest"].iter().any(|ext| name.ends_with(ext)) && name != "sw.js")
        .map(|name| format!("/{name}"))
        .collect();
    // The page shown offline for a page never opened.
    shell.push("/404.html".to_string());
    shell.sort();
    let version: String = Sha256::digest(shell.join("\n")).iter().take(6).map(|byte| format!("{byte:02x}")).collect();
    let list = format!("[{}]", shell.iter().map(|path| format!("'{path}'")).collect::<Vec<_>>().join(", "));
    Ok(include_str!("../service_worker.js").replace("'__VERSION__'", &format!("'{version}'")).replace("__SHELL__", &list))
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
