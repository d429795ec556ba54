use fluent_bundle::FluentArgs;
use leptos::prelude::*;

use crate::components::PictureImage;
use crate::easy_read::{self, picture::Picture, IF_NOT, TITLE};
use crate::i18n::{use_i18n, I18n, MessageRef};
use crate::islands::ListenButton;
use crate::journeys::{self, Journey};
use crate::route::{Mode, Page, Route, SiteRoot};

/// `/<locale>/<journey>/easy-read/`: the guide in Easy Read. One point per row, its
/// picture on the reading-start side; the steps numbered, each led by who does it;
/// what to do if a step does not happen; where to get help now. Large type (style:
/// `.easy-read`), a clean handout on paper, read aloud by Listen.
#[component]
pub fn EasyReadPage(journey: &'static Journey) -> impl IntoView {
    let i18n = use_i18n();
    let route = expect_context::<Route>();
    let root = expect_context::<SiteRoot>();
    let guide = easy_read::guide_message(journey);
    let steps = journey
        .steps
        .iter()
        .enumerate()
        .map(|(index, step)| {
            let message = easy_read::step_message(step);
            let mut who_args = FluentArgs::new();
            who_args.set("audience", journey.audience.key());
            let who = i18n.format(MessageRef::new(step.who.message()), Some(&who_args));
            let number = index + 1;
            view! {
                <li class="easy-step" id=format!("step-{number}")>
                    <div class="easy-row easy-row--who">
                        <PictureImage picture=Picture::of_who(step.who, journey.audience) alt=who size=64/>
                        <h2 class="easy-step__title">
                            <span class="easy-step__number">{number}</span>
                            {i18n.attr(&message, TITLE)}
                        </h2>
                    </div>
                    <ul class="easy-points">
                        {point_rows(&i18n, &message)}
                        <li class="easy-row easy-row--if-not">
                            <PictureImage picture=Picture::Help alt=i18n.text(&Picture::Help.alt_message())/>
                            <p>{i18n.attr(&message, IF_NOT)}</p>
                        </li>
                    </ul>
                </li>
            }
        })
        .collect_view();
    let personal = route.mode != Mode::Desk;
    let (listen, listen_stop) = (i18n.text("listen"), i18n.text("listen-stop"));
    view! {
        <div class="easy-read">
            <h1>{i18n.attr(&guide, TITLE)}</h1>
            <p class="easy-read__full">
                <a href=root.href(&route.to(Page::Journey(journey)))>{i18n.text("easy-read-full-guide")}</a>
            </p>
            {personal.then(|| view! {
                <ListenButton>
                    <span class="listen__start">{listen}</span>
                    <span class="listen__stop">{listen_stop}</span>
                </ListenButton>
            })}
            <ul class="easy-points">{point_rows(&i18n, &guide)}</ul>
            <ol class="easy-steps">{steps}</ol>
            <section class="easy-help" aria-labelledby="easy-help-title">
                <h2 id="easy-help-title">{i18n.attr("easy-read-help", TITLE)}</h2>
                <ul class="easy-points">{point_rows(&i18n, "easy-read-help")}</ul>
            </section>
        </div>
    }
}

/// `/<locale>/easy-read/`: every guide this language has in Easy Read.
#[component]
pub fn EasyReadListPage() -> impl IntoView {
    let i18n = use_i18n();
    let route = expect_context::<Route>();
    let root = expect_context::<SiteRoot>();
    let guides = journeys::ALL
        .iter()
        .filter(|journey| easy_read::has_own(i18n.locale(), journey))
        .map(|&journey| {
            let who = journey.steps.first().map_or(Picture::You, |step| Picture::of_who(step.who, journey.audience));
            view! {
                <li class="easy-row">
                    <PictureImage picture=who/>
                    <p><a href=root.href(&route.to(Page::EasyRead(journey)))>{i18n.attr(&easy_read::guide_message(journey), TITLE)}</a></p>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="easy-read">
            <h1>{i18n.attr("easy-read-list", TITLE)}</h1>
            <ul class="easy-points">{point_rows(&i18n, "easy-read-list")}</ul>
            <ul class="easy-points easy-guides">{guides}</ul>
        </div>
    }
}

/// One row per point of `message`, each with its picture and the picture's words. A
/// point named by no picture stops the build, naming it.
fn point_rows(i18n: &I18n, message: &str) -> impl IntoView {
    let points = easy_read::points(&i18n.attribute_names(message)).unwrap_or_else(|name| {
        i18n.note_missing(format!("{message}.{name} (no picture has this name)"));
        Vec::new()
    });
    points
        .into_iter()
        .map(|point| {
            view! {
                <li class="easy-row">
                    <PictureImage picture=point.picture alt=i18n.text(&point.picture.alt_message())/>
                    <p>{i18n.attr(message, &point.attribute)}</p>
                </li>
            }
        })
        .collect_view()
}
