//! A guide "with English" (`/<locale>/<journey>/with-english/`): each part in the
//! page's language, then the same part in English under it, marked `lang="en-GB"` and
//! `dir="ltr"`, for a receptionist or relative helping the patient.

use leptos::prelude::*;

use crate::i18n::{I18n, MessageRef};

/// Provided on pages with English: the English words.
#[derive(Clone)]
pub struct WithEnglish(pub I18n);

fn english_of(text: String) -> impl IntoView {
    view! { <span class="english" lang="en-GB" dir="ltr">{text}</span> }
}

/// `words` in the page's language; on a page with English, the English under them.
pub fn both(i18n: &I18n, words: impl Fn(&I18n) -> String) -> AnyView {
    match use_context::<WithEnglish>() {
        Some(WithEnglish(english)) => view! { {words(i18n)} {english_of(words(&english))} }.into_any(),
        None => words(i18n).into_any(),
    }
}

/// A multi-line message's lines (`.body`, `.ask`), each with its English line under it
/// on a page with English (by position; a language with fewer lines gets the rest of
/// the English on its last).
pub fn both_lines(i18n: &I18n, message: MessageRef) -> Vec<(String, Option<String>)> {
    let own = i18n.lines(message);
    let Some(WithEnglish(english)) = use_context::<WithEnglish>() else {
        return own.into_iter().map(|line| (line, None)).collect();
    };
    let english = english.lines(message);
    let last = own.len().saturating_sub(1);
    let extra = english.len() > own.len();
    own.into_iter()
        .enumerate()
        .map(|(index, line)| {
            let under = match (index == last && extra, english.get(index)) {
                (true, _) => Some(english[index..].join(" ")),
                (false, found) => found.cloned(),
            };
            (line, under)
        })
        .collect()
}

/// One line and, when there is one, its English.
pub fn line_view(line: String, english: Option<String>) -> AnyView {
    match english {
        Some(english) => view! { {line} {english_of(english)} }.into_any(),
        None => line.into_any(),
    }
}
