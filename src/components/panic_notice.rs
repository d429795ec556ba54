use leptos::prelude::*;

use crate::i18n::{locale::EN_GB, use_i18n};
use crate::route::{Route, SiteRoot};

/// The notice's id: the loader's error handler (src/site/loader.js) unhides it when the
/// Wasm fails (a panic traps).
pub const PANIC_NOTICE_ID: &str = "panic-notice";

/// Hidden until the app fails in the browser: then it says so kindly and offers the
/// page again in English. The page's own text and the safety line stay as they are.
#[component]
pub fn PanicNotice() -> impl IntoView {
    let i18n = use_i18n();
    let route = expect_context::<Route>();
    let root = expect_context::<SiteRoot>();
    view! {
        <div class="notice notice--warning" id=PANIC_NOTICE_ID role="alert" tabindex="-1" hidden>
            <h2>{i18n.text("panic-title")}</h2>
            <p>{i18n.text("panic-body")}</p>
            <p><a href=root.href(&route.in_locale(&EN_GB)) hreflang="en-GB" lang="en-GB" dir="ltr">{i18n.english_text("panic-english")}</a></p>
        </div>
    }
}
