use leptos::prelude::*;

/// "Skip to main content": moves focus to the content without touching the URL
/// fragment, which may hold a patient's own details. Without JavaScript it is a
/// plain link to `#main`. `children`: the label.
#[island]
pub fn SkipLink(children: Children) -> impl IntoView {
    view! {
        <a
            class="skip-link"
            href="#main"
            on:click=|event| {
                event.prevent_default();
                crate::browser::focus("main");
            }
        >
            {children()}
        </a>
    }
}
