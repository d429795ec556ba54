use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::route::{Mode, Route};

/// 999 for emergencies, NHS 111 or the GP for urgent worries. On every page. On a
/// desk screen, which cannot make calls, the numbers are text, not `tel:` links.
#[component]
pub fn SafetyLine() -> impl IntoView {
    let i18n = use_i18n();
    let callable = expect_context::<Route>().mode != Mode::Desk;
    let line = move |number: &'static str, text: String, class: &'static str| {
        if callable {
            view! { <p><a class=class href=format!("tel:{number}")>{text}</a></p> }.into_any()
        } else {
            view! { <p class=class>{text}</p> }.into_any()
        }
    };
    view! {
        <aside class="safety" aria-labelledby="safety-title">
            <h2 id="safety-title" class="safety__title">{i18n.text("safety-title")}</h2>
            {line("999", i18n.text("safety-emergency"), "safety__call safety__call--emergency")}
            {line("111", i18n.text("safety-urgent"), "safety__call")}
        </aside>
    }
}
