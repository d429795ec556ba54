//! Names a message, or one attribute of it.

/// A message, or one attribute of it (`referral.title`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MessageRef<'a> {
    pub id: &'a str,
    pub attribute: Option<&'a str>,
}

impl<'a> MessageRef<'a> {
    pub fn new(id: &'a str) -> Self {
        Self { id, attribute: None }
    }

    pub fn attr(id: &'a str, attribute: &'a str) -> Self {
        Self { id, attribute: Some(attribute) }
    }
}

impl std::fmt::Display for MessageRef<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.attribute {
            Some(attribute) => write!(f, "{}.{}", self.id, attribute),
            None => f.write_str(self.id),
        }
    }
}
