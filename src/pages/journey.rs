use fluent_bundle::FluentArgs;
use leptos::prelude::*;

use crate::components::StepCard;
use crate::i18n::{use_i18n, I18n, MessageRef};
use crate::islands::{
    DetailTexts, ListenButton, PersonalDetails, QrCode, QrTarget, DATE_HOLE, PHONE_HOLE, SERVICE_HOLE, WEB_HOLE,
};
use crate::journeys::Journey;
use crate::route::{Mode, Page, Route};

/// `/<locale>/<journey-id>/`: one journey, step by step, with the patient's own
/// details from their link filled in on the device, a Listen button, and a QR code
/// that only shows on paper. On a desk screen: a large QR code to take the page home
/// and a button to start again.
#[component]
pub fn JourneyPage(journey: &'static Journey) -> impl IntoView {
    let i18n = use_i18n();
    let route = expect_context::<Route>();
    let mut reviewed_args = FluentArgs::new();
    reviewed_args.set("date", i18n.date(journey.last_reviewed));
    let steps = journey
        .steps
        .iter()
        .enumerate()
        .map(|(index, step)| view! { <StepCard step=step number=index + 1 audience=journey.audience/> })
        .collect_view();
    let take_home = (route.mode == Mode::Desk).then(|| {
        view! {
            <div class="take-home">
                <QrCode
                    target=QrTarget::Path(Route::new(route.locale, route.page).path())
                    caption=i18n.text("desk-take-home")
                    class="take-home__qr".to_string()
                />
                <a class="button button--start-again" href=route.to(Page::Home).path()>{i18n.text("desk-start-again")}</a>
            </div>
        }
    });
    let personal = (route.mode == Mode::Personal).then(|| {
        view! {
            <ListenButton listen=i18n.text("listen") stop=i18n.text("listen-stop") lang=i18n.locale().code.to_string()/>
            <PersonalDetails texts=detail_texts(&i18n)/>
        }
    });
    view! {
        <h1>{i18n.attr(journey.id, "title")}</h1>
        <p class="lead">{i18n.attr(journey.id, "intro")}</p>
        {take_home}
        {personal}
        <QrCode target=QrTarget::ThisPage caption=i18n.text("print-qr") class="print-only print-qr".to_string()/>
        <h2>{i18n.text("journey-steps-heading")}</h2>
        <ol class="steps">{steps}</ol>
        <p class="reviewed">{i18n.format(MessageRef::new("journey-reviewed"), Some(&reviewed_args))}</p>
    }
}

/// The personal-details messages, each with a hole where the patient's value goes.
fn detail_texts(i18n: &I18n) -> DetailTexts {
    let with_hole = |id: &str, variable: &str, hole: char| {
        let mut args = FluentArgs::new();
        args.set(variable, hole.to_string());
        i18n.format(MessageRef::new(id), Some(&args))
    };
    DetailTexts {
        lang: i18n.locale().code.to_string(),
        title: i18n.text("details-title"),
        service: with_hole("details-service", "service", SERVICE_HOLE),
        expect_by: with_hole("details-expect-by", "date", DATE_HOLE),
        phone: with_hole("details-phone", "phone", PHONE_HOLE),
        web: with_hole("details-web", "web", WEB_HOLE),
        broken: i18n.text("details-broken"),
    }
}
