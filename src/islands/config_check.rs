use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::local_config::{self, Problem};

/// Where the field's name goes in a problem's explanation, and the area's name in
/// `ConfigTexts::loaded`.
pub const FIELD_HOLE: char = '\u{E020}';
pub const AREA_HOLE: char = '\u{E021}';

/// The check's words, in the staff member's language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConfigTexts {
    pub none: String,
    pub loaded: String,
    pub problems_title: String,
    pub problems_intro: String,
    /// The explanation of each kind of problem, by its message id
    /// (`ProblemKind::message`): looked up by kind, never by position.
    pub problems: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq)]
enum Status {
    Checking,
    Missing,
    InUse(String),
    Broken(Vec<Problem>),
}

/// For staff: reads this site's local config (`local.json`) as deployed and says
/// whether it is in use, or exactly which fields to fix.
#[island]
pub fn ConfigCheck(texts: ConfigTexts) -> impl IntoView {
    let status = RwSignal::new(Status::Checking);
    Effect::new(move || {
        local_config::fetch_deployed(move |found| {
            status.set(match found {
                None => Status::Missing,
                Some(Ok(area)) => Status::InUse(area.area),
                Some(Err(problems)) => Status::Broken(problems),
            });
        });
    });
    let texts = StoredValue::new(texts);
    move || match status.get() {
        Status::Checking => ().into_any(),
        Status::Missing => view! { <p class="config-check" id="config-check">{texts.with_value(|texts| texts.none.clone())}</p> }.into_any(),
        Status::InUse(area) => {
            let text = texts.with_value(|texts| texts.loaded.replace(AREA_HOLE, &area));
            view! { <p class="config-check" id="config-check">{text}</p> }.into_any()
        }
        Status::Broken(problems) => {
            let items = problems
                .into_iter()
                .map(|problem| {
                    let template = texts.with_value(|texts| {
                        let explained = texts.problems.iter().find(|(id, _)| id == problem.kind.message());
                        explained.map(|(_, text)| text.clone()).unwrap_or_default()
                    });
                    let (before, after) = template.split_once(FIELD_HOLE).unwrap_or((&template, ""));
                    view! {
                        <li data-field=problem.field.clone()>
                            {before.to_string()}<code dir="ltr">{problem.field.clone()}</code>{after.to_string()}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="notice notice--warning" id="config-check" role="alert">
                    <h2>{texts.with_value(|texts| texts.problems_title.clone())}</h2>
                    <p>{texts.with_value(|texts| texts.problems_intro.clone())}</p>
                    <ul class="config-check__problems">{items}</ul>
                </div>
            }
            .into_any()
        }
    }
}
