//! Content checks that fail the build: every message the journeys need exists in
//! en-GB and none is unused, every step names who is responsible and cites current,
//! known sources, every time a patient reads has a source, every principle is covered,
//! the corrections of the clinical review hold, and the text reads at age 11 or below.

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use support::{ftl, readability};
use whatnext::easy_read::{self, picture::Picture};
use whatnext::journeys::{self, Contact, Journey, Principle, Responsible, Source, Step, TimeUnit, Topic};

/// Attributes every journey message carries.
const JOURNEY_ATTRIBUTES: [&str; 4] = ["title", "summary", "intro", "keywords"];
/// Attributes every step message carries.
const STEP_ATTRIBUTES: [&str; 4] = ["title", "body", "if-not", "ask"];
/// Word lists for the search box and publication titles, not prose: no reading-level check.
fn is_prose(pattern: &str) -> bool {
    !pattern.ends_with(".keywords") && pattern != "search-ignored-words" && !pattern.starts_with("source-")
}

/// Every pattern the journey data refers to, as `id` or `id.attribute`.
fn patterns_used_by_journeys() -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    for journey in journeys::ALL {
        for attribute in JOURNEY_ATTRIBUTES {
            used.insert(format!("{}.{attribute}", journey.id));
        }
        for step in journey.steps {
            for attribute in STEP_ATTRIBUTES {
                used.insert(format!("{}.{attribute}", step.message));
            }
            used.insert(step.who.message().to_string());
            used.insert(step.contact.message().to_string());
            used.extend(step.timing.map(|event| event.message().to_string()));
            used.extend(step.sources.iter().map(|source| source.message().to_string()));
        }
    }
    used.extend(Topic::ALL.iter().map(|topic| topic.message().to_string()));
    used.extend(Responsible::ALL.iter().map(|who| who.message().to_string()));
    used.extend(Contact::ALL.iter().map(|contact| contact.message().to_string()));
    used
}

/// All Rust source under src/, to find message ids the views use by name.
fn rust_source() -> String {
    rust_files().concat()
}

/// Each Rust file under src/.
fn rust_files() -> Vec<String> {
    fn read(dir: &Path, out: &mut Vec<String>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                read(&path, out);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                out.push(fs::read_to_string(path).unwrap());
            }
        }
    }
    let mut out = Vec::new();
    read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out
}

#[test]
fn every_message_the_journeys_use_exists_in_en_gb() {
    let en = ftl::load("en-GB");
    let missing: Vec<_> = patterns_used_by_journeys().into_iter().filter(|id| !en.patterns.contains_key(id)).collect();
    assert!(missing.is_empty(), "missing from locales/en-GB: {missing:?}");
}

/// Message ids the views name in their calls (`.text("…")`, `MessageRef::new("…")`, …),
/// outside test modules.
fn messages_named_by_views() -> BTreeSet<String> {
    // Each file's code before its `#[cfg(test)]` module: tests name missing ids on purpose.
    let source: String = rust_files().iter().map(|file| file.split("#[cfg(test)]").next().unwrap_or_default()).collect();
    let mut named = BTreeSet::new();
    for call in [".text(\"", "MessageRef::new(\"", "english_text(\"", "with_hole(\"", ".lines(\""] {
        for (at, _) in source.match_indices(call) {
            let rest = &source[at + call.len()..];
            let id: String = rest.chars().take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-').collect();
            if rest[id.len()..].starts_with('"') && !id.is_empty() {
                named.insert(id);
            }
        }
    }
    named
}

#[test]
fn every_message_the_views_name_exists_in_en_gb_and_is_not_empty() {
    // H5: a message missing from every locale must fail here, not render empty.
    let en = ftl::load("en-GB");
    let problems: Vec<_> = messages_named_by_views()
        .into_iter()
        .filter(|id| en.patterns.get(id).is_none_or(|text| text.trim().is_empty()))
        .collect();
    assert!(problems.is_empty(), "views use messages missing or empty in locales/en-GB: {problems:?}");
    assert!(messages_named_by_views().contains("step-ask"), "the scan finds the views' message ids");
}

