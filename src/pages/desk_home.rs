use leptos::prelude::*;

use crate::components::{JourneyList, LanguageLinks};
use crate::i18n::use_i18n;

/// `/<locale>/desk/`: for a reception screen turned to the patient. The first thing
/// is every language in its own script, large; then the journeys.
#[component]
pub fn DeskHomePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1>{i18n.text("desk-title")}</h1>
        <nav aria-label=i18n.text("language-picker-label")>
            <LanguageLinks list_class="language-grid" link_class="language-grid__link"/>
        </nav>
        <h2>{i18n.text("desk-journeys")}</h2>
        <JourneyList/>
    }
}
