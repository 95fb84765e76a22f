//! `shortlist-cli parse` and `shortlist-cli score-parser`.

use std::path::{Path, PathBuf};

use anyhow::Context;
use serde_json::json;
use shortlist_parse::dates::Month;
use shortlist_parse::{parse_file, Options};

/// "YYYY-MM", or this month.
pub fn today(arg: Option<&str>) -> anyhow::Result<Month> {
    match arg {
        Some(s) => Month::parse_iso(s).with_context(|| format!("--today {s}: use YYYY-MM")),
        None => {
            // The command line's edge: the one place the CLI reads the computer's clock and zone.
            use chrono::Datelike;
            let today = chrono::Local::now().date_naive();
            Month::new(today.year(), today.month()).context("the system clock is outside 1950–2100")
        }
    }
}

/// One JSON object per file and line: `{"file", "format", "pages", "profile"}` or `{"file", "error"}`.
pub fn run(files: &[PathBuf], options: &Options, pretty: bool, with_text: bool) -> anyhow::Result<bool> {
    let mut all_ok = true;
    for path in files {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let value = match std::fs::read(path) {
            Err(e) => json!({ "file": path.display().to_string(), "error": format!("cannot read the file: {e}") }),
            Ok(bytes) => match parse_file(name, &bytes, options) {
                Ok(p) if with_text => {
                    json!({ "file": path.display().to_string(), "format": p.format, "pages": p.pages, "profile": p.profile, "text": p.text })
                }
                Ok(p) => {
                    json!({ "file": path.display().to_string(), "format": p.format, "pages": p.pages, "profile": p.profile })
                }
                Err(e) => json!({ "file": path.display().to_string(), "error": e.to_string() }),
            },
        };
        all_ok &= value.get("error").is_none();
        let text = if pretty { serde_json::to_string_pretty(&value)? } else { serde_json::to_string(&value)? };
        println!("{text}");
    }
    Ok(all_ok)
}

pub fn score(corpus: &Path, options: &Options, verbose: bool) -> anyhow::Result<()> {
    let report = shortlist_parse::score::score_corpus(corpus, options)
        .with_context(|| format!("reading the corpus at {}", corpus.display()))?;
    if verbose {
        for file in &report.files {
            let misses: Vec<String> = file
                .fields
                .iter()
                .filter(|(_, c)| c.fp + c.fn_ > 0)
                .map(|(k, c)| format!("{k} (+{} -{})", c.fp, c.fn_))
                .collect();
            if !misses.is_empty() {
                println!("{}: {}", file.file, misses.join(", "));
            }
        }
        println!();
    }
    print!("{report}");
    Ok(())
}
