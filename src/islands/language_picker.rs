use leptos::prelude::*;

use crate::browser;

/// Makes the language links (`children`, each `<a hreflang>` to this page in another
/// language) remember the patient's choice and keep their details in the fragment.
/// Without JavaScript they are plain links.
#[island]
pub fn LanguagePicker(children: Children) -> impl IntoView {
    let on_click = |event: leptos::ev::MouseEvent| {
        if let Some((code, href)) = browser::clicked_language_link(&event) {
            event.prevent_default();
            browser::remember_language(&code);
            browser::go_to(&href);
        }
    };
    view! { <div class="languages__links" on:click=on_click>{children()}</div> }
}
