use leptos::prelude::*;

use crate::easy_read;
use crate::i18n::{locale::EN_GB, use_i18n};
use crate::journeys::Journey;
use crate::route::{Page, Route, SiteRoot};

/// A link to the Easy Read of `journey` (or, without one, to the list of Easy Read
/// guides): in the page's language if it has it, else to the English one, saying so.
#[component]
pub fn EasyReadLink(#[prop(optional)] journey: Option<&'static Journey>) -> impl IntoView {
    let i18n = use_i18n();
    let route = expect_context::<Route>();
    let root = expect_context::<SiteRoot>();
    let own = journey.map_or_else(
        || crate::journeys::ALL.iter().any(|journey| easy_read::has_own(i18n.locale(), journey)),
        |journey| easy_read::has_own(i18n.locale(), journey),
    );
    let page = journey.map_or(Page::EasyReadList, Page::EasyRead);
    let (target, text, hreflang) = if own {
        (route.to(page), i18n.text("link-easy-read"), None)
    } else {
        (route.in_locale(&EN_GB).to(page), i18n.text("link-easy-read-english"), Some(EN_GB.code))
    };
    view! {
        <p class="easy-read-link">
            <a href=root.href(&target) hreflang=hreflang>{text}</a>
        </p>
    }
}
