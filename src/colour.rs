//! A host page's accent colour, checked for contrast (WCAG 2.2, 1.4.3) before use.

/// A colour, written `#1d70b8` or `1d70b8`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// What the accent colour is drawn on: links on white boxes and on the pale page
/// (style/app.css `--colour-surface`, `--colour-background`; tests/colours.rs keeps
/// the two the same).
pub const ACCENT_BACKGROUNDS: [Rgb; 2] = [Rgb(0xff, 0xff, 0xff), Rgb(0xf0, 0xf4, 0xf5)];

/// WCAG AA for normal-size text.
pub const MINIMUM_CONTRAST: f64 = 4.5;

impl Rgb {
    pub fn parse(text: &str) -> Option<Self> {
        let hex = text.trim().trim_start_matches('#');
        if hex.len() != 6 || !hex.bytes().all(|byte| byte.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |at: usize| u8::from_str_radix(&hex[at..at + 2], 16).ok();
        Some(Self(channel(0)?, channel(2)?, channel(4)?))
    }

    /// `1d70b8`, as it goes in a link.
    pub fn hex(self) -> String {
        format!("{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// The contrast ratio with another colour, from 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// The lowest contrast it would have as an accent: readable if at least
    /// `MINIMUM_CONTRAST`.
    pub fn accent_contrast(self) -> f64 {
        ACCENT_BACKGROUNDS.iter().map(|&background| self.contrast(background)).fold(f64::MAX, f64::min)
    }

    fn luminance(self) -> f64 {
        let linear = |value: u8| {
            let value = f64::from(value) / 255.0;
            if value <= 0.04045 { value / 12.92 } else { power((value + 0.055) / 1.055, 2.4) }
        };
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }
}

/// The browser's own `Math.pow` keeps Rust's from the patients' Wasm.
fn power(base: f64, exponent: f64) -> f64 {
    #[cfg(target_arch = "wasm32")]
    return js_sys::Math::pow(base, exponent);
    #[cfg(not(target_arch = "wasm32"))]
    base.powf(exponent)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_hex_colours_and_refuses_anything_else() {
        assert_eq!(Rgb::parse("#1D70b8"), Some(Rgb(0x1d, 0x70, 0xb8)));
        assert_eq!(Rgb::parse("005eb8").map(Rgb::hex).as_deref(), Some("005eb8"));
        for bad in ["", "#fff", "red", "#12345g", "javascript:alert(1)", "#1d70b80"] {
            assert_eq!(Rgb::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn contrast_matches_wcag() {
        let (black, white) = (Rgb(0, 0, 0), Rgb(255, 255, 255));
        assert!((black.contrast(white) - 21.0).abs() < 1e-9);
        // WebAIM's checker: #767676 on white is 4.54 to 1, #949494 3.03 to 1.
        assert!((Rgb(0x94, 0x94, 0x94).contrast(white) - 3.03).abs() < 0.01);
        assert!((Rgb(0x76, 0x76, 0x76).contrast(white) - 4.54).abs() < 0.01);
    }

    #[test]
    fn a_light_accent_is_not_readable() {
        assert!(Rgb::parse("#005eb8").unwrap().accent_contrast() >= MINIMUM_CONTRAST);
        assert!(Rgb::parse("#ffb81c").unwrap().accent_contrast() < MINIMUM_CONTRAST);
        // Passes on white (4.54) but not on the pale page (4.09).
        assert!(Rgb::parse("#767676").unwrap().accent_contrast() < MINIMUM_CONTRAST);
    }
}
