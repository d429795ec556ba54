//! The text message each language sends, as the link maker makes it
//! (`sms::default_message` on the build's `sms-message` and `sms-message-short` with a
//! guide's title and the link): the longest title in that language and a link on a
//! 25-character host name still fit the texts a practice expects (one GSM-7 text in
//! English, at most 2 UCS-2 texts), with no direction marks, and the link last.

use fluent_bundle::FluentArgs;
use whatnext::i18n::{self, locale::SUPPORTED, MessageRef};
use whatnext::journeys;
use whatnext::sms::{self, Encoding, LINK_HOLE, TITLE_HOLE};

/// Direction marks and isolates: boxes on older phones.
fn has_direction_marks(text: &str) -> bool {
    text.chars().any(|c| matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
}

#[test]
fn every_languages_message_with_its_longest_title_fits_and_ends_with_a_clean_link() {
    let mut too_long = Vec::new();
    for &locale in SUPPORTED {
        let i18n = i18n::for_locale(locale);
        let mut args = FluentArgs::new();
        args.set("title", TITLE_HOLE.to_string());
        args.set("link", LINK_HOLE.to_string());
        let template = i18n.format(MessageRef::new("sms-message"), Some(&args));
        let short = i18n.format(MessageRef::new("sms-message-short"), Some(&args));
        let (journey, title) = journeys::ALL
            .iter()
            .map(|journey| (journey, i18n.attr(journey.id, "title")))
            .max_by_key(|(_, title)| title.encode_utf16().count())
            .unwrap();
        let link = format!("https://{}/{}/{}/", "w".repeat(25), locale.code, journey.id);
        let message = sms::default_message(&template, &short, &title, &link);
        assert!(!has_direction_marks(&message), "{}: {message:?}", locale.code);
        assert!(message.ends_with(&link), "{}: the link is not last: {message}", locale.code);
        let length = sms::measure(&message);
        let most = if length.encoding == Encoding::Gsm7 { 1 } else { sms::MOST_TEXTS };
        if length.segments > most {
            too_long.push(format!("{}: {} texts ({} units): {message}", locale.code, length.segments, length.units));
        }
    }
    assert!(too_long.is_empty(), "over the texts a practice expects:\n{}", too_long.join("\n"));
}

#[test]
fn right_to_left_formatting_puts_marks_in_and_compose_takes_them_out() {
    let urdu = i18n::for_locale(i18n::locale::find("ur").unwrap());
    let mut args = FluentArgs::new();
    args.set("title", TITLE_HOLE.to_string());
    args.set("link", LINK_HOLE.to_string());
    let template = urdu.format(MessageRef::new("sms-message"), Some(&args));
    assert!(has_direction_marks(&template), "Fluent isolates placeables in right-to-left text");
    assert!(!has_direction_marks(&sms::compose(&template, "GP", "https://a.example/ur/referral/")));
}
