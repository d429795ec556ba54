//! `web`'s calls as they are natively, where pages are rendered at build time: each
//! does nothing and returns nothing (an empty string, no value, no languages).

pub fn stored_language() -> Option<String> {
    None
}
pub fn remember_language(_code: &str) {}
pub fn preferred_languages() -> Vec<String> {
    Vec::new()
}

pub fn path() -> String {
    String::new()
}
pub fn query() -> String {
    String::new()
}
pub fn fragment() -> String {
    String::new()
}
pub fn href() -> String {
    String::new()
}
pub fn origin() -> String {
    String::new()
}
pub fn replace_location(_path: &str) {}
pub fn go_to(_path: &str) {}

pub fn page_lang() -> String {
    String::new()
}
pub fn meta_content(_name: &str) -> Option<String> {
    None
}
pub fn set_page_style(_property: &str, _value: &str) {}
pub fn hide_all(_selector: &str) {}
pub fn carry_query_to_links() {}
pub fn mark_ready() {}
pub fn focus(_id: &str) {}

pub fn when_voice_available(_lang: &str, _found: impl Fn() + 'static) {}
pub fn speak_main(_lang: &str, _finished: impl Fn() + 'static) {}
pub fn stop_speaking() {}

pub fn copy_text(_text: &str) {}
pub fn print() {}

pub fn report_height_to_parent(_message_type: &'static str) {}
#[cfg(feature = "staff")]
pub fn size_frame_to_its_page(_frame_id: &'static str, _message_type: &'static str) {}
pub fn after_idle(_seconds: u32, _path: String) {}
pub fn make_installable() {}
pub fn fetch_text(_url: String, _done: impl FnOnce(Option<String>) + 'static) {}

/// The date as the build writes it; the browser writes it the page language's way.
pub fn format_date(_lang: &str, date: crate::date::Date) -> String {
    date.to_string()
}
