use fluent_bundle::FluentArgs;
use leptos::prelude::*;

use crate::components::StepCard;
use crate::i18n::{use_i18n, MessageRef};
use crate::journeys::Journey;

/// `/<locale>/<journey-id>/`: one journey, step by step.
#[component]
pub fn JourneyPage(journey: &'static Journey) -> impl IntoView {
    let i18n = use_i18n();
    let mut reviewed_args = FluentArgs::new();
    reviewed_args.set("date", i18n.date(journey.last_reviewed));
    let steps = journey
        .steps
        .iter()
        .enumerate()
        .map(|(index, step)| view! { <StepCard step=step number=index + 1 audience=journey.audience/> })
        .collect_view();
    view! {
        <h1>{i18n.attr(journey.id, "title")}</h1>
        <p class="lead">{i18n.attr(journey.id, "intro")}</p>
        <h2>{i18n.text("journey-steps-heading")}</h2>
        <ol class="steps">{steps}</ol>
        <p class="reviewed">{i18n.format(MessageRef::new("journey-reviewed"), Some(&reviewed_args))}</p>
    }
}
