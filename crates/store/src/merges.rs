//! Merging two records of one person, and undoing it: the survivor takes the chosen fields,
//! the other's applications (with their scorecards, interviews and history) and resumes; the
//! other is tombstoned. Everything moved is recorded so an unmerge puts it back.

use serde::{Deserialize, Serialize};
use serde_json::json;
use shortlist_core::{CandidateInput, ValidationErrors};
use shortlist_parse::CandidateProfile;
use specta::Type;

use crate::candidates::{candidate_in, tombstone_in, update_candidate_in};
use crate::error::{Result, StoreError};
use crate::profiles::set_profile_in;
use crate::write::Mutation;
use crate::Store;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct MergeRecord {
    pub id: String,
    pub survivor_id: String,
    pub merged_id: String,
    pub survivor_name: String,
    pub merged_name: String,
}

/// What an unmerge needs to put back.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Undo {
    survivor_before: CandidateInput,
    survivor_profile_before: Option<CandidateProfile>,
    moved_applications: Vec<String>,
    /// The merged record's applications to a role the survivor was already in: tombstoned
    /// (their history kept) rather than moved.
    hidden_applications: Vec<String>,
    moved_resumes: Vec<String>,
    /// Outreach to the merged record, now on the survivor (absent in merges recorded before outreach).
    #[serde(default)]
    moved_outreach: Vec<String>,
}

pub(crate) fn union_profiles(a: Option<CandidateProfile>, b: Option<CandidateProfile>) -> Option<CandidateProfile> {
    match (a, b) {
        (None, other) | (other, None) => other,
        (Some(mut keep), Some(other)) => {
            for s in other.skills {
                if !keep.skills.iter().any(|k| k.name == s.name) {
                    keep.skills.push(s);
                }
            }
            keep.skills.sort_by(|x, y| x.name.cmp(&y.name));
            for l in other.languages {
                if !keep.languages.contains(&l) {
                    keep.languages.push(l);
                }
            }
            if keep.positions.is_empty() {
                keep.positions = other.positions;
                keep.years_experience = other.years_experience;
                keep.headline = other.headline;
            }
            if keep.education.is_empty() {
                keep.education = other.education;
            }
            Some(keep)
        }
    }
}

/// Points rows of `table` (applications or resumes) at another candidate.
async fn reassign(w: &mut crate::write::Write, table: &str, ids: &[String], candidate_id: &str) -> Result<()> {
    for id in ids {
        sqlx::query(&format!("UPDATE {table} SET candidate_id = ?, updated_at = ?, hlc = ? WHERE id = ?"))
            .bind(candidate_id)
            .bind(w.now)
            .bind(w.hlc_text())
            .bind(id)
            .execute(w.conn())
            .await?;
    }
    Ok(())
}

