use leptos::prelude::*;

use crate::browser;
use crate::colour::{Rgb, MINIMUM_CONTRAST};

/// The message an embedded page sends the page around it: `{ type, height }`.
pub const HEIGHT_MESSAGE: &str = "whatnext:height";
/// The embedded page's query, written by the embed page's snippet:
/// `?accent=1d70b8` (the host's colour) and `list=no` (no list of other guides).
pub const ACCENT_PARAMETER: &str = "accent";
pub const LIST_PARAMETER: &str = "list";
pub const LIST_HIDDEN: &str = "no";
/// The list of other guides under an embedded journey.
pub const MORE_GUIDES_CLASS: &str = "more-guides";

/// On an embedded page (inside a practice's web page): the host's accent colour if it
/// is readable (else the page keeps its own), the list of other guides hidden if the
/// host asked, the same settings carried to every page the patient goes on to, and the
/// page's height told to the host so its frame needs no scroll bar.
#[island]
pub fn EmbedFrame() -> impl IntoView {
    Effect::new(|| {
        if let Some(hex) = browser::query_value(ACCENT_PARAMETER) {
            if Rgb::parse(&hex).is_some_and(|accent| accent.accent_contrast() >= MINIMUM_CONTRAST) {
                browser::set_page_style("--colour-accent", &format!("#{hex}"));
            }
        }
        if browser::query_value(LIST_PARAMETER).as_deref() == Some(LIST_HIDDEN) {
            browser::hide_all(&format!(".{MORE_GUIDES_CLASS}"));
        }
        browser::carry_query_to_links();
        browser::report_height_to_parent(HEIGHT_MESSAGE);
    });
}
