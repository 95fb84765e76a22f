//! `shortlist-cli`: headless work on a Shortlist database.

mod bench;
mod bench_board;
mod bench_import;
mod import;
mod parse;

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use clap::{Parser, Subcommand};
use shortlist_store::demo::DemoSpec;
use shortlist_store::Store;

#[derive(Parser)]
#[command(name = "shortlist-cli", about = "Headless tools for Shortlist databases", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Fill a database with deterministic, realistic demo data (roles, candidates, pipelines).
    Seed {
        /// The database file (created if missing).
        #[arg(long)]
        db: PathBuf,
        /// How many candidates to generate.
        #[arg(long, default_value_t = 2_000)]
        candidates: usize,
        /// How many roles (default: 20, or one per 2,000 candidates if more).
        #[arg(long)]
        roles: Option<usize>,
    },
    /// Measure the store on a freshly seeded database and print figures and query plans.
    Bench {
        /// Where to build the benchmark database (replaced if present).
        #[arg(long)]
        db: PathBuf,
        #[arg(long, default_value_t = 100_000)]
        candidates: usize,
        /// Samples per measured operation.
        #[arg(long, default_value_t = 200)]
        samples: usize,
        /// Measure an existing database at --db instead of building a new one.
        #[arg(long)]
        reuse: bool,
    },
    /// Parse resumes (PDF, DOCX, text, Markdown, JSON Resume) and print each profile as JSON,
    /// one object per file and line (README: "Resume profile JSON").
    Parse {
        files: Vec<PathBuf>,
        /// Region for phone numbers written without a country code (ISO 3166, e.g. US, DE).
        #[arg(long, default_value = "US")]
        region: String,
        /// The month "present" means, YYYY-MM (default: this month).
        #[arg(long)]
        today: Option<String>,
        /// Indented JSON instead of one line per file.
        #[arg(long)]
        pretty: bool,
        /// Also print the extracted text (what the parser read).
        #[arg(long)]
        text: bool,
    },
    /// Import resumes (files or folders) into a database, as the app's Import does.
    Import {
        #[arg(long)]
        db: PathBuf,
        /// Files and folders (searched recursively for PDF, DOCX, text, Markdown and JSON Resume).
        paths: Vec<PathBuf>,
        /// Recorded as each candidate's source.
        #[arg(long, default_value = "Resume import")]
        source: String,
        /// Put every imported candidate into this role's pipeline (role id).
        #[arg(long)]
        role: Option<String>,
        /// Print only the summary.
        #[arg(long)]
        quiet: bool,
    },
    /// Measure resume parsing on the labelled set and a 1,000-file import into a fresh database.
    BenchImport {
        #[arg(long, default_value = "crates/parse/tests/corpus")]
        corpus: PathBuf,
        #[arg(long, default_value_t = 1_000)]
        files: usize,
        /// Parses per PDF for the parse timings.
        #[arg(long, default_value_t = 20)]
        samples: usize,
    },
    /// Score the parser against a labelled corpus: precision, recall and F1 per field.
    ScoreParser {
        #[arg(long, default_value = "crates/parse/tests/corpus")]
        corpus: PathBuf,
        /// The month the ground truth counts "present" as.
        #[arg(long, default_value = "2026-11")]
        today: String,
        #[arg(long, default_value = "US")]
        region: String,
        /// List every file's misses.
        #[arg(long)]
        verbose: bool,
    },
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    match Cli::parse().command {
        Command::Seed { db, candidates, roles } => {
            let store = Store::open(&db).await.with_context(|| format!("opening {}", db.display()))?;
            let mut spec = DemoSpec::for_candidates(candidates);
            if let Some(roles) = roles {
                spec.roles = roles.max(1);
            }
            let started = std::time::Instant::now();
            let report = store.generate(spec, &mut |done| progress_bar(done, candidates)).await?;
            eprintln!();
            println!(
                "Seeded {}: {} roles, {} candidates, {} applications, {} stage events in {:.1}s",
                db.display(),
                report.roles,
                report.candidates,
                report.applications,
                report.stage_events,
                started.elapsed().as_secs_f64()
            );
            store.close().await;
        }
        Command::Bench { db, candidates, samples, reuse } => bench::run(&db, candidates, samples, reuse).await?,
        Command::Parse { files, region, today, pretty, text } => {
            let options = shortlist_parse::Options::new(&region, parse::today(today.as_deref())?);
            if !parse::run(&files, &options, pretty, text)? {
                std::process::exit(1);
            }
        }
        Command::Import { db, paths, source, role, quiet } => {
            let files = shortlist_store::resume_files_in(&paths).context("reading the files and folders to import")?;
            let store = Store::open(&db).await.with_context(|| format!("opening {}", db.display()))?;
            let options = shortlist_store::ImportOptions { source, role_id: role };
            let started = std::time::Instant::now();
            let s = import::run(&store, &files, &options, quiet).await?;
            println!(
                "{} files in {:.1}s: {} imported, {} merged into existing candidates, {} skipped as exact duplicates, {} failed",
                files.len(),
                started.elapsed().as_secs_f64(),
                s.imported,
                s.merged,
                s.duplicate,
                s.failed
            );
            store.close().await;
        }
        Command::BenchImport { corpus, files, samples } => bench_import::run(&corpus, files, samples).await?,
        Command::ScoreParser { corpus, today, region, verbose } => {
            let options = shortlist_parse::Options::new(&region, parse::today(Some(&today))?);
            parse::score(&corpus, &options, verbose)?;
        }
    }
    Ok(())
}

/// A one-line progress bar on stderr.
pub(crate) fn progress_bar(done: usize, total: usize) {
    let width = 30;
    let filled = (done * width).checked_div(total).unwrap_or(width).min(width);
    eprint!("\r[{}{}] {done}/{total} candidates", "#".repeat(filled), " ".repeat(width - filled));
    let _ = std::io::stderr().flush();
}
