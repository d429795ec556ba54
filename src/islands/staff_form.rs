//! Pieces both staff forms (link maker, embed maker) use.

use leptos::prelude::*;

/// A labelled `<select>` of `numbered_options` or `language_options`; the index
/// picked goes into `picked`.
#[component]
pub fn SelectField(id: &'static str, label: String, picked: RwSignal<usize>, children: Children) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id on:change=move |event| picked.set(selected_index(event))>{children()}</select>
        </div>
    }
}

/// The option picked in a `<select>` of `numbered_options` or `language_options`.
pub fn selected_index(event: leptos::ev::Event) -> usize {
    event_target_value(&event).parse().unwrap_or(0)
}

/// `<option value="0">…</option>`, `<option value="1">…`, one per label.
pub fn numbered_options(labels: impl IntoIterator<Item = String>) -> impl IntoView {
    labels
        .into_iter()
        .enumerate()
        .map(|(index, label)| view! { <option value=index.to_string()>{label}</option> })
        .collect_view()
}

/// The languages as numbered options, each name in its own language, `selected`
/// picked first. `languages`: (code, name) pairs.
pub fn language_options(languages: impl IntoIterator<Item = (String, String)>, selected: usize) -> impl IntoView {
    languages
        .into_iter()
        .enumerate()
        .map(|(index, (code, name))| view! { <option value=index.to_string() lang=code selected=index == selected>{name}</option> })
        .collect_view()
}
