use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::browser;
use crate::link::{self, Parsed};

/// Where a value goes in a message formatted at build time: Fluent fills each
/// variable with one of these, and the island puts the patient's value in its place.
pub const SERVICE_HOLE: char = '\u{E000}';
pub const DATE_HOLE: char = '\u{E001}';
pub const PHONE_HOLE: char = '\u{E002}';
pub const WEB_HOLE: char = '\u{E003}';

/// The island's words, formatted at build time with holes for the patient's values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DetailTexts {
    /// The page's BCP 47 tag, for writing dates the local way.
    pub lang: String,
    pub title: String,
    pub service: String,
    pub expect_by: String,
    pub phone: String,
    pub web: String,
    pub broken: String,
}

/// The patient's own details from the link they were sent: the service, the day they
/// should hear by (worked out on the device), and who to ring. The prerendered page is
/// the same for everyone; this fills in after it loads, and shows nothing without them.
#[island]
pub fn PersonalDetails(texts: DetailTexts) -> impl IntoView {
    let parsed = RwSignal::new(Parsed::default());
    Effect::new(move || parsed.set(link::parse(&browser::fragment())));
    move || {
        let Parsed { details, dropped_something } = parsed.get();
        let texts = texts.clone();
        let broken = dropped_something.then(|| view! { <p class="notice" role="status">{texts.broken.clone()}</p> });
        let card = (!details.is_empty()).then(|| {
            let service = details.service.clone().map(|name| view! { <p>{fill(&texts.service, SERVICE_HOLE, view! { <strong>{name}</strong> })}</p> });
            let expect_by = details.expected_by().map(|date| {
                let date = browser::format_date(&texts.lang, date);
                view! { <p class="details__date">{fill(&texts.expect_by, DATE_HOLE, view! { <strong>{date}</strong> })}</p> }
            });
            let phone = details.phone.clone().map(|phone| {
                let link = view! { <a class="details__phone" href=phone.href()>{phone.display()}</a> };
                view! { <p>{fill(&texts.phone, PHONE_HOLE, link)}</p> }
            });
            let web = details.web.clone().map(|web| {
                let link = view! { <a href=web.href() rel="noreferrer">{web.display().to_string()}</a> };
                view! { <p>{fill(&texts.web, WEB_HOLE, link)}</p> }
            });
            view! {
                <section class="details" aria-labelledby="details-title">
                    <h2 id="details-title" class="details__title">{texts.title.clone()}</h2>
                    {service}
                    {expect_by}
                    {phone}
                    {web}
                </section>
            }
        });
        view! { {broken} {card} }
    }
}

/// The text before the hole, the value, and the text after it.
fn fill(template: &str, hole: char, value: impl IntoView) -> impl IntoView {
    let (before, after) = template.split_once(hole).unwrap_or((template, ""));
    (before.to_string(), value, after.to_string())
}
