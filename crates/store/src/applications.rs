//! The applications repository: adding a candidate to a role, stage moves and their history.

use serde_json::json;
use shortlist_core::application::REASON_MAX;
use shortlist_core::{validate_move, Application, ApplicationView, MoveStage, Stage, StageEvent};
use sqlx::{FromRow, SqliteConnection};

use crate::error::{Result, StoreError};
use crate::time::from_ms;
use crate::write::{Mutation, Write};
use crate::{Actor, Store};

#[derive(FromRow)]
struct ViewRecord {
    id: String,
    candidate_id: String,
    role_id: String,
    stage: String,
    stage_entered_at: i64,
    created_at: i64,
    updated_at: i64,
    candidate_name: String,
    role_title: String,
    stage_reason: Option<String>,
}

const VIEW_SELECT: &str = "SELECT a.id, a.candidate_id, a.role_id, a.stage, a.stage_entered_at, a.created_at, a.updated_at,
        c.full_name AS candidate_name, r.title AS role_title,
        (SELECT e.reason FROM stage_events e WHERE e.application_id = a.id ORDER BY e.occurred_at DESC, e.id DESC LIMIT 1) AS stage_reason
    FROM applications a JOIN candidates c ON c.id = a.candidate_id JOIN roles r ON r.id = a.role_id";

fn parse_stage(s: &str) -> Result<Stage> {
    Stage::parse(s).ok_or_else(|| StoreError::Corrupt(format!("unknown stage {s}")))
}

impl TryFrom<ViewRecord> for ApplicationView {
    type Error = StoreError;
    fn try_from(r: ViewRecord) -> Result<ApplicationView> {
        Ok(ApplicationView {
            application: Application {
                stage: parse_stage(&r.stage)?,
                stage_entered_at: from_ms(r.stage_entered_at)?,
                created_at: from_ms(r.created_at)?,
                updated_at: from_ms(r.updated_at)?,
                id: r.id,
                candidate_id: r.candidate_id,
                role_id: r.role_id,
            },
            candidate_name: r.candidate_name,
            role_title: r.role_title,
            stage_reason: r.stage_reason,
        })
    }
}

#[derive(FromRow)]
struct EventRecord {
    id: String,
    application_id: String,
    role_title: String,
    from_stage: Option<String>,
    to_stage: String,
    reason: Option<String>,
    actor: String,
    occurred_at: i64,
}

const NOT_FOUND: StoreError = StoreError::NotFound { what: "The application" };

/// The synced fields of an application (for field-level stamps).
pub(crate) const APPLICATION_FIELDS: [&str; 5] = ["candidate_id", "role_id", "stage", "screen_path", "screen_due_on"];

