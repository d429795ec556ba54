//! One page, whole: `<html lang dir>`, the Content-Security-Policy, title and
//! description, the icon, the stylesheet, the loader and the prerendered body. Every
//! page of the site is written by [`Document::render`], so each rule here holds for all.

use std::fmt::Write;

use crate::i18n::locale::{languages_meta_content, LANGUAGES_META};
use crate::i18n::Locale;
use crate::route::{SiteRoot, PRERENDERED_ROUTE_META, SITE_ROOT_META};

use super::assets::Bundle;
use super::csp::ContentSecurityPolicy;
use super::loader::Loader;

/// The brand colour browsers tint their bars with (`--colour-brand` in style/app.css).
const THEME_COLOUR: &str = "#005eb8";

/// A rounded square in the brand colour, as small as an address can be.
const TAB_ICON: &str = "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%208%208'%3E%3Crect%20width='8'%20height='8'%20rx='2'%20fill='%23005eb8'/%3E%3C/svg%3E";

pub struct Document<'a> {
    pub locale: &'static Locale,
    pub title: String,
    pub description: String,
    /// The route this HTML is for (`/en-GB/referral/`): the browser compares it with
    /// the address to tell a page from `404.html` standing in for another.
    pub route_path: String,
    /// The way from this page's folder to the site's root: `../../`, or the absolute
    /// base path for `404.html`, which hosts serve at any depth.
    pub root: &'a SiteRoot,
    pub bundle: &'a Bundle,
    /// None for a page that needs no Wasm (a guide with English, read together).
    pub loader: Option<&'a Loader>,
    /// Whether the page lists every language's code for its browser code (`/`, the
    /// not-found pages, the languages pages: `locale::LANGUAGES_META`).
    pub lists_languages: bool,
    /// The page's `<body>` content, rendered by the app.
    pub body: String,
}

impl Document<'_> {
    pub fn render(&self) -> String {
        let policy = ContentSecurityPolicy::allowing(self.loader.map(Loader::hash));
        let mut html = String::with_capacity(self.body.len() + 3000);
        // Writing to a String cannot fail. The tab's icon is a tiny `data:` address (a
        // plain blue square): a file would be one more request the page's largest paint
        // waits for on a slow line (Lighthouse measured 150 ms); the manifest names the
        // full icon, `icon.svg`, for the home screen.
        let _ = write!(
            html,
            "<!doctype html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n\
             <meta charset=\"utf-8\">\n\
             <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <meta name=\"referrer\" content=\"no-referrer\">\n\
             <meta name=\"theme-color\" content=\"{THEME_COLOUR}\">\n\
             <link rel=\"icon\" href=\"{icon}\">\n\
             <title>{title}</title>\n\
             <meta name=\"description\" content=\"{description}\">\n\
             <meta name=\"{PRERENDERED_ROUTE_META}\" content=\"{route}\">\n\
             <meta name=\"{SITE_ROOT_META}\" content=\"{root}\">\n\
             {languages}\
             <link rel=\"stylesheet\" href=\"{stylesheet}\">\n\
             {loader}</head>\n<body>{body}</body>\n</html>\n",
            lang = self.locale.code,
            dir = self.locale.direction.as_str(),
            policy = escape(&policy.meta_value()),
            icon = TAB_ICON,
            title = escape(&self.title),
            description = escape(&self.description),
            route = escape(&self.route_path),
            root = escape(self.root.as_str()),
            languages = if self.lists_languages {
                format!("<meta name=\"{LANGUAGES_META}\" content=\"{}\">\n", escape(&languages_meta_content()))
            } else {
                String::new()
            },
            stylesheet = escape(&self.root.file(self.bundle.stylesheet.as_str())),
            loader = self.loader.map(|loader| format!("<script type=\"module\">{}</script>\n", loader.text())).unwrap_or_default(),
            body = self.body,
        );
        html
    }
}

/// Text into an HTML attribute or element.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
