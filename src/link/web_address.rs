//! Web addresses: https only, with a real-looking host.

/// An https address, kept without its scheme (`trust.example/derm`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebAddress(String);

impl WebAddress {
    /// `https://trust.example/derm` or `trust.example/derm`. Any other scheme
    /// (http:, javascript:, data:) is refused; the host must be a real-looking name.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        let rest = match text.split_once("://") {
            Some((scheme, rest)) if scheme.eq_ignore_ascii_case("https") => rest,
            Some(_) => return None,
            None if text.contains(':') && !text.split('/').next().unwrap_or_default().contains('.') => return None,
            None => text,
        };
        if rest.is_empty() || rest.len() > 200 {
            return None;
        }
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        let host_ok = host.contains('.')
            && host.split('.').all(|label| {
                !label.is_empty() && label.len() <= 63 && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            });
        let path_ok = rest.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~/?=&%+#:@!$,;".contains(&b));
        (host_ok && path_ok).then(|| Self(rest.to_string()))
    }

    pub fn href(&self) -> String {
        format!("https://{}", self.0)
    }

    /// The address as shown to the patient (without the scheme).
    pub fn display(&self) -> &str {
        &self.0
    }
}
