use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::qr_code::QrSvg;
use super::staff_form::{language_options, options, picked, selected_index, Field, Input, SelectField};
use crate::browser;
use crate::date::Date;
use crate::link::{Details, Phone, Wait, WebAddress};
use crate::local_config::{self, Service};
use crate::qr;
use crate::sms::{self, Encoding};

pub use crate::sms::{LINK_HOLE, TITLE_HOLE};

/// A language the patient may read, with what the text message says in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PatientLanguage {
    pub code: String,
    pub name: String,
    /// The text message, with holes for the journey title and the link.
    pub message: String,
    /// The same without the title, for when the title would make it too long.
    pub short_message: String,
    /// Every journey's title in this language, in journey order.
    pub titles: Vec<String>,
}

/// The link format's letters for the wait units, in the order of `BuilderTexts::wait_units`.
const WAIT_UNIT_KEYS: [&str; 3] = ["d", "w", "m"];

/// The builder's own words, in the staff member's language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BuilderTexts {
    pub journey: String,
    pub language: String,
    pub service: String,
    /// The area's services from the local config, to pick from instead of typing.
    pub pick_service: String,
    pub pick_none: String,
    pub start: String,
    pub wait: String,
    /// Days, weeks, months.
    pub wait_units: [String; 3],
    pub phone: String,
    pub web: String,
    pub bad_phone: String,
    pub bad_web: String,
    pub link: String,
    pub message: String,
    pub characters: String,
    pub segments: String,
    pub unicode: String,
    pub copy: String,
    pub copied: String,
    pub qr: String,
    pub print: String,
}

