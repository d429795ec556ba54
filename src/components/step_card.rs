use fluent_bundle::FluentArgs;
use leptos::prelude::*;

use crate::i18n::{use_i18n, I18n, MessageRef};
use super::with_english::{both, both_lines, line_view};
use super::LocalContact;
use crate::journeys::{Journey, Step, TimedEvent};
use crate::local_config::AreaContacts;

/// One step of a journey: what happens, who does it, how long, how to reach them,
/// what to do if it does not happen, and questions to ask. How to reach them is the
/// area's own service when its local config names one, else the general wording.
#[component]
pub fn StepCard(journey: &'static Journey, step: &'static Step, number: usize) -> impl IntoView {
    let i18n = use_i18n();
    let audience = journey.audience;
    let contact = match use_context::<AreaContacts>().and_then(|area| area.service_for(journey.id, step.contact).cloned()) {
        Some(service) => view! { <LocalContact service=service/> }.into_any(),
        None => both(&i18n, |i18n| i18n.text(step.contact.message())).into_any(),
    };
    let mut number_args = FluentArgs::new();
    number_args.set("number", number);
    let mut who_args = FluentArgs::new();
    who_args.set("audience", audience.key());

    let paragraphs = both_lines(&i18n, MessageRef::attr(step.message, "body"))
        .into_iter()
        .map(|(line, english)| view! { <p>{line_view(line, english)}</p> })
        .collect_view();
    let questions = both_lines(&i18n, MessageRef::attr(step.message, "ask"))
        .into_iter()
        .map(|(line, english)| view! { <li>{line_view(line, english)}</li> })
        .collect_view();
    let timing = step.timing.map(|timing| {
        view! {
            <dt class="step__fact--timing">{both(&i18n, |i18n| i18n.text(timing.message()))}</dt>
            <dd class="step__fact--timing">{both(&i18n, |i18n| timing_text(i18n, timing))}</dd>
        }
    });

    view! {
        <li class="step" id=format!("step-{number}")>
            <p class="step__number">{i18n.format(MessageRef::new("step-number"), Some(&number_args))}</p>
            <h3 class="step__title">{both(&i18n, |i18n| i18n.attr(step.message, "title"))}</h3>
            <p class=step.who.css_class()>
                <span class="who__label">{i18n.text("step-who")}": "</span>
                <strong>{both(&i18n, |i18n| i18n.format(MessageRef::new(step.who.message()), Some(&who_args)))}</strong>
            </p>
            <div class="step__body">{paragraphs}</div>
            <dl class="step__facts">
                {timing}
                <dt>{i18n.text("step-contact")}</dt>
                <dd>{contact}</dd>
                <dt class="step__fact--if-not">{i18n.text("step-if-not")}</dt>
                <dd class="step__fact--if-not">{both(&i18n, |i18n| i18n.attr(step.message, "if-not"))}</dd>
            </dl>
            <h4 class="step__ask-title">{i18n.text("step-ask")}</h4>
            <ul class="step__ask">{questions}</ul>
        </li>
    }
}

/// "Within 7 days of your clinic visit."
fn timing_text(i18n: &I18n, event: TimedEvent) -> String {
    let (limit, unit) = event.limit();
    let mut args = FluentArgs::new();
    args.set("limit", limit);
    args.set("unit", unit.key());
    args.set("from", event.from_key());
    i18n.format(MessageRef::new("timing-within"), Some(&args))
}
