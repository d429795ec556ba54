use fluent_bundle::FluentArgs;
use leptos::prelude::*;

use crate::components::with_english::both;
use crate::components::{EasyReadLink, Glance, StepCard};
use crate::i18n::{use_i18n, I18n, MessageRef};
use crate::islands::{ListenButton, PersonalDetails, QrCode, DATE_HOLE, MORE_GUIDES_CLASS, PHONE_HOLE, SERVICE_HOLE, WEB_HOLE};
use crate::journeys::{Journey, Source};
use crate::route::{Mode, Page, Route, SiteRoot};

/// `/<locale>/<journey-id>/`: one journey, step by step, with the patient's own
/// details from their link filled in on the device, a Listen button, and a QR code
/// that only shows on paper. On a desk screen: a large QR code to take the page home
/// and a button to start again. Embedded in a practice's web page: a list of the
/// other guides at the end, which the practice may hide.
#[component]
pub fn JourneyPage(journey: &'static Journey) -> impl IntoView {
    let i18n = use_i18n();
    let route = expect_context::<Route>();
    let root = expect_context::<SiteRoot>();
    let steps = journey
        .steps
        .iter()
        .enumerate()
        .map(|(index, step)| view! { <StepCard journey=journey step=step number=index + 1/> })
        .collect_view();
    // Islands' children are closures that own their text.
    let (take_home_caption, start_again) = (i18n.text("desk-take-home"), i18n.text("desk-start-again"));
    let (listen, listen_stop, print_caption) = (i18n.text("listen"), i18n.text("listen-stop"), i18n.text("print-qr"));
    let details = detail_texts(&i18n);
    // A page with English has no Wasm (it is for reading together): no islands.
    let take_home = (route.mode == Mode::Desk && !route.with_english).then(|| {
        view! {
            <div class="take-home">
                <div class="take-home__qr">
                    <QrCode>
                        <p class="qr-code__caption" data-qr-path=Route::new(route.locale, route.page).path()>
                            {take_home_caption}
                        </p>
                    </QrCode>
                </div>
                <a class="button button--start-again" href=root.href(&route.to(Page::Home))>{start_again}</a>
            </div>
        }
    });
    // Inside a practice's page: one link to the list of every guide (a list here would
    // grow every embedded page with each new guide).
    let more_guides = (route.mode == Mode::Embedded).then(|| {
        view! {
            <section class=MORE_GUIDES_CLASS aria-labelledby="more-guides-title">
                <h2 id="more-guides-title">{i18n.text("journey-more-guides")}</h2>
                <p><a href=root.href(&route.to(Page::Home))>{i18n.text("home-link")}</a></p>
            </section>
        }
    });
    let personal = (route.mode != Mode::Desk && !route.with_english).then(|| {
        view! {
            <ListenButton>
                <span class="listen__start">{listen}</span>
                <span class="listen__stop">{listen_stop}</span>
            </ListenButton>
            <PersonalDetails>
                <div hidden>{details}</div>
            </PersonalDetails>
        }
    });
    // For whoever is helping: this guide with the English under each part.
    let with_english = route.with_english().map(|with_english| {
        view! {
            <p class="with-english-link">
                <a href=root.href(&with_english)>
                    {i18n.text("with-english-link")}
                    <span class="english" lang="en-GB" dir="ltr">{i18n.english_text("with-english-link")}</span>
                </a>
            </p>
        }
    });
    view! {
        <h1>{both(&i18n, |i18n| i18n.attr(journey.id, "title"))}</h1>
        {(!route.with_english).then_some(with_english).flatten()}
        {(!route.with_english).then(|| view! { <EasyReadLink journey=journey/> })}
        <p class="lead">{both(&i18n, |i18n| i18n.attr(journey.id, "intro"))}</p>
        <Glance journey=journey/>
        {take_home}
        {personal}
        <div class="print-only print-qr">
            <QrCode>
                <p class="qr-code__caption">{print_caption}</p>
            </QrCode>
        </div>
        <h2>{i18n.text("journey-steps-heading")}</h2>
        <ol class="steps">{steps}</ol>
        <JourneySources journey=journey/>
        {more_guides}
    }
}

/// When the guide was written and from which sources; a clinician's check only when one
/// is recorded for this guide (a page never claims a review it did not have).
#[component]
fn JourneySources(journey: &'static Journey) -> impl IntoView {
    let i18n = use_i18n();
    let mut args = FluentArgs::new();
    let status = match journey.clinical_review {
        Some(review) => {
            args.set("reviewer", review.reviewer);
            args.set("date", i18n.date(review.date));
            i18n.format(MessageRef::new("journey-reviewed"), Some(&args))
        }
        None => {
            args.set("date", i18n.date(journey.written));
            i18n.format(MessageRef::new("journey-written"), Some(&args))
        }
    };
    let mut sources: Vec<Source> = Vec::new();
    for source in journey.steps.iter().flat_map(|step| step.sources) {
        if !sources.contains(source) {
            sources.push(*source);
        }
    }
    let items = sources.into_iter().map(|source| view! { <li>{i18n.text(source.message())}</li> }).collect_view();
    view! {
        <footer class="sources">
            <p>{status}</p>
            <ul class="sources__list">{items}</ul>
        </footer>
    }
}

/// The personal-details messages, each with a hole where the patient's value goes,
/// for the island to read (`[data-text]`).
fn detail_texts(i18n: &I18n) -> impl IntoView {
    let with_hole = |id, variable, hole| i18n.with_hole(id, variable, hole);
    let texts = [
        ("title", i18n.text("details-title")),
        ("service", with_hole("details-service", "service", SERVICE_HOLE)),
        ("expect-by", with_hole("details-expect-by", "date", DATE_HOLE)),
        ("phone", with_hole("details-phone", "phone", PHONE_HOLE)),
        ("web", with_hole("details-web", "web", WEB_HOLE)),
        ("broken", i18n.text("details-broken")),
    ];
    debug_assert!(texts.iter().map(|(key, _)| *key).eq(crate::islands::DETAIL_TEXT_KEYS));
    texts.map(|(key, text)| view! { <p data-text=key>{text}</p> }).to_vec().collect_view()
}
