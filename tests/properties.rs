//! Property tests, with a bounded number of cases so they run in every `./run test`:
//! the link parser and the local config checker never panic on any input, and every
//! link the parser accepts comes back the same through the link format.

use proptest::prelude::*;
use whatnext::date::Date;
use whatnext::link::{self, Details, Phone, Wait, WebAddress};
use whatnext::local_config;

const EXAMPLE: &str = include_str!("../examples/local.json");

fn config() -> ProptestConfig {
    // No regression files in the tree; a failure prints its minimal case.
    ProptestConfig { cases: 2_000, failure_persistence: None, ..ProptestConfig::default() }
}

/// Anything a link could carry: ASCII, other scripts, and the format's own signs.
fn fragment_text() -> impl Strategy<Value = String> {
    "[ -~\u{80}-\u{24f}\u{600}-\u{6ff}\u{202a}-\u{202e}%&=#]{0,400}"
}

/// Percent-encodes every byte that is not a letter or digit.
fn encode(text: &str) -> String {
    text.bytes().map(|byte| if byte.is_ascii_alphanumeric() { (byte as char).to_string() } else { format!("%{byte:02X}") }).collect()
}

/// Valid details, built through the link format's own constructors.
fn details() -> impl Strategy<Value = Details> {
    let service = proptest::option::of("[A-Za-z\u{e0}-\u{ff}\u{600}-\u{64a}][ A-Za-z0-9'()\u{e0}-\u{ff}\u{600}-\u{64a}-]{0,60}");
    let start = proptest::option::of((2000u16..2200, 1u8..=12, 1u8..=31));
    let wait = proptest::option::of((1u16..=365, prop_oneof![Just('d'), Just('w'), Just('m')]));
    let phone = proptest::option::of((prop_oneof![Just("01"), Just("02"), Just("03"), Just("07"), Just("08")], "[0-9]{8,9}"));
    let web = proptest::option::of(("[a-z][a-z0-9-]{0,20}", prop_oneof![Just("example"), Just("nhs.uk"), Just("org")], "(/[a-zA-Z0-9._~-]{1,20}){0,3}"));
    (service, start, wait, phone, web).prop_map(|(service, start, wait, phone, web)| {
        let service = service.and_then(|text| link::parse(&format!("#1&s={}", encode(&text))).details.service);
        Details {
            service,
            start: start.and_then(|(year, month, day)| Date::new(year, month, day)),
            wait: wait.and_then(|(amount, unit)| Wait::parse(&format!("{amount}{unit}"))),
            phone: phone.and_then(|(prefix, rest)| Phone::parse(&format!("{prefix}{rest}"))),
            web: web.and_then(|(host, tld, path)| WebAddress::parse(&format!("https://{host}.{tld}{path}"))),
        }
    })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn the_link_parser_never_panics(fragment in fragment_text()) {
        let _ = link::parse(&fragment);
        let _ = link::parse(&format!("#1&{fragment}"));
    }

    #[test]
    fn valid_details_survive_the_link_format(details in details()) {
        let parsed = link::parse(&details.to_fragment());
        prop_assert_eq!(&parsed.details, &details);
        prop_assert!(!parsed.dropped_something);
    }

    #[test]
    fn whatever_the_parser_keeps_comes_back_the_same(fragment in fragment_text()) {
        let kept = link::parse(&format!("#1&{fragment}")).details;
        prop_assert_eq!(link::parse(&kept.to_fragment()).details, kept);
    }

    #[test]
    fn the_config_checker_never_panics_on_any_text(text in "[ -~\u{80}-\u{2ff}\u{202e}]{0,400}") {
        if let Err(problems) = local_config::check(&text) {
            prop_assert!(problems.iter().all(|problem| !problem.field.is_empty()));
        }
    }

    #[test]
    fn a_damaged_example_is_used_whole_or_refused_with_named_fields(at in 0..EXAMPLE.len(), cut in 0usize..40, insert in "[ -~\u{202e}]{0,8}") {
        let start = (0..=at).rev().find(|&index| EXAMPLE.is_char_boundary(index)).unwrap_or(0);
        let end = (start + cut..=EXAMPLE.len()).find(|&index| EXAMPLE.is_char_boundary(index)).unwrap_or(EXAMPLE.len());
        let damaged = format!("{}{insert}{}", &EXAMPLE[..start], &EXAMPLE[end..]);
        match local_config::check(&damaged) {
            Ok(area) => prop_assert!(!area.services.is_empty()),
            Err(problems) => prop_assert!(!problems.is_empty() && problems.iter().all(|problem| !problem.field.is_empty())),
        }
    }
}
