use leptos::prelude::*;

use crate::browser;

/// "Listen": reads the journey aloud with the device's own speech, in the page's
/// language. Hidden where the device has no voice for that language. `children`: the
/// two labels, `.listen__start` and `.listen__stop`; CSS shows the one that fits.
#[island]
pub fn ListenButton(children: Children) -> impl IntoView {
    let available = RwSignal::new(false);
    let speaking = RwSignal::new(false);
    Effect::new(move || browser::when_voice_available(&browser::page_lang(), move || available.set(true)));
    let on_click = move |_| {
        if speaking.get_untracked() {
            browser::stop_speaking();
            speaking.set(false);
        } else {
            browser::speak_main(&browser::page_lang(), move || speaking.set(false));
            speaking.set(true);
        }
    };
    view! {
        <button
            class="button button--secondary listen"
            type="button"
            hidden=move || !available.get()
            aria-pressed=move || speaking.get().to_string()
            on:click=on_click
        >
            {children()}
        </button>
    }
}
