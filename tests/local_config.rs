//! The local config (an area's own contact details): the example validates, every kind
//! of mistake is reported with its exact field, the area's own file (if any) is good,
//! and a journey page built with the example shows the area's services.

use whatnext::translations::PageReview;
use whatnext::i18n::{self, locale};
use whatnext::journeys::{self, Contact};
use whatnext::local_config::{self, ProblemKind};
use whatnext::route::{Page, Route, SiteRoot};

const EXAMPLE: &str = include_str!("../examples/local.json");

#[test]
fn the_example_area_validates() {
    let area = local_config::check(EXAMPLE).expect("examples/local.json is valid");
    assert_eq!(area.services.len(), 6);
    let children = area.service_for("child-referral", Contact::HospitalTeam).unwrap();
    assert_eq!(children.id, "northbrook-childrens-outpatients", "a journey's own contact wins");
    let hospital = area.service_for("referral", Contact::HospitalTeam).unwrap();
    assert_eq!(hospital.id, "northbrook-hospital-appointments", "else the area-wide one");
    assert!(area.service_for("referral", Contact::Pharmacy).is_none(), "else none: the general wording");
}

#[test]
fn the_areas_own_file_if_any_validates() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(local_config::SOURCE_PATH);
    if let Ok(json) = std::fs::read_to_string(&path) {
        if let Err(problems) = local_config::check(&json) {
            panic!("{} has problems:\n{}", path.display(), problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"));
        }
    }
}