impl Store {
    /// Merges `merged_id` into `survivor_id`, the survivor taking `fields` (chosen side by side).
    pub async fn merge_candidates(
        &self,
        survivor_id: &str,
        merged_id: &str,
        fields: CandidateInput,
    ) -> Result<MergeRecord> {
        if survivor_id == merged_id {
            return Err(ValidationErrors::single("merged_id", "A record cannot be merged into itself.").into());
        }
        let fields = fields.normalized();
        fields.validate()?;
        let region = self.default_region().await?;
        let survivor_profile = self.candidate_profile(survivor_id).await?;
        let merged_profile = self.candidate_profile(merged_id).await?;
        let mut w = self.begin_write().await?;
        let survivor = candidate_in(&mut w, survivor_id).await?;
        let merged = candidate_in(&mut w, merged_id).await?;
        update_candidate_in(&mut w, survivor_id, &survivor, &fields, &region).await?;
        if let Some(profile) = union_profiles(survivor_profile.clone(), merged_profile) {
            if Some(&profile) != survivor_profile.as_ref() {
                set_profile_in(&mut w, survivor_id, &profile).await?;
            }
        }
        let theirs: Vec<(String, String)> =
            sqlx::query_as("SELECT id, role_id FROM applications WHERE candidate_id = ? AND deleted_at IS NULL")
                .bind(merged_id)
                .fetch_all(w.conn())
                .await?;
        let mine: Vec<String> =
            sqlx::query_scalar("SELECT role_id FROM applications WHERE candidate_id = ? AND deleted_at IS NULL")
                .bind(survivor_id)
                .fetch_all(w.conn())
                .await?;
        let (mut moved, mut hidden) = (Vec::new(), Vec::new());
        for (id, role) in theirs {
            if mine.contains(&role) {
                sqlx::query("UPDATE applications SET deleted_at = ?, updated_at = ?, hlc = ? WHERE id = ?")
                    .bind(w.now)
                    .bind(w.now)
                    .bind(w.hlc_text())
                    .bind(&id)
                    .execute(w.conn())
                    .await?;
                hidden.push(id);
            } else {
                moved.push(id);
            }
        }
        reassign(&mut w, "applications", &moved, survivor_id).await?;
        let resumes: Vec<String> =
            sqlx::query_scalar("SELECT id FROM resumes WHERE candidate_id = ? AND deleted_at IS NULL")
                .bind(merged_id)
                .fetch_all(w.conn())
                .await?;
        reassign(&mut w, "resumes", &resumes, survivor_id).await?;
        let outreach: Vec<String> =
            sqlx::query_scalar("SELECT id FROM outreach WHERE candidate_id = ? AND deleted_at IS NULL")
                .bind(merged_id)
                .fetch_all(w.conn())
                .await?;
        reassign(&mut w, "outreach", &outreach, survivor_id).await?;
        tombstone_in(&mut w, merged_id, true, &region).await?;
        crate::search::reindex(w.conn(), survivor_id).await?;
        let undo = Undo {
            survivor_before: survivor.to_input(),
            survivor_profile_before: survivor_profile,
            moved_applications: moved,
            hidden_applications: hidden,
            moved_resumes: resumes,
            moved_outreach: outreach,
        };
        let id = shortlist_core::new_id();
        let actor = self.actor().name;
        sqlx::query(
            "INSERT INTO candidate_merges (id, survivor_id, merged_id, undo, actor, created_at, hlc) VALUES (?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&id)
        .bind(survivor_id)
        .bind(merged_id)
        .bind(serde_json::to_string(&undo)?)
        .bind(&actor)
        .bind(w.now)
        .bind(w.hlc_text())
        .execute(w.conn())
        .await?;
        w.record(Mutation {
            name: "candidate.merge",
            entity: "candidate",
            entity_id: survivor_id,
            args: json!({ "merge_id": id, "merged_id": merged_id, "moved_applications": undo.moved_applications,
                          "hidden_applications": undo.hidden_applications, "moved_resumes": undo.moved_resumes,
                          "moved_outreach": undo.moved_outreach }),
            changed_fields: vec!["merge"],
        })
        .await?;
        w.commit().await?;
        Ok(MergeRecord {
            id,
            survivor_id: survivor_id.to_string(),
            merged_id: merged_id.to_string(),
            survivor_name: fields.full_name,
            merged_name: merged.full_name,
        })
    }

    /// Undoes a merge: the merged record comes back with everything that moved; the survivor's
    /// fields and profile return to what they were.
    pub async fn undo_merge(&self, merge_id: &str) -> Result<MergeRecord> {
        let row: Option<(String, String, String, Option<i64>)> =
            sqlx::query_as("SELECT survivor_id, merged_id, undo, undone_at FROM candidate_merges WHERE id = ?")
                .bind(merge_id)
                .fetch_optional(&self.pool)
                .await?;
        let (survivor_id, merged_id, undo, undone) = row.ok_or(StoreError::NotFound { what: "The merge" })?;
        if undone.is_some() {
            return Err(StoreError::Conflict("This merge was already undone.".into()));
        }
        let undo: Undo = serde_json::from_str(&undo)?;
        let region = self.default_region().await?;
        let mut w = self.begin_write().await?;
        // Undo restores the survivor's earlier state, so it is only safe while nothing has
        // changed the survivor since: no edit, no new profile, no later merge into it.
        let (merged_at, still_open): (i64, bool) =
            sqlx::query_as("SELECT created_at, undone_at IS NULL FROM candidate_merges WHERE id = ?")
                .bind(merge_id)
                .fetch_one(w.conn())
                .await?;
        if !still_open {
            return Err(StoreError::Conflict("This merge was already undone.".into()));
        }
        let changed: Option<i64> = sqlx::query_scalar(
            "SELECT max(t) FROM (
                 SELECT updated_at AS t FROM candidates WHERE id = ?1
                 UNION ALL SELECT updated_at FROM candidate_profiles WHERE candidate_id = ?1
                 UNION ALL SELECT created_at FROM candidate_merges WHERE survivor_id = ?1 AND id <> ?2 AND undone_at IS NULL)",
        )
        .bind(&survivor_id)
        .bind(merge_id)
        .fetch_one(w.conn())
        .await?;
        // Later merges into the survivor that were undone since count as no change: their undo
        // wrote the survivor back.
        let undone_later: Option<i64> = sqlx::query_scalar(
            "SELECT max(undone_at) FROM candidate_merges WHERE survivor_id = ? AND created_at >= ? AND id <> ? AND undone_at IS NOT NULL",
        )
        .bind(&survivor_id)
        .bind(merged_at)
        .bind(merge_id)
        .fetch_one(w.conn())
        .await?;
        let baseline = undone_later.map_or(merged_at, |u| u.max(merged_at));
        if changed.is_some_and(|t| t > baseline) {
            return Err(StoreError::Conflict(format!(
                "{} has changed since the merge (an edit, a new resume or another merge); undoing now would lose that. Merge records cannot be separated automatically any more.",
                undo.survivor_before.full_name
            )));
        }
        tombstone_in(&mut w, &merged_id, false, &region).await?;
        reassign(&mut w, "applications", &undo.moved_applications, &merged_id).await?;
        for id in &undo.hidden_applications {
            sqlx::query("UPDATE applications SET deleted_at = NULL, updated_at = ?, hlc = ? WHERE id = ?")
                .bind(w.now)
                .bind(w.hlc_text())
                .bind(id)
                .execute(w.conn())
                .await?;
        }
        reassign(&mut w, "resumes", &undo.moved_resumes, &merged_id).await?;
        reassign(&mut w, "outreach", &undo.moved_outreach, &merged_id).await?;
        let current = candidate_in(&mut w, &survivor_id).await?;
        update_candidate_in(&mut w, &survivor_id, &current, &undo.survivor_before, &region).await?;
        match &undo.survivor_profile_before {
            Some(p) => set_profile_in(&mut w, &survivor_id, p).await?,
            None => {
                sqlx::query("DELETE FROM candidate_profiles WHERE candidate_id = ?")
                    .bind(&survivor_id)
                    .execute(w.conn())
                    .await?;
            }
        }
        crate::search::reindex(w.conn(), &survivor_id).await?;
        crate::search::reindex(w.conn(), &merged_id).await?;
        sqlx::query("UPDATE candidate_merges SET undone_at = ? WHERE id = ?")
            .bind(w.now)
            .bind(merge_id)
            .execute(w.conn())
            .await?;
        w.record(Mutation {
            name: "candidate.unmerge",
            entity: "candidate",
            entity_id: &survivor_id,
            args: json!({ "merge_id": merge_id }),
            changed_fields: vec!["merge"],
        })
        .await?;
        w.commit().await?;
        let merged_name: String = sqlx::query_scalar("SELECT full_name FROM candidates WHERE id = ?")
            .bind(&merged_id)
            .fetch_one(&self.pool)
            .await?;
        Ok(MergeRecord {
            id: merge_id.to_string(),
            survivor_name: undo.survivor_before.full_name,
            survivor_id,
            merged_id,
            merged_name,
        })
    }
}