/// Appends one stage event (history is insert-only).
#[allow(clippy::too_many_arguments)]
pub(crate) async fn insert_event(
    conn: &mut SqliteConnection,
    application_id: &str,
    from: Option<Stage>,
    to: Stage,
    reason: Option<&str>,
    actor: &Actor,
    occurred_at: i64,
    hlc: &str,
) -> Result<String> {
    let id = shortlist_core::new_id();
    sqlx::query(
        "INSERT INTO stage_events (id, application_id, from_stage, to_stage, reason, actor, actor_id, occurred_at, created_at, hlc)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&id)
    .bind(application_id)
    .bind(from.map(Stage::as_str))
    .bind(to.as_str())
    .bind(reason)
    .bind(&actor.name)
    .bind(&actor.id)
    .bind(occurred_at)
    .bind(occurred_at)
    .bind(hlc)
    .execute(conn)
    .await?;
    Ok(id)
}

/// Inserts an application, its first stage event and its mutation inside an open write.
pub(crate) async fn insert_application(
    w: &mut Write,
    candidate_id: &str,
    role_id: &str,
    stage: Stage,
    actor: &Actor,
) -> Result<String> {
    let id = shortlist_core::new_id();
    let hlc = w.hlc_text();
    let now = w.now;
    sqlx::query(
        "INSERT INTO applications (id, candidate_id, role_id, stage, stage_entered_at, created_at, updated_at, hlc)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&id)
    .bind(candidate_id)
    .bind(role_id)
    .bind(stage.as_str())
    .bind(now)
    .bind(now)
    .bind(now)
    .bind(&hlc)
    .execute(w.conn())
    .await?;
    let event_id = insert_event(w.conn(), &id, None, stage, None, actor, now, &hlc).await?;
    touch_candidate(w.conn(), candidate_id, now).await?;
    w.record(Mutation {
        name: "application.create",
        entity: "application",
        entity_id: &id,
        args: json!({ "candidate_id": candidate_id, "role_id": role_id, "stage": stage, "event_id": event_id, "actor": actor.name, "actor_id": actor.id }),
        changed_fields: APPLICATION_FIELDS.to_vec(),
    })
    .await?;
    Ok(id)
}

impl Store {
    /// Puts a candidate into a role's pipeline at `stage` (Sourced unless said otherwise).
    pub async fn add_application(
        &self,
        candidate_id: &str,
        role_id: &str,
        stage: Option<Stage>,
    ) -> Result<ApplicationView> {
        let stage = stage.unwrap_or(Stage::Sourced);
        // Check both ends first so the message names what is missing.
        self.candidate(candidate_id).await?;
        self.role(role_id).await?;
        let actor = self.actor();
        let mut w = self.begin_write().await?;
        let id = insert_application(&mut w, candidate_id, role_id, stage, &actor).await?;
        w.commit().await?;
        self.application(&id).await
    }

    /// Moves an application to another stage, recording who, when, from, to and why.
    pub async fn move_stage(&self, mv: MoveStage) -> Result<ApplicationView> {
        let actor = self.actor();
        let mut w = self.begin_write().await?;
        move_in(&mut w, &mv.application_id, mv.to, mv.reason.as_deref(), &actor).await?;
        w.commit().await?;
        self.application(&mv.application_id).await
    }

    /// Moves several applications to one stage in one transaction: all move or none does
    /// (a card already in the stage is refused with the others, naming it).
    pub async fn move_stages(
        &self,
        application_ids: &[String],
        to: Stage,
        reason: Option<&str>,
    ) -> Result<Vec<ApplicationView>> {
        if application_ids.is_empty() {
            return Err(shortlist_core::ValidationErrors::single("application_ids", "Select at least one card.").into());
        }
        let actor = self.actor();
        let mut w = self.begin_write().await?;
        for id in application_ids {
            move_in(&mut w, id, to, reason, &actor).await?;
        }
        w.commit().await?;
        let mut out = Vec::with_capacity(application_ids.len());
        for id in application_ids {
            out.push(self.application(id).await?);
        }
        Ok(out)
    }

    /// Records a debrief decision with its written rationale in the application's history:
    /// advance to Offer, reject (Rejected), or hold (the stage stays; the decision is logged).
    pub async fn record_decision(
        &self,
        application_id: &str,
        decision: shortlist_core::debrief::Decision,
        rationale: &str,
    ) -> Result<ApplicationView> {
        use shortlist_core::debrief::Decision;
        let rationale = rationale.trim();
        let mut errors = shortlist_core::ValidationErrors::default();
        errors.required_text("rationale", "The rationale", rationale, REASON_MAX);
        errors.into_result()?;
        match decision {
            Decision::AdvanceToOffer => {
                self.move_stage(MoveStage {
                    application_id: application_id.into(),
                    to: Stage::Offer,
                    reason: Some(format!("Debrief: {rationale}")),
                })
                .await
            }
            Decision::Reject => {
                self.move_stage(MoveStage {
                    application_id: application_id.into(),
                    to: Stage::Rejected,
                    reason: Some(format!("Debrief: {rationale}")),
                })
                .await
            }
            Decision::Hold => {
                let actor = self.actor();
                let mut w = self.begin_write().await?;
                let stage: String =
                    sqlx::query_scalar("SELECT stage FROM applications WHERE id = ? AND deleted_at IS NULL")
                        .bind(application_id)
                        .fetch_optional(w.conn())
                        .await?
                        .ok_or(NOT_FOUND)?;
                let stage = parse_stage(&stage)?;
                let (now, hlc) = (w.now, w.hlc_text());
                let reason = format!("Debrief: on hold. {rationale}");
                let event_id =
                    insert_event(w.conn(), application_id, Some(stage), stage, Some(&reason), &actor, now, &hlc)
                        .await?;
                w.record(Mutation {
                    name: "application.hold",
                    entity: "application",
                    entity_id: application_id,
                    args: json!({ "reason": reason, "event_id": event_id, "actor": actor.name, "actor_id": actor.id }),
                    changed_fields: vec![],
                })
                .await?;
                w.commit().await?;
                self.application(application_id).await
            }
        }
    }

    pub async fn application(&self, id: &str) -> Result<ApplicationView> {
        sqlx::query_as::<_, ViewRecord>(&format!("{VIEW_SELECT} WHERE a.id = ? AND a.deleted_at IS NULL"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(NOT_FOUND)?
            .try_into()
    }

    /// A role's applications in board order (stage), longest in stage first.
    pub async fn applications_for_role(&self, role_id: &str) -> Result<Vec<ApplicationView>> {
        let rows = sqlx::query_as::<_, ViewRecord>(&format!(
            "{VIEW_SELECT} WHERE a.role_id = ? AND a.deleted_at IS NULL AND c.deleted_at IS NULL ORDER BY a.stage_entered_at"
        ))
        .bind(role_id)
        .fetch_all(&self.pool)
        .await?;
        let mut views = rows.into_iter().map(ApplicationView::try_from).collect::<Result<Vec<_>>>()?;
        views.sort_by_key(|v| Stage::ALL.iter().position(|s| *s == v.application.stage));
        Ok(views)
    }

    pub(crate) async fn applications_for_candidate(&self, candidate_id: &str) -> Result<Vec<ApplicationView>> {
        let rows = sqlx::query_as::<_, ViewRecord>(&format!(
            "{VIEW_SELECT} WHERE a.candidate_id = ? AND a.deleted_at IS NULL ORDER BY a.stage_entered_at DESC"
        ))
        .bind(candidate_id)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter().map(ApplicationView::try_from).collect()
    }

    pub(crate) async fn history_for_candidate(&self, candidate_id: &str) -> Result<Vec<StageEvent>> {
        let rows = sqlx::query_as::<_, EventRecord>(
            "SELECT e.id, e.application_id, r.title AS role_title, e.from_stage, e.to_stage, e.reason, e.actor, e.occurred_at
             FROM stage_events e JOIN applications a ON a.id = e.application_id JOIN roles r ON r.id = a.role_id
             WHERE a.candidate_id = ? AND a.deleted_at IS NULL
             ORDER BY e.occurred_at DESC, e.id DESC",
        )
        .bind(candidate_id)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|r| {
                Ok(StageEvent {
                    from_stage: r.from_stage.as_deref().map(parse_stage).transpose()?,
                    to_stage: parse_stage(&r.to_stage)?,
                    occurred_at: from_ms(r.occurred_at)?,
                    id: r.id,
                    application_id: r.application_id,
                    role_title: r.role_title,
                    reason: r.reason,
                    actor: r.actor,
                })
            })
            .collect()
    }
}

/// One stage move inside an open write: checks it, updates the row, appends the event and the
/// mutation.
pub(crate) async fn move_in(
    w: &mut Write,
    application_id: &str,
    to: Stage,
    reason: Option<&str>,
    actor: &Actor,
) -> Result<()> {
    let reason = reason.map(str::trim).filter(|r| !r.is_empty()).map(str::to_string);
    let (candidate_id, from, stamps, row_hlc, name): (String, String, String, String, String) = sqlx::query_as(
        "SELECT a.candidate_id, a.stage, a.field_hlc, a.hlc, c.full_name FROM applications a
         JOIN candidates c ON c.id = a.candidate_id WHERE a.id = ? AND a.deleted_at IS NULL",
    )
    .bind(application_id)
    .fetch_optional(w.conn())
    .await?
    .ok_or(NOT_FOUND)?;
    let from = parse_stage(&from)?;
    validate_move(from, to, reason.as_deref()).map_err(|mut e| {
        if from == to {
            e.fields.iter_mut().for_each(|f| f.message = format!("{name} is already in {}.", to.label()));
        }
        e
    })?;
    let stamps = w.restamp(&stamps, &row_hlc, &APPLICATION_FIELDS, &["stage"])?;
    let now = w.now;
    let hlc = w.hlc_text();
    sqlx::query(
        "UPDATE applications SET stage = ?, stage_entered_at = ?, updated_at = ?, hlc = ?, field_hlc = ? WHERE id = ?",
    )
    .bind(to.as_str())
    .bind(now)
    .bind(now)
    .bind(&hlc)
    .bind(stamps)
    .bind(application_id)
    .execute(w.conn())
    .await?;
    let event_id = insert_event(w.conn(), application_id, Some(from), to, reason.as_deref(), actor, now, &hlc).await?;
    touch_candidate(w.conn(), &candidate_id, now).await?;
    w.record(Mutation {
        name: "application.move_stage",
        entity: "application",
        entity_id: application_id,
        args: json!({ "from": from, "to": to, "reason": reason, "event_id": event_id, "actor": actor.name, "actor_id": actor.id }),
        changed_fields: vec!["stage"],
    })
    .await
}

/// Candidate lists sort by last activity; a stage move counts as activity.
async fn touch_candidate(conn: &mut SqliteConnection, candidate_id: &str, now: i64) -> Result<()> {
    sqlx::query("UPDATE candidates SET last_activity_at = ? WHERE id = ?")
        .bind(now)
        .bind(candidate_id)
        .execute(conn)
        .await?;
    Ok(())
}
