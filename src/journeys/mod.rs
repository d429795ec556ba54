//! Every journey, defined once. Routes, pages, the build step that writes one page
//! per route, and the tests all read [`ALL`].

pub mod model;

mod referral;
mod urgent_referral;
mod advice_and_guidance;
mod onward_referral;
mod private_care;
mod waiting;
mod waiting_list_rights;
mod missed_appointments;
mod test_results;
mod after_appointment;
mod follow_up;
mod after_urgent_care;
mod leaving_hospital;
mod care_at_home;
mod medicines_after_hospital;
mod specialist_medicines;
mod fit_notes;
mod child_referral;
mod child_unwell;
mod moving_to_adult_care;
mod mental_health;
mod care_navigation;
mod self_referral;

pub use model::*;

/// Every journey, in the order the home page lists them within a topic.
pub static ALL: &[&Journey] = &[
    &referral::JOURNEY,
    &urgent_referral::JOURNEY,
    &advice_and_guidance::JOURNEY,
    &onward_referral::JOURNEY,
    &private_care::JOURNEY,
    &waiting::JOURNEY,
    &waiting_list_rights::JOURNEY,
    &missed_appointments::JOURNEY,
    &test_results::JOURNEY,
    &after_appointment::JOURNEY,
    &follow_up::JOURNEY,
    &after_urgent_care::JOURNEY,
    &leaving_hospital::JOURNEY,
    &care_at_home::JOURNEY,
    &medicines_after_hospital::JOURNEY,
    &specialist_medicines::JOURNEY,
    &fit_notes::JOURNEY,
    &child_referral::JOURNEY,
    &child_unwell::JOURNEY,
    &moving_to_adult_care::JOURNEY,
    &mental_health::JOURNEY,
    &care_navigation::JOURNEY,
    &self_referral::JOURNEY,
];

/// The journey with this route id, if there is one.
pub fn find(id: &str) -> Option<&'static Journey> {
    ALL.iter().copied().find(|journey| journey.id == id)
}
