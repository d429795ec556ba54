//! A page never shows blank words: a message missing from en-GB, or rendering empty,
//! is reported with its id so the build stops (src/bin/site.rs); a message missing
//! only in the page's language is shown in English and listed. Hazard H5.

mod support;

use support::ftl;
use whatnext::i18n::{locale, I18n, WordProblem};
use whatnext::journeys;
use whatnext::route::{Page, Route, SiteRoot};

/// The en-GB source as the build joins it, with `edit` applied: a broken fixture.
fn english_with(edit: impl Fn(&str) -> String) -> String {
    let english: String = ftl::ftl_files("en-GB").iter().map(|file| std::fs::read_to_string(file).unwrap() + "\n").collect();
    edit(&english)
}

/// Renders the referral guide in Polish whose own words are only the site's name.
fn problems_on_a_page(english: &str) -> Vec<WordProblem> {
    let polish = locale::find("pl").unwrap();
    let i18n = I18n::with_english(polish, "site-name = Co dalej?\n", english);
    let route = Route::new(polish, Page::Journey(journeys::find("referral").unwrap()));
    whatnext::render_body(route, &i18n, SiteRoot::of(&route), None, whatnext::translations::PageReview::Draft);
    i18n.take_problems()
}

#[test]
fn a_message_missing_from_en_gb_is_reported_by_its_id() {
    let english = english_with(|text| text.lines().filter(|line| !line.starts_with("step-ask =")).collect::<Vec<_>>().join("\n"));
    let problems = problems_on_a_page(&english);
    assert!(problems.contains(&WordProblem::Missing("step-ask".into())), "{problems:?}");
    let blanks = problems.iter().filter(|problem| !matches!(problem, WordProblem::ShownInEnglish(_))).count();
    assert_eq!(blanks, 1, "only step-ask is blank: {problems:?}");
}

#[test]
fn a_message_that_renders_empty_is_reported_by_its_id() {
    let english = english_with(|text| text.replace("step-ask = Questions you can ask", "step-ask = { \"\" }"));
    assert!(problems_on_a_page(&english).contains(&WordProblem::Empty("step-ask".into())));
}

#[test]
fn a_message_missing_only_in_the_pages_language_is_shown_in_english_and_listed() {
    let problems = problems_on_a_page(&english_with(str::to_string));
    assert!(problems.contains(&WordProblem::ShownInEnglish("referral.title".into())), "{problems:?}");
    assert!(problems.iter().all(|problem| matches!(problem, WordProblem::ShownInEnglish(_))), "the real en-GB has every word: {problems:?}");
}
