//! Building blocks shared by the pages, rendered at build time only (the interactive
//! parts are in `crate::islands`). Each has its own block in style/app.css.

mod config_status;
mod journey_list;
mod language_links;
mod layout;
mod local_contact;
mod panic_notice;
mod safety_line;
mod step_card;
mod translation_notice;
pub mod with_english;

pub use config_status::ConfigStatus;
pub use journey_list::JourneyList;
pub use language_links::LanguageLinks;
pub use layout::Layout;
pub use local_contact::LocalContact;
pub use panic_notice::PanicNotice;
pub use safety_line::SafetyLine;
pub use step_card::StepCard;
pub use translation_notice::TranslationNotice;
