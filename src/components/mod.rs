//! Building blocks shared by the pages. Each has its own block in style/app.css.

mod journey_list;
mod journey_search;
mod language_picker;
mod layout;
mod safety_line;
mod step_card;
mod translation_notice;

pub use journey_list::JourneyList;
pub use journey_search::JourneySearch;
pub use language_picker::LanguagePicker;
pub use layout::Layout;
pub use safety_line::SafetyLine;
pub use step_card::StepCard;
pub use translation_notice::TranslationNotice;