#[test]
fn no_en_gb_message_is_unused() {
    let en = ftl::load("en-GB");
    let used = patterns_used_by_journeys();
    let source = rust_source();
    // Easy Read messages are named by their guide, step or picture.
    let easy_read_messages: BTreeSet<String> = journeys::ALL
        .iter()
        .flat_map(|journey| std::iter::once(easy_read::guide_message(journey)).chain(journey.steps.iter().map(easy_read::step_message)))
        .chain(Picture::ALL.iter().map(|picture| picture.alt_message()))
        .collect();
    let unused: Vec<_> = en
        .messages
        .iter()
        .filter(|id| {
            let by_journeys = used.iter().any(|pattern| pattern == *id || pattern.starts_with(&format!("{id}.")));
            let by_views = source.contains(&format!("\"{id}\""));
            let by_easy_read = easy_read_messages.contains(*id);
            !by_journeys && !by_views && !by_easy_read
        })
        .collect();
    assert!(unused.is_empty(), "en-GB messages nothing uses: {unused:?}");
}

#[test]
fn step_messages_belong_to_their_journey_and_are_unique() {
    let mut seen = BTreeSet::new();
    for journey in journeys::ALL {
        assert!(!journey.steps.is_empty(), "{} has no steps", journey.id);
        for step in journey.steps {
            assert!(step.message.starts_with(&format!("{}-", journey.id)), "{} is not under {}", step.message, journey.id);
            assert!(seen.insert(step.message), "{} is used twice", step.message);
        }
    }
}

#[test]
fn journey_ids_are_unique_and_fit_in_a_path() {
    let mut seen = BTreeSet::new();
    for journey in journeys::ALL {
        assert!(seen.insert(journey.id), "{} is defined twice", journey.id);
        assert!(journey.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{}", journey.id);
    }
}

#[test]
fn every_step_says_who_and_how_to_reach_them() {
    let en = ftl::load("en-GB");
    for journey in journeys::ALL {
        for step in journey.steps {
            let who = &en.patterns[step.who.message()];
            let contact = &en.patterns[step.contact.message()];
            assert!(!who.trim().is_empty() && !contact.trim().is_empty(), "{}", step.message);
        }
    }
}

/// The rows of docs/content-sources.md's source table, by id: the other cells.
fn source_rows() -> BTreeMap<String, Vec<String>> {
    let doc = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/content-sources.md")).unwrap();
    doc.lines()
        .filter_map(|line| {
            let cells: Vec<String> = line.trim().trim_matches('|').split('|').map(|cell| cell.trim().to_string()).collect();
            let id = cells.first()?.strip_prefix('`')?.strip_suffix('`')?.to_string();
            Some((id, cells[1..].to_vec()))
        })
        .collect()
}

#[test]
fn every_source_has_a_publisher_title_version_and_date_checked() {
    let rows = source_rows();
    for source in Source::ALL {
        let cells = rows.get(source.id()).unwrap_or_else(|| panic!("{} is not in docs/content-sources.md", source.id()));
        assert_eq!(cells.len(), 4, "{}: publisher | title | version or date | last checked", source.id());
        assert!(cells.iter().all(|cell| !cell.is_empty()), "{}: an empty cell", source.id());
        let checked = &cells[3];
        let is_date = checked.len() == 10 && checked.chars().enumerate().all(|(i, c)| if i == 4 || i == 7 { c == '-' } else { c.is_ascii_digit() });
        assert!(is_date, "{}: last checked must be YYYY-MM-DD, not {checked:?}", source.id());
    }
    let known: BTreeSet<&str> = Source::ALL.iter().map(|source| source.id()).collect();
    let stray: Vec<_> = rows.keys().filter(|id| !known.contains(id.as_str())).collect();
    assert!(stray.is_empty(), "docs/content-sources.md lists sources no step can cite: {stray:?}");
    // The Standard Contract cited is the current one, not the 2017-19 edition (F1).
    assert!(!rows["contract"].join(" ").contains("2017"), "the contract row names an old edition");
}

#[test]
fn every_step_cites_a_source_and_the_sources_of_its_times() {
    for journey in journeys::ALL {
        for step in journey.steps {
            assert!(!step.sources.is_empty(), "{} cites no source", step.message);
            if let Some(event) = step.timing {
                assert!(step.sources.contains(&event.source()), "{}: its time limit comes from {:?}, which it does not cite", step.message, event.source());
            }
            for time in step.times {
                assert!(step.sources.contains(&time.source), "{}: its time comes from {:?}, which it does not cite", step.message, time.source);
            }
        }
    }
}

const NUMBER_WORDS: [&str; 13] = ["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/// Every "7 days", "24 hours", "a week", "six months" in a text, as (amount, unit). A
/// number counts only when the unit follows it directly ("111, day and night" is not a time).
fn times_in(text: &str) -> Vec<(u16, TimeUnit)> {
    let lower = text.to_lowercase().replace('-', " ");
    let tokens: Vec<&str> = lower.split_whitespace().collect();
    let mut found = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        let amount = token.parse::<u16>().ok().or_else(|| NUMBER_WORDS.iter().position(|n| n == token).map(|n| n.max(1) as u16));
        let Some(amount) = amount else { continue };
        // "7 working days" counts as days.
        let unit_token = match tokens.get(i + 1) {
            Some(&"working") => tokens.get(i + 2),
            other => other,
        };
        let unit = match unit_token.map(|t| t.trim_end_matches(|c: char| !c.is_alphabetic()).trim_end_matches('s')) {
            Some("hour") => TimeUnit::Hours,
            Some("day") => TimeUnit::Days,
            Some("week") => TimeUnit::Weeks,
            Some("month") => TimeUnit::Months,
            _ => continue,
        };
        found.push((amount, unit));
    }
    found
}

/// The times a step may state: its time limit and its declared, sourced times.
fn sourced_times(step: &Step) -> Vec<(u16, TimeUnit)> {
    step.timing.map(|event| event.limit()).into_iter().chain(step.times.iter().map(|time| (time.amount, time.unit))).collect()
}

/// Every prose attribute of a step or journey, `.if-not` included (not the search keywords).
fn prose_of<'a>(en: &'a support::ftl::LocaleText, message: &str) -> Vec<(&'a String, &'a String)> {
    en.patterns.iter().filter(|(id, _)| id.starts_with(&format!("{message}.")) && is_prose(id)).collect()
}

