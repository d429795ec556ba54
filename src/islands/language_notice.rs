use leptos::prelude::*;

use crate::browser;
use crate::route::LanguageNotice as Notice;

/// "We do not have that language yet": shown on the English page a browser was sent
/// to from a path with an unknown language. `children`: the notice, hidden until then,
/// so the prerendered page is the same for everyone.
#[island]
pub fn LanguageNotice(children: Children) -> impl IntoView {
    let shown = RwSignal::new(false);
    Effect::new(move || shown.set(browser::query() == Notice::QUERY));
    view! { <div class="notice" role="status" hidden=move || !shown.get()>{children()}</div> }
}
