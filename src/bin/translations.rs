//! `./run translations`: where each language's words stand, and the review pack.
//!
//!   translations                          per language: checked, stale (with ids), draft,
//!                                         shown in English; fails only on a broken
//!                                         reviews file (a record for no message, a
//!                                         malformed record)
//!   translations export <locale> <file>   the review pack (XLIFF 2.0) for translators
//!   translations import <locale> <file>   their work back into locales/, and the
//!                                         reviews it declares; refuses a bad file whole

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;
use std::{env, fs, io};

use whatnext::i18n::locale::{self, Locale, EN_GB, SUPPORTED};
use whatnext::translations::{export, import, Catalogue, LanguageReport, LocaleSources};

const LOCALES: &str = "locales";

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let outcome = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        [] | ["report"] => report(),
        ["export", code, file] => language(code).and_then(|locale| export_pack(locale, Path::new(file))),
        ["import", code, file] => language(code).and_then(|locale| import_pack(locale, Path::new(file))),
        _ => Err("usage: translations [report | export <locale> <file> | import <locale> <file>]".to_string()),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("translations: {error}");
            ExitCode::FAILURE
        }
    }
}

fn language(code: &str) -> Result<&'static Locale, String> {
    match locale::find(code).filter(|found| found.code == code) {
        Some(found) if found != &EN_GB => Ok(found),
        Some(_) => Err("en-GB is the source language: it has no translation to review".into()),
        None => Err(format!("no language {code:?} in {LOCALES}/")),
    }
}

fn sources(locale: &'static Locale) -> Result<LocaleSources, String> {
    LocaleSources::read(Path::new(LOCALES), locale).map_err(|error| format!("reading {LOCALES}/{}: {error}", locale.code))
}

/// A line of the report; a reader that stops early (`| head`) is not an error.
macro_rules! say {
    ($($arg:tt)*) => {{
        let _ = writeln!(io::stdout(), $($arg)*);
    }};
}

fn report() -> Result<(), String> {
    let mut broken = 0;
    for &locale in SUPPORTED.iter().filter(|&&locale| locale != &EN_GB) {
        let sources = sources(locale)?;
        let (english, own) = (sources.joined_english(), sources.joined_own());
        match Catalogue::new(&english, &own, sources.reviews_json.as_deref()) {
            Ok(catalogue) => {
                let report = LanguageReport::of(&catalogue);
                let status = if report.all_checked() { "checked" } else { "draft" };
                say!(
                    "{:<8} {:<22} {status:<8} {} checked, {} stale, {} draft, {} shown in English",
                    locale.code,
                    locale.name,
                    report.checked,
                    report.stale.len(),
                    report.draft,
                    report.in_english.len()
                );
                for (what, ids) in [("stale", &report.stale), ("shown in English", &report.in_english)] {
                    if !ids.is_empty() {
                        say!("       {what}: {}", ids.join(", "));
                    }
                }
            }
            Err(problems) => {
                broken += 1;
                say!("{:<8} {:<22} broken   {LOCALES}/{}/reviews.json:", locale.code, locale.name, locale.code);
                for problem in problems {
                    say!("       {problem}");
                }
            }
        }
    }
    if broken > 0 {
        return Err(format!("{broken} reviews file(s) cannot be trusted (see above): fix or remove the records named"));
    }
    Ok(())
}

fn export_pack(locale: &'static Locale, file: &Path) -> Result<(), String> {
    let pack = export(&sources(locale)?).map_err(|problems| {
        format!("{LOCALES}/{}/reviews.json cannot be trusted:\n  {}", locale.code, problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n  "))
    })?;
    fs::write(file, pack).map_err(|error| format!("{}: {error}", file.display()))?;
    println!("translations: wrote the {} review pack to {}", locale.name, file.display());
    Ok(())
}

fn import_pack(locale: &'static Locale, file: &Path) -> Result<(), String> {
    let xml = fs::read_to_string(file).map_err(|error| format!("{}: {error}", file.display()))?;
    let sources = sources(locale)?;
    let (english, own) = (sources.joined_english(), sources.joined_own());
    if let Err(problems) = Catalogue::new(&english, &own, sources.reviews_json.as_deref()) {
        let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
        return Err(format!("{LOCALES}/{}/reviews.json cannot be trusted; fix it first:\n  {}", locale.code, list.join("\n  ")));
    }
    let changes = import::plan(&sources, &xml).map_err(|problems| {
        let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
        format!("{} refused, nothing written ({} problems):\n  {}", file.display(), list.len(), list.join("\n  "))
    })?;
    for (path, text) in &changes.files {
        fs::write(path, text).map_err(|error| format!("{}: {error}", path.display()))?;
    }
    println!(
        "translations: {} messages changed, {} reviews recorded, {} files written",
        changes.messages_changed,
        changes.reviews_recorded,
        changes.files.len()
    );
    Ok(())
}
