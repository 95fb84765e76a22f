//! Stored templates (offer letters, outreach messages): named Markdown bodies beside a built-in
//! one. Both kinds share one shape and one repository; each kind checks its own placeholders.

use serde::{Deserialize, Serialize};
use serde_json::json;
use shortlist_core::ValidationErrors;
use specta::Type;

use crate::error::{Result, StoreError};
use crate::write::Mutation;
use crate::Store;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Template {
    pub id: String,
    pub name: String,
    pub body: String,
    /// The built-in template (not editable; copy it to change it).
    pub built_in: bool,
}

/// Where one kind of template lives.
pub(crate) struct Kind {
    pub table: &'static str,
    pub entity: &'static str,
    /// The mutation a save records, e.g. `offer_template.save`.
    pub save: &'static str,
    pub what: &'static str,
    pub built_in: (&'static str, &'static str, &'static str),
    pub max_len: usize,
}

pub(crate) const BUILT_IN_ID: &str = "default";

impl Store {
    /// The built-in template first, then the stored ones by name.
    pub(crate) async fn templates_of(&self, kind: &Kind) -> Result<Vec<Template>> {
        let (id, name, body) = kind.built_in;
        let mut out = vec![Template { id: id.into(), name: name.into(), body: body.into(), built_in: true }];
        let rows: Vec<(String, String, String)> = sqlx::query_as(&format!(
            "SELECT id, name, body FROM {} WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE",
            kind.table
        ))
        .fetch_all(&self.pool)
        .await?;
        out.extend(rows.into_iter().map(|(id, name, body)| Template { id, name, body, built_in: false }));
        Ok(out)
    }

    /// A template's body by id ("default" or empty: the built-in one).
    pub(crate) async fn template_body_of(&self, kind: &Kind, id: &str) -> Result<String> {
        if id == BUILT_IN_ID || id.is_empty() {
            return Ok(kind.built_in.2.to_string());
        }
        sqlx::query_scalar(&format!("SELECT body FROM {} WHERE id = ? AND deleted_at IS NULL", kind.table))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound { what: kind.what })
    }

    /// Creates (no id) or updates a template after `check` renders it against a sample.
    pub(crate) async fn save_template_of(
        &self,
        kind: &Kind,
        id: Option<&str>,
        name: &str,
        body: &str,
        check: impl Fn(&str) -> std::result::Result<(), String>,
    ) -> Result<Template> {
        let mut errors = ValidationErrors::default();
        errors.required_text("name", "Name", name.trim(), 120);
        errors.required_text("body", "Template", body, kind.max_len);
        if id == Some(BUILT_IN_ID) {
            errors.add("name", "The default template is built in: save your changes as a new template.");
        }
        errors.into_result()?;
        check(body).map_err(|m| StoreError::from(ValidationErrors::single("body", m)))?;
        let mut w = self.begin_write().await?;
        let id = match id {
            Some(id) => {
                let stamps =
                    w.restamp_live_row(kind.table, id, kind.what, &["name", "body"], &["name", "body"]).await?;
                sqlx::query(&format!(
                    "UPDATE {} SET name = ?, body = ?, updated_at = ?, hlc = ?, field_hlc = ? WHERE id = ?",
                    kind.table
                ))
                .bind(name.trim())
                .bind(body)
                .bind(w.now)
                .bind(w.hlc_text())
                .bind(stamps)
                .bind(id)
                .execute(w.conn())
                .await?;
                id.to_string()
            }
            None => {
                let id = shortlist_core::new_id();
                sqlx::query(&format!(
                    "INSERT INTO {} (id, name, body, created_at, updated_at, hlc) VALUES (?, ?, ?, ?, ?, ?)",
                    kind.table
                ))
                .bind(&id)
                .bind(name.trim())
                .bind(body)
                .bind(w.now)
                .bind(w.now)
                .bind(w.hlc_text())
                .execute(w.conn())
                .await?;
                id
            }
        };
        w.record(Mutation {
            name: kind.save,
            entity: kind.entity,
            entity_id: &id,
            args: json!({ "name": name.trim(), "body": body }),
            changed_fields: vec!["name", "body"],
        })
        .await?;
        w.commit().await?;
        Ok(Template { id, name: name.trim().to_string(), body: body.to_string(), built_in: false })
    }
}
