//! Looking messages up and formatting them: from the page's locale, else en-GB, each
//! miss noted for the build.

use fluent_bundle::FluentArgs;

use super::bundle::{format_in, Bundle};
use super::{I18n, MessageRef, WordProblem};
use crate::i18n::locale::Direction;
use crate::journeys::Date;

impl I18n {
    /// A message's value.
    pub fn text(&self, id: &str) -> String {
        self.format(MessageRef::new(id), None)
    }

    /// One attribute of a message.
    pub fn attr(&self, id: &str, attribute: &str) -> String {
        self.format(MessageRef::attr(id, attribute), None)
    }

    /// One line per item: Fluent keeps the line breaks of a multi-line value.
    pub fn lines(&self, message: MessageRef) -> Vec<String> {
        self.format(message, None)
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .map(String::from)
            .collect()
    }

    /// A message's attribute names, in the order written: from the page's language if it
    /// has the message, else from en-GB (noted as missing when neither has it).
    pub fn attribute_names(&self, id: &str) -> Vec<String> {
        match self.bundles().find_map(|bundle| bundle.get_message(id)) {
            Some(message) => message.attributes().map(|attribute| attribute.id().to_string()).collect(),
            None => {
                self.check(MessageRef::new(id), None);
                Vec::new()
            }
        }
    }

    /// A date in the locale's words, e.g. "21 November 2026".
    pub fn date(&self, date: Date) -> String {
        let mut args = FluentArgs::new();
        args.set("day", date.day);
        args.set("month", date.month);
        args.set("year", date.year);
        self.format(MessageRef::new("date"), Some(&args))
    }

    /// A message with `hole` where `variable`'s value goes, for an island to fill in on
    /// the device (a date, a field's name) or for a link to go in.
    pub fn with_hole(&self, id: &str, variable: &str, hole: char) -> String {
        let mut args = FluentArgs::new();
        args.set(variable, hole.to_string());
        self.format(MessageRef::new(id), Some(&args))
    }

    /// A message's value in en-GB, whatever the page's locale.
    pub fn english_text(&self, id: &str) -> String {
        let english = self.inner.fallback.as_ref().unwrap_or(&self.inner.bundle);
        let text = format_in(english, MessageRef::new(id), None);
        self.check(MessageRef::new(id), text.as_deref());
        text.unwrap_or_default()
    }

    /// The formatted message: from the locale, else from en-GB, else empty. Never the
    /// id. Each miss is noted for the build ([`I18n::take_problems`]).
    pub fn format(&self, message: MessageRef, args: Option<&FluentArgs>) -> String {
        self.inner.used.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).insert(message.id.to_string());
        for (index, bundle) in self.bundles().enumerate() {
            if let Some(text) = format_in(bundle, message, args) {
                if index > 0 {
                    self.note(WordProblem::ShownInEnglish(message.to_string()));
                }
                self.check(message, Some(&text));
                return match self.inner.locale.direction {
                    Direction::Rtl => crate::i18n::bidi::isolate_left_to_right(&text),
                    Direction::Ltr => text,
                };
            }
        }
        self.check(message, None);
        String::new()
    }

    /// Notes a message that is missing everywhere or formats to nothing.
    fn check(&self, message: MessageRef, text: Option<&str>) {
        match text {
            None => self.note(WordProblem::Missing(message.to_string())),
            Some(text) if text.trim().is_empty() => self.note(WordProblem::Empty(message.to_string())),
            Some(_) => {}
        }
    }

    fn bundles(&self) -> impl Iterator<Item = &Bundle> {
        std::iter::once(&self.inner.bundle).chain(self.inner.fallback.as_ref())
    }
}
