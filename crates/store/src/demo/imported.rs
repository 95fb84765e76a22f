//! Demo resumes stored the way an import stores a resume file: read by the real parser, a
//! `resumes` row with the text and the parse, the candidate's profile from it, the original kept
//! content-addressed beside the database, and the same named mutations (`candidate.set_profile`,
//! `resume.add`) in the outbox — in bulk, inside the demo's one transaction.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use serde_json::json;
use sha2::{Digest, Sha256};
use shortlist_parse::{parse_file, CandidateProfile, Format, Options, Parsed};
use sqlx::{QueryBuilder, Sqlite, SqliteConnection};

use super::{fields_json, insert_outbox, OutboxRow, PlannedCandidate, BATCH};
use crate::error::{Result, StoreError};
use crate::Store;

/// A generated resume after parsing, ready to write.
pub(super) struct DemoResume {
    candidate: usize,
    id: String,
    file_name: String,
    bytes: Vec<u8>,
    sha: String,
    ext: &'static str,
    parsed: Parsed,
    profile: CandidateProfile,
}

/// The file extension an import keeps an original under (and records as the resume's format).
fn extension(format: Format) -> &'static str {
    match format {
        Format::Pdf => "pdf",
        Format::Docx => "docx",
        Format::Text => "txt",
        Format::Markdown => "md",
        Format::JsonResume => "json",
    }
}

/// Parses each candidate's resume (`resumes[i]` is candidate `i`'s file name and text) as an
/// import would, on every core: the parser is the slow part of the demo load. A text the parser
/// refuses (none should be) leaves its candidate without a resume.
pub(super) fn parse_all(
    resumes: Vec<(String, String)>,
    candidates: &[PlannedCandidate],
    options: &Options,
) -> Vec<DemoResume> {
    let one = |(candidate, (file_name, text)): (usize, (String, String))| {
        let bytes = text.into_bytes();
        let parsed = parse_file(&file_name, &bytes, options).ok()?;
        let sha: String = Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect();
        Some(DemoResume {
            candidate,
            id: shortlist_core::new_id_at(candidates[candidate].created_at),
            ext: extension(parsed.format),
            profile: CandidateProfile::from_profile(&parsed.profile),
            file_name,
            bytes,
            sha,
            parsed,
        })
    };
    let threads = std::thread::available_parallelism().map_or(1, usize::from).clamp(1, 8);
    let size = resumes.len().div_ceil(threads).max(1);
    let mut work: Vec<Vec<(usize, (String, String))>> = Vec::new();
    let mut items = resumes.into_iter().enumerate().peekable();
    while items.peek().is_some() {
        work.push(items.by_ref().take(size).collect());
    }
    std::thread::scope(|scope| {
        let handles: Vec<_> = work
            .into_iter()
            .map(|part| scope.spawn(move || part.into_iter().filter_map(one).collect::<Vec<_>>()))
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))).collect()
    })
}

/// The search rows of the candidates not indexed yet, with their skills, resume text and
/// headline: `search::reindex`'s row, for many candidates at once.
const INDEX_NEW: &str = crate::search::index_rows!("c.rowid > ? AND c.deleted_at IS NULL");

