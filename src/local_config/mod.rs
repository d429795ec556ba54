//! An area's own contact details: one JSON file (`public/local.json`, copied to the
//! site's root as `local.json`) listing its services (hospital teams, the patient
//! advice and liaison service, practices) and which of them each journey step points
//! to. Checked field by field: a file with any problem is not used at all, so patients
//! get the generic wording rather than half a config, and staff are told exactly what
//! to fix (at build time by the build and `./run test`, in the browser on staff pages).
//!
//! The schema is documented in docs/for-areas.md; `examples/local.json` is a made-up area.

mod problems;
mod schema;
mod validate;

pub use problems::{Problem, ProblemKind};
pub use schema::{LocalText, Service};
pub use validate::{check, AreaContacts};

/// Where the file is in the source tree and in the built site.
pub const SOURCE_PATH: &str = "public/local.json";
pub const SITE_FILE: &str = "local.json";

/// In the browser: this site's file as deployed, checked; None if there is none.
pub fn fetch_deployed(done: impl FnOnce(Option<Result<AreaContacts, Vec<Problem>>>) + 'static) {
    let url = format!("{}{SITE_FILE}", crate::browser::site_root_folder());
    crate::browser::fetch_text(url, move |text| done(text.as_deref().map(check)));
}
