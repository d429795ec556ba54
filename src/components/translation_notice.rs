use leptos::prelude::*;

use crate::i18n::{locale::Review, use_i18n};

/// On a page in a draft translation: say so, in that language and in English, and
/// that an interpreter is free.
#[component]
pub fn TranslationNotice() -> impl IntoView {
    let i18n = use_i18n();
    (i18n.locale().review == Review::Draft).then(|| {
        view! {
            <div class="notice notice--translation" role="note">
                <p>{i18n.text("translation-draft")}</p>
                <p lang="en-GB" dir="ltr">{i18n.english_text("translation-draft")}</p>
            </div>
        }
    })
}
