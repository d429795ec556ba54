//! The desk screen's return to the start once nobody is using it.

use std::{cell::Cell, rc::Rc};

use wasm_bindgen::{closure::Closure, JsCast};

thread_local! {
    static WATCHING: Cell<bool> = const { Cell::new(false) };
}

/// Goes to `path` once nobody has touched, typed or scrolled for `seconds`. Once a
/// page: later calls do nothing.
pub fn after_idle(seconds: u32, path: String) {
    if WATCHING.replace(true) {
        return;
    }
    let Some(window) = web_sys::window() else { return };
    let last_touch = Rc::new(Cell::new(js_sys::Date::now()));
    let touched = {
        let last_touch = last_touch.clone();
        Closure::<dyn FnMut()>::new(move || last_touch.set(js_sys::Date::now()))
    };
    for event in ["pointerdown", "keydown", "scroll", "touchstart", "wheel"] {
        let _ = window.add_event_listener_with_callback(event, touched.as_ref().unchecked_ref());
    }
    let leaving = Cell::new(false);
    let check = Closure::<dyn FnMut()>::new(move || {
        // Once: a second assign() would cancel the navigation already under way.
        if !leaving.get() && js_sys::Date::now() - last_touch.get() >= f64::from(seconds) * 1000.0 {
            leaving.set(true);
            if let Some(window) = web_sys::window() {
                let _ = window.location().assign(&path);
            }
        }
    });
    let _ = window.set_interval_with_callback_and_timeout_and_arguments_0(check.as_ref().unchecked_ref(), 1000);
    // The listeners and the timer watch for the page's whole life, so they are never freed.
    touched.forget();
    check.forget();
}
