//! Building blocks shared by the pages, rendered at build time only (the interactive
//! parts are in `crate::islands`). Each has its own block in style/app.css.

mod config_status;
mod easy_read_link;
mod glance;
mod journey_list;
mod language_links;
mod layout;
mod local_contact;
mod panic_notice;
mod picture;
mod safety_line;
mod step_card;
mod translation_notice;
pub mod with_english;

pub use config_status::ConfigStatus;
pub use easy_read_link::EasyReadLink;
pub use glance::Glance;
pub use journey_list::JourneyList;
pub use language_links::LanguageLinks;
pub use layout::Layout;
pub use local_contact::LocalContact;
pub use panic_notice::{PanicNotice, PANIC_NOTICE_ID};
pub use picture::PictureImage;
pub use safety_line::SafetyLine;
pub use step_card::StepCard;
pub use translation_notice::TranslationNotice;
