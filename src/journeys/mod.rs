//! Every journey, defined once. Routes, pages, the build step that writes one page
//! per route, and the tests all read [`ALL`].

pub mod model;

mod referral;
mod waiting;
mod test_results;
mod after_appointment;
mod leaving_hospital;
mod missed_appointments;
mod onward_referral;
mod advice_and_guidance;
mod specialist_medicines;
mod fit_notes;
mod child_referral;
mod moving_to_adult_care;
mod care_navigation;

pub use model::*;

/// Every journey, in the order the home page lists them within a topic.
pub static ALL: &[&Journey] = &[
    &referral::JOURNEY,
    &waiting::JOURNEY,
    &test_results::JOURNEY,
    &after_appointment::JOURNEY,
    &leaving_hospital::JOURNEY,
    &missed_appointments::JOURNEY,
    &onward_referral::JOURNEY,
    &advice_and_guidance::JOURNEY,
    &specialist_medicines::JOURNEY,
    &fit_notes::JOURNEY,
    &child_referral::JOURNEY,
    &moving_to_adult_care::JOURNEY,
    &care_navigation::JOURNEY,
];

/// The journey with this route id, if there is one.
pub fn find(id: &str) -> Option<&'static Journey> {
    ALL.iter().copied().find(|journey| journey.id == id)
}
