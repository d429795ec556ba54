//! Translation trust (src/translations, `./run translations`): review records that go
//! stale when the English changes, pages that say "checked" only when every word on
//! them is, the review pack out and back byte for byte, and an import that refuses a
//! hostile file whole, naming each unit.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use whatnext::i18n::locale;
use whatnext::site::Words;
use whatnext::translations::entries::{self, Parts};
use whatnext::translations::{Catalogue, LocaleSources, PageReview, State};

mod support;

/// A copy of `locales/` to change, in its own folder (the tool reads `./locales`).
fn project_copy(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("translations-tests").join(name);
    let _ = fs::remove_dir_all(&dir);
    copy_dir(Path::new("locales"), &dir.join("locales"));
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            fs::copy(&path, &target).unwrap();
        }
    }
}

fn tool(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_translations")).args(args).current_dir(dir).output().unwrap()
}

fn text(output: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr))
}

/// Every file under `dir`, with its bytes.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(snapshot(&path));
        } else {
            files.push((path.clone(), fs::read(&path).unwrap()));
        }
    }
    files.sort();
    files
}

fn polish() -> &'static locale::Locale {
    locale::find("pl").unwrap()
}

/// The pack, as a review team returns it: every unit reviewed, back-translations in.
fn reviewed_pack(xml: &str) -> String {
    xml.replace("state=\"translated\"", "state=\"reviewed\"")
        .replace("<note category=\"whatnext:back-translation\"></note>", "<note category=\"whatnext:back-translation\">Back-translated by the reviser.</note>")
        .replace("<note category=\"whatnext:translator\"></note>", "<note category=\"whatnext:translator\">Translator, DipTrans (CIOL), Polish</note>")
        .replace("<note category=\"whatnext:reviser\"></note>", "<note category=\"whatnext:reviser\">Reviser, NRPSI interpreter, Polish</note>")
        .replace("<note category=\"whatnext:review-date\"></note>", "<note category=\"whatnext:review-date\">2026-12-01</note>")
}

#[test]
fn a_round_trip_leaves_every_file_byte_identical() {
    let dir = project_copy("round-trip");
    let before = snapshot(&dir.join("locales"));
    for code in ["pl", "ar", "cy"] {
        let pack = dir.join(format!("{code}.xlf"));
        let export = tool(&dir, &["export", code, pack.to_str().unwrap()]);
        assert!(export.status.success(), "{}", text(&export));
        let import = tool(&dir, &["import", code, pack.to_str().unwrap()]);
        assert!(import.status.success(), "{}", text(&import));
        assert!(text(&import).contains("0 messages changed, 0 reviews recorded, 0 files written"), "{}", text(&import));
    }
    assert!(snapshot(&dir.join("locales")) == before, "a round trip changed a file");
}

#[test]
fn every_message_of_every_language_writes_back_to_the_same_words() {
    for &locale in locale::SUPPORTED {
        let sources = LocaleSources::read(Path::new("locales"), locale).unwrap();
        let own = sources.joined_own();
        for entry in entries::entries(&own) {
            let parts = Parts::of(entry.source);
            assert_eq!(Parts::of(&parts.to_source(entry.id)), parts, "{}: {}", locale.code, entry.id);
        }
    }
}

#[test]
fn a_reviewed_pack_records_reviews_that_go_stale_when_the_english_changes() {
    let dir = project_copy("review");
    let pack = dir.join("pl.xlf");
    assert!(tool(&dir, &["export", "pl", pack.to_str().unwrap()]).status.success());
    fs::write(&pack, reviewed_pack(&fs::read_to_string(&pack).unwrap())).unwrap();
    let import = tool(&dir, &["import", "pl", pack.to_str().unwrap()]);
    assert!(import.status.success(), "{}", text(&import));
    let report = text(&tool(&dir, &["report"]));
    assert!(report.lines().any(|line| line.starts_with("pl ") && line.contains(" checked ") && line.contains(" 0 stale, 0 draft, 0 shown in English")), "{report}");

    let locales = dir.join("locales");
    let sources = LocaleSources::read(&locales, polish()).unwrap();
    let (english, own) = (sources.joined_english(), sources.joined_own());
    let catalogue = Catalogue::new(&english, &own, sources.reviews_json.as_deref()).unwrap();
    assert_eq!(catalogue.state("referral-sent"), State::Checked(whatnext::date::Date { year: 2026, month: 12, day: 1 }));
    let review = catalogue.review("referral-sent").unwrap();
    assert!(review.back_translations.contains_key("referral-sent.if-not"), "safety-critical units carry their back-translation");

    // The English changes: that review is stale, the language is a draft again.
    let file = locales.join("en-GB/journeys/referral.ftl");
    let changed = fs::read_to_string(&file).unwrap().replace("Your GP writes to the hospital team.", "Your GP writes to the hospital team today.");
    fs::write(&file, changed).unwrap();
    let report = tool(&dir, &["report"]);
    assert!(report.status.success(), "stale is not an error");
    let report = text(&report);
    assert!(report.contains("pl       Polski                 draft    "), "{report}");
    assert!(report.contains("stale: referral-sent"), "{report}");
}

