//! The site's colours are declared once, as tokens in style/app.css's `:root`; every
//! rule of both stylesheets uses the tokens; each pair of colours the rules draw text
//! (or a who-band) in has the contrast WCAG 2.2 asks; and the backgrounds the accent
//! check measures against (src/colour.rs) are the tokens the accent is drawn on.

use std::collections::BTreeMap;

use whatnext::colour::{Rgb, ACCENT_BACKGROUNDS, MINIMUM_CONTRAST};

/// Body text: AAA, as the browser check of body text asks.
const BODY: f64 = 7.0;
/// A band that says who does a step, beside the words that say it: 3:1 (1.4.11).
const BAND: f64 = 3.0;

/// (foreground, background, the least contrast, where the rules draw it).
const PAIRS: [(&str, &str, f64, &str); 16] = [
    ("text", "background", BODY, "body text on the page"),
    ("text", "surface", BODY, "body text in a box"),
    ("text", "footer", BODY, "the footer"),
    ("text", "focus", BODY, "a focused link"),
    ("secondary-text", "surface", BODY, "summaries, hints, sources"),
    ("secondary-text", "background", BODY, "summaries, hints, sources"),
    ("secondary-text", "footer", BODY, "the footer's words"),
    ("link", "surface", MINIMUM_CONTRAST, "links in a box"),
    ("link", "background", MINIMUM_CONTRAST, "links on the page"),
    ("link-visited", "surface", MINIMUM_CONTRAST, "visited links"),
    ("on-brand", "brand", MINIMUM_CONTRAST, "the site header, the picked language"),
    ("on-brand", "gp", MINIMUM_CONTRAST, "buttons"),
    ("on-brand", "secondary-text", MINIMUM_CONTRAST, "secondary buttons"),
    ("emergency", "surface", MINIMUM_CONTRAST, "the 999 link in the safety box"),
    ("you", "surface", BAND, "the band of a step you do"),
    ("other", "surface", BAND, "the band of a step someone else does"),
];

/// The other who-bands, each at least `BAND` on a box.
const BANDS: [&str; 3] = ["gp", "hospital", "pharmacy"];

fn stylesheet(name: &str) -> String {
    std::fs::read_to_string(format!("{}/style/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// `#fff` or `#ffffff`.
fn colour(text: &str) -> Option<Rgb> {
    let hex = text.trim().trim_start_matches('#');
    let long: String = if hex.len() == 3 { hex.chars().flat_map(|c| [c, c]).collect() } else { hex.to_string() };
    Rgb::parse(&long)
}

/// The `:root` block, and the rest of the sheet.
fn split_root(css: &str) -> (&str, &str) {
    let start = css.find(":root {").expect("a :root block");
    let end = start + css[start..].find('}').expect("the end of :root");
    (&css[start..end], &css[end..])
}

/// Every `--colour-…` token, `var()` references followed.
fn tokens() -> BTreeMap<String, Rgb> {
    let css = stylesheet("app.css");
    let raw: BTreeMap<String, String> = split_root(&css)
        .0
        .lines()
        .filter_map(|line| line.trim().strip_prefix("--colour-")?.split_once(':'))
        .map(|(name, value)| (name.to_string(), value.trim().trim_end_matches(';').to_string()))
        .collect();
    let resolve = |name: &str| {
        let mut value = raw[name].clone();
        while let Some(other) = value.strip_prefix("var(--colour-").and_then(|rest| rest.strip_suffix(')')) {
            value = raw[other].clone();
        }
        colour(&value).unwrap_or_else(|| panic!("--colour-{name} is not a colour: {value}"))
    };
    raw.keys().map(|name| (name.clone(), resolve(name))).collect()
}

/// Colour literals (`#…`, `rgb(`, `hsl(`, named black and white) outside the tokens.
fn literals(rules: &str) -> Vec<String> {
    let without_comments: String = rules.split("/*").map(|part| part.split_once("*/").map_or(part, |(_, after)| after)).collect();
    without_comments
        .lines()
        .filter(|line| {
            let line = line.to_ascii_lowercase();
            line.contains('#') && line.split('#').skip(1).any(|after| after.chars().take(3).all(|c| c.is_ascii_hexdigit()))
                || ["rgb(", "rgba(", "hsl(", ": white", ": black", " white;", " black;"].iter().any(|literal| line.contains(literal))
        })
        .map(|line| line.trim().to_string())
        .collect()
}

#[test]
fn every_rule_uses_the_colour_tokens() {
    let app = stylesheet("app.css");
    let found: Vec<String> = literals(split_root(&app).1).into_iter().chain(literals(&stylesheet("staff.css"))).collect();
    assert!(found.is_empty(), "colours written outside the tokens:\n{}", found.join("\n"));
}

#[test]
fn every_pair_the_rules_draw_has_the_contrast_wcag_asks() {
    let tokens = tokens();
    let bands = BANDS.iter().map(|band| (*band, "surface", BAND, "a who-band"));
    let weak: Vec<String> = PAIRS
        .into_iter()
        .chain(bands)
        .filter_map(|(front, back, least, place)| {
            let ratio = tokens[front].contrast(tokens[back]);
            (ratio < least).then(|| format!("--colour-{front} on --colour-{back} ({place}): {ratio:.2} to 1, needs {least}"))
        })
        .collect();
    assert!(weak.is_empty(), "{}", weak.join("\n"));
}

#[test]
fn the_accent_check_measures_against_the_backgrounds_the_accent_is_drawn_on() {
    let tokens = tokens();
    assert_eq!(ACCENT_BACKGROUNDS, [tokens["surface"], tokens["background"]]);
    // And the guides' own link colour passes the check a host's colour must pass.
    assert!(tokens["link"].accent_contrast() >= MINIMUM_CONTRAST);
}
