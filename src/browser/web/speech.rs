//! Reading the page aloud with the device's own speech.

use std::cell::RefCell;

use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{HtmlElement, SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

/// An event handler the browser holds.
type Handler = Closure<dyn FnMut()>;

thread_local! {
    /// The `voiceschanged` handler: one a page, so a second call replaces the first.
    static ON_VOICES_CHANGED: RefCell<Option<Handler>> = const { RefCell::new(None) };
    /// The last utterance of the latest reading and its `end` handler: one a page, so
    /// pressing Listen again and again frees each reading's handler.
    static READING_END: RefCell<Option<(SpeechSynthesisUtterance, Handler)>> = const { RefCell::new(None) };
}

fn speech() -> Option<SpeechSynthesis> {
    web_sys::window()?.speech_synthesis().ok()
}

/// Calls `found` once the device has a speech voice for `lang` (voices can load late).
pub fn when_voice_available(lang: &str, found: impl Fn() + 'static) {
    let Some(speech) = speech() else { return };
    let primary = lang.split('-').next().unwrap_or(lang).to_ascii_lowercase();
    let has_voice = move |speech: &SpeechSynthesis| {
        speech.get_voices().iter().any(|voice| {
            let voice: SpeechSynthesisVoice = voice.unchecked_into();
            voice.lang().to_ascii_lowercase().split(['-', '_']).next() == Some(primary.as_str())
        })
    };
    if has_voice(&speech) {
        found();
        return;
    }
    let check = {
        let speech = speech.clone();
        Handler::new(move || {
            if has_voice(&speech) {
                found();
            }
        })
    };
    speech.set_onvoiceschanged(Some(check.as_ref().unchecked_ref()));
    // Only once the browser holds the new handler is the old one freed.
    ON_VOICES_CHANGED.set(Some(check));
}

/// Reads the page's main content aloud in `lang`, a paragraph at a time; calls
/// `finished` after the last one.
pub fn speak_main(lang: &str, finished: impl Fn() + 'static) {
    let Some(speech) = speech() else { return };
    let Some(main) = web_sys::window().and_then(|window| window.document()).and_then(|document| document.get_element_by_id("main")) else { return };
    let text = main.dyn_into::<HtmlElement>().map(|main| main.inner_text()).unwrap_or_default();
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|line| !line.is_empty()).collect();
    // The browser lets go of the last reading's handler before it is freed, so no
    // event (the cancelled reading's, say) can call a freed handler.
    if let Some((utterance, _on_end)) = READING_END.take() {
        utterance.set_onend(None);
    }
    speech.cancel();
    let on_end = Handler::new(finished);
    let mut last = None;
    for (index, line) in lines.iter().enumerate() {
        let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(line) else { continue };
        utterance.set_lang(lang);
        if index + 1 == lines.len() {
            utterance.set_onend(Some(on_end.as_ref().unchecked_ref()));
            last = Some(utterance.clone());
        }
        speech.speak(&utterance);
    }
    if let Some(utterance) = last {
        READING_END.set(Some((utterance, on_end)));
    }
}

pub fn stop_speaking() {
    if let Some(speech) = speech() {
        speech.cancel();
    }
}
