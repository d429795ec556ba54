//! Reading elements an island already has: no switch needed, as natively there are
//! no elements to pass.

use wasm_bindgen::JsCast;
use web_sys::Element;

/// The text of the first element matching `selector` inside `root`, or "".
pub fn text_in(root: &Element, selector: &str) -> String {
    root.query_selector(selector).ok().flatten().and_then(|element| element.text_content()).unwrap_or_default()
}

/// The texts of every element matching `selector` inside `root`, in order.
pub fn texts_in(root: &Element, selector: &str) -> Vec<String> {
    elements_in(root, selector).iter().filter_map(|element| element.text_content()).collect()
}

/// An attribute of the first element matching `selector` inside `root`.
pub fn attribute_in(root: &Element, selector: &str, attribute: &str) -> Option<String> {
    root.query_selector(selector).ok()??.get_attribute(attribute)
}

/// Every element matching `selector` inside `root`, in order.
pub fn elements_in(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else { return Vec::new() };
    (0..list.length()).filter_map(|index| list.item(index)?.dyn_into().ok()).collect()
}

/// The `<html>` of the page `element` is in, for an island reading outside itself.
pub fn page_of(element: &Element) -> Option<Element> {
    element.owner_document()?.document_element()
}
