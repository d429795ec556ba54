use leptos::prelude::*;

use crate::components::{JourneyList, JourneySearch};
use crate::i18n::use_i18n;

/// `/<locale>/`: every journey, grouped by the question people ask.
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1>{i18n.text("home-title")}</h1>
        <p class="lead">{i18n.text("home-intro")}</p>
        <JourneySearch/>
        <JourneyList/>
    }
}
