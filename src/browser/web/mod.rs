//! The browser's side of `crate::browser`, a file per capability. Compiled for the
//! Wasm only, so nothing here needs a `cfg`.

mod clipboard_print;
mod fetch;
mod frames;
mod idle;
mod install;
mod intl;
mod location;
mod page;
mod speech;
mod storage;

pub use clipboard_print::{copy_text, print};
pub use fetch::fetch_text;
#[cfg(feature = "staff")]
pub use frames::size_frame_to_its_page;
pub use frames::report_height_to_parent;
pub use idle::after_idle;
pub use install::make_installable;
pub use intl::format_date;
pub use location::{fragment, go_to, href, origin, path, query, replace_location};
pub use page::{carry_query_to_links, focus, hide_all, mark_ready, meta_content, page_lang, set_page_style};
pub use speech::{speak_main, stop_speaking, when_voice_available};
pub use storage::{preferred_languages, remember_language, stored_language};
