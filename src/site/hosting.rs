//! The response headers a host should send, written by the build for the two common
//! ways of hosting static files: `_headers` (Netlify, Cloudflare Pages) and an nginx
//! server block. Both say the same: the Content-Security-Policy as a header (which
//! alone can say who may frame the pages), no referrer, no type sniffing, hashed
//! files kept for ever, everything else checked with the host each time, and the
//! not-found page.

use std::fmt::Write;
use std::path::Path;

use crate::i18n::locale::SUPPORTED;

use super::assets::UNHASHED_FILES;
use super::csp::{ContentSecurityPolicy, FrameAncestors};

/// Where the hosts' files are: `_headers` inside the site (hosts read it and do not
/// serve it); the nginx block outside it (from the project's folder), as it is not
/// part of the site and names the site's folder on this machine.
pub const HEADERS_FILE: &str = "_headers";
pub const NGINX_FILE: &str = "target/hosting/nginx.conf";

/// What every response carries.
pub struct Hosting<'a> {
    pub policy: &'a ContentSecurityPolicy,
    pub frames: &'a FrameAncestors,
    /// The folder the site is served from on its host: `/` or `/whatnext/`.
    pub base_path: &'a str,
    /// Files at the site's root whose names change with their content.
    pub hashed_files: Vec<String>,
}

const KEEP: &str = "public, max-age=31536000, immutable";
const REVALIDATE: &str = "no-cache";

impl Hosting<'_> {
    fn security_headers(&self) -> [(&'static str, String); 3] {
        [
            ("Content-Security-Policy", self.policy.header_value(self.frames)),
            ("Referrer-Policy", "no-referrer".to_string()),
            ("X-Content-Type-Options", "nosniff".to_string()),
        ]
    }

    /// Paths under the base path that are re-checked each time: pages, the service
    /// worker and the files without a hash. (Rules never overlap: hosts that join
    /// matching rules would otherwise send two cache rules.)
    fn revalidated_paths(&self) -> Vec<String> {
        let files = ["", "index.html", "404.html", "sw.js", "local.json"].into_iter().chain(UNHASHED_FILES);
        let folders = SUPPORTED.iter().map(|locale| format!("{}/*", locale.code));
        files.into_iter().map(String::from).chain(folders).map(|path| format!("{}{path}", self.base_path)).collect()
    }

    /// Netlify's and Cloudflare Pages' `_headers`.
    pub fn headers_file(&self) -> String {
        let mut out = String::from("# Written by the build (src/site/hosting.rs). Read by Netlify and Cloudflare Pages.\n");
        let _ = writeln!(out, "{}*", self.base_path);
        for (name, value) in self.security_headers() {
            let _ = writeln!(out, "  {name}: {value}");
        }
        for file in &self.hashed_files {
            let _ = writeln!(out, "{}{file}\n  Cache-Control: {KEEP}", self.base_path);
        }
        for path in self.revalidated_paths() {
            let _ = writeln!(out, "{path}\n  Cache-Control: {REVALIDATE}");
        }
        out
    }

    /// An nginx `server` block serving `site_dir`. `listen` and `server_name` are the
    /// host's to change.
    pub fn nginx_server(&self, site_dir: &Path) -> String {
        let base = self.base_path;
        let headers = |cache: &str| -> String {
            let mut lines: String = self
                .security_headers()
                .iter()
                // `always`: the not-found page gets them too.
                .map(|(name, value)| format!("        add_header {name} \"{value}\" always;\n"))
                .collect();
            let _ = writeln!(lines, "        add_header Cache-Control \"{cache}\" always;");
            lines
        };
        let site = site_dir.display();
        let mut out = String::new();
        let _ = write!(
            out,
            "# Written by the build (src/site/hosting.rs): this release's nginx server block.\n\
             # Change `listen` and `server_name` to yours (and add TLS); keep the rest.\n\
             server {{\n    listen 8080;\n    server_name _;\n\
             \x20   # Redirects to a folder's `/` stay on the address the browser used.\n    absolute_redirect off;\n\
             \x20   charset utf-8;\n    charset_types text/css text/plain application/javascript application/json application/manifest+json;\n\
             \x20   types {{ text/html html; text/css css; application/javascript js; application/wasm wasm; application/json json; \
             text/plain txt; image/svg+xml svg; application/manifest+json webmanifest; }}\n\
             \x20   error_page 404 {base}404.html;\n\n\
             \x20   location {base} {{\n        alias {site}/;\n        index index.html;\n{pages}    }}\n",
            pages = headers(REVALIDATE),
        );
        for file in &self.hashed_files {
            let _ = write!(out, "    location = {base}{file} {{\n        alias {site}/{file};\n{}    }}\n", headers(KEEP));
        }
        out.push_str("}\n");
        out
    }
}