#[test]
fn a_page_says_checked_only_while_every_word_on_it_is() {
    let dir = project_copy("pages");
    let pack = dir.join("pl.xlf");
    assert!(tool(&dir, &["export", "pl", pack.to_str().unwrap()]).status.success());
    fs::write(&pack, reviewed_pack(&fs::read_to_string(&pack).unwrap())).unwrap();
    assert!(tool(&dir, &["import", "pl", pack.to_str().unwrap()]).status.success());
    let build = |name: &str| -> String {
        let out = dir.join(name);
        support::site::build(&out, Words::FromDisk(dir.join("locales")), vec![polish()], "", None).unwrap();
        fs::read_to_string(out.join("site/pl/referral/index.html")).unwrap()
    };
    let checked = build("site-checked");
    assert!(checked.contains("1 grudnia 2026"), "the checked notice with its date");
    assert!(!checked.contains("nie zostało jeszcze sprawdzone"), "no draft notice");

    let file = dir.join("locales/en-GB/journeys/referral.ftl");
    fs::write(&file, fs::read_to_string(&file).unwrap().replace("Your GP writes to the hospital team.", "Your GP writes to the hospital team today.")).unwrap();
    let draft = build("site-draft");
    assert!(draft.contains("nie zostało jeszcze sprawdzone"), "back to the draft notice");
    assert!(!draft.contains("1 grudnia 2026"));
}

/// One hostile change to an exported pack, and the unit and words the refusal names.
fn refused(name: &str, edit: impl Fn(String) -> String, unit: &str, says: &str) {
    let dir = project_copy(&format!("hostile-{name}"));
    let pack = dir.join("pl.xlf");
    assert!(tool(&dir, &["export", "pl", pack.to_str().unwrap()]).status.success());
    fs::write(&pack, edit(reviewed_pack(&fs::read_to_string(&pack).unwrap()))).unwrap();
    let before = snapshot(&dir.join("locales"));
    let import = tool(&dir, &["import", "pl", pack.to_str().unwrap()]);
    let output = text(&import);
    assert!(!import.status.success(), "{name}: accepted");
    assert!(output.lines().any(|line| line.trim_start().starts_with(&format!("{unit}: ")) && line.contains(says)), "{name}: {output}");
    assert!(output.contains("refused, nothing written"), "{name}: {output}");
    assert!(snapshot(&dir.join("locales")) == before, "{name}: a refused file wrote something");
}

/// Replaces the target of `unit` in a pack.
fn target(xml: &str, unit: &str, new: &str) -> String {
    let start = xml.find(&format!("<unit id=\"{unit}\"")).unwrap_or_else(|| panic!("{unit} in the pack"));
    let open = start + xml[start..].find("<target xml:space=\"preserve\">").unwrap() + "<target xml:space=\"preserve\">".len();
    let close = open + xml[open..].find("</target>").unwrap();
    format!("{}{new}{}", &xml[..open], &xml[close..])
}

fn own_target(unit: &str) -> String {
    let sources = LocaleSources::read(Path::new("locales"), polish()).unwrap();
    let message = unit.split('.').next().unwrap();
    let parts = Parts::of(sources.own_entry(message).unwrap().source);
    parts.units(message).into_iter().find(|(id, _)| id == unit).unwrap().1
}

