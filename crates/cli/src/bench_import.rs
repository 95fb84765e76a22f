//! `shortlist-cli bench-import`: resume parsing speed on the labelled set, and 1,000 resumes
//! imported end to end into a fresh database. Reports figures; asserts nothing.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::Context;
use shortlist_core::ImportOutcome;
use shortlist_parse::dates::Month;
use shortlist_parse::{parse_file, Options};
use shortlist_store::{ImportOptions, Store};

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn percentile(times: &mut [Duration], q: f64) -> Duration {
    times.sort();
    times[((times.len() - 1) as f64 * q).round() as usize]
}

/// A corpus resume made into a different person: the name, emails, profile handles and phone
/// digits on contact lines changed, so the duplicate check sees someone new.
fn vary_text(text: &str, i: usize, name: &str) -> String {
    // The family name gets a number wherever it is written, in any case.
    let last = name.split_whitespace().last().unwrap_or_default();
    let renamed = if last.is_empty() {
        text.to_string()
    } else {
        [last.to_string(), last.to_uppercase(), last.to_lowercase()]
            .iter()
            .fold(text.to_string(), |t, form| t.replace(form.as_str(), &format!("{form}{i}")))
    };
    renamed
        .split_inclusive('\n')
        .map(|line| {
            let contact = line.contains('@')
                || line.contains("github.com/")
                || line.contains("linkedin.com/in/")
                || line.contains('+');
            if !contact {
                return line.to_string();
            }
            let line = line
                .replace('@', &format!("+{i}@"))
                .replace("github.com/", &format!("github.com/v{i}-"))
                .replace("linkedin.com/in/", &format!("linkedin.com/in/v{i}-"));
            // Phone digits shift (emails' and handles' digits too, harmlessly).
            line.chars()
                .map(|c| c.to_digit(10).map_or(c, |d| char::from_digit((d + 1 + (i as u32 % 9)) % 10, 10).unwrap_or(c)))
                .collect()
        })
        .collect()
}

/// The same change inside a DOCX's text runs (never its markup).
fn vary_xml(xml: &str, i: usize, name: &str) -> String {
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(start) = rest.find("<w:t") {
        let Some(open_end) = rest[start..].find('>') else { break };
        let text_start = start + open_end + 1;
        let Some(close) = rest[text_start..].find("</w:t>") else { break };
        out.push_str(&rest[..text_start]);
        out.push_str(&vary_text(&rest[text_start..text_start + close], i, name));
        rest = &rest[text_start + close..];
    }
    out.push_str(rest);
    out
}

fn vary_docx(bytes: &[u8], i: usize, name: &str) -> anyhow::Result<Vec<u8>> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))?;
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for n in 0..archive.len() {
        let mut entry = archive.by_index(n)?;
        let part = entry.name().to_string();
        let mut data = Vec::new();
        entry.read_to_end(&mut data)?;
        if part == "word/document.xml" {
            data = vary_xml(&String::from_utf8_lossy(&data), i, name).into_bytes();
        }
        out.start_file(part, opts)?;
        out.write_all(&data)?;
    }
    Ok(out.finish()?.into_inner())
}

pub async fn run(corpus: &Path, files: usize, samples: usize) -> anyhow::Result<()> {
    let options = Options::new("US", Month::new(2026, 11).context("month")?);
    let pdfs: Vec<PathBuf> = std::fs::read_dir(corpus.join("pdf"))?.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    let (mut two, mut one) = (Vec::new(), Vec::new());
    for path in &pdfs {
        let bytes = std::fs::read(path)?;
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        let pages = parse_file(&name, &bytes, &options)?.pages.unwrap_or(1);
        for _ in 0..samples {
            let started = Instant::now();
            parse_file(&name, &bytes, &options)?;
            if pages >= 2 {
                two.push(started.elapsed())
            } else {
                one.push(started.elapsed())
            }
        }
    }

    // 1,000 files from the set: DOCX and text made into new people, PDFs as re-sent copies
    // (a byte appended, so the same person arrives again and is merged).
    let dir = tempfile::tempdir()?;
    let mut sources: Vec<PathBuf> = Vec::new();
    for folder in ["docx", "text", "pdf"] {
        let mut found: Vec<PathBuf> =
            std::fs::read_dir(corpus.join(folder))?.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        found.sort();
        sources.extend(found);
    }
    for i in 0..files {
        let src = &sources[i % sources.len()];
        let ext = src.extension().and_then(|e| e.to_str()).unwrap_or("txt");
        let bytes = std::fs::read(src)?;
        let file_name = src.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let name = parse_file(file_name, &bytes, &options).ok().and_then(|p| p.profile.name).unwrap_or_default();
        let out = match ext {
            "docx" => vary_docx(&bytes, i, &name)?,
            "pdf" => [bytes.as_slice(), format!("\n%{i}\n").as_bytes()].concat(),
            _ => vary_text(&String::from_utf8_lossy(&bytes), i, &name).into_bytes(),
        };
        std::fs::write(dir.path().join(format!("{i:04}.{ext}")), out)?;
    }
    let db = dir.path().join("import.db");
    let store = Store::open(&db).await?;
    let paths = shortlist_store::resume_files_in(&[dir.path().to_path_buf()])?;
    let started = Instant::now();
    let (mut imported, mut merged, mut other) = (0, 0, 0);
    for path in &paths {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        let bytes = std::fs::read(path)?;
        match store.import_file(&name, &bytes, &ImportOptions::default()).await?.outcome {
            ImportOutcome::Imported { .. } => imported += 1,
            ImportOutcome::Merged { .. } => merged += 1,
            _ => other += 1,
        }
    }
    let took = started.elapsed();
    store.close().await;

    println!("Resume parsing and import benchmark ({samples} parses per PDF, release build)");
    println!("| measure | figure | target |");
    println!("|---|---|---|");
    println!(
        "| parse a two-page PDF ({} files) | median {} (p95 {}) | median ≤ 30 ms |",
        two.len() / samples.max(1),
        ms(percentile(&mut two, 0.5)),
        ms(percentile(&mut two, 0.95))
    );
    println!(
        "| parse a one-page PDF ({} files) | median {} | — |",
        one.len() / samples.max(1),
        ms(percentile(&mut one, 0.5))
    );
    println!(
        "| import {} resumes end to end (read, parse, duplicate check, write, keep original) | {:.1} s ({:.0} files/s; {imported} new, {merged} merged, {other} other) | ≤ 60 s |",
        paths.len(),
        took.as_secs_f64(),
        paths.len() as f64 / took.as_secs_f64()
    );
    Ok(())
}
