use std::sync::Arc;

use fluent_bundle::FluentArgs;
use leptos::prelude::*;

use crate::i18n::{use_i18n, MessageRef};
use crate::route::journey_path;
use crate::search::SearchIndex;

/// A search box that finds journeys by everyday words, on the device, as you type.
#[component]
pub fn JourneySearch() -> impl IntoView {
    let i18n = use_i18n();
    let index = Arc::new(SearchIndex::new(&i18n));
    let (query, set_query) = signal(String::new());
    let results_i18n = i18n.clone();
    let results = move || {
        let query = query.get();
        if query.trim().is_empty() {
            return None;
        }
        let found = index.find(&query);
        let mut args = FluentArgs::new();
        args.set("count", found.len());
        let items = found
            .into_iter()
            .map(|journey| {
                view! {
                    <li class="journey-link">
                        <a class="journey-link__title" href=journey_path(results_i18n.locale(), journey)>
                            {results_i18n.attr(journey.id, "title")}
                        </a>
                        <p class="journey-link__summary">{results_i18n.attr(journey.id, "summary")}</p>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <p class="search__count">{results_i18n.format(MessageRef::new("search-results"), Some(&args))}</p>
            <ul class="journey-links">{items}</ul>
        })
    };
    view! {
        <form class="search" role="search" on:submit=|event| event.prevent_default()>
            <label class="search__label" for="journey-search">{i18n.text("search-label")}</label>
            <p class="search__hint" id="journey-search-hint">{i18n.text("search-hint")}</p>
            <input
                class="search__input"
                id="journey-search"
                type="search"
                autocomplete="off"
                aria-describedby="journey-search-hint"
                on:input=move |event| set_query.set(event_target_value(&event))
            />
        </form>
        <div class="search__results" aria-live="polite">{results}</div>
    }
}