/// Each broken file: the example with one change, and the field and problem expected.
const BROKEN: &[(&str, &str, &str, &str, ProblemKind)] = &[
    ("missing comma", r#""version": 1,"#, r#""version": 1"#, "(line 3, column 3)", ProblemKind::NotJson),
    ("cut short", "", "", "(line", ProblemKind::NotJson),
    ("misspelt field", r#""phone": "020 7946 0102""#, r#""phon": "020 7946 0102""#, "services[2].phon", ProblemKind::UnknownField),
    ("no name", r#""name": "the Dale social prescribing team","#, "", "services[5].name", ProblemKind::MissingField),
    ("number for words", r#""hours": "Every day, 8am to 8pm""#, r#""hours": 8"#, "services[3].hours", ProblemKind::WrongType),
    ("future version", r#""version": 1"#, r#""version": 2"#, "version", ProblemKind::UnsupportedVersion),
    ("empty area", r#""area": "Northbrook and Dale (a made-up example area)""#, r#""area": "  ""#, "area", ProblemKind::Empty),
    ("bad phone", "01632 960001", "01632 9600", "services[0].phone", ProblemKind::BadPhone),
    ("premium phone", "020 7946 0103", "0909 879 0000", "services[3].phone", ProblemKind::BadPhone),
    ("http", "https://northbrook-hospital.example/pals", "http://northbrook-hospital.example/pals", "services[4].website", ProblemKind::NotHttps),
    ("javascript url", "https://dale-pcn.example/social-prescribing", "javascript:alert(1)", "services[5].website", ProblemKind::BadWebsite),
    ("unknown journey", r#""child-referral": {"#, r#""child-referal": {"#, "journeys.child-referal", ProblemKind::UnknownJourney),
    ("unknown contact kind", r#""hospital-ward": "#, r#""hospital-wards": "#, "contacts.hospital-wards", ProblemKind::UnknownContact),
    ("unknown service", r#""patient-advice": "northbrook-pals""#, r#""patient-advice": "northbrook-pal""#, "contacts.patient-advice", ProblemKind::UnknownService),
    ("duplicate id", r#""id": "northbrook-childrens-outpatients""#, r#""id": "northbrook-surgery""#, "services[2].id", ProblemKind::DuplicateId),
    ("bad id", r#""id": "dale-link-workers""#, r#""id": "Dale Link Workers""#, "services[5].id", ProblemKind::BadId),
    ("bidi override", "the Dale social prescribing team", "the Dale \u{202E}maet gnibircserp", "services[5].name", ProblemKind::HiddenCharacters),
    ("unknown language", r#""cy": "Dydd Llun"#, r#""de": "Dydd Llun"#, "services[1].hours.de", ProblemKind::UnknownLanguage),
    ("no English", r#""en-GB": "Monday to Friday, 9am to 5pm","#, "", "services[1].hours", ProblemKind::MissingEnglish),
];

#[test]
fn each_broken_file_names_its_field_and_problem() {
    for &(name, from, to, field, kind) in BROKEN {
        let json = if from.is_empty() { EXAMPLE[..EXAMPLE.len() / 2].to_string() } else { EXAMPLE.replacen(from, to, 1) };
        assert_ne!(json, EXAMPLE, "{name}: the change did not apply");
        let problems = local_config::check(&json).expect_err(name);
        assert!(
            problems.iter().any(|problem| problem.kind == kind && problem.field.starts_with(field)),
            "{name}: expected {field}: {kind:?}, got {problems:?}"
        );
    }
}

#[test]
fn a_very_long_name_is_refused() {
    let json = EXAMPLE.replacen("Northbrook Surgery", &"Northbrook Surgery ".repeat(20), 1);
    let problems = local_config::check(&json).unwrap_err();
    assert_eq!(problems[0].field, "services[0].name");
    assert_eq!(problems[0].kind, ProblemKind::TooLong);
}

#[test]
fn every_problem_is_reported_at_once() {
    let json = EXAMPLE.replacen("01632 960001", "123", 1).replacen("https://northbrook-hospital.example/pals", "http://x.example", 1);
    assert_eq!(local_config::check(&json).unwrap_err().len(), 2);
}

/// (tests/locales.rs checks every language has every en-GB message.)
#[test]
fn every_problem_has_an_explanation_for_staff() {
    let english = include_str!("../locales/en-GB/ui.ftl");
    for kind in ProblemKind::ALL {
        assert!(english.contains(&format!("\n{} = {{ $field }}", kind.message())), "{} missing", kind.message());
    }
}

fn render(route: Route, area: Option<local_config::AreaContacts>) -> String {
    let review = if route.locale == &i18n::locale::EN_GB { PageReview::Source } else { PageReview::Draft };
    whatnext::render_body(route, &i18n::for_locale(route.locale), SiteRoot::of(&route), area, review)
}

#[test]
fn a_journey_shows_the_areas_service_where_it_has_one_and_the_general_wording_elsewhere() {
    let area = local_config::check(EXAMPLE).unwrap();
    let journey = journeys::find("child-referral").unwrap();
    let html = render(Route::new(&locale::EN_GB, Page::Journey(journey)), Some(area.clone()));
    assert!(html.contains("Ring the children's outpatient team at Northbrook General Hospital on"), "{html}");
    assert!(html.contains(r#"href="tel:+442079460102""#));
    assert!(html.contains("Monday to Friday, 9am to 4pm"));
    let tests = render(Route::new(&locale::EN_GB, Page::Journey(journeys::find("test-results").unwrap())), Some(area.clone()));
    assert!(tests.contains("Contact the team who asked for the test."), "a contact the area has no service for keeps the general wording");
    let generic = render(Route::new(&locale::EN_GB, Page::Journey(journey)), None);
    assert!(!generic.contains("Northbrook"));
    assert!(generic.contains("Their number is on your letter or text."));

    // Welsh pages use the area's Welsh wording where it gave one.
    let referral = journeys::find("referral").unwrap();
    let welsh = render(Route::new(locale::find("cy").unwrap(), Page::Journey(referral)), Some(area));
    assert!(welsh.contains("tîm apwyntiadau cleifion allanol Ysbyty Cyffredinol Northbrook"));
}

#[test]
fn a_desk_screen_shows_the_number_as_text() {
    let area = local_config::check(EXAMPLE).unwrap();
    let journey = journeys::find("referral").unwrap();
    let html = render(Route::desk(&locale::EN_GB, Page::Journey(journey)).expect("a desk has every guide"), Some(area));
    assert!(html.contains("020 7946 0101"));
    assert!(!html.contains("tel:"));
}

#[test]
fn sites_that_embed_the_guides_are_read_as_sites_and_checked() {
    let with = |sites: &str| local_config::check(&EXAMPLE.replacen('{', &format!("{{\n  \"embedded_by\": {sites},"), 1));
    let area = with(r#"["https://Northbrook-Surgery.example/our-services?x=1", "https://dale.example"]"#).expect("valid");
    assert_eq!(area.embedded_by, ["https://northbrook-surgery.example", "https://dale.example"]);
    // A policy source list is split on spaces and ended by `;`: neither may get in.
    for (site, kind) in [("http://dale.example", "NotHttps"), ("dale.example", "BadWebsite"), ("https://a.example;script-src", "BadWebsite"), ("https://a.example b.example", "BadWebsite")] {
        let problems = with(&format!("[{site:?}]")).expect_err(site);
        assert_eq!(problems.iter().map(|problem| format!("{}: {:?}", problem.field, problem.kind)).collect::<Vec<_>>(), [format!("embedded_by[0]: {kind}")], "{site}");
    }
}
