use leptos::prelude::*;

use crate::components::JourneyList;
use crate::i18n::use_i18n;

/// A path we do not know: say so kindly, then offer every journey. The service worker
/// also shows this page for a page never saved when there is no signal, marking it
/// `<html data-offline>`: then the second reason shows instead of the first (the link
/// is fine; the phone is offline).
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1>{i18n.text("not-found-title")}</h1>
        <p class="lead not-found__online">{i18n.text("not-found-body")}</p>
        <p class="lead not-found__offline">{i18n.text("not-found-offline")}</p>
        <JourneyList/>
    }
}