#[test]
fn every_time_a_patient_reads_has_a_source() {
    let en = ftl::load("en-GB");
    let mut unsourced = Vec::new();
    for journey in journeys::ALL {
        let mut journey_times = Vec::new();
        for step in journey.steps {
            let allowed = sourced_times(step);
            journey_times.extend(allowed.iter().copied());
            let mut stated = Vec::new();
            // The step's words, and its Easy Read's.
            let easy_read = easy_read::step_message(step);
            for (id, text) in prose_of(&en, step.message).into_iter().chain(prose_of(&en, &easy_read)) {
                for time in times_in(text) {
                    if !allowed.contains(&time) {
                        unsourced.push(format!("{id}: {} {:?} in {text:?}", time.0, time.1));
                    }
                    stated.push(time);
                }
            }
            for time in step.times {
                assert!(stated.contains(&(time.amount, time.unit)), "{} declares {} {:?}, which its words no longer say", step.message, time.amount, time.unit);
            }
        }
        for (id, text) in prose_of(&en, journey.id).into_iter().chain(prose_of(&en, &easy_read::guide_message(journey))) {
            for time in times_in(text) {
                if !journey_times.contains(&time) {
                    unsourced.push(format!("{id}: {} {:?} in {text:?}", time.0, time.1));
                }
            }
        }
    }
    let in_ui: Vec<_> = en
        .patterns
        .iter()
        .filter(|(id, _)| {
            let of_a_guide = |prefix: &str| journeys::ALL.iter().any(|journey| id.starts_with(&format!("{prefix}{}", journey.id)));
            !of_a_guide("") && !of_a_guide(easy_read::MESSAGE_PREFIX) && is_prose(id) && !id.starts_with("timing-")
        })
        .flat_map(|(id, text)| times_in(text).into_iter().map(move |time| format!("{id}: {} {:?}", time.0, time.1)))
        .collect();
    unsourced.extend(in_ui);
    assert!(unsourced.is_empty(), "times with no Timing or sourced time on their step:\n{}", unsourced.join("\n"));
}

