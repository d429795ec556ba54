//! The Content-Security-Policy: only this site's own scripts (the loader by its hash),
//! Wasm, styles and connections; no plugins, no base or form targets. Written twice:
//! in each page's meta tag (which works on any static host) and as a response header
//! (`_headers`, the nginx block), which alone can say who may frame the pages.

use base64::Engine;
use sha2::{Digest, Sha256};

/// `'sha256-…'`: an inline script the policy allows.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct ScriptHash(String);

impl ScriptHash {
    pub fn of(script: &str) -> Self {
        Self(format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(script))))
    }
}

/// Which sites may show the pages in a frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FrameAncestors {
    /// Any `https:` site (and this one): a practice can embed the guides without
    /// asking, as the embed maker promises, unless the area names its sites.
    AnySecureSite,
    /// This site and the origins the local config's `embedded_by` names.
    Only(Vec<String>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentSecurityPolicy {
    scripts: Vec<ScriptHash>,
}

impl ContentSecurityPolicy {
    pub fn allowing(scripts: impl IntoIterator<Item = ScriptHash>) -> Self {
        let mut scripts: Vec<ScriptHash> = scripts.into_iter().collect();
        scripts.sort();
        scripts.dedup();
        Self { scripts }
    }

    /// For a `<meta http-equiv>`, where `frame-ancestors` is ignored.
    pub fn meta_value(&self) -> String {
        let hashes: String = self.scripts.iter().map(|hash| format!(" {}", hash.0)).collect();
        format!(
            "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{hashes}; style-src 'self'; img-src 'self' data:; \
             connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"
        )
    }

    /// For a response header.
    pub fn header_value(&self, frames: &FrameAncestors) -> String {
        let ancestors = match frames {
            FrameAncestors::AnySecureSite => "'self' https:".to_string(),
            FrameAncestors::Only(origins) => std::iter::once("'self'").chain(origins.iter().map(String::as_str)).collect::<Vec<_>>().join(" "),
        };
        format!("{}; frame-ancestors {ancestors}", self.meta_value())
    }
}
