//! Dates written the page language's way, by the browser's own Intl.

use wasm_bindgen::JsValue;

/// A date in the page's language, written the local way ("12 December 2026",
/// "12 grudnia 2026"): always in the Gregorian calendar and Western digits, as on the
/// NHS's letters and the rest of the page (Persian would otherwise get the Solar Hijri
/// calendar).
pub fn format_date(lang: &str, date: crate::date::Date) -> String {
    let options = js_sys::Object::new();
    for (key, value) in [("day", "numeric"), ("month", "long"), ("year", "numeric"), ("calendar", "gregory"), ("numberingSystem", "latn")] {
        let _ = js_sys::Reflect::set(&options, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    // Noon, so no time zone can move the day.
    let day = js_sys::Date::new_with_year_month_day_hr_min_sec(u32::from(date.year), i32::from(date.month) - 1, i32::from(date.day), 12, 0, 0);
    day.to_locale_date_string(lang, &options).into()
}
