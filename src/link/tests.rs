use super::*;

fn full() -> Details {
    Details {
        service: Some("Dermatology & skin".into()),
        start: Date::parse("2026-11-21"),
        wait: Wait::parse("3w"),
        phone: Phone::parse("020 7946 0000"),
        web: WebAddress::parse("https://trust.example/derm?x=1"),
    }
}

#[test]
fn details_round_trip_through_a_fragment() {
    let details = full();
    let fragment = details.to_fragment();
    assert!(fragment.starts_with("#1&s=Dermatology%20%26%20skin&d=2026-11-21&w=3w&t=02079460000&u="));
    assert_eq!(parse(&fragment), Parsed { details, dropped_something: false });
    assert_eq!(Details::default().to_fragment(), "");
}

#[test]
fn the_expected_date_is_the_start_plus_the_wait() {
    assert_eq!(full().expected_by(), Date::parse("2026-12-12"));
    let monthly = Details { wait: Wait::parse("2m"), ..full() };
    assert_eq!(monthly.expected_by(), Date::parse("2027-01-21"));
    assert_eq!(Details { start: None, ..full() }.expected_by(), None);
}

#[test]
fn fragments_that_are_not_ours_are_ignored_quietly() {
    for fragment in ["", "#", "#main", "#keep-this", "#s=Dermatology"] {
        assert_eq!(parse(fragment), Parsed::default(), "{fragment}");
    }
}

#[test]
fn later_versions_and_unknown_keys_still_work() {
    let parsed = parse("#2&s=Eyes&z=something-new&d=2026-01-05");
    assert_eq!(parsed.details.service.as_deref(), Some("Eyes"));
    assert_eq!(parsed.details.start, Date::parse("2026-01-05"));
    assert!(!parsed.dropped_something);
}

#[test]
fn hostile_or_broken_values_are_dropped_and_the_rest_kept() {
    let cases = [
        "#1&s=Eyes&u=javascript:alert(1)",
        "#1&s=Eyes&u=http://trust.example",
        "#1&s=Eyes&u=data:text/html,hi",
        "#1&s=Eyes&t=999",
        "#1&s=Eyes&t=javascript:1",
        "#1&s=Eyes&d=2026-02-30",
        "#1&s=Eyes&w=0w",
        "#1&s=Eyes&w=9999d",
        "#1&s=Eyes&x=%E0%A4%A",
        "#1&s=Eyes&t=%FF%FE",
    ];
    for fragment in cases {
        let parsed = parse(fragment);
        assert!(parsed.dropped_something, "{fragment}");
        assert_eq!(parsed.details.service.as_deref(), Some("Eyes"), "{fragment}");
        assert_eq!(parsed.details.web, None, "{fragment}");
        assert_eq!(parsed.details.phone, None, "{fragment}");
    }
}

#[test]
fn text_is_kept_as_text_without_direction_tricks() {
    let parsed = parse("#1&s=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    assert_eq!(parsed.details.service.as_deref(), Some("<script>alert(1)</script>"));
    let parsed = parse("#1&s=%E2%80%AEEyes%E2%80%AC");
    assert_eq!(parsed.details.service.as_deref(), Some("Eyes"));
    let long = format!("#1&s={}", "a".repeat(81));
    assert!(parse(&long).dropped_something);
    let huge = format!("#1&s={}", "a".repeat(100_000));
    assert_eq!(parse(&huge), Parsed { details: Details::default(), dropped_something: true });
}

#[test]
fn uk_phone_numbers_only() {
    assert_eq!(Phone::parse("020 7946 0000").unwrap().display(), "020 7946 0000");
    assert_eq!(Phone::parse("+44 (0)20 7946 0000").unwrap().digits(), "02079460000");
    assert_eq!(Phone::parse("+44 1632 960000").unwrap().display(), "01632 960000");
    assert_eq!(Phone::parse("0300 123 4567").unwrap().display(), "0300 123 4567");
    assert_eq!(Phone::parse("07700 900123").unwrap().href(), "tel:+447700900123");
    for bad in ["999", "111", "+1 202 555 0100", "0900 123 4567", "12345678901", "020 7946 0000; drop", ""] {
        assert_eq!(Phone::parse(bad), None, "{bad}");
    }
}

#[test]
fn web_addresses_are_https_with_a_real_host() {
    assert_eq!(WebAddress::parse("trust.example/a").unwrap().href(), "https://trust.example/a");
    assert_eq!(WebAddress::parse("HTTPS://trust.example").unwrap().display(), "trust.example");
    for bad in ["http://trust.example", "javascript:alert(1)", "data:text/html;base64,xx", "localhost", "trust.example/<x>", "https://", "ftp://a.b"] {
        assert_eq!(WebAddress::parse(bad), None, "{bad}");
    }
}