#[test]
fn an_import_refuses_each_kind_of_bad_unit_naming_it_and_writing_nothing() {
    refused("dropped-placeholder", |xml| target(&xml, "sms-message", "Co dalej: { $link }"), "sms-message", "drops { $title }");
    refused("invented-placeholder", |xml| target(&xml, "sms-message", &format!("{} {{ $phone }}", own_target("sms-message"))), "sms-message", "adds { $phone }");
    refused("dropped-term", |xml| target(&xml, "safety-emergency", "W nagłym wypadku zadzwoń."), "safety-emergency", "drops { -emergency-number }");
    refused(
        "plural-category",
        |xml| target(&xml, "timing-within", &own_target("timing-within").replacen("*[other]", "[two] dwa\n   *[other]", 1)),
        "timing-within",
        "a plural Polski does not have",
    );
    refused("markup", |xml| target(&xml, "referral.title", "&lt;script&gt;alert(1)&lt;/script&gt;"), "referral.title", "markup or script");
    refused("direction-control", |xml| target(&xml, "referral.title", "Lekarz \u{202E}GP"), "referral.title", "direction-control");
    refused("too-long", |xml| target(&xml, "sms-message", &format!("{{ $title }}: {} {{ $link }}", "bardzo ".repeat(12))), "sms-message", "over the limit of 70");
    refused("unknown-id", |xml| xml.replacen("<unit id=\"referral.title\"", "<unit id=\"referral.tytul\"", 1), "referral.tytul", "no such message in en-GB");
    refused(
        "no-back-translation",
        |xml| {
            let start = xml.find("<unit id=\"safety-emergency\"").unwrap();
            let (before, after) = xml.split_at(start);
            format!("{before}{}", after.replacen("Back-translated by the reviser.", "", 1))
        },
        "safety-emergency",
        "need a back-translation",
    );
    refused("english-changed", |xml| xml.replacen("Your GP has sent you to a hospital team</source>", "Your GP has sent you somewhere</source>", 1), "referral.title", "English has changed");
    refused("not-fluent", |xml| target(&xml, "referral.title", "Lekarz { GP"), "referral", "not valid Fluent");
    refused("wrong-language", |xml| xml.replacen("trgLang=\"pl\"", "trgLang=\"ro\"", 1), "(file)", "not pl");
    refused("no-reviewer", |xml| xml.replacen("Reviser, NRPSI interpreter, Polish", "", 1), "(file)", "reviser's note is empty");
    refused("entity", |xml| xml.replacen("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]>", 1), "(file)", "not XML this tool reads");
    refused("inline-markup", |xml| target(&xml, "referral.title", "Lekarz <ph id=\"1\"/>"), "(file)", "markup inside <target>");
}

#[test]
fn the_report_fails_only_on_records_it_cannot_trust() {
    let fingerprint = |id: &str| {
        let english = fs::read_to_string("locales/en-GB/journeys/referral.ftl").unwrap();
        entries::fingerprint(entries::entries(&english).into_iter().find(|entry| entry.id == id).unwrap().source)
    };
    let good = format!(
        r#"{{ "version": 1, "reviews": {{ "referral": {{ "english": "{}", "date": "2026-12-01", "translator": "Translator, DipTrans", "reviser": "Reviser, NRPSI" }} }} }}"#,
        fingerprint("referral")
    );
    let cases = [
        ("good", good.clone(), None),
        ("no-such-message", good.replace("\"referral\": {", "\"referall\": {"), Some("reviews.referall: no such message in en-GB")),
        ("bad-date", good.replace("2026-12-01", "1 December"), Some("reviews.referral.date: not a date")),
        ("no-reviser", good.replace("Reviser, NRPSI", " "), Some("reviews.referral.reviser: empty")),
        ("bad-fingerprint", good.replace(&fingerprint("referral"), "not-hex"), Some("reviews.referral.english: not a fingerprint")),
        ("unknown-field", good.replace("\"version\": 1", "\"version\": 1, \"checked\": true"), Some("unknown field `checked`")),
        ("not-json", "{ \"version\": 1,".to_string(), Some("(file)")),
    ];
    for (name, json, expected) in cases {
        let dir = project_copy(&format!("report-{name}"));
        fs::write(dir.join("locales/pl/reviews.json"), json).unwrap();
        let output = tool(&dir, &["report"]);
        match expected {
            None => assert!(output.status.success(), "{name}: {}", text(&output)),
            Some(says) => {
                assert!(!output.status.success(), "{name}: passed");
                assert!(text(&output).contains(says), "{name}: {}", text(&output));
            }
        }
    }
    // A safety-critical message reviewed without its back-translation cannot be trusted.
    let dir = project_copy("report-no-back-translation");
    let json = format!(
        r#"{{ "version": 1, "reviews": {{ "referral-sent": {{ "english": "{}", "date": "2026-12-01", "translator": "T", "reviser": "R" }} }} }}"#,
        fingerprint("referral-sent")
    );
    fs::write(dir.join("locales/pl/reviews.json"), json).unwrap();
    let output = tool(&dir, &["report"]);
    assert!(!output.status.success() && text(&output).contains("reviews.referral-sent.back_translations.referral-sent.if-not"), "{}", text(&output));
}

#[test]
fn a_catalogue_with_no_reviews_is_all_draft_and_pages_say_so() {
    let sources = LocaleSources::read(Path::new("locales"), polish()).unwrap();
    let (english, own) = (sources.joined_english(), sources.joined_own());
    let catalogue = Catalogue::new(&english, &own, None).unwrap();
    assert_eq!(catalogue.state("referral"), State::Draft);
    let used = ["referral".to_string()].into_iter().collect();
    assert_eq!(catalogue.page_review(&used), PageReview::Draft);
}
