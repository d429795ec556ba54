//! The journey model: typed structure for every guide. Words live in `locales/`;
//! this folder only says how a journey is put together and who is responsible.

mod contact;
mod journey;
mod principle;
mod source;
mod step;
mod timing;
mod who;

pub use crate::date::Date;
pub use contact::Contact;
pub use journey::{Audience, ClinicalReview, Journey, Topic};
pub use principle::Principle;
pub use source::Source;
pub use step::Step;
pub use timing::{SourcedTime, TimeUnit, TimedEvent};
pub use who::Responsible;
