//! Building blocks shared by the pages, rendered at build time only (the interactive
//! parts are in `crate::islands`). Each has its own block in style/app.css.

mod journey_list;
mod language_links;
mod layout;
mod safety_line;
mod step_card;
mod translation_notice;

pub use journey_list::JourneyList;
pub use language_links::LanguageLinks;
pub use layout::Layout;
pub use safety_line::SafetyLine;
pub use step_card::StepCard;
pub use translation_notice::TranslationNotice;