/// For staff: pick the journey and the patient's language, add their details if
/// wanted, and get the link, a ready text message with its length in texts, a QR
/// code and a print button. Everything is worked out on this device. If the area has a
/// local config, its services can be picked instead of typed.
#[island]
pub fn LinkBuilder(journey_ids: Vec<String>, journey_titles: Vec<String>, languages: Vec<PatientLanguage>, staff_language: usize, texts: BuilderTexts) -> impl IntoView {
    let journey = RwSignal::new(0usize);
    let language = RwSignal::new(staff_language);
    let service = RwSignal::new(String::new());
    let start = RwSignal::new(String::new());
    let wait_amount = RwSignal::new(String::new());
    let wait_unit = RwSignal::new(1usize);
    let phone = RwSignal::new(String::new());
    let web = RwSignal::new(String::new());
    // What was copied last: a button says "Copied" only while its text is still that.
    let copied = RwSignal::new(None::<String>);
    let site = RwSignal::new(String::new());
    let services = RwSignal::new(Vec::<Service>::new());
    Effect::new(move || {
        site.set(browser::site_url());
        local_config::fetch_deployed(move |found| {
            if let Some(Ok(area)) = found {
                services.set(area.services);
            }
        });
    });

    let phone_ok = move || phone.with(|text| text.trim().is_empty() || Phone::parse(text).is_some());
    let web_ok = move || web.with(|text| text.trim().is_empty() || WebAddress::parse(text).is_some());
    let details = move || Details {
        service: Some(service.get().trim().to_string()).filter(|text| !text.is_empty()),
        start: Date::parse(&start.get()),
        wait: picked(&WAIT_UNIT_KEYS, wait_unit.get()).and_then(|unit| Wait::parse(&format!("{}{unit}", wait_amount.get().trim()))),
        phone: Phone::parse(&phone.get()),
        web: WebAddress::parse(&web.get()),
    };
    let languages = StoredValue::new(languages);
    let journey_ids = StoredValue::new(journey_ids);
    // The patient's language and the journey picked (the first if a changed page
    // picked past the end).
    let patient = move || languages.with_value(|all| picked(all, language.get()).cloned());
    let link = Memo::new(move |_| {
        let code = patient().map(|patient| patient.code).unwrap_or_default();
        let id = journey_ids.with_value(|ids| picked(ids, journey.get()).cloned().unwrap_or_default());
        format!("{}{code}/{id}/{}", site.get(), details().to_fragment())
    });
    let message = Memo::new(move |_| {
        let Some(patient) = patient() else { return String::new() };
        let title = picked(&patient.titles, journey.get()).map_or("", String::as_str);
        sms::default_message(&patient.message, &patient.short_message, title, &link.get())
    });
    let length = move || sms::measure(&message.get());
    let texts = StoredValue::new(texts);
    let text = move |pick: fn(&BuilderTexts) -> &String| texts.with_value(|texts| pick(texts).clone());
    let copy = move |what: Memo<String>| {
        move |_| {
            let words = what.get_untracked();
            browser::copy_text(&words);
            copied.set(Some(words));
        }
    };
    let copy_label = move |what: Memo<String>| move || if copied.with(|copied| copied.as_ref() == Some(&what.get())) { text(|t| &t.copied) } else { text(|t| &t.copy) };

    let journey_options = options(journey_titles, 0);
    let names = languages.with_value(|all| all.iter().map(|language| (language.code.clone(), language.name.clone())).collect::<Vec<_>>());
    let language_options = language_options(names, staff_language);
    let unit_options = options(texts.with_value(|texts| texts.wait_units.clone()), 1);
    // The services' names in the staff member's language, for picking; what goes in the
    // link is the name in the patient's language.
    let staff_code = languages.with_value(|all| picked(all, staff_language).map(|language| language.code.clone()).unwrap_or_default());
    let service_options = move || {
        let names = services.with(|all| all.iter().map(|service| service.name.get(&staff_code).to_string()).collect::<Vec<_>>());
        options(std::iter::once(text(|t| &t.pick_none)).chain(names), 0)
    };
    // Option 0 is "type them yourself"; option n is service n - 1.
    let picked_service = RwSignal::new(0usize);
    Effect::new(move |_| {
        let chosen = picked_service.get().checked_sub(1).and_then(|index| services.with_untracked(|all| all.get(index).cloned()));
        let Some(chosen) = chosen else { return };
        let code = languages.with_value(|all| picked(all, language.get_untracked()).map(|patient| patient.code.clone()).unwrap_or_default());
        service.set(chosen.name.get(&code).to_string());
        phone.set(chosen.phone.unwrap_or_default());
        web.set(chosen.website.unwrap_or_default());
    });
    let bad_phone = Signal::derive(move || (!phone_ok()).then(|| text(|t| &t.bad_phone)));
    let bad_web = Signal::derive(move || (!web_ok()).then(|| text(|t| &t.bad_web)));

    view! {
        <form class="builder" on:submit=|event| event.prevent_default()>
            <SelectField id="builder-journey" label=text(|t| &t.journey) picked=journey>{journey_options}</SelectField>
            <SelectField id="builder-language" label=text(|t| &t.language) picked=language>{language_options}</SelectField>
            <SelectField id="builder-pick-service" label=text(|t| &t.pick_service) picked=picked_service hidden=Signal::derive(move || services.with(Vec::is_empty))>
                {service_options}
            </SelectField>
            <Field id="builder-service" label=text(|t| &t.service) input=Input::Text { max_length: 80 } value=service/>
            <Field id="builder-start" label=text(|t| &t.start) input=Input::Date value=start/>
            <Field id="builder-wait" label=text(|t| &t.wait) input=Input::Count { max: 365 } value=wait_amount after=Box::new(move || view! {
                <select id="builder-wait-unit" aria-label=text(|t| &t.wait) on:change=move |event| wait_unit.set(selected_index(&event))>{unit_options}</select>
            }.into_any())/>
            <Field id="builder-phone" label=text(|t| &t.phone) input=Input::Phone value=phone error=bad_phone/>
            <Field id="builder-web" label=text(|t| &t.web) input=Input::Web value=web error=bad_web/>
        </form>
        <section class="builder__output" aria-live="polite">
            <h2>{text(|t| &t.link)}</h2>
            <p class="builder__link" dir="ltr"><output id="builder-link">{move || link.get()}</output></p>
            <button class="button" type="button" id="builder-copy-link" on:click=copy(link)>{copy_label(link)}</button>
            <h2>{text(|t| &t.message)}</h2>
            <p class="builder__message"><output id="builder-message">{move || message.get()}</output></p>
            <dl class="builder__length">
                <dt>{text(|t| &t.characters)}</dt>
                <dd id="builder-units">{move || length().units}</dd>
                <dt>{text(|t| &t.segments)}</dt>
                <dd id="builder-segments">{move || length().segments}</dd>
            </dl>
            <p class="builder__unicode" hidden=move || length().encoding == Encoding::Gsm7>{text(|t| &t.unicode)}</p>
            <button class="button" type="button" id="builder-copy-message" on:click=copy(message)>{copy_label(message)}</button>
            <h2>{text(|t| &t.qr)}</h2>
            <div class="builder__qr">
                {move || qr::draw(&link.get()).map(|drawing| view! { <QrSvg drawing=drawing label=text(|t| &t.qr)/> })}
            </div>
            <button class="button button--secondary" type="button" on:click=|_| browser::print()>{text(|t| &t.print)}</button>
        </section>
    }
}
