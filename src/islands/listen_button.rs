use leptos::prelude::*;

use crate::browser;

/// "Listen": reads the journey aloud with the device's own speech, in the page's
/// language. Hidden where the device has no voice for that language.
#[island]
pub fn ListenButton(listen: String, stop: String, lang: String) -> impl IntoView {
    let available = RwSignal::new(false);
    let speaking = RwSignal::new(false);
    {
        let lang = lang.clone();
        Effect::new(move || browser::when_voice_available(&lang, move || available.set(true)));
    }
    let on_click = move |_| {
        if speaking.get_untracked() {
            browser::stop_speaking();
            speaking.set(false);
        } else {
            browser::speak_main(&lang, move || speaking.set(false));
            speaking.set(true);
        }
    };
    view! {
        <button class="button button--secondary listen" type="button" hidden=move || !available.get() on:click=on_click>
            {move || if speaking.get() { stop.clone() } else { listen.clone() }}
        </button>
    }
}
