//! Formats Fluent messages for one locale, falling back to en-GB message by message,
//! so a patient never sees a raw message id. Runs at build time only.

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};

use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource};

use super::locale::{Direction, Locale, EN_GB};
use crate::journeys::Date;

// LOCALE_TEXTS: every locale's joined text, en-GB first (see build.rs).
include!(concat!(env!("OUT_DIR"), "/locale_texts.rs"));

/// The en-GB text, the fallback for every other locale.
const EN_GB_FTL: &str = LOCALE_TEXTS[0].1;

/// The text of a supported locale.
pub fn for_locale(locale: &'static Locale) -> I18n {
    I18n::new(locale, built_in_text(locale))
}

/// A locale's joined Fluent text as compiled in.
pub fn built_in_text(locale: &Locale) -> &'static str {
    LOCALE_TEXTS.iter().find(|(code, _)| *code == locale.code).map_or("", |(_, text)| text)
}

/// A locale's name in English (`meta.ftl`'s `language-english-name`), for whoever is
/// helping the patient; not in the browser's Wasm.
pub fn english_name(locale: &Locale) -> &'static str {
    ENGLISH_NAMES.iter().find(|(code, _)| *code == locale.code).map_or("", |(_, name)| name)
}

/// A locale's `reviews.json` as compiled in, if it has one.
pub fn built_in_reviews(locale: &Locale) -> Option<&'static str> {
    LOCALE_REVIEWS.iter().find(|(code, _)| *code == locale.code).map(|(_, text)| *text)
}

/// The words of `locale` as they are in `locales` now, backed by en-GB's as they are
/// now: the quick loop (`./run dev`) shows a word change without compiling.
pub fn from_disk(locales: &std::path::Path, locale: &'static Locale) -> std::io::Result<I18n> {
    let english = super::folder::joined_text(&locales.join(EN_GB.code))?;
    let own = if locale == &EN_GB { english.clone() } else { super::folder::joined_text(&locales.join(locale.code))? };
    Ok(I18n::with_english(locale, &own, &english))
}

type Bundle = FluentBundle<FluentResource>;

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
                    Direction::Rtl => super::bidi::isolate_left_to_right(&text),
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

fn bundle(locale: &Locale, ftl: &str) -> Bundle {
    let tag = locale.code.parse().expect("valid built-in tag");
    let mut bundle = Bundle::new_concurrent(vec![tag]);
    // Unicode isolation marks keep numbers and phone numbers readable inside
    // right-to-left text; in left-to-right text they only get in the way.
    bundle.set_use_isolating(locale.direction == Direction::Rtl);
    let resource = FluentResource::try_new(ftl.to_owned()).unwrap_or_else(|(resource, errors)| {
        report(&format!("{} Fluent parse errors in {}: {errors:?}", errors.len(), locale.code));
        resource
    });
    if let Err(errors) = bundle.add_resource(resource) {
        report(&format!("Fluent resource errors in {}: {errors:?}", locale.code));
    }
    bundle
}

fn format_in(bundle: &Bundle, message: MessageRef, args: Option<&FluentArgs>) -> Option<String> {
    let found = bundle.get_message(message.id)?;
    let pattern = match message.attribute {
        Some(name) => found.get_attribute(name)?.value(),
        None => found.value()?,
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors).into_owned();
    if !errors.is_empty() {
        report(&format!("Fluent errors formatting {message}: {errors:?}"));
    }
    Some(text)
}

/// Problems with the Fluent files themselves go to the build log, never to the page.
fn report(problem: &str) {
    eprintln!("i18n: {problem}");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::locale::Locale;

    static TEST_LOCALE: Locale = Locale { code: "pl", name: "Polski", direction: Direction::Ltr };

    #[test]
    fn missing_message_falls_back_to_english_alone() {
        let i18n = I18n::new(&TEST_LOCALE, "site-name = Co dalej?\n");
        assert_eq!(i18n.text("site-name"), "Co dalej?");
        assert_eq!(i18n.text("home-link"), I18n::en_gb().text("home-link"));
    }

    #[test]
    fn unknown_message_is_empty_never_the_id() {
        let i18n = I18n::en_gb();
        assert_eq!(i18n.text("no-such-message"), "");
        assert_eq!(i18n.attr("referral", "no-such-attribute"), "");
    }

    #[test]
    fn broken_ftl_keeps_the_good_messages() {
        let i18n = I18n::new(&TEST_LOCALE, "site-name = Co dalej?\n!!! broken\nhome-link = Wszystko\n");
        assert_eq!(i18n.text("site-name"), "Co dalej?");
        assert_eq!(i18n.text("home-link"), "Wszystko");
    }

    #[test]
    fn misses_are_noted_for_the_build_once_each() {
        let i18n = I18n::with_english(&TEST_LOCALE, "site-name = Co dalej?\n", "site-name = What next?\nhome-link = All guides\nblank = { \"\" }\n");
        i18n.text("site-name");
        i18n.text("home-link");
        i18n.text("home-link");
        i18n.text("blank");
        i18n.text("no-such-message");
        assert_eq!(
            i18n.take_problems(),
            [
                WordProblem::Missing("no-such-message".into()),
                WordProblem::Empty("blank".into()),
                WordProblem::ShownInEnglish("blank".into()),
                WordProblem::ShownInEnglish("home-link".into()),
            ]
        );
        assert!(i18n.take_problems().is_empty(), "taken once");
    }

    #[test]
    fn dates_are_written_out() {
        let date = Date { year: 2026, month: 12, day: 3 };
        assert_eq!(I18n::en_gb().date(date), "3 December 2026");
    }
}
