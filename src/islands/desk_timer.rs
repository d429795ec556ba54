use leptos::html::Span;
use leptos::prelude::*;

use crate::browser;

/// The class of the element, in a desk timer's `children`, that holds its settings.
pub const DESK_TIMER_CLASS: &str = "desk-timer";

/// On a desk screen: after a while without a touch, key press or scroll, go back to
/// the language grid, so the next patient never sees the last one's page.
/// `children`: a hidden element with class [`DESK_TIMER_CLASS`], its `data-reset-to` the
/// address to go back to and `data-seconds` how long to wait. (Settings in the page,
/// not props: props would bring a JSON decoder into the patients' Wasm.)
#[island]
pub fn DeskTimer(children: Children) -> impl IntoView {
    let root = NodeRef::<Span>::new();
    Effect::new(move || {
        let Some(root) = root.get() else { return };
        let setting = |name| browser::attribute_in(&root, &format!(".{DESK_TIMER_CLASS}"), name);
        if let (Some(reset_to), Some(seconds)) = (setting("data-reset-to"), setting("data-seconds").and_then(|value| value.parse().ok())) {
            browser::after_idle(seconds, reset_to);
        }
    });
    view! { <span node_ref=root>{children()}</span> }
}
