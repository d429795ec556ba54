use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::islands::{ConfigCheck, ConfigTexts, AREA_HOLE, FIELD_HOLE};
use crate::local_config::ProblemKind;

/// On staff pages: whether this site's local contact details are in use, or what to
/// fix in them (checked in the browser, against the file as deployed).
#[component]
pub fn ConfigStatus() -> impl IntoView {
    let i18n = use_i18n();
    let texts = ConfigTexts {
        none: i18n.text("config-none"),
        loaded: i18n.with_hole("config-loaded", "area", AREA_HOLE),
        problems_title: i18n.text("config-problems-title"),
        problems_intro: i18n.text("config-problems-intro"),
        problems: ProblemKind::ALL.iter().map(|kind| (kind.message().to_string(), i18n.with_hole(kind.message(), "field", FIELD_HOLE))).collect(),
    };
    view! { <ConfigCheck texts=texts/> }
}
