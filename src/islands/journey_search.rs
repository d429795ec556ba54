use leptos::prelude::*;

use crate::search::{SearchEntry, SearchIndex};

/// A search box that finds journeys by everyday words, on the device, as you type.
///
/// `counts[n]` is the already-formatted "n guides match" line (n = 0 … all journeys),
/// so plurals come from Fluent at build time.
#[island]
pub fn JourneySearch(
    label: String,
    hint: String,
    entries: Vec<SearchEntry>,
    ignored_words: String,
    counts: Vec<String>,
) -> impl IntoView {
    let index = SearchIndex::new(entries, &ignored_words);
    let (query, set_query) = signal(String::new());
    let results = move || {
        let query = query.get();
        if query.trim().is_empty() {
            return None;
        }
        let found = index.find(&query);
        let count = counts.get(found.len()).cloned().unwrap_or_default();
        let items = found
            .into_iter()
            .map(|entry| {
                view! {
                    <li class="journey-link">
                        <a class="journey-link__title" href=entry.href.clone()>{entry.title.clone()}</a>
                        <p class="journey-link__summary">{entry.summary.clone()}</p>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <p class="search__count">{count}</p>
            <ul class="journey-links">{items}</ul>
        })
    };
    view! {
        <form class="search" role="search" on:submit=|event| event.prevent_default()>
            <label class="search__label" for="journey-search">{label}</label>
            <p class="search__hint" id="journey-search-hint">{hint}</p>
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
