use leptos::prelude::*;

use crate::i18n::use_i18n;

/// 999 for emergencies, NHS 111 or the GP for urgent worries. On every page.
#[component]
pub fn SafetyLine() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <aside class="safety" aria-labelledby="safety-title">
            <h2 id="safety-title" class="safety__title">{i18n.text("safety-title")}</h2>
            <p><a class="safety__call safety__call--emergency" href="tel:999">{i18n.text("safety-emergency")}</a></p>
            <p><a class="safety__call" href="tel:111">{i18n.text("safety-urgent")}</a></p>
        </aside>
    }
}
