//! Calls into the browser, kept out of render code so the same components render
//! natively at build time. Used by the entry point, effects and event handlers only.
//!
//! One switch: in the Wasm the calls are `web`'s, a file per capability; natively they
//! are `native`'s, which do nothing and return nothing. `dom` and `address` are built on
//! elements or on those calls, so they are the same in both.

mod address;
mod dom;

#[cfg(target_arch = "wasm32")]
mod web;
#[cfg(target_arch = "wasm32")]
pub use web::*;

#[cfg(not(target_arch = "wasm32"))]
mod native;
#[cfg(not(target_arch = "wasm32"))]
pub use native::*;

pub use address::{query_value, site_root_folder, site_url};
pub use dom::{attribute_in, elements_in, page_of, text_in, texts_in};
