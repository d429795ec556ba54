//! One file per kind of route.

mod desk_home;
mod easy_read;
mod embed;
mod home;
mod journey;
mod languages;
mod make_link;
mod not_found;

pub use desk_home::DeskHomePage;
pub use easy_read::{EasyReadListPage, EasyReadPage};
pub use embed::EmbedPage;
pub use home::HomePage;
pub use journey::JourneyPage;
pub use languages::LanguagesPage;
pub use make_link::MakeLinkPage;
pub use not_found::NotFoundPage;

use crate::i18n::I18n;
use crate::journeys;

/// Every journey's id, in journey order: the staff forms' list of guides.
fn journey_ids() -> Vec<String> {
    journeys::ALL.iter().map(|journey| journey.id.to_string()).collect()
}

/// Every journey's title in `i18n`'s language, in journey order.
fn journey_titles(i18n: &I18n) -> Vec<String> {
    journeys::ALL.iter().map(|journey| i18n.attr(journey.id, "title")).collect()
}
