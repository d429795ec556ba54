//! The page's loader: `loader.js` with this build's file names, as the one inline
//! script of every page, and its hash for the Content-Security-Policy.

use crate::components::PANIC_NOTICE_ID;
use crate::islands::STARTED_EVENT;
use crate::route::SITE_ROOT_META;

use super::assets::Bundle;
use super::csp::ScriptHash;

const TEMPLATE: &str = include_str!("loader.js");

/// The loader of one Wasm bundle (patients' or staff's): the same text on every page
/// that loads that bundle, at any depth.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loader {
    text: String,
}

impl Loader {
    pub fn for_bundle(bundle: &Bundle) -> Self {
        let filled = TEMPLATE
            .replace("PANIC_NOTICE_ID", PANIC_NOTICE_ID)
            .replace("SITE_ROOT_META", SITE_ROOT_META)
            .replace("STARTED_EVENT", STARTED_EVENT)
            .replace("SCRIPT_FILE", bundle.script.as_str())
            .replace("WASM_FILE", bundle.wasm.as_str());
        Self { text: without_comments(&filled) }
    }

    /// The script as written into the page.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Taken from the text written, so it cannot disagree with it.
    pub fn hash(&self) -> ScriptHash {
        ScriptHash::of(&self.text)
    }
}

/// Every byte of the loader is in every page: the template's comments and indentation
/// stay in the source. (Its lines hold no strings that could contain `//`.)
fn without_comments(script: &str) -> String {
    script.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with("//")).collect::<Vec<_>>().join("\n")
}
