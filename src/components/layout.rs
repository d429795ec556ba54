use leptos::prelude::*;

use super::SafetyLine;
use crate::i18n::use_i18n;
use crate::route::home_path;

/// The frame of every page: skip link, header, safety line, main content, footer.
#[component]
pub fn Layout(
    /// The path asked for a language we do not have.
    unknown_locale: bool,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>{i18n.text("skip-to-content")}</a>
        <header class="site-header">
            <div class="container">
                <a class="site-header__name" href=home_path(i18n.locale())>{i18n.text("site-name")}</a>
                <p class="site-header__tagline">{i18n.text("site-tagline")}</p>
            </div>
        </header>
        <div class="container">
            {unknown_locale.then(|| view! { <p class="notice" role="status">{i18n.text("unknown-language")}</p> })}
            <SafetyLine/>
            <main id="main" tabindex="-1">{children()}</main>
        </div>
        <footer class="site-footer">
            <div class="container">
                <p><a href=home_path(i18n.locale())>{i18n.text("home-link")}</a></p>
                <p>{i18n.text("footer-not-nhs")}</p>
                <p>{i18n.text("footer-privacy")}</p>
            </div>
        </footer>
    }
}

/// Moves focus to the content without touching the URL fragment, which may hold a
/// patient's own details.
fn skip_to_main(event: leptos::ev::MouseEvent) {
    use wasm_bindgen::JsCast;
    let main = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("main"))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(main) = main {
        event.prevent_default();
        let _ = main.focus();
    }
}