#[test]
fn the_time_check_finds_times_in_words_and_digits() {
    assert_eq!(times_in("Ring after a week, or 2 weeks."), vec![(1, TimeUnit::Weeks), (2, TimeUnit::Weeks)]);
    assert_eq!(times_in("within 10 working days; about six months; 24-hour line"), vec![(10, TimeUnit::Days), (6, TimeUnit::Months), (24, TimeUnit::Hours)]);
    assert!(times_in("Call 999 or NHS 111, day and night.").is_empty());
}

#[test]
fn time_limits_are_the_current_ones() {
    use journeys::TimedEvent;
    // F1: clinic letters within 7 days (Standard Contract from 2019/20), not 10.
    assert_eq!(TimedEvent::ClinicLetter.limit(), (7, TimeUnit::Days));
    assert_eq!(TimedEvent::DischargeSummary.limit(), (24, TimeUnit::Hours));
    // F3: the Faster Diagnosis Standard's 28 days, not the two-week wait.
    assert_eq!(TimedEvent::CancerDiagnosis.limit(), (28, TimeUnit::Days));
}

#[test]
fn getting_worse_goes_to_the_gp_or_111_the_same_day_and_999() {
    // F4 and hazard H2: never only a hospital line.
    let en = ftl::load("en-GB");
    for journey in journeys::ALL {
        for step in journey.steps.iter().filter(|step| step.covers.contains(&Principle::WorseWhileWaiting)) {
            let body = &en.patterns[&format!("{}.body", step.message)];
            let text = format!("{body} {}", en.patterns[&format!("{}.if-not", step.message)]);
            assert!(text.contains("999"), "{}: no 999", step.message);
            assert!(text.contains("NHS 111"), "{}: no NHS 111", step.message);
            assert!(text.contains("same day"), "{}: does not say the same day", step.message);
            assert!(!text.contains("cannot decide"), "{}: says the GP cannot decide", step.message);
        }
    }
}

#[test]
fn no_guide_threatens_a_lost_place_and_texts_come_with_scam_advice() {
    // F6 and C7: no fear of losing one's place; no sender named for NHS texts; wherever
    // a guide says the NHS may text you, it says what to do if unsure.
    let en = ftl::load("en-GB");
    // Easy Read is held to its own, stricter rules (tests/easy_read.rs), over each step.
    for (id, text) in en.patterns.iter().filter(|(id, _)| is_prose(id) && !easy_read::is_easy_read_message(id)) {
        assert!(!text.contains("may lose your place") && !text.contains("may lose their place"), "{id}: {text}");
        assert!(!text.contains("NHS Referrals"), "{id} names the sender of e-Referral texts");
    }
    for journey in journeys::ALL {
        let bodies: Vec<&String> = journey.steps.iter().map(|step| &en.patterns[&format!("{}.body", step.message)]).collect();
        let mentions_texts = bodies.iter().any(|body| body.contains("text you") || body.contains("or a text") || body.contains("a text."));
        let scam_advice = bodies.iter().any(|body| body.contains("not sure") && body.contains("ring the number on your") || body.contains("Ring the number on your"));
        assert!(!mentions_texts || scam_advice, "{} mentions texts from the NHS with no advice for a text that may be a scam", journey.id);
    }
}

#[test]
fn there_are_at_least_23_journeys_and_each_urgent_need_has_one() {
    assert!(journeys::ALL.len() >= 23, "{} journeys", journeys::ALL.len());
    for id in ["urgent-referral", "medicines-after-hospital", "after-urgent-care", "follow-up", "mental-health", "waiting-list-rights", "self-referral", "private-care"] {
        assert!(journeys::find(id).is_some(), "no {id} journey");
    }
}

#[test]
fn no_guide_claims_a_clinical_review_it_did_not_have() {
    // C16: the reviewed line needs a named reviewer recorded on the journey.
    for journey in journeys::ALL {
        if let Some(review) = journey.clinical_review {
            assert!(!review.reviewer.trim().is_empty(), "{}: a review with no reviewer", journey.id);
        }
    }
    let en = ftl::load("en-GB");
    assert!(en.patterns["journey-written"].contains("not checked"), "the written line must say no clinician checked it");
}

