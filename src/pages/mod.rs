//! One file per kind of route.

mod home;
mod journey;
mod not_found;

pub use home::HomePage;
pub use journey::JourneyPage;
pub use not_found::NotFoundPage;
