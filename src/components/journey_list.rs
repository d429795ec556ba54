use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::journeys::{self, Topic};
use crate::route::{Page, Route, SiteRoot};

/// Every journey, grouped under the question people start from. Links stay in the
/// page's mode (a desk page links to desk pages). The search island reads the titles
/// and summaries; the keywords come from their own file (`search::SearchWords`).
#[component]
pub fn JourneyList() -> impl IntoView {
    let i18n = use_i18n();
    let route = expect_context::<Route>();
    let root = expect_context::<SiteRoot>();
    let groups = Topic::ALL.into_iter().filter_map(|topic| {
        let in_topic: Vec<_> = journeys::ALL.iter().filter(|journey| journey.topic == topic).collect();
        if in_topic.is_empty() {
            return None;
        }
        let items = in_topic
            .into_iter()
            .map(|&journey| {
                view! {
                    <li class="journey-link">
                        <a class="journey-link__title" href=root.href(&route.to(Page::Journey(journey)))>
                            {i18n.attr(journey.id, "title")}
                        </a>
                        <p class="journey-link__summary">{i18n.attr(journey.id, "summary")}</p>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <section class="topic">
                <h2 class="topic__title">{i18n.text(topic.message())}</h2>
                <ul class="journey-links">{items}</ul>
            </section>
        })
    });
    groups.collect_view()
}
