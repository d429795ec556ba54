//! One locale's Fluent bundle: built from its text, and formatting one message.

use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource};

use super::MessageRef;
use crate::i18n::locale::{Direction, Locale};

pub(super) type Bundle = FluentBundle<FluentResource>;

pub(super) fn bundle(locale: &Locale, ftl: &str) -> Bundle {
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

pub(super) fn format_in(bundle: &Bundle, message: MessageRef, args: Option<&FluentArgs>) -> Option<String> {
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
