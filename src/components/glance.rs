use fluent_bundle::FluentArgs;
use leptos::prelude::*;

use super::PictureImage;
use crate::easy_read::picture::Picture;
use crate::i18n::{use_i18n, MessageRef};
use crate::journeys::Journey;

/// The guide at a glance, at the top of its page: the steps in order, each with who
/// does it as a picture and in words, each a link to its step. The pictures say what
/// the words beside them say, so they are decorative.
#[component]
pub fn Glance(journey: &'static Journey) -> impl IntoView {
    let i18n = use_i18n();
    let mut who_args = FluentArgs::new();
    who_args.set("audience", journey.audience.key());
    let steps = journey
        .steps
        .iter()
        .enumerate()
        .map(|(index, step)| {
            view! {
                <li>
                    <a href=format!("#step-{}", index + 1)>
                        <PictureImage picture=Picture::of_who(step.who, journey.audience) size=32/>
                        <span class="glance__step">{i18n.attr(step.message, "title")}</span>
                        <span class="glance__who">{i18n.format(MessageRef::new(step.who.message()), Some(&who_args))}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="glance" aria-labelledby="glance-title">
            <h2 id="glance-title">{i18n.text("glance-title")}</h2>
            <ol class="glance__steps">{steps}</ol>
        </nav>
    }
}
