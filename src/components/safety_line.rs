use fluent_bundle::FluentArgs;
use leptos::prelude::*;

use crate::i18n::{use_i18n, MessageRef};
use crate::journeys::Audience;
use crate::route::{Mode, Page, Route};

/// NHS 111 online's address, linked from the safety line.
const NHS_111_ONLINE: &str = "https://111.nhs.uk/";

/// On every page: 999 for emergencies; NHS 111 (phone or online) or the GP when unwell,
/// worded for a parent on guides for parents; NHS 111's mental health option; and the
/// routes for deaf people. On a desk screen, which cannot make calls, the numbers are
/// text, not `tel:` links.
#[component]
pub fn SafetyLine() -> impl IntoView {
    let i18n = use_i18n();
    let route = expect_context::<Route>();
    let callable = route.mode != Mode::Desk;
    let audience = match route.page {
        Page::Journey(journey) | Page::EasyRead(journey) => journey.audience,
        _ => Audience::Patient,
    };
    let mut audience_args = FluentArgs::new();
    audience_args.set("audience", audience.key());
    let urgent = i18n.format(MessageRef::new("safety-urgent"), Some(&audience_args));
    let line = move |href: String, text: String, class: &'static str| {
        if callable {
            view! { <p><a class=class href=href>{text}</a></p> }.into_any()
        } else {
            view! { <p class=class>{text}</p> }.into_any()
        }
    };
    view! {
        <aside class="safety" aria-labelledby="safety-title">
            <h2 id="safety-title" class="safety__title">{i18n.text("safety-title")}</h2>
            {line("tel:999".into(), i18n.text("safety-emergency"), "safety__call safety__call--emergency")}
            {line("tel:111".into(), urgent, "safety__call")}
            {line(NHS_111_ONLINE.into(), i18n.text("safety-online"), "safety__call")}
            <p>{i18n.text("safety-mental-health")}</p>
            <p>{i18n.text("safety-deaf")}</p>
        </aside>
    }
}
