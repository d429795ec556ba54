use leptos::prelude::*;

use crate::browser;

/// On a desk screen: after `seconds` without a touch, key press or scroll, go back
/// to the language grid, so the next patient never sees the last one's page.
#[island]
pub fn DeskTimer(reset_to: String, seconds: u32) -> impl IntoView {
    Effect::new(move || browser::after_idle(seconds, reset_to.clone()));
}
