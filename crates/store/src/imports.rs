//! Importing resume files: one transaction per file, the original kept content-addressed beside
//! the database, exact re-imports skipped by hash, and files of people already on record
//! merged into them.

use std::path::{Path, PathBuf};

use serde_json::json;
use sha2::{Digest, Sha256};
use shortlist_core::text::{is_valid_email, is_valid_phone};
use shortlist_core::{CandidateInput, ImportOutcome, ImportResult, Link, ResumeInfo, Stage};
use shortlist_parse::{parse_file, CandidateProfile, Options, Parsed};

use crate::candidates::{candidate_in, insert_candidate, update_candidate_in};
use crate::duplicates::DuplicateProbe;
use crate::error::{Result, StoreError};
use crate::profiles::set_profile_in;
use crate::time::from_ms;
use crate::write::Mutation;
use crate::Store;

/// The resume files among `paths`: files as given, folders searched recursively for the formats
/// the parser reads.
pub fn resume_files_in(paths: &[PathBuf]) -> std::io::Result<Vec<PathBuf>> {
    const EXTENSIONS: [&str; 6] = ["pdf", "docx", "txt", "md", "markdown", "json"];
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(&path, out)?;
            } else if path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
            {
                out.push(path);
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            walk(path, &mut out)?;
        } else {
            out.push(path.clone());
        }
    }
    Ok(out)
}

