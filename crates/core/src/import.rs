//! What happened to each imported file.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::DuplicateMatch;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ImportOutcome {
    /// A new candidate was created from the file.
    Imported { candidate_id: String, full_name: String },
    /// The file belongs to someone already on record: attached to them, contacts merged.
    Merged { candidate_id: String, full_name: String, reasons: Vec<String> },
    /// This exact file (same SHA-256) was imported before; nothing was written.
    Duplicate { candidate_id: String, full_name: String },
    /// Nothing was written; `reason` says why in words a recruiter understands.
    Failed { reason: String },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct ImportResult {
    pub file_name: String,
    pub outcome: ImportOutcome,
    /// Weaker matches worth a look (a similar name in the same city): not merged automatically.
    pub possible_duplicates: Vec<DuplicateMatch>,
    /// Parsed fields to check on the review screen.
    pub low_confidence: Vec<String>,
}

/// A stored resume file of a candidate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct ResumeInfo {
    pub id: String,
    pub file_name: String,
    pub format: String,
    pub pages: Option<u32>,
    pub byte_size: u32,
    pub created_at: DateTime<Utc>,
}
