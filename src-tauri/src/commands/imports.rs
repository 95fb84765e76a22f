//! Importing resumes from the window: a background job per batch that reports each file's
//! outcome as an event and can be cancelled between files.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use shortlist_core::ImportResult;
use shortlist_parse::csv::{guess, read, to_input, CsvColumn};
use shortlist_store::{ImportOptions, Store};
use specta::Type;
use tauri::{AppHandle, State};
use tauri_specta::Event;

use crate::error::{AppError, CmdResult, ErrorKind};
use crate::state::AppState;

/// A file to import: a path (dropped on the window) or its bytes (chosen in the file picker).
#[derive(Debug, Clone, Deserialize, Type)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ImportSource {
    Path {
        path: String,
    },
    Bytes {
        name: String,
        bytes: Vec<u8>,
    },
    /// A CSV list with the column mapping chosen in the dialog (its first row is the header).
    Csv {
        name: String,
        bytes: Vec<u8>,
        mapping: Vec<CsvColumn>,
    },
}

/// The first rows of a CSV and a guess at what each column is, for the mapping step.
#[derive(Debug, Clone, Serialize, Type)]
pub struct CsvPreview {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    pub total: u32,
    pub guessed: Vec<CsvColumn>,
}

#[tauri::command]
#[specta::specta]
pub fn preview_csv(bytes: Vec<u8>) -> CmdResult<CsvPreview> {
    let rows = read(&bytes).map_err(|e| AppError::new(ErrorKind::Validation, e.to_string()))?;
    let headers = rows.first().cloned().unwrap_or_default();
    Ok(CsvPreview {
        guessed: headers.iter().map(|h| guess(h)).collect(),
        total: rows.len().saturating_sub(1) as u32,
        rows: rows.iter().skip(1).take(5).cloned().collect(),
        headers,
    })
}

/// One file done.
#[derive(Debug, Clone, Serialize, Deserialize, Type, Event)]
pub struct ImportProgress {
    pub job: u32,
    pub done: u32,
    pub total: u32,
    pub result: ImportResult,
}

/// The job ended (all files done, or cancelled after `done` of them).
#[derive(Debug, Clone, Serialize, Deserialize, Type, Event)]
pub struct ImportFinished {
    pub job: u32,
    pub done: u32,
    pub total: u32,
    pub cancelled: bool,
}

enum Item {
    Path(PathBuf),
    Bytes(String, Vec<u8>),
    Record(String, shortlist_core::CandidateInput),
}

/// Starts importing; returns the job id that progress events carry.
#[tauri::command]
#[specta::specta]
pub async fn start_import(
    app: AppHandle,
    state: State<'_, AppState>,
    sources: Vec<ImportSource>,
    role_id: Option<String>,
    source: String,
) -> CmdResult<u32> {
    let store = state.store()?.clone();
    let mut paths = Vec::new();
    let mut items = Vec::new();
    for s in sources {
        match s {
            ImportSource::Path { path } => paths.push(PathBuf::from(path)),
            ImportSource::Bytes { name, bytes } => items.push(Item::Bytes(name, bytes)),
            ImportSource::Csv { name, bytes, mapping } => {
                let rows = read(&bytes).map_err(|e| AppError::new(ErrorKind::Validation, format!("{name}: {e}")))?;
                let default_source = if source.trim().is_empty() { "CSV import".to_string() } else { source.clone() };
                for (i, row) in rows.iter().enumerate().skip(1) {
                    items.push(Item::Record(format!("{name} row {}", i + 1), to_input(row, &mapping, &default_source)));
                }
            }
        }
    }
    let files = shortlist_store::resume_files_in(&paths)
        .map_err(|e| AppError::new(ErrorKind::Io, format!("A dropped folder could not be read: {e}")))?;
    items.extend(files.into_iter().map(Item::Path));
    if items.is_empty() {
        return Err(AppError::new(
            ErrorKind::Validation,
            "There are no resume files (PDF, DOCX, text, Markdown, JSON) to import.",
        ));
    }
    let (job, cancel) = state.imports.start();
    let options = ImportOptions { source, role_id };
    tauri::async_runtime::spawn(run(app, store, job, cancel, items, options));
    Ok(job)
}

#[tauri::command]
#[specta::specta]
pub fn cancel_import(state: State<'_, AppState>, job: u32) {
    state.imports.cancel(job);
}

async fn run(
    app: AppHandle,
    store: Store,
    job: u32,
    cancel: Arc<AtomicBool>,
    items: Vec<Item>,
    options: ImportOptions,
) {
    let total = items.len() as u32;
    let mut done = 0;
    for item in items {
        if cancel.load(Ordering::Relaxed) {
            break;
        }
        let (name, bytes) = match item {
            Item::Record(label, input) => {
                let result = store
                    .import_record(&label, input, &options)
                    .await
                    .unwrap_or_else(|e| failed(&label, e.to_string()));
                done += 1;
                let _ = ImportProgress { job, done, total, result }.emit(&app);
                continue;
            }
            Item::Bytes(name, bytes) => (name, Ok(bytes)),
            Item::Path(path) => {
                let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
                (name, std::fs::read(&path))
            }
        };
        let result = match bytes {
            Ok(bytes) => store.import_file(&name, &bytes, &options).await,
            Err(e) => Ok(failed(&name, format!("The file could not be read: {e}."))),
        };
        let result = result.unwrap_or_else(|e| failed(&name, e.to_string()));
        done += 1;
        let _ = ImportProgress { job, done, total, result }.emit(&app);
    }
    let cancelled = done < total;
    let _ = ImportFinished { job, done, total, cancelled }.emit(&app);
    if let Some(state) = tauri::Manager::try_state::<AppState>(&app) {
        state.imports.finish(job);
    }
}

fn failed(name: &str, reason: String) -> ImportResult {
    ImportResult {
        file_name: name.to_string(),
        outcome: shortlist_core::ImportOutcome::Failed { reason },
        possible_duplicates: vec![],
        low_confidence: vec![],
    }
}
