use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::translations::PageReview;

/// On a page in another language than English, what is known of its words: checked by
/// qualified translators (and when), only if every message on the page has a current
/// review (the site step decides, src/translations/catalogue.rs); otherwise that it is
/// a draft, in that language and in English. Either way, that an interpreter is free.
#[component]
pub fn TranslationNotice() -> impl IntoView {
    let i18n = use_i18n();
    match use_context::<PageReview>().unwrap_or(PageReview::Draft) {
        PageReview::Source => None,
        PageReview::Draft => Some(
            view! {
                <div class="notice notice--translation" role="note">
                    <p>{i18n.text("translation-draft")}</p>
                    <p lang="en-GB" dir="ltr">{i18n.english_text("translation-draft")}</p>
                </div>
            }
            .into_any(),
        ),
        PageReview::Checked(date) => {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("date", i18n.date(date));
            Some(
                view! {
                    <div class="notice notice--translation" role="note">
                        <p>{i18n.format(crate::i18n::MessageRef::new("translation-checked"), Some(&args))}</p>
                    </div>
                }
                .into_any(),
            )
        }
    }
}
