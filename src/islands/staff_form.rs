//! The fields both staff forms (link maker, embed maker) are made of. A field owns its
//! label, hint and error and wires them to its control (`for`, `aria-describedby`,
//! `aria-invalid`), so no form repeats that wiring or can forget it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What a text field is for: the control's type and the help the browser gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// Free text up to this many characters.
    Text { max_length: u32 },
    /// A colour code, typed as `#1d70b8`: left to right in every language.
    Code { max_length: u32 },
    Phone,
    Web,
    Date,
    /// A whole number from 1 to this.
    Count { max: u32 },
}

impl Input {
    fn kind(self) -> &'static str {
        match self {
            Input::Text { .. } | Input::Code { .. } => "text",
            Input::Phone => "tel",
            Input::Web => "url",
            Input::Date => "date",
            Input::Count { .. } => "number",
        }
    }

    fn max_length(self) -> Option<u32> {
        match self {
            Input::Text { max_length } | Input::Code { max_length } => Some(max_length),
            _ => None,
        }
    }
}

/// A labelled text field bound to `value`, with an optional hint and an error shown
/// (and announced) whenever `error` has one. `after`: a control that belongs to the
/// same line (the unit of a number).
#[component]
pub fn Field(
    id: &'static str,
    label: String,
    input: Input,
    value: RwSignal<String>,
    #[prop(optional)] hint: Option<String>,
    #[prop(optional, into)] error: Option<Signal<Option<String>>>,
    #[prop(optional)] after: Option<Children>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = [hint.is_some().then(|| hint_id.clone()), error.is_some().then(|| error_id.clone())].into_iter().flatten().collect::<Vec<_>>().join(" ");
    let failing = move || error.is_some_and(|error| error.with(Option::is_some));
    let max = match input {
        Input::Count { max } => Some(max),
        _ => None,
    };
    let code = matches!(input, Input::Code { .. });
    let inline = after.is_some();
    view! {
        <div class="field" class:field--inline=inline>
            <label for=id>{label}</label>
            {hint.map(|hint| view! { <p class="field__hint" id=hint_id>{hint}</p> })}
            <input
                id=id
                type=input.kind()
                maxlength=input.max_length()
                min=max.map(|_| 1)
                max=max
                inputmode=max.map(|_| "numeric")
                dir=code.then_some("ltr")
                spellcheck=code.then_some("false")
                autocomplete="off"
                aria-describedby=(!described_by.is_empty()).then_some(described_by)
                aria-invalid=move || error.is_some().then(|| failing().to_string())
                prop:value=move || value.get()
                on:input=move |event| value.set(event_target_value(&event))
            />
            {after.map(|after| after())}
            {error.map(|error| view! {
                <p class="field__error" id=error_id role="alert" hidden=move || error.with(Option::is_none)>{move || error.get()}</p>
            })}
        </div>
    }
}

/// A labelled `<select>` of `options`; the position of the option picked goes into
/// `picked`. `hidden`: while there is nothing to pick.
#[component]
pub fn SelectField(
    id: &'static str,
    label: String,
    picked: RwSignal<usize>,
    #[prop(optional, into)] hidden: Signal<bool>,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="field" hidden=move || hidden.get()>
            <label for=id>{label}</label>
            <select id=id on:change=move |event| picked.set(selected_index(&event))>{children()}</select>
        </div>
    }
}

/// The position of the option picked in the `<select>` an event came from. Read from
/// the element, not from the option's `value`, which a hand-edited page could set to
/// anything; the position is always one of the options the page has.
pub fn selected_index(event: &leptos::ev::Event) -> usize {
    let select = event.target().and_then(|target| target.dyn_into::<web_sys::HtmlSelectElement>().ok());
    select.map_or(0, |select| usize::try_from(select.selected_index()).unwrap_or(0))
}

/// `<option>…</option>` for each label, `selected` picked first.
pub fn options(labels: impl IntoIterator<Item = String>, selected: usize) -> impl IntoView {
    labels.into_iter().enumerate().map(|(index, label)| view! { <option selected=index == selected>{label}</option> }).collect_view()
}

/// The languages as options, each name in its own language, `selected` picked first.
/// `languages`: (code, name) pairs.
pub fn language_options(languages: impl IntoIterator<Item = (String, String)>, selected: usize) -> impl IntoView {
    languages
        .into_iter()
        .enumerate()
        .map(|(index, (code, name))| view! { <option lang=code selected=index == selected>{name}</option> })
        .collect_view()
}

/// The item at the position picked, or the first if a changed page picked one past
/// the end: a position never panics.
pub fn picked<T>(items: &[T], index: usize) -> Option<&T> {
    items.get(index).or_else(|| items.first())
}
