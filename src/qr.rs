//! QR codes made on the device (qrcodegen), drawn as one SVG path.

use qrcodegen::{QrCode, QrCodeEcc};

/// A QR code as SVG drawing data: the side in modules (with a 4-module quiet zone)
/// and the path of its dark modules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrDrawing {
    pub size: i32,
    pub path: String,
}

/// The QR code for `text` (a link), or None if it is too long for any QR code.
pub fn draw(text: &str) -> Option<QrDrawing> {
    // Medium error correction: survives a crease or smudge on a printed handout.
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    const QUIET: i32 = 4;
    let mut path = String::new();
    for y in 0..code.size() {
        for x in 0..code.size() {
            if code.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + QUIET, y + QUIET));
            }
        }
    }
    Some(QrDrawing { size: code.size() + 2 * QUIET, path })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_a_link_and_refuses_what_cannot_fit() {
        let drawing = draw("https://whatnext.example.org/en-GB/referral/#1&s=Eyes").unwrap();
        assert!(drawing.size >= 21 + 8);
        assert!(drawing.path.starts_with('M'));
        assert!(draw(&"x".repeat(5_000)).is_none());
    }
}
