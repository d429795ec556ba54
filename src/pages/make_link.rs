use fluent_bundle::FluentArgs;
use leptos::prelude::*;

use crate::components::ConfigStatus;
use crate::i18n::{locale::SUPPORTED, use_i18n, I18n, MessageRef};
use crate::islands::{BuilderTexts, LinkBuilder, PatientLanguage, LINK_HOLE, TITLE_HOLE};

/// `/<locale>/make-link/`, for staff: a link, text message and QR code for a patient,
/// in the patient's language. The builder needs every language's text message and
/// journey titles, so they are formatted here, at build time.
#[component]
pub fn MakeLinkPage() -> impl IntoView {
    let i18n = use_i18n();
    let languages: Vec<PatientLanguage> = SUPPORTED
        .iter()
        .map(|&locale| {
            let patient = crate::i18n::for_locale(locale);
            let mut args = FluentArgs::new();
            args.set("title", TITLE_HOLE.to_string());
            args.set("link", LINK_HOLE.to_string());
            PatientLanguage {
                code: locale.code.to_string(),
                name: locale.name.to_string(),
                message: patient.format(MessageRef::new("sms-message"), Some(&args)),
                short_message: patient.format(MessageRef::new("sms-message-short"), Some(&args)),
                titles: super::journey_titles(&patient),
            }
        })
        .collect();
    let staff_language = crate::i18n::locale::position(i18n.locale());
    view! {
        <h1>{i18n.text("make-link-title")}</h1>
        <p class="lead">{i18n.text("make-link-intro")}</p>
        <ConfigStatus/>
        <LinkBuilder
            journey_ids=super::journey_ids()
            journey_titles=super::journey_titles(&i18n)
            languages=languages
            staff_language=staff_language
            texts=builder_texts(&i18n)
        />
    }
}

fn builder_texts(i18n: &I18n) -> BuilderTexts {
    let text = |id: &str| i18n.text(id);
    BuilderTexts {
        journey: text("make-link-journey"),
        language: text("make-link-language"),
        service: text("make-link-service"),
        pick_service: text("make-link-pick-service"),
        pick_none: text("make-link-pick-none"),
        start: text("make-link-start"),
        wait: text("make-link-wait"),
        wait_units: [text("make-link-wait-days"), text("make-link-wait-weeks"), text("make-link-wait-months")],
        phone: text("make-link-phone"),
        web: text("make-link-web"),
        bad_phone: text("make-link-bad-phone"),
        bad_web: text("make-link-bad-web"),
        link: text("make-link-link"),
        message: text("make-link-message"),
        characters: text("make-link-characters"),
        segments: text("make-link-segments"),
        unicode: text("make-link-unicode"),
        copy: text("make-link-copy"),
        copied: text("make-link-copied"),
        qr: text("make-link-qr"),
        print: text("make-link-print"),
    }
}
