use leptos::prelude::*;

use crate::components::JourneyList;
use crate::i18n::{locale::SUPPORTED, use_i18n};
use crate::route::Route;

/// `/<locale>/desk/`: for a reception screen turned to the patient. The first thing
/// is every language in its own script, large; then the journeys.
#[component]
pub fn DeskHomePage() -> impl IntoView {
    let i18n = use_i18n();
    let route = expect_context::<Route>();
    let languages = SUPPORTED
        .iter()
        .map(|&locale| {
            view! {
                <li>
                    <a
                        class="language-grid__link"
                        href=route.in_locale(locale).path()
                        lang=locale.code
                        hreflang=locale.code
                        dir=locale.direction.as_str()
                        aria-current=(locale == i18n.locale()).then_some("page")
                    >
                        {locale.name}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <h1>{i18n.text("desk-title")}</h1>
        <nav aria-label=i18n.text("language-picker-label")>
            <ul class="language-grid">{languages}</ul>
        </nav>
        <h2>{i18n.text("desk-journeys")}</h2>
        <JourneyList/>
    }
}
