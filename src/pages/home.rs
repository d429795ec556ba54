use fluent_bundle::FluentArgs;
use leptos::prelude::*;

use crate::components::{EasyReadLink, JourneyList};
use crate::i18n::{use_i18n, MessageRef};
use crate::islands::JourneySearch;
use crate::journeys;
use crate::route::SiteRoot;
use crate::search::SearchWords;

/// `/<locale>/`: a search box, then every journey grouped by the question people ask.
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let root = expect_context::<SiteRoot>();
    // "No guides match", "1 guide matches", … for every possible number of results.
    let counts = (0..=journeys::ALL.len())
        .map(|count| {
            let mut args = FluentArgs::new();
            args.set("count", count);
            view! { <li>{i18n.format(MessageRef::new("search-results"), Some(&args))}</li> }
        })
        .collect_view();
    view! {
        <h1>{i18n.text("home-title")}</h1>
        <p class="lead">{i18n.text("home-intro")}</p>
        <EasyReadLink/>
        <JourneySearch>
            <label class="search__label" for="journey-search">{i18n.text("search-label")}</label>
            <p class="search__hint" id="journey-search-hint">{i18n.text("search-hint")}</p>
            <div hidden data-search-ignored=i18n.text("search-ignored-words")></div>
            <ol hidden class="search__counts">{counts}</ol>
            <div hidden data-search-words=root.file(&SearchWords::of(&i18n).file_name)></div>
        </JourneySearch>
        <JourneyList/>
    }
}
