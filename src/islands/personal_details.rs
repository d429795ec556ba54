use leptos::html::Div;
use leptos::prelude::*;

use crate::browser;
use crate::link::{self, Parsed};

/// Where a value goes in a message formatted at build time: Fluent fills each
/// variable with one of these, and the island puts the patient's value in its place.
pub const SERVICE_HOLE: char = '\u{E000}';
pub const DATE_HOLE: char = '\u{E001}';
pub const PHONE_HOLE: char = '\u{E002}';
pub const WEB_HOLE: char = '\u{E003}';

/// The messages the island reads from its hidden `children`: `[data-text="<key>"]`.
pub const TEXT_KEYS: [&str; 6] = ["title", "service", "expect-by", "phone", "web", "broken"];

/// The patient's own details from the link they were sent: the service, the day they
/// should hear by (worked out on the device, written in the page's language), and who
/// to ring (numbers and addresses kept left to right inside right-to-left text, so
/// "020 7946 0000" never reads "0000 7946 020"). The prerendered page is the same for everyone; this fills in after it
/// loads, and shows nothing without details. `children`: the messages, hidden, each
/// with a hole for the patient's value.
#[island]
pub fn PersonalDetails(children: Children) -> impl IntoView {
    let root = NodeRef::<Div>::new();
    let state = RwSignal::new(None::<(Vec<String>, Parsed)>);
    Effect::new(move || {
        let Some(root) = root.get() else { return };
        let texts = TEXT_KEYS.map(|key| browser::text_in(&root, &format!("[data-text=\"{key}\"]"))).to_vec();
        state.set(Some((texts, link::parse(&browser::fragment()))));
    });
    let shown = move || {
        let (texts, Parsed { details, dropped_something }) = state.get()?;
        let text = |key: &str| texts[TEXT_KEYS.iter().position(|k| *k == key).unwrap_or(0)].clone();
        let broken = dropped_something.then(|| view! { <p class="notice" role="status">{text("broken")}</p> });
        let card = (!details.is_empty()).then(|| {
            let service = details.service.clone().map(|name| view! { <p>{fill(&text("service"), SERVICE_HOLE, view! { <strong><bdi>{name}</bdi></strong> })}</p> });
            let expect_by = details.expected_by().map(|date| {
                let date = browser::format_date(&browser::page_lang(), date);
                view! { <p class="details__date">{fill(&text("expect-by"), DATE_HOLE, view! { <strong>{date}</strong> })}</p> }
            });
            let phone = details.phone.clone().map(|phone| {
                let link = view! { <a class="details__phone" href=phone.href() dir="ltr">{phone.display()}</a> };
                view! { <p>{fill(&text("phone"), PHONE_HOLE, link)}</p> }
            });
            let web = details.web.clone().map(|web| {
                let link = view! { <a href=web.href() rel="noreferrer" dir="ltr">{web.display().to_string()}</a> };
                view! { <p>{fill(&text("web"), WEB_HOLE, link)}</p> }
            });
            view! {
                <section class="details" aria-labelledby="details-title">
                    <h2 id="details-title" class="details__title">{text("title")}</h2>
                    {service}
                    {expect_by}
                    {phone}
                    {web}
                </section>
            }
        });
        Some(view! { {broken} {card} })
    };
    view! { <div node_ref=root>{children()}{shown}</div> }
}

/// The text before the hole, the value, and the text after it.
fn fill(template: &str, hole: char, value: impl IntoView) -> impl IntoView {
    let (before, after) = template.split_once(hole).unwrap_or((template, ""));
    (before.to_string(), value, after.to_string())
}
