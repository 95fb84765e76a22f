//! `shortlist-cli import`: the app's import, headless, with a progress bar.

use std::path::PathBuf;

use shortlist_core::ImportOutcome;
use shortlist_store::{ImportOptions, Store};

/// Counts of each outcome.
#[derive(Default)]
pub struct Summary {
    pub imported: usize,
    pub merged: usize,
    pub duplicate: usize,
    pub failed: usize,
}

pub async fn run(store: &Store, files: &[PathBuf], options: &ImportOptions, quiet: bool) -> anyhow::Result<Summary> {
    let mut summary = Summary::default();
    for (i, path) in files.iter().enumerate() {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file").to_string();
        let line = match std::fs::read(path) {
            Err(e) => {
                summary.failed += 1;
                format!("failed     {}: cannot read it ({e})", path.display())
            }
            Ok(bytes) => {
                let result = store.import_file(&name, &bytes, options).await?;
                match result.outcome {
                    ImportOutcome::Imported { full_name, .. } => {
                        summary.imported += 1;
                        format!("imported   {}: {full_name}", path.display())
                    }
                    ImportOutcome::Merged { full_name, reasons, .. } => {
                        summary.merged += 1;
                        format!("merged     {}: into {full_name} ({})", path.display(), reasons.join("; "))
                    }
                    ImportOutcome::Duplicate { full_name, .. } => {
                        summary.duplicate += 1;
                        format!("skipped    {}: the same file is already on {full_name}", path.display())
                    }
                    ImportOutcome::Failed { reason } => {
                        summary.failed += 1;
                        format!("failed     {}: {reason}", path.display())
                    }
                }
            }
        };
        if !quiet {
            // Clear the bar, print the outcome, redraw the bar below it.
            eprint!("\r\x1b[2K");
            println!("{line}");
        }
        crate::progress_bar(i + 1, files.len());
    }
    eprintln!();
    Ok(summary)
}