/// Where an import's candidates come from and where they go.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// Recorded as the candidates' source ("Resume import" when empty).
    pub source: String,
    /// Puts every imported candidate into this role's pipeline (Sourced).
    pub role_id: Option<String>,
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// A name when the resume gave none: the email's local part ("ana.perez" → "Ana Perez"), else the
/// file's name.
fn fallback_name(emails: &[String], file_name: &str) -> String {
    let base = emails
        .first()
        .and_then(|e| e.split('@').next())
        .map(str::to_string)
        .unwrap_or_else(|| file_name.rsplit_once('.').map_or(file_name, |(stem, _)| stem).to_string());
    base.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_digit()))
        .map(|w| {
            let mut chars = w.chars();
            chars
                .next()
                .map_or_else(String::new, |f| f.to_uppercase().chain(chars.flat_map(char::to_lowercase)).collect())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The candidate fields a parsed resume gives; entries the candidate rules refuse are dropped.
fn candidate_input(parsed: &Parsed, file_name: &str, source: &str) -> CandidateInput {
    let p = &parsed.profile;
    let emails: Vec<String> = p.emails.iter().filter(|e| is_valid_email(e)).cloned().collect();
    let name = p.name.clone().filter(|n| !n.trim().is_empty()).unwrap_or_else(|| fallback_name(&emails, file_name));
    CandidateInput {
        full_name: if name.trim().is_empty() {
            "Unnamed candidate".to_string()
        } else {
            name.chars().take(200).collect()
        },
        phones: p.phones.iter().filter(|x| is_valid_phone(x)).cloned().collect(),
        links: p.links.iter().take(10).map(|l| Link { kind: l.kind, url: l.url.clone() }).collect(),
        emails,
        location: p.location.clone().unwrap_or_default().chars().take(200).collect(),
        time_zone: String::new(),
        source: if source.trim().is_empty() { "Resume import".to_string() } else { source.to_string() },
        tags: Vec::new(),
        notes: String::new(),
    }
    .normalized()
}

/// Everything of `add` that `base` lacks, appended (emails, phones, links, an empty location).
fn merged_input(base: &CandidateInput, add: &CandidateInput) -> CandidateInput {
    let mut out = base.clone();
    for e in &add.emails {
        if !out.emails.contains(e) {
            out.emails.push(e.clone());
        }
    }
    for p in &add.phones {
        if !out.phones.contains(p) {
            out.phones.push(p.clone());
        }
    }
    for l in &add.links {
        if !out.links.iter().any(|x| x.url == l.url) {
            out.links.push(l.clone());
        }
    }
    if out.location.trim().is_empty() {
        out.location = add.location.clone();
    }
    out.normalized()
}

impl Store {
    /// The folder that keeps imported originals, named after the database file.
    pub fn files_dir(&self) -> PathBuf {
        let stem =
            self.path().file_stem().map(|s| s.to_string_lossy().to_string()).unwrap_or_else(|| "shortlist".into());
        self.path().with_file_name(format!("{stem}-files"))
    }

    fn file_path(&self, sha: &str, format: &str) -> PathBuf {
        self.files_dir().join(&sha[..2]).join(format!("{sha}.{format}"))
    }

    /// Imports one file. Only storage failures are errors; a file that cannot be used is an
    /// outcome (`Failed`) with nothing written.
    pub async fn import_file(&self, file_name: &str, bytes: &[u8], options: &ImportOptions) -> Result<ImportResult> {
        let result = |outcome, possible_duplicates, low_confidence| ImportResult {
            file_name: file_name.to_string(),
            outcome,
            possible_duplicates,
            low_confidence,
        };
        let sha = sha256_hex(bytes);
        let seen: Option<(String, String, String, bool)> = sqlx::query_as(
            "SELECT r.id, r.candidate_id, c.full_name, c.deleted_at IS NOT NULL FROM resumes r
             JOIN candidates c ON c.id = r.candidate_id WHERE r.sha256 = ? AND r.deleted_at IS NULL",
        )
        .bind(&sha)
        .fetch_optional(&self.pool)
        .await?;
        // The same file on a deleted candidate is imported afresh; its old row is retired below.
        let retire = match seen {
            Some((_, candidate_id, full_name, false)) => {
                return Ok(result(ImportOutcome::Duplicate { candidate_id, full_name }, vec![], vec![]));
            }
            Some((resume_id, _, _, true)) => Some(resume_id),
            None => None,
        };
        let region = self.default_region().await?;
        let parsed = match parse_file(file_name, bytes, &Options::new(&region, self.this_month())) {
            Ok(p) => p,
            Err(e) => return Ok(result(ImportOutcome::Failed { reason: e.to_string() }, vec![], vec![])),
        };
        let input = candidate_input(&parsed, file_name, &options.source);
        if let Err(errors) = input.validate() {
            return Ok(result(ImportOutcome::Failed { reason: errors.summary() }, vec![], vec![]));
        }
        if let Some(role_id) = &options.role_id {
            self.role(role_id).await?;
        }
        let profile = CandidateProfile::from_profile(&parsed.profile);
        let companies = profile.positions.iter().map(|p| p.company.clone()).collect();
        let (certain, matches) = self.certain_duplicate(&input, companies).await?;
        let format = serde_json::to_value(parsed.format)?.as_str().unwrap_or("txt").to_string();
        let ext = match format.as_str() {
            "json_resume" => "json",
            "markdown" => "md",
            "text" => "txt",
            other => other,
        };
        let path = self.file_path(&sha, ext);
        let wrote_file = store_file(&path, bytes)?;
        let written: Result<ImportOutcome> = async {
            let mut w = self.begin_write().await?;
            let (candidate_id, outcome) = place(&mut w, &input, certain.as_ref(), &region).await?;
            // A file that joins someone on record adds to their (perhaps reviewed) profile; it
            // never replaces it.
            let profile = match &outcome {
                ImportOutcome::Merged { .. } => {
                    let existing = crate::profiles::profile_in(&mut w, &candidate_id).await?;
                    crate::merges::union_profiles(existing, Some(profile)).unwrap_or_default()
                }
                _ => profile,
            };
            set_profile_in(&mut w, &candidate_id, &profile).await?;
            if let Some(old) = &retire {
                sqlx::query("UPDATE resumes SET deleted_at = ?, updated_at = ?, hlc = ? WHERE id = ?")
                    .bind(w.now)
                    .bind(w.now)
                    .bind(w.hlc_text())
                    .bind(old)
                    .execute(w.conn())
                    .await?;
            }
            let resume_id = shortlist_core::new_id();
            sqlx::query(
                "INSERT INTO resumes (id, candidate_id, sha256, file_name, format, byte_size, pages, text, parsed, created_at, updated_at, hlc)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            )
            .bind(&resume_id)
            .bind(&candidate_id)
            .bind(&sha)
            .bind(file_name)
            .bind(ext)
            .bind(bytes.len() as i64)
            .bind(parsed.pages.map(|p| p as i64))
            .bind(&parsed.text)
            .bind(serde_json::to_string(&parsed.profile)?)
            .bind(w.now)
            .bind(w.now)
            .bind(w.hlc_text())
            .execute(w.conn())
            .await?;
            crate::search::reindex(w.conn(), &candidate_id).await?;
            w.record(Mutation {
                name: "resume.add",
                entity: "resume",
                entity_id: &resume_id,
                args: json!({ "candidate_id": candidate_id, "sha256": sha, "file_name": file_name, "format": ext }),
                changed_fields: vec!["candidate_id", "sha256", "file_name", "format", "text", "parsed"],
            })
            .await?;
            add_to_role(&mut w, &candidate_id, options, &self.actor()).await?;
            w.commit().await?;
            Ok(outcome)
        }
        .await;
        let outcome = match written {
            Ok(outcome) => outcome,
            Err(e) => {
                // Nothing was recorded: the new original goes too, unless another import of
                // the same bytes committed a resume that points at it meanwhile.
                if wrote_file {
                    let referenced: Option<String> =
                        sqlx::query_scalar("SELECT id FROM resumes WHERE sha256 = ? AND deleted_at IS NULL")
                            .bind(&sha)
                            .fetch_optional(&self.pool)
                            .await
                            .unwrap_or(None);
                    if referenced.is_none() {
                        let _ = std::fs::remove_file(&path);
                    }
                }
                return Err(e);
            }
        };
        Ok(result(outcome, matches, parsed.profile.low_confidence))
    }

    /// Imports one candidate record (a CSV row): checked, merged into a certain duplicate or
    /// created, in one transaction. `label` names the row in the outcome ("people.csv row 4").
    pub async fn import_record(
        &self,
        label: &str,
        input: CandidateInput,
        options: &ImportOptions,
    ) -> Result<ImportResult> {
        let input = input.normalized();
        let failed = |reason: String| ImportResult {
            file_name: label.to_string(),
            outcome: ImportOutcome::Failed { reason },
            possible_duplicates: vec![],
            low_confidence: vec![],
        };
        if input.full_name.trim().is_empty() {
            return Ok(failed("This row has no name.".into()));
        }
        if let Err(errors) = input.validate() {
            return Ok(failed(errors.fields.iter().map(|f| f.message.clone()).collect::<Vec<_>>().join(" ")));
        }
        if let Some(role_id) = &options.role_id {
            self.role(role_id).await?;
        }
        let region = self.default_region().await?;
        let (certain, matches) = self.certain_duplicate(&input, vec![]).await?;
        let mut w = self.begin_write().await?;
        let (candidate_id, outcome) = place(&mut w, &input, certain.as_ref(), &region).await?;
        add_to_role(&mut w, &candidate_id, options, &self.actor()).await?;
        w.commit().await?;
        Ok(ImportResult { file_name: label.to_string(), outcome, possible_duplicates: matches, low_confidence: vec![] })
    }

    /// The record an incoming one certainly belongs to (merged into without asking), and the
    /// weaker matches to show beside the outcome.
    async fn certain_duplicate(
        &self,
        input: &CandidateInput,
        companies: Vec<String>,
    ) -> Result<(Option<shortlist_core::DuplicateMatch>, Vec<shortlist_core::DuplicateMatch>)> {
        let probe = DuplicateProbe {
            full_name: input.full_name.clone(),
            emails: input.emails.clone(),
            phones: input.phones.clone(),
            links: input.links.clone(),
            location: input.location.clone(),
            companies,
        };
        let mut matches = self.likely_duplicates(&probe, None).await?;
        let certain = matches.first().is_some_and(|m| m.is_certain()).then(|| matches.remove(0));
        Ok((certain, matches))
    }

    pub async fn resumes_for(&self, candidate_id: &str) -> Result<Vec<ResumeInfo>> {
        let rows: Vec<(String, String, String, Option<i64>, i64, i64)> = sqlx::query_as(
            "SELECT id, file_name, format, pages, byte_size, created_at FROM resumes
             WHERE candidate_id = ? AND deleted_at IS NULL ORDER BY created_at DESC",
        )
        .bind(candidate_id)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|(id, file_name, format, pages, byte_size, created_at)| {
                Ok(ResumeInfo {
                    id,
                    file_name,
                    format,
                    pages: pages.map(|p| p as u32),
                    byte_size: byte_size as u32,
                    created_at: from_ms(created_at)?,
                })
            })
            .collect()
    }

    /// The stored original of a resume (to open with the system's viewer).
    pub async fn resume_path(&self, resume_id: &str) -> Result<PathBuf> {
        let (sha, format): (String, String) =
            sqlx::query_as("SELECT sha256, format FROM resumes WHERE id = ? AND deleted_at IS NULL")
                .bind(resume_id)
                .fetch_optional(&self.pool)
                .await?
                .ok_or(StoreError::NotFound { what: "The resume" })?;
        let path = self.file_path(&sha, &format);
        if !path.exists() {
            return Err(StoreError::NotFound { what: "The resume's original file" });
        }
        Ok(path)
    }

    /// The text read from a resume (shown beside the parsed fields on the review screen).
    pub async fn resume_text(&self, resume_id: &str) -> Result<String> {
        sqlx::query_scalar("SELECT text FROM resumes WHERE id = ? AND deleted_at IS NULL")
            .bind(resume_id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound { what: "The resume" })
    }
}

/// Creates the candidate, or merges the fields into the certain duplicate, inside a write.
async fn place(
    w: &mut crate::write::Write,
    input: &CandidateInput,
    certain: Option<&shortlist_core::DuplicateMatch>,
    region: &str,
) -> Result<(String, ImportOutcome)> {
    Ok(match certain {
        Some(m) => {
            let old = candidate_in(w, &m.candidate_id).await?;
            let merged = merged_input(&old.to_input(), input);
            update_candidate_in(w, &m.candidate_id, &old, &merged, region).await?;
            let reasons = m.reasons.iter().map(|r| r.text.clone()).collect();
            (
                m.candidate_id.clone(),
                ImportOutcome::Merged { candidate_id: m.candidate_id.clone(), full_name: old.full_name, reasons },
            )
        }
        None => {
            let id = insert_candidate(w, input, region).await?;
            (id.clone(), ImportOutcome::Imported { candidate_id: id, full_name: input.full_name.clone() })
        }
    })
}

/// Puts the candidate into the import's role (Sourced) unless already in it.
async fn add_to_role(
    w: &mut crate::write::Write,
    candidate_id: &str,
    options: &ImportOptions,
    actor: &crate::Actor,
) -> Result<()> {
    let Some(role_id) = &options.role_id else { return Ok(()) };
    let already: Option<String> =
        sqlx::query_scalar("SELECT id FROM applications WHERE candidate_id = ? AND role_id = ? AND deleted_at IS NULL")
            .bind(candidate_id)
            .bind(role_id)
            .fetch_optional(w.conn())
            .await?;
    if already.is_none() {
        crate::applications::insert_application(w, candidate_id, role_id, Stage::Sourced, actor).await?;
    }
    Ok(())
}

/// Writes a content-addressed file once (temporary name, then rename); `true` if it is new.
fn store_file(path: &Path, bytes: &[u8]) -> Result<bool> {
    if path.exists() {
        return Ok(false);
    }
    let io = |e: std::io::Error| StoreError::Io(format!("could not keep the original file: {e}"));
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(io)?;
    }
    // A temporary name of its own (two imports of the same bytes may race), synced before the
    // rename so a crash never leaves a truncated file under the final name.
    let tmp = path.with_extension(format!("partial-{}", shortlist_core::new_id()));
    let write = || -> std::io::Result<()> {
        use std::io::Write as _;
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    };
    if let Err(e) = write() {
        let _ = std::fs::remove_file(&tmp);
        return Err(io(e));
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_from_the_email_or_the_file() {
        assert_eq!(fallback_name(&["ana.perez92@example.com".into()], "x.pdf"), "Ana Perez92");
        assert_eq!(fallback_name(&[], "jose_alvarez-cv.pdf"), "Jose Alvarez Cv");
    }
}
