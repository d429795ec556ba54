use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::qr_code::QrSvg;
use super::staff_form::{language_options, numbered_options, selected_index, SelectField};
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
    let copied = RwSignal::new(None::<&'static str>);
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
        wait: Wait::parse(&format!(
            "{}{}",
            wait_amount.get().trim(),
            WAIT_UNIT_KEYS[wait_unit.get().min(2)]
        )),
        phone: Phone::parse(&phone.get()),
        web: WebAddress::parse(&web.get()),
    };
    let languages = StoredValue::new(languages);
    let journey_ids = StoredValue::new(journey_ids);
    let link = Memo::new(move |_| {
        let code = languages.with_value(|all| all[language.get()].code.clone());
        let id = journey_ids.with_value(|ids| ids[journey.get()].clone());
        format!("{}{code}/{id}/{}", site.get(), details().to_fragment())
    });
    let message = Memo::new(move |_| {
        languages.with_value(|all| {
            let patient = &all[language.get()];
            sms::default_message(&patient.message, &patient.short_message, &patient.titles[journey.get()], &link.get())
        })
    });
    let length = move || sms::measure(&message.get());
    let texts = StoredValue::new(texts);
    let text = move |pick: fn(&BuilderTexts) -> &String| texts.with_value(|texts| pick(texts).clone());
    let copy = move |what: &'static str| {
        move |_| {
            browser::copy_text(&if what == "link" { link.get_untracked() } else { message.get_untracked() });
            copied.set(Some(what));
        }
    };
    let copy_label = move |what: &'static str| move || if copied.get() == Some(what) { text(|t| &t.copied) } else { text(|t| &t.copy) };

    let journey_options = numbered_options(journey_titles);
    let names = languages.with_value(|all| all.iter().map(|language| (language.code.clone(), language.name.clone())).collect::<Vec<_>>());
    let language_options = language_options(names, staff_language);
    let unit_options = texts
        .with_value(|texts| texts.wait_units.clone())
        .into_iter()
        .enumerate()
        .map(|(index, name)| view! { <option value=index.to_string() selected=index == 1>{name}</option> })
        .collect_view();
    // Option 0 is "type them yourself"; option n is service n - 1.
    let pick = move |event: leptos::ev::Event| {
        let chosen = selected_index(event).checked_sub(1).and_then(|index| services.with(|all| all.get(index).cloned()));
        let Some(chosen) = chosen else { return };
        let code = languages.with_value(|all| all[language.get_untracked()].code.clone());
        service.set(chosen.name.get(&code).to_string());
        phone.set(chosen.phone.unwrap_or_default());
        web.set(chosen.website.unwrap_or_default());
    };
    let service_options = move || {
        let names = services.with(|all| all.iter().map(|service| service.name.get("en-GB").to_string()).collect::<Vec<_>>());
        numbered_options(std::iter::once(text(|t| &t.pick_none)).chain(names))
    };

    view! {
        <form class="builder" on:submit=|event| event.prevent_default()>
            <SelectField id="builder-journey" label=text(|t| &t.journey) picked=journey>{journey_options}</SelectField>
            <SelectField id="builder-language" label=text(|t| &t.language) picked=language>{language_options}</SelectField>
            <div class="field" hidden=move || services.with(Vec::is_empty)>
                <label for="builder-pick-service">{text(|t| &t.pick_service)}</label>
                <select id="builder-pick-service" on:change=pick>{service_options}</select>
            </div>
            <div class="field">
                <label for="builder-service">{text(|t| &t.service)}</label>
                <input id="builder-service" type="text" maxlength="80" autocomplete="off" prop:value=move || service.get() on:input=move |event| service.set(event_target_value(&event))/>
            </div>
            <div class="field">
                <label for="builder-start">{text(|t| &t.start)}</label>
                <input id="builder-start" type="date" on:input=move |event| start.set(event_target_value(&event))/>
            </div>
            <div class="field field--inline">
                <label for="builder-wait">{text(|t| &t.wait)}</label>
                <input id="builder-wait" type="number" min="1" max="365" inputmode="numeric" on:input=move |event| wait_amount.set(event_target_value(&event))/>
                <select id="builder-wait-unit" aria-label=text(|t| &t.wait) on:change=move |event| wait_unit.set(selected_index(event))>{unit_options}</select>
            </div>
            <div class="field">
                <label for="builder-phone">{text(|t| &t.phone)}</label>
                <input id="builder-phone" type="tel" autocomplete="off" prop:value=move || phone.get() aria-invalid=move || (!phone_ok()).to_string() on:input=move |event| phone.set(event_target_value(&event))/>
                <p class="field__error" role="alert" hidden=phone_ok>{text(|t| &t.bad_phone)}</p>
            </div>
            <div class="field">
                <label for="builder-web">{text(|t| &t.web)}</label>
                <input id="builder-web" type="url" autocomplete="off" prop:value=move || web.get() aria-invalid=move || (!web_ok()).to_string() on:input=move |event| web.set(event_target_value(&event))/>
                <p class="field__error" role="alert" hidden=web_ok>{text(|t| &t.bad_web)}</p>
            </div>
        </form>
        <section class="builder__output" aria-live="polite">
            <h2>{text(|t| &t.link)}</h2>
            <p class="builder__link" dir="ltr"><output id="builder-link">{move || link.get()}</output></p>
            <button class="button" type="button" id="builder-copy-link" on:click=copy("link")>{copy_label("link")}</button>
            <h2>{text(|t| &t.message)}</h2>
            <p class="builder__message"><output id="builder-message">{move || message.get()}</output></p>
            <dl class="builder__length">
                <dt>{text(|t| &t.characters)}</dt>
                <dd id="builder-units">{move || length().units}</dd>
                <dt>{text(|t| &t.segments)}</dt>
                <dd id="builder-segments">{move || length().segments}</dd>
            </dl>
            <p class="builder__unicode" hidden=move || length().encoding == Encoding::Gsm7>{text(|t| &t.unicode)}</p>
            <button class="button" type="button" id="builder-copy-message" on:click=copy("message")>{copy_label("message")}</button>
            <h2>{text(|t| &t.qr)}</h2>
            <div class="builder__qr">
                {move || qr::draw(&link.get()).map(|drawing| view! { <QrSvg drawing=drawing label=text(|t| &t.qr)/> })}
            </div>
            <button class="button button--secondary" type="button" on:click=|_| browser::print()>{text(|t| &t.print)}</button>
        </section>
    }
}