#[test]
fn the_safety_line_has_every_route_and_the_scope_says_england() {
    // C14 and F9, in English; tests/locales.rs checks every language has its own words.
    let en = ftl::load("en-GB");
    let safety: String = ["safety-emergency", "safety-urgent", "safety-online", "safety-mental-health", "safety-deaf"]
        .iter()
        .map(|id| en.patterns[*id].clone())
        .collect::<Vec<_>>()
        .join(" ");
    for part in ["999", "NHS 111", "111.nhs.uk", "mental health option", "18001 111", "BSL"] {
        assert!(safety.contains(part), "the safety line lacks {part}");
    }
    assert!(en.patterns["scope-england"].contains("in England"));
    let ui = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en-GB/ui.ftl")).unwrap();
    assert!(ui.contains("[parent] If you or your child"), "the safety line has no parent's wording");
}

#[test]
fn every_principle_is_covered_by_a_step() {
    let covered: Vec<Principle> =
        journeys::ALL.iter().flat_map(|journey| journey.steps).flat_map(|step| step.covers.iter().copied()).collect();
    let uncovered: Vec<_> = Principle::ALL.into_iter().filter(|principle| !covered.contains(principle)).collect();
    assert!(uncovered.is_empty(), "principles no step tells the patient about: {uncovered:?}");
}

/// The en-GB text of one journey page: its own messages and its steps'.
fn page_text(en: &support::ftl::LocaleText, journey: &Journey) -> String {
    let mut ids = vec![journey.id.to_string()];
    ids.extend(journey.steps.iter().map(|step| step.message.to_string()));
    en.patterns.iter().filter(|(id, _)| ids.iter().any(|m| id.starts_with(&format!("{m}.")))).map(|(_, text)| text.as_str()).collect::<Vec<_>>().join("\n")
}

#[test]
fn en_gb_reads_at_age_eleven_or_below() {
    const MAX_SENTENCE: f64 = 9.0;
    const MAX_MESSAGE: f64 = 7.0;
    const MAX_MEDIAN: f64 = 5.0;
    let en = ftl::load("en-GB");
    // Glossary words count as easy only on the page that explains them.
    let explained_on: Vec<(&Journey, BTreeSet<&str>)> =
        journeys::ALL.iter().map(|journey| (*journey, readability::explained_terms(&page_text(&en, journey)))).collect();
    let none = BTreeSet::new();
    let explained_for = |id: &str| {
        explained_on.iter().find(|(journey, _)| id == journey.id || id.starts_with(&format!("{}.", journey.id)) || journey.steps.iter().any(|step| id.starts_with(&format!("{}.", step.message)))).map_or(&none, |(_, terms)| terms)
    };
    let mut problems = Vec::new();
    let mut grades = Vec::new();
    // Easy Read is held to its own, stricter rules (tests/easy_read.rs), over each step.
    for (id, text) in en.patterns.iter().filter(|(id, _)| is_prose(id) && !easy_read::is_easy_read_message(id)) {
        let explained = explained_for(id);
        let text = &readability::without_addresses(text);
        let grade = readability::grade(text, explained);
        grades.push(grade);
        if grade > MAX_MESSAGE {
            problems.push(format!("{grade:.1}  {id}: {text}"));
        }
        for sentence in readability::sentences(text) {
            let sentence_grade = readability::grade(sentence, explained);
            if sentence_grade > MAX_SENTENCE {
                problems.push(format!("{sentence_grade:.1}  {id} (sentence): {}", sentence.trim()));
            }
        }
    }
    grades.sort_by(f64::total_cmp);
    let median = grades[grades.len() / 2];
    assert!(problems.is_empty(), "above grade {MAX_MESSAGE} a message or {MAX_SENTENCE} a sentence:\n{}", problems.join("\n"));
    assert!(median <= MAX_MEDIAN, "median grade {median:.1} is above {MAX_MEDIAN}");
}
