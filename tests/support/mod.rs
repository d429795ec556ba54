//! Helpers shared by the native test files.
#![allow(dead_code)]

pub mod ftl;
pub mod readability;
pub mod site;
