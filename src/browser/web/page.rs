//! The page as a whole: its language and meta, its style, its links, its focus.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

fn document() -> Option<Document> {
    web_sys::window()?.document()
}

fn html() -> Option<Element> {
    document()?.document_element()
}

/// The page's language, from `<html lang>`.
pub fn page_lang() -> String {
    html().and_then(|html| html.get_attribute("lang")).unwrap_or_default()
}

/// The `content` of `<meta name="…">`, if the page has one.
pub fn meta_content(name: &str) -> Option<String> {
    document()?.query_selector(&format!("meta[name=\"{name}\"]")).ok()??.get_attribute("content")
}

/// Sets a CSS custom property on the page, e.g. `--colour-link`.
pub fn set_page_style(property: &str, value: &str) {
    if let Some(html) = html().and_then(|html| html.dyn_into::<HtmlElement>().ok()) {
        let _ = html.style().set_property(property, value);
    }
}

/// Hides every element matching `selector`.
pub fn hide_all(selector: &str) {
    let Some(found) = document().and_then(|document| document.query_selector_all(selector).ok()) else { return };
    for index in 0..found.length() {
        if let Some(element) = found.item(index).and_then(|node| node.dyn_into::<HtmlElement>().ok()) {
            element.set_hidden(true);
        }
    }
}

/// Adds this page's query to every link to another page of the site, so settings in
/// it (an embedded page's colour) last as the patient goes from page to page.
pub fn carry_query_to_links() {
    let query = super::query();
    if query.is_empty() {
        return;
    }
    let Some(links) = document().and_then(|document| document.query_selector_all("a[href]").ok()) else { return };
    for index in 0..links.length() {
        let Some(link) = links.item(index).and_then(|node| node.dyn_into::<Element>().ok()) else { continue };
        let Some(href) = link.get_attribute("href") else { continue };
        // Relative links only: not tel:, https:, or #main.
        if !href.contains(':') && !href.starts_with('#') && !href.contains('?') {
            let _ = link.set_attribute("href", &format!("{href}{query}"));
        }
    }
}

/// Marks `<html data-ready>` once the app has taken over the page, so tests (and
/// anything else) can tell the prerendered HTML is now live.
pub fn mark_ready() {
    if let Some(html) = html() {
        let _ = html.set_attribute("data-ready", "");
    }
}

/// Moves keyboard focus to the element with this id.
pub fn focus(id: &str) {
    if let Some(element) = document()
        .and_then(|document| document.get_element_by_id(id))
        .and_then(|element| element.dyn_into::<HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}
