//! One file per kind of route.

mod desk_home;
mod embed;
mod home;
mod journey;
mod make_link;
mod not_found;

pub use desk_home::DeskHomePage;
pub use embed::EmbedPage;
pub use home::HomePage;
pub use journey::JourneyPage;
pub use make_link::MakeLinkPage;
pub use not_found::NotFoundPage;
