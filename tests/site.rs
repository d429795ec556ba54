//! The site step (src/site) on a whole site built from stand-in Wasm files: every
//! document's rules (one Content-Security-Policy naming its loader's hash, no preloads,
//! addresses that resolve at every depth, `lang` and `dir`, 404.html), the hosting
//! headers, and a build that stops on blank words (hazard H5).

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use base64::Engine;
use sha2::{Digest, Sha256};
use whatnext::i18n::locale::{self, SUPPORTED};
use whatnext::route::Route;
use whatnext::site::{self, Words};

mod support;

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("site-tests").join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn build(name: &str, words: Words, only: Vec<&'static locale::Locale>, base_path: &str) -> (PathBuf, Result<site::Built, String>) {
    build_with(name, words, only, base_path, None)
}

fn build_with(name: &str, words: Words, only: Vec<&'static locale::Locale>, base_path: &str, local_config: Option<&str>) -> (PathBuf, Result<site::Built, String>) {
    let out = scratch(name);
    let built = support::site::build(&out, words, only, base_path, local_config);
    (out, built)
}

/// One full build, shared by the tests that read it.
fn built_site() -> &'static Path {
    static SITE: OnceLock<PathBuf> = OnceLock::new();
    SITE.get_or_init(|| {
        let (out, built) = build("full", Words::BuiltIn, Vec::new(), "/whatnext/");
        built.expect("the site builds");
        out
    })
}

fn pages(site: &Path) -> Vec<(String, String)> {
    let mut files = vec!["index.html".to_string(), "404.html".to_string()];
    files.extend(Route::all().map(|route| format!("{}index.html", route.path().trim_start_matches('/'))));
    files.into_iter().map(|file| (fs::read_to_string(site.join(&file)).unwrap_or_else(|_| panic!("{file} written")), file)).map(|(html, file)| (file, html)).collect()
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Vec<&'a str> {
    text.split(start).skip(1).filter_map(|rest| rest.split(end).next()).collect()
}

fn sha256(text: &str) -> String {
    format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text)))
}

#[test]
fn every_page_has_one_policy_naming_the_hash_of_its_one_script() {
    for (file, html) in pages(&built_site().join("site")) {
        let policies = between(&html, "<meta http-equiv=\"Content-Security-Policy\" content=\"", "\"");
        assert_eq!(policies.len(), 1, "{file}: one policy");
        let scripts = between(&html, "<script", "</script>");
        if file.contains("/with-english/") {
            // Read together, with no Wasm: no script at all, and the policy allows none.
            assert!(scripts.is_empty(), "{file}: no script");
            assert!(policies[0].contains("script-src 'self' 'wasm-unsafe-eval';"), "{file}");
            continue;
        }
        assert_eq!(scripts.len(), 1, "{file}: one script, the loader");
        let (attributes, loader) = scripts[0].split_once('>').unwrap();
        assert_eq!(attributes, " type=\"module\"", "{file}: an inline module");
        let policy = policies[0];
        assert!(policy.contains(&format!("script-src 'self' 'wasm-unsafe-eval' {};", sha256(loader))), "{file}: {policy}");
        assert!(policy.contains("object-src 'none'") && policy.contains("base-uri 'none'"), "{file}: {policy}");
    }
}

#[test]
fn no_page_preloads_what_waits_for_the_words() {
    for (file, html) in pages(&built_site().join("site")) {
        assert!(!html.contains("preload"), "{file}");
    }
}

#[test]
fn every_address_a_page_loads_is_a_file_of_the_site_at_every_depth() {
    let site = built_site().join("site");
    for (file, html) in pages(&site) {
        let root = between(&html, "<meta name=\"whatnext-root\" content=\"", "\"")[0];
        let folder = Path::new(&file).parent().unwrap();
        // 404.html is served at any depth: its root is the absolute base path.
        let from_root = |address: &str| match address.strip_prefix("/whatnext/") {
            Some(in_site) => site.join(in_site),
            None => site.join(folder).join(address),
        };
        let depth = folder.components().count();
        let expected = match (file.as_str(), depth) {
            ("404.html", _) => "/whatnext/".to_string(),
            (_, 0) => "./".to_string(),
            _ => "../".repeat(depth),
        };
        assert_eq!(root, expected, "{file}");
        let stylesheet = between(&html, "<link rel=\"stylesheet\" href=\"", "\"")[0];
        assert!(stylesheet.starts_with(root), "{file}: {stylesheet}");
        assert!(from_root(stylesheet).is_file(), "{file}: {stylesheet}");
        for name in between(&html, "root + '", "'") {
            assert!(from_root(&format!("{root}{name}")).is_file(), "{file}: {name}");
        }
    }
}

#[test]
fn every_page_names_its_language_and_direction() {
    let site = built_site().join("site");
    for route in Route::all() {
        let html = fs::read_to_string(site.join(route.path().trim_start_matches('/')).join("index.html")).unwrap();
        let expected = format!("<html lang=\"{}\" dir=\"{}\">", route.locale.code, route.locale.direction.as_str());
        assert!(html.contains(&expected), "{}: {expected}", route.path());
    }
    let arabic = fs::read_to_string(site.join("ar/index.html")).unwrap();
    assert!(arabic.contains("<html lang=\"ar\" dir=\"rtl\">"));
    for file in ["index.html", "404.html"] {
        assert!(fs::read_to_string(site.join(file)).unwrap().contains("<html lang=\"en-GB\" dir=\"ltr\">"), "{file}");
    }
}

