//! Building blocks shared by the pages. Each has its own block in style/app.css.

mod journey_list;
mod journey_search;
mod layout;
mod safety_line;
mod step_card;

pub use journey_list::JourneyList;
pub use journey_search::JourneySearch;
pub use layout::Layout;
pub use safety_line::SafetyLine;
pub use step_card::StepCard;
