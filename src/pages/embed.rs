use leptos::prelude::*;

use crate::components::ConfigStatus;
use crate::i18n::{locale::SUPPORTED, use_i18n};
use crate::islands::{EmbedBuilder, EmbedLanguage, EmbedTexts, RATIO_HOLE};

/// `/<locale>/embed/`, for staff: the snippet that puts the guides (all of them, or
/// one) in a practice's web page, with its colour, a live preview and a copy button.
#[component]
pub fn EmbedPage() -> impl IntoView {
    let i18n = use_i18n();
    let languages = SUPPORTED
        .iter()
        .map(|&locale| {
            let patient = crate::i18n::for_locale(locale);
            let site = patient.text("site-name");
            let all = format!("{} – {site}", patient.text("home-title"));
            EmbedLanguage {
                code: locale.code.to_string(),
                name: locale.name.to_string(),
                frame_titles: std::iter::once(all)
                    .chain(super::journey_titles(&patient).into_iter().map(|title| format!("{title} – {site}")))
                    .collect(),
            }
        })
        .collect();
    let staff_language = crate::i18n::locale::position(i18n.locale());
    let text = |id: &str| i18n.text(id);
    let texts = EmbedTexts {
        journey: text("embed-journey"),
        all_guides: text("embed-all-guides"),
        language: text("embed-language"),
        accent: text("embed-accent"),
        accent_hint: text("embed-accent-hint"),
        bad_colour: text("embed-accent-bad"),
        low_contrast: i18n.with_hole("embed-accent-low-contrast", "ratio", RATIO_HOLE),
        list: text("embed-list"),
        code: text("embed-code"),
        copy: text("embed-copy"),
        copied: text("embed-copied"),
        preview: text("embed-preview"),
    };
    view! {
        <h1>{i18n.text("embed-title")}</h1>
        <p class="lead">{i18n.text("embed-intro")}</p>
        <ConfigStatus/>
        <EmbedBuilder
            journey_ids=super::journey_ids()
            journey_titles=super::journey_titles(&i18n)
            languages=languages
            staff_language=staff_language
            texts=texts
        />
        <p>{i18n.text("embed-hosting")}</p>
    }
}
