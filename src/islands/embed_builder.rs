use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::embed_frame::{ACCENT_PARAMETER, HEIGHT_MESSAGE, LIST_HIDDEN, LIST_PARAMETER};
use super::staff_form::{language_options, options, picked, Field, Input, SelectField};
use crate::browser;
use crate::colour::{Rgb, MINIMUM_CONTRAST};
use crate::route::EMBEDDED_SEGMENT;

/// Where the contrast ratio goes in `EmbedTexts::low_contrast`.
pub const RATIO_HOLE: char = '\u{E030}';
/// The preview frame on the embed page.
const PREVIEW_ID: &str = "embed-preview";

/// A language the guides can be embedded in, with the frame's title in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EmbedLanguage {
    pub code: String,
    pub name: String,
    /// The frame's title for the list of all guides, then for each journey in order.
    pub frame_titles: Vec<String>,
}

/// The embed page's own words, in the staff member's language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EmbedTexts {
    pub journey: String,
    pub all_guides: String,
    pub language: String,
    pub accent: String,
    pub accent_hint: String,
    pub bad_colour: String,
    pub low_contrast: String,
    pub list: String,
    pub code: String,
    pub copy: String,
    pub copied: String,
    pub preview: String,
}

/// The accent colour as typed: none, readable, or refused and why.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Accent {
    Default,
    Readable(Rgb),
    NotAColour,
    TooLight(f64),
}

impl Accent {
    fn read(text: &str) -> Self {
        if text.trim().is_empty() {
            return Accent::Default;
        }
        match Rgb::parse(text).map(|colour| (colour, colour.accent_contrast())) {
            None => Accent::NotAColour,
            Some((_, contrast)) if contrast < MINIMUM_CONTRAST => Accent::TooLight(contrast),
            Some((colour, _)) => Accent::Readable(colour),
        }
    }
}

