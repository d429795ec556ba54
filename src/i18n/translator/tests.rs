use super::*;
use crate::i18n::locale::{Direction, Locale};
use crate::journeys::Date;

static TEST_LOCALE: Locale = Locale { code: "pl", name: "Polski", direction: Direction::Ltr };

#[test]
fn missing_message_falls_back_to_english_alone() {
    let i18n = I18n::new(&TEST_LOCALE, "site-name = Co dalej?\n");
    assert_eq!(i18n.text("site-name"), "Co dalej?");
    assert_eq!(i18n.text("home-link"), I18n::en_gb().text("home-link"));
}

#[test]
fn unknown_message_is_empty_never_the_id() {
    let i18n = I18n::en_gb();
    assert_eq!(i18n.text("no-such-message"), "");
    assert_eq!(i18n.attr("referral", "no-such-attribute"), "");
}

#[test]
fn broken_ftl_keeps_the_good_messages() {
    let i18n = I18n::new(&TEST_LOCALE, "site-name = Co dalej?\n!!! broken\nhome-link = Wszystko\n");
    assert_eq!(i18n.text("site-name"), "Co dalej?");
    assert_eq!(i18n.text("home-link"), "Wszystko");
}

#[test]
fn misses_are_noted_for_the_build_once_each() {
    let i18n = I18n::with_english(&TEST_LOCALE, "site-name = Co dalej?\n", "site-name = What next?\nhome-link = All guides\nblank = { \"\" }\n");
    i18n.text("site-name");
    i18n.text("home-link");
    i18n.text("home-link");
    i18n.text("blank");
    i18n.text("no-such-message");
    assert_eq!(
        i18n.take_problems(),
        [
            WordProblem::Missing("no-such-message".into()),
            WordProblem::Empty("blank".into()),
            WordProblem::ShownInEnglish("blank".into()),
            WordProblem::ShownInEnglish("home-link".into()),
        ]
    );
    assert!(i18n.take_problems().is_empty(), "taken once");
}

#[test]
fn dates_are_written_out() {
    let date = Date { year: 2026, month: 12, day: 3 };
    assert_eq!(I18n::en_gb().date(date), "3 December 2026");
}
