//! An embedded page and its frame: the page reports its height, the frame takes it.

use std::cell::Cell;

use wasm_bindgen::{closure::Closure, JsCast, JsValue};

thread_local! {
    static REPORTING_HEIGHT: Cell<bool> = const { Cell::new(false) };
    #[cfg(feature = "staff")]
    static SIZING_FRAME: Cell<bool> = const { Cell::new(false) };
}

/// In a frame: tells the page around it this page's height whenever it changes, as
/// `{ type: message_type, height }`, so the frame can be as tall as the content. The
/// message says nothing else, so any page may receive it. Once a page: later calls do
/// nothing.
pub fn report_height_to_parent(message_type: &'static str) {
    if REPORTING_HEIGHT.replace(true) {
        return;
    }
    let Some(window) = web_sys::window() else { return };
    let Some(parent) = window.parent().ok().flatten() else { return };
    if JsValue::from(&parent) == JsValue::from(&window) {
        return;
    }
    let Some(html) = window.document().and_then(|document| document.document_element()) else { return };
    let measured = html.clone();
    let report = Closure::<dyn FnMut()>::new(move || {
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &message_type.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &measured.get_bounding_client_rect().height().ceil().into());
        let _ = parent.post_message(&message, "*");
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(report.as_ref().unchecked_ref()) {
        observer.observe(&html);
    }
    // Watches the page for the page's whole life, so it is never freed.
    report.forget();
}

/// Sets the frame `frame_id`'s height from the height messages (`message_type`) its
/// page sends, and only from them: the staff preview of an embedded page. Once a
/// page: later calls do nothing.
#[cfg(feature = "staff")]
pub fn size_frame_to_its_page(frame_id: &'static str, message_type: &'static str) {
    if SIZING_FRAME.replace(true) {
        return;
    }
    let Some(window) = web_sys::window() else { return };
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
        let Some(frame) = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.get_element_by_id(frame_id))
            .and_then(|frame| frame.dyn_into::<web_sys::HtmlIFrameElement>().ok())
        else {
            return;
        };
        let from_frame = event.source().map(JsValue::from) == frame.content_window().map(JsValue::from);
        let data = event.data();
        let kind = js_sys::Reflect::get(&data, &"type".into()).ok().and_then(|kind| kind.as_string());
        let height = js_sys::Reflect::get(&data, &"height".into()).ok().and_then(|height| height.as_f64());
        if let (true, Some(true), Some(height)) = (from_frame && event.origin() == super::origin(), kind.map(|kind| kind == message_type), height) {
            if height > 0.0 && height < 100_000.0 {
                let _ = frame.style().set_property("height", &format!("{}px", height.ceil()));
            }
        }
    });
    let _ = window.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    // Listens for the page's whole life, so it is never freed.
    on_message.forget();
}
