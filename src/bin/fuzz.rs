//! `./run fuzz [inputs]`: the three readers of untrusted text, each over generated
//! inputs (a million by default), near-valid ones mostly: real links, paths and the
//! example config, cut, spliced and sprinkled with the characters that matter to each.
//! Fails, naming the input, on a panic or a broken promise:
//!
//! - the fragment reader (`link::parse`): what it keeps writes back to the same details;
//! - the path reader (`route::resolve`): a page it finds has a path that finds it again;
//! - the local-config checker (`local_config::check`): an error always names a problem.
//!
//! Not part of `./run test`: it is slow by design. Prints inputs per second.

use std::panic::{self, AssertUnwindSafe};
use std::process::ExitCode;
use std::time::Instant;

use whatnext::link;
use whatnext::local_config;
use whatnext::route::{self, Resolved, Route};

/// A small, seeded xorshift generator: the same run every time, no dependency.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.below(from.len())]
    }
}

/// One mutation of `seed`: cut a piece out, repeat one, put in a token, or splice in
/// part of another seed. Cuts fall on character boundaries, so inputs stay text.
fn mutate(random: &mut Random, seed: &str, seeds: &[&str], tokens: &[&str]) -> String {
    let chars: Vec<char> = seed.chars().collect();
    let at = random.below(chars.len() + 1);
    let len = random.below(8.min(chars.len() - at) + 1);
    let (before, rest) = chars.split_at(at);
    let (piece, after) = rest.split_at(len);
    let collect = |parts: &[&[char]]| parts.iter().flat_map(|part| part.iter()).collect::<String>();
    match random.below(5) {
        0 => collect(&[before, after]),
        1 => collect(&[before, piece, piece, after]),
        2 => format!("{}{}{}", collect(&[before]), random.pick(tokens), collect(&[after])),
        3 => {
            let other: Vec<char> = random.pick(seeds).chars().collect();
            let from = random.below(other.len() + 1);
            format!("{}{}", collect(&[before]), other[from..].iter().collect::<String>())
        }
        _ => format!("{}{}{}", collect(&[before]), random.pick(tokens), collect(&[piece, after])),
    }
}

/// Runs `check` over `count` inputs grown from the seeds (a few mutations each).
fn fuzz(name: &str, count: usize, seeds: &[&str], tokens: &[&str], check: impl Fn(&str) -> Result<(), String>) -> bool {
    let mut random = Random(0x9E37_79B9_7F4A_7C15);
    let started = Instant::now();
    for _ in 0..count {
        let mut input = random.pick(seeds).to_string();
        for _ in 0..=random.below(4) {
            input = mutate(&mut random, &input, seeds, tokens);
        }
        match panic::catch_unwind(AssertUnwindSafe(|| check(&input))) {
            Ok(Ok(())) => {}
            Ok(Err(broken)) => {
                eprintln!("{name}: {broken}\n  input: {input:?}");
                return false;
            }
            Err(_) => {
                eprintln!("{name}: panicked\n  input: {input:?}");
                return false;
            }
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    println!("{name:<14} {count} inputs in {seconds:.1} s: {:.0} inputs/s, no panic, every promise kept", count as f64 / seconds);
    true
}

fn main() -> ExitCode {
    let count = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(1_000_000);
    // Quiet: a caught panic is reported with its input, once.
    panic::set_hook(Box::new(|_| {}));

    let fragments = [
        "#1&s=Dermatology&d=2026-11-21&w=3w&t=02079460000&u=trust.example/derm",
        "#1&s=Ear%2C%20nose%20%26%20throat&d=2026-02-28&w=10d",
        "#1&w=6m&t=%2B44%2020%207946%200000",
        "#2&s=Eyes&x=future&d=2027-01-31",
        "#main",
    ];
    let fragment_tokens = ["&", "=", "%", "%2", "%ZZ", "%E2%80%AE", "#", "s=", "d=", "w=", "t=", "u=", "9999", "-00-", "w=0d", "javascript:", "https://", "<script>", "\u{202e}", "é", "😀", "\0", "&&&"];
    let fragment_ok = fuzz("fragment", count, &fragments, &fragment_tokens, |input| {
        let parsed = link::parse(input);
        let again = link::parse(&parsed.details.to_fragment());
        if again.details != parsed.details || again.dropped_something {
            return Err(format!("kept {:?}, which wrote back as {:?}", parsed.details, again.details));
        }
        Ok(())
    });

    let paths: Vec<String> = Route::all().filter(|route| route.locale.code == "en-GB" || route.locale.code == "ar").map(|route| route.path()).collect();
    let path_seeds: Vec<&str> = paths.iter().map(String::as_str).collect();
    let path_tokens = ["/", "//", "..", "%2F", "index.html", "desk", "embedded", "easy-read", "with-english", "languages", "zh-hant", "EN-gb", "xx-YY", "not-found", "\u{0}", "é"];
    let path_ok = fuzz("path", count, &path_seeds, &path_tokens, |input| match route::resolve(input) {
        Resolved::ChooseLocale => Ok(()),
        // The notice (a language we do not have) is about the path asked for, not the page.
        Resolved::Page(route) => match route::resolve(&route.path()) {
            Resolved::Page(again) if again == route.without_notice() => Ok(()),
            other => Err(format!("found {:?} at {}, which reads back as {other:?}", route.page, route.path())),
        },
    });

    let example = include_str!("../../examples/local.json");
    let config_seeds = [example, "{\"version\": 1, \"area\": \"A\", \"services\": []}", "{}", "[]"];
    let config_tokens = ["{", "}", "[", "]", ",", ":", "\"", "\\u0000", "\\ud800", "null", "true", "-1", "1e999", "\"version\": 2", "\"phone\": \"999\"", "\"website\": \"http://x\"", "\"embedded_by\": [\"https://a.example\"]", "\u{202e}", "<script>"];
    let config_ok = fuzz("local config", count, &config_seeds, &config_tokens, |input| match local_config::check(input) {
        Err(problems) if problems.is_empty() => Err("refused without naming a problem".into()),
        _ => Ok(()),
    });

    if fragment_ok && path_ok && config_ok { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}