#[test]
fn the_not_found_page_is_the_english_one_and_loads_the_patients_wasm() {
    let html = fs::read_to_string(built_site().join("site/404.html")).unwrap();
    assert!(html.contains("<meta name=\"whatnext-route\" content=\"/en-GB/not-found/\">"), "{}", &html[..1500]);
    assert!(between(&html, "root + '", "'").iter().all(|name| name.starts_with("whatnext-")));
}

#[test]
fn the_hosting_headers_allow_every_loader_and_keep_only_hashed_files() {
    let out = built_site();
    let site = out.join("site");
    let loaders: BTreeSet<String> =
        pages(&site).iter().filter_map(|(_, html)| between(html, "<script type=\"module\">", "</script>").first().map(|loader| sha256(loader))).collect();
    assert_eq!(loaders.len(), 2, "one loader for patients' pages, one for the staff tools");
    let headers = fs::read_to_string(site.join("_headers")).unwrap();
    let nginx = fs::read_to_string(out.join("nginx.conf")).unwrap();
    for hash in &loaders {
        assert_eq!(headers.matches(hash.as_str()).count(), 1, "_headers: {hash}");
        assert!(nginx.matches(hash.as_str()).count() >= 1, "nginx: {hash}");
    }
    assert!(headers.contains("/whatnext/*\n  Content-Security-Policy: ") && headers.contains("frame-ancestors 'self' https:"));
    assert!(headers.contains("  Referrer-Policy: no-referrer\n  X-Content-Type-Options: nosniff\n"));
    // Kept for ever: exactly the files whose names hold a hash of their content.
    let mut kept = BTreeSet::new();
    for rule in headers.split("\n/").skip(1) {
        let (path, rest) = rule.split_once('\n').unwrap();
        if rest.contains("immutable") {
            kept.insert(path.trim_start_matches("whatnext/").to_string());
        } else if rest.contains("Cache-Control") {
            assert!(rest.contains("no-cache"), "{path}");
        }
    }
    let hashed: BTreeSet<String> = fs::read_dir(&site)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .filter(|name| name.split(['-', '_', '.']).any(|part| part.len() >= 10 && part.bytes().all(|b| b.is_ascii_hexdigit())))
        .collect();
    assert_eq!(kept, hashed);
    for file in &hashed {
        assert!(nginx.contains(&format!("location = /whatnext/{file} {{")), "nginx: {file}");
    }
    assert!(nginx.contains("error_page 404 /whatnext/404.html;"));
}

#[test]
fn an_area_that_names_its_sites_lets_only_them_frame_the_guides() {
    let example = fs::read_to_string("examples/local.json").unwrap();
    let named = example.replacen('{', "{\n  \"embedded_by\": [\"https://Northbrook-Surgery.example/our-services\", \"https://dale.example/\"],", 1);
    let (out, built) = build_with("framed", Words::BuiltIn, vec![locale::find("cy").unwrap()], "", Some(&named));
    built.expect("builds");
    let headers = fs::read_to_string(out.join("site/_headers")).unwrap();
    assert!(headers.contains("frame-ancestors 'self' https://northbrook-surgery.example https://dale.example\n"), "{headers}");
}

/// Removing a message the pages use from every language's files stops the build,
/// naming the page and the message.
#[test]
fn a_build_with_a_message_missing_everywhere_fails_naming_it() {
    let locales = scratch("broken-locales");
    for &locale in SUPPORTED {
        let from = Path::new("locales").join(locale.code);
        for file in whatnext::i18n::folder::text_files(&from).unwrap().into_iter().chain([from.join("meta.ftl")]) {
            let to = locales.join(file.strip_prefix("locales").unwrap());
            fs::create_dir_all(to.parent().unwrap()).unwrap();
            let text = fs::read_to_string(&file).unwrap();
            let kept: Vec<&str> = text.lines().filter(|line| !line.starts_with("step-ask =")).collect();
            fs::write(to, kept.join("\n") + "\n").unwrap();
        }
    }
    let welsh = locale::find("cy").unwrap();
    let (_, built) = build("broken", Words::FromDisk(locales), vec![welsh], "");
    let error = built.err().expect("the build fails");
    assert!(error.contains("/cy/referral/index.html: step-ask is missing from en-GB"), "{error}");
}

#[test]
fn a_build_from_the_words_on_disk_matches_the_words_built_in() {
    let welsh = locale::find("cy").unwrap();
    let (disk, built) = build("from-disk", Words::FromDisk(PathBuf::from("locales")), vec![welsh], "/whatnext/");
    built.expect("builds");
    let page = "site/cy/referral/index.html";
    assert_eq!(fs::read_to_string(disk.join(page)).unwrap(), fs::read_to_string(built_site().join(page)).unwrap());
}
