use leptos::html::Div;
use leptos::prelude::*;

use crate::browser;
use crate::search::{journey_id_of, parse_search_words, SearchEntry, SearchIndex};

/// A search box that finds journeys by everyday words, on the device, as you type.
/// It indexes the journey list already on the page (titles and summaries), and adds each
/// journey's keywords from the language's search-words file, fetched once the page is
/// up (`[data-search-words]`: its address). `children`: the label, the hint, and hidden
/// data: the words to ignore (`[data-search-ignored]`) and the "n guides match" lines
/// (`.search__counts li`, n = 0 … all journeys), formatted by Fluent at build time.
#[island]
pub fn JourneySearch(children: Children) -> impl IntoView {
    let root = NodeRef::<Div>::new();
    let index = RwSignal::new(None::<(SearchIndex, Vec<String>)>);
    let (query, set_query) = signal(String::new());
    // Once the island has started: index the titles and summaries on the page at once,
    // then again with the keywords when their file comes (without it, offline say, the
    // search works on titles and summaries).
    Effect::new(move || {
        let Some(root) = root.get() else { return };
        let ignored = browser::attribute_in(&root, "[data-search-ignored]", "data-search-ignored").unwrap_or_default();
        let counts = browser::texts_in(&root, ".search__counts li");
        index.set(Some((SearchIndex::new(journey_entries(&root), &ignored), counts.clone())));
        let Some(url) = browser::attribute_in(&root, "[data-search-words]", "data-search-words") else { return };
        browser::fetch_text(url, move |text| {
            let Some(text) = text else { return };
            let keywords = parse_search_words(&text);
            let mut entries = journey_entries(&root);
            for entry in &mut entries {
                let id = journey_id_of(&entry.href);
                if let Some((_, words)) = keywords.iter().find(|(journey, _)| *journey == id) {
                    entry.keywords = words.to_string();
                }
            }
            index.set(Some((SearchIndex::new(entries, &ignored), counts)));
        });
    });
    let results = move || {
        let query = query.get();
        if query.trim().is_empty() {
            return None;
        }
        index.with(|index| {
            let (index, counts) = index.as_ref()?;
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
        })
    };
    view! {
        <div node_ref=root>
            <form class="search" role="search" on:submit=|event| event.prevent_default()>
                {children()}
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
        </div>
    }
}

/// The journeys listed on the page around `root` (`.topic .journey-link`), as the
/// search needs them.
fn journey_entries(root: &web_sys::Element) -> Vec<SearchEntry> {
    let Some(page) = browser::page_of(root) else { return Vec::new() };
    browser::elements_in(&page, ".topic .journey-link")
        .iter()
        .filter_map(|item| {
            Some(SearchEntry {
                href: browser::attribute_in(item, "a", "href")?,
                title: browser::text_in(item, "a"),
                summary: browser::text_in(item, ".journey-link__summary"),
                keywords: String::new(),
            })
        })
        .collect()
}
