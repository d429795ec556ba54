use leptos::prelude::*;

use crate::components::JourneyList;
use crate::i18n::use_i18n;

/// A path we do not know: say so kindly, then offer every journey.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1>{i18n.text("not-found-title")}</h1>
        <p class="lead">{i18n.text("not-found-body")}</p>
        <JourneyList/>
    }
}