/// Writes the resumes and profiles with their outbox entries, then fills the search rows of the
/// new candidates (name, skills, resume text, headline) — the demo's only indexing pass when it
/// has resumes.
pub(super) async fn insert(
    store: &Store,
    conn: &mut SqliteConnection,
    replica: &str,
    candidates: &[PlannedCandidate],
    resumes: &[DemoResume],
) -> Result<()> {
    for chunk in resumes.chunks(BATCH) {
        // One stamp per resume, shared by its profile and its row, as one import's write.
        let hlcs: Vec<String> = chunk.iter().map(|_| store.tick(store.now_ms()).to_string()).collect();
        let mut encoded = Vec::with_capacity(chunk.len());
        for r in chunk {
            let p = &r.profile;
            encoded.push([
                serde_json::to_string(&p.positions)?,
                serde_json::to_string(&p.education)?,
                serde_json::to_string(&p.skills)?,
                serde_json::to_string(&p.languages)?,
                serde_json::to_string(&p.low_confidence)?,
                serde_json::to_string(&r.parsed.profile)?,
            ]);
        }
        let mut q = QueryBuilder::<Sqlite>::new(
            "INSERT INTO candidate_profiles (candidate_id, headline, positions, education, skills, languages,
                                             years_experience, low_confidence, created_at, updated_at, hlc) ",
        );
        q.push_values(chunk.iter().zip(&encoded).zip(&hlcs), |mut b, ((r, e), hlc)| {
            let at = candidates[r.candidate].created_at;
            b.push_bind(&candidates[r.candidate].id)
                .push_bind(&r.profile.headline)
                .push_bind(&e[0])
                .push_bind(&e[1])
                .push_bind(&e[2])
                .push_bind(&e[3])
                .push_bind(r.profile.years_experience)
                .push_bind(&e[4])
                .push_bind(at)
                .push_bind(at)
                .push_bind(hlc);
        });
        q.build().execute(&mut *conn).await?;

        let mut q = QueryBuilder::<Sqlite>::new(
            "INSERT INTO resumes (id, candidate_id, sha256, file_name, format, byte_size, pages, text, parsed,
                                  created_at, updated_at, hlc) ",
        );
        q.push_values(chunk.iter().zip(&encoded).zip(&hlcs), |mut b, ((r, e), hlc)| {
            let at = candidates[r.candidate].created_at;
            b.push_bind(&r.id)
                .push_bind(&candidates[r.candidate].id)
                .push_bind(&r.sha)
                .push_bind(&r.file_name)
                .push_bind(r.ext)
                .push_bind(r.bytes.len() as i64)
                .push_bind(r.parsed.pages.map(|p| p as i64))
                .push_bind(&r.parsed.text)
                .push_bind(&e[5])
                .push_bind(at)
                .push_bind(at)
                .push_bind(hlc);
        });
        q.build().execute(&mut *conn).await?;

        let mut outbox = Vec::with_capacity(chunk.len() * 2);
        let profile_fields = fields_json(&CandidateProfile::FIELDS);
        let resume_fields = fields_json(&["candidate_id", "sha256", "file_name", "format", "text", "parsed"]);
        for (r, hlc) in chunk.iter().zip(hlcs) {
            let candidate = &candidates[r.candidate];
            outbox.push(OutboxRow {
                name: "candidate.set_profile",
                entity: "candidate",
                entity_id: candidate.id.clone(),
                args: serde_json::to_string(&r.profile)?,
                changed: profile_fields.clone(),
                hlc: hlc.clone(),
                at: candidate.created_at,
            });
            outbox.push(OutboxRow {
                name: "resume.add",
                entity: "resume",
                entity_id: r.id.clone(),
                args:
                    json!({ "candidate_id": candidate.id, "sha256": r.sha, "file_name": r.file_name, "format": r.ext })
                        .to_string(),
                changed: resume_fields.clone(),
                hlc,
                at: candidate.created_at,
            });
        }
        insert_outbox(&mut *conn, replica, &outbox).await?;
    }
    // One statement for every new candidate, building each row as `search::reindex` does
    // (the store's tests check that the two agree).
    let max: Option<i64> = sqlx::query_scalar("SELECT max(rowid) FROM candidate_fts").fetch_one(&mut *conn).await?;
    sqlx::query(INDEX_NEW).bind(max.unwrap_or(0)).execute(&mut *conn).await?;
    Ok(())
}

/// Keeps each original beside the database where an import keeps it (`<db>-files/ab/abcd….txt`),
/// so "open the original" works for demo resumes too. Returns the files written, for the caller
/// to remove if the load is rolled back; on a failure here, what it wrote is removed already.
///
/// Unlike an import, the files are not synced one by one: two thousand syncs would take the load
/// from seconds to minutes on some disks, and the text of each is in the database anyway.
pub(super) fn keep_originals(store: &Store, resumes: &[DemoResume]) -> Result<Vec<PathBuf>> {
    let dir = store.files_dir();
    let mut made: HashSet<PathBuf> = HashSet::new();
    let mut written = Vec::new();
    for r in resumes {
        match keep(&dir, &mut made, r) {
            Ok(Some(path)) => written.push(path),
            Ok(None) => {}
            Err(e) => {
                remove(&written);
                return Err(StoreError::Io(format!("could not keep the demo resumes: {e}")));
            }
        }
    }
    Ok(written)
}

/// Writes one original unless it is there already; the path if it is new.
fn keep(dir: &Path, made: &mut HashSet<PathBuf>, r: &DemoResume) -> std::io::Result<Option<PathBuf>> {
    let folder = dir.join(&r.sha[..2]);
    let path = folder.join(format!("{}.{}", r.sha, r.ext));
    if path.exists() {
        return Ok(None);
    }
    if made.insert(folder.clone()) {
        std::fs::create_dir_all(&folder)?;
    }
    // A temporary name first, so a crash never leaves a partial file under the final name.
    let tmp = path.with_extension(format!("partial-{}", shortlist_core::new_id()));
    std::fs::write(&tmp, &r.bytes)?;
    if let Err(e) = std::fs::rename(&tmp, &path) {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    Ok(Some(path))
}

/// Removes originals written for a load that did not commit.
pub(super) fn remove(files: &[PathBuf]) {
    for f in files {
        let _ = std::fs::remove_file(f);
    }
}
