//! Profile risk flags of a candidate with their dismissals (a note and who dismissed it).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::json;
use shortlist_core::ValidationErrors;
use shortlist_parse::risks::{check, RiskFlag};
use specta::Type;

use crate::error::{Result, StoreError};
use crate::time::from_ms;
use crate::write::Mutation;
use crate::Store;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct Dismissal {
    pub note: String,
    pub actor: String,
    pub at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct RiskView {
    pub flag: RiskFlag,
    pub dismissed: Option<Dismissal>,
}

impl Store {
    /// The candidate's risk flags (from the profile), each with its dismissal if any.
    pub async fn risk_flags(&self, candidate_id: &str) -> Result<Vec<RiskView>> {
        let Some(profile) = self.candidate_profile(candidate_id).await? else { return Ok(Vec::new()) };
        let today = self.this_month();
        let rows: Vec<(String, String, String, i64)> = sqlx::query_as(
            "SELECT flag_key, note, actor, created_at FROM risk_dismissals WHERE candidate_id = ? AND deleted_at IS NULL",
        )
        .bind(candidate_id)
        .fetch_all(&self.pool)
        .await?;
        check(&profile, today)
            .into_iter()
            .map(|flag| {
                let dismissed = rows
                    .iter()
                    .find(|(key, ..)| *key == flag.key)
                    .map(|(_, note, actor, at)| {
                        Ok::<_, StoreError>(Dismissal { note: note.clone(), actor: actor.clone(), at: from_ms(*at)? })
                    })
                    .transpose()?;
                Ok(RiskView { flag, dismissed })
            })
            .collect()
    }

    /// Dismisses a flag with a note saying why (e.g. "gap was parental leave").
    pub async fn dismiss_risk(&self, candidate_id: &str, flag_key: &str, note: &str) -> Result<()> {
        let mut errors = ValidationErrors::default();
        errors.required_text("note", "Note", note.trim(), 500);
        errors.into_result()?;
        self.candidate(candidate_id).await?;
        let id = shortlist_core::new_id();
        let actor = self.actor().name;
        let mut w = self.begin_write().await?;
        sqlx::query(
            "INSERT INTO risk_dismissals (id, candidate_id, flag_key, note, actor, created_at, updated_at, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&id)
        .bind(candidate_id)
        .bind(flag_key)
        .bind(note.trim())
        .bind(&actor)
        .bind(w.now)
        .bind(w.now)
        .bind(w.hlc_text())
        .execute(w.conn())
        .await?;
        w.record(Mutation {
            name: "risk.dismiss",
            entity: "risk_dismissal",
            entity_id: &id,
            args: json!({ "candidate_id": candidate_id, "flag_key": flag_key, "note": note.trim() }),
            changed_fields: vec!["candidate_id", "flag_key", "note"],
        })
        .await?;
        w.commit().await
    }

    /// Shows a dismissed flag again.
    pub async fn restore_risk(&self, candidate_id: &str, flag_key: &str) -> Result<()> {
        let mut w = self.begin_write().await?;
        let id: Option<String> = sqlx::query_scalar(
            "SELECT id FROM risk_dismissals WHERE candidate_id = ? AND flag_key = ? AND deleted_at IS NULL",
        )
        .bind(candidate_id)
        .bind(flag_key)
        .fetch_optional(w.conn())
        .await?;
        let id = id.ok_or(StoreError::NotFound { what: "The dismissal" })?;
        sqlx::query("UPDATE risk_dismissals SET deleted_at = ?, updated_at = ?, hlc = ? WHERE id = ?")
            .bind(w.now)
            .bind(w.now)
            .bind(w.hlc_text())
            .bind(&id)
            .execute(w.conn())
            .await?;
        w.record(Mutation {
            name: "risk.restore",
            entity: "risk_dismissal",
            entity_id: &id,
            args: json!({}),
            changed_fields: vec!["deleted_at"],
        })
        .await?;
        w.commit().await
    }
}
