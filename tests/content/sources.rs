//! Every step cites known, current sources, each listed in docs/content-sources.md.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use whatnext::journeys::{self, Source};

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
