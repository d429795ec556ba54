//! Formats Fluent messages for one locale, falling back to en-GB message by message,
//! so a patient never sees a raw message id. Runs at build time only.

mod built_in;
mod bundle;
mod format;
mod message_ref;
#[cfg(test)]
mod tests;

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};

use super::locale::{Locale, EN_GB};
use built_in::EN_GB_FTL;
use bundle::{bundle, Bundle};

pub use built_in::{built_in_reviews, built_in_text, english_name, for_locale, from_disk};
pub use message_ref::MessageRef;

/// The text of the page's locale, shared through Leptos context while rendering.
#[derive(Clone)]
pub struct I18n {
    inner: Arc<Inner>,
}

struct Inner {
    locale: &'static Locale,
    bundle: Bundle,
    /// en-GB, used message by message when `bundle` lacks one. None when the locale is en-GB.
    fallback: Option<Bundle>,
    /// What went wrong with the words since the last [`I18n::take_problems`].
    problems: Mutex<Vec<WordProblem>>,
    /// The messages formatted since the last [`I18n::take_used`]: what a page showed.
    used: Mutex<BTreeSet<String>>,
    /// en-GB's Fluent source, for [`I18n::english`].
    english: Arc<str>,
}

/// A word a page asked for and did not get in its own language.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum WordProblem {
    /// In no locale, en-GB included: the page would show nothing. Stops the build.
    Missing(String),
    /// Found, but formats to nothing: an empty heading or instruction. Stops the build.
    Empty(String),
    /// Missing in the page's language, so shown in English. Listed, not fatal.
    ShownInEnglish(String),
}

impl I18n {
    /// The built-in English text.
    pub fn en_gb() -> Self {
        Self::with_english(&EN_GB, EN_GB_FTL, EN_GB_FTL)
    }

    /// Text for `locale` from its Fluent source, backed by en-GB for anything missing.
    pub fn new(locale: &'static Locale, ftl: &str) -> Self {
        Self::with_english(locale, ftl, EN_GB_FTL)
    }

    /// Text for `locale`, backed by `english` (the en-GB source) for anything missing:
    /// the built-in English, or a fixture in tests.
    pub fn with_english(locale: &'static Locale, ftl: &str, english: &str) -> Self {
        let is_english = locale == &EN_GB;
        Self {
            inner: Arc::new(Inner {
                locale,
                bundle: bundle(locale, if is_english { english } else { ftl }),
                fallback: (!is_english).then(|| bundle(&EN_GB, english)),
                problems: Mutex::new(Vec::new()),
                used: Mutex::new(BTreeSet::new()),
                english: Arc::from(english),
            }),
        }
    }

    /// The problems with the words since the last call, each once, and forgets them.
    pub fn take_problems(&self) -> Vec<WordProblem> {
        let mut problems = std::mem::take(&mut *self.problems());
        problems.sort();
        problems.dedup();
        problems
    }

    /// The same words in en-GB, as this translator's English: for a page that shows the
    /// English under each part.
    pub fn english(&self) -> I18n {
        I18n::with_english(&EN_GB, &self.inner.english, &self.inner.english)
    }

    /// The ids of the messages formatted in the page's language (or in English in its
    /// place) since the last call, and forgets them: whether a page's words were all
    /// checked is decided from these. (Words shown in English on purpose, beside the
    /// page's language, are not the page's translation and are not listed.)
    pub fn take_used(&self) -> BTreeSet<String> {
        std::mem::take(&mut *self.inner.used.lock().unwrap_or_else(|poisoned| poisoned.into_inner()))
    }

    /// Notes words a page needs and cannot show, which stops the build.
    pub fn note_missing(&self, what: String) {
        self.note(WordProblem::Missing(what));
    }

    fn note(&self, problem: WordProblem) {
        self.problems().push(problem);
    }

    /// The list of problems (a panic elsewhere while it was held leaves it usable).
    fn problems(&self) -> std::sync::MutexGuard<'_, Vec<WordProblem>> {
        self.inner.problems.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub fn locale(&self) -> &'static Locale {
        self.inner.locale
    }

}