/// For staff: choose a guide (or all), a language, the website's colour and whether
/// to list other guides; get the snippet for the practice's website, a live preview
/// and a copy button. A colour too light to read is refused, with the reason.
#[island]
pub fn EmbedBuilder(journey_ids: Vec<String>, journey_titles: Vec<String>, languages: Vec<EmbedLanguage>, staff_language: usize, texts: EmbedTexts) -> impl IntoView {
    // 0: all guides; n: journey n - 1.
    let journey = RwSignal::new(0usize);
    let language = RwSignal::new(staff_language);
    let accent_text = RwSignal::new(String::new());
    let list = RwSignal::new(true);
    // What was copied last: the button says "Copied" only while the snippet is still that.
    let copied = RwSignal::new(None::<String>);
    let site = RwSignal::new(String::new());
    let origin = RwSignal::new(String::new());
    Effect::new(move || {
        site.set(browser::site_url());
        origin.set(browser::origin());
        browser::size_frame_to_its_page(PREVIEW_ID, HEIGHT_MESSAGE);
    });

    let accent = Memo::new(move |_| Accent::read(&accent_text.get()));
    let languages = StoredValue::new(languages);
    let journey_ids = StoredValue::new(journey_ids);
    // 0: all guides; n: journey n - 1 (all guides if a changed page picked past the end).
    let guide = move || journey.get().checked_sub(1).and_then(|index| journey_ids.with_value(|ids| ids.get(index).cloned()));
    let language_code = move || languages.with_value(|all| picked(all, language.get()).map(|language| language.code.clone()).unwrap_or_default());
    let address = Memo::new(move |_| {
        let page = guide().map_or(String::new(), |id| format!("{id}/"));
        let mut query = Vec::new();
        if let Accent::Readable(colour) = accent.get() {
            query.push(format!("{ACCENT_PARAMETER}={}", colour.hex()));
        }
        if guide().is_some() && !list.get() {
            query.push(format!("{LIST_PARAMETER}={LIST_HIDDEN}"));
        }
        let query = if query.is_empty() { String::new() } else { format!("?{}", query.join("&")) };
        format!("{}{}/{EMBEDDED_SEGMENT}/{page}{query}", site.get(), language_code())
    });
    let frame_title = move || {
        let titles = languages.with_value(|all| picked(all, language.get()).map(|language| language.frame_titles.clone()).unwrap_or_default());
        let index = if guide().is_some() { journey.get() } else { 0 };
        titles.get(index).cloned().unwrap_or_default()
    };
    let snippet = Memo::new(move |_| snippet(&address.get(), &origin.get(), &frame_title()));

    let texts = StoredValue::new(texts);
    let text = move |pick: fn(&EmbedTexts) -> &String| texts.with_value(|texts| pick(texts).clone());
    let accent_message = Signal::derive(move || match accent.get() {
        Accent::NotAColour => Some(text(|t| &t.bad_colour)),
        Accent::TooLight(ratio) => Some(text(|t| &t.low_contrast).replace(RATIO_HOLE, &format!("{ratio:.1}"))),
        Accent::Default | Accent::Readable(_) => None,
    });
    let journey_options = options(std::iter::once(text(|t| &t.all_guides)).chain(journey_titles), 0);
    let names = languages.with_value(|all| all.iter().map(|language| (language.code.clone(), language.name.clone())).collect::<Vec<_>>());
    let language_options = language_options(names, staff_language);

    view! {
        <form class="builder" on:submit=|event| event.prevent_default()>
            <SelectField id="embed-journey" label=text(|t| &t.journey) picked=journey>{journey_options}</SelectField>
            <SelectField id="embed-language" label=text(|t| &t.language) picked=language>{language_options}</SelectField>
            <Field id="embed-accent" label=text(|t| &t.accent) input=Input::Code { max_length: 7 } value=accent_text hint=text(|t| &t.accent_hint) error=accent_message/>
            <div class="field field--checkbox" hidden=move || guide().is_none()>
                <input id="embed-list" type="checkbox" checked on:change=move |event| list.set(event_target_checked(&event))/>
                <label for="embed-list">{text(|t| &t.list)}</label>
            </div>
        </form>
        <section class="builder__output">
            <h2><label for="embed-code">{text(|t| &t.code)}</label></h2>
            <textarea id="embed-code" class="builder__code" readonly rows="12" dir="ltr" prop:value=move || snippet.get()></textarea>
            <button
                class="button"
                type="button"
                id="embed-copy"
                on:click=move |_| {
                    let words = snippet.get_untracked();
                    browser::copy_text(&words);
                    copied.set(Some(words));
                }
            >
                {move || if copied.with(|copied| copied.as_ref() == Some(&snippet.get())) { text(|t| &t.copied) } else { text(|t| &t.copy) }}
            </button>
            <h2>{text(|t| &t.preview)}</h2>
            <iframe id=PREVIEW_ID class="embed-preview" src=move || (!site.get().is_empty()).then(|| address.get()) title=frame_title></iframe>
        </section>
    }
}

/// The code a practice pastes into its web page: the frame, and a few lines that set
/// its height from the app's height messages, taking only messages from the app's own
/// origin, from that frame, of that one shape.
fn snippet(address: &str, app_origin: &str, title: &str) -> String {
    let title = title.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    format!(
        r#"<iframe id="whatnext-guide" src="{address}" title="{title}" style="width:100%;height:40rem;border:0" referrerpolicy="no-referrer"></iframe>
<script>
(function () {{
  var frame = document.getElementById('whatnext-guide');
  window.addEventListener('message', function (event) {{
    var data = event.data;
    if (event.origin !== '{app_origin}' || event.source !== frame.contentWindow) return;
    if (!data || data.type !== '{HEIGHT_MESSAGE}' || typeof data.height !== 'number') return;
    if (data.height > 0 && data.height < 100000) frame.style.height = Math.ceil(data.height) + 'px';
  }});
}})();
</script>"#
    )
}
