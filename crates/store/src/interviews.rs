//! The interviews repository: logging (scheduling) an interview with its panel, cancelling it,
//! and the feedback each panel member owes afterwards.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde_json::json;
use shortlist_core::feedback::{deadline_zone, feedback_due};
use shortlist_core::{
    AgendaItem, FeedbackDue, FeedbackState, Interview, InterviewInput, InterviewPlan, InterviewStatus, PanelSeat,
    ValidationErrors,
};
use sqlx::FromRow;

use crate::error::{Result, StoreError};
use crate::time::from_ms;
use crate::write::Mutation;
use crate::Store;

const NOT_FOUND: StoreError = StoreError::NotFound { what: "The interview" };
const FIELDS: [&str; 6] = ["step_id", "starts_at", "ends_at", "time_zone", "status", "panel"];

/// One panel seat joined with its interview, application, role and scorecard.
#[derive(FromRow)]
struct SeatRecord {
    interview_id: String,
    application_id: String,
    step_id: String,
    starts_at: i64,
    ends_at: i64,
    time_zone: String,
    status: String,
    sequence: i64,
    person_id: String,
    person_name: String,
    person_zone: String,
    candidate_id: String,
    candidate_name: String,
    role_id: String,
    role_title: String,
    plan: String,
    card_status: Option<String>,
}

const SEAT_SELECT: &str =
    "SELECT i.id AS interview_id, i.application_id, i.step_id, i.starts_at, i.ends_at, i.time_zone,
        i.status, i.sequence, p.id AS person_id, p.name AS person_name, p.time_zone AS person_zone,
        a.candidate_id, c.full_name AS candidate_name, a.role_id, r.title AS role_title, r.plan,
        s.status AS card_status
    FROM interviews i
    JOIN interview_panel ip ON ip.interview_id = i.id AND ip.deleted_at IS NULL
    JOIN people p ON p.id = ip.person_id
    JOIN applications a ON a.id = i.application_id
    JOIN candidates c ON c.id = a.candidate_id
    JOIN roles r ON r.id = a.role_id
    LEFT JOIN scorecards s ON s.application_id = i.application_id AND s.step_id = i.step_id
        AND s.interviewer_id = ip.person_id AND s.deleted_at IS NULL";

/// Plans parsed once per role for a batch of seats.
#[derive(Default)]
struct Plans(HashMap<String, InterviewPlan>);

impl Plans {
    fn get(&mut self, role_id: &str, json: &str) -> Result<&InterviewPlan> {
        if !self.0.contains_key(role_id) {
            let plan = crate::roles::stored_plan(json)?;
            self.0.insert(role_id.to_string(), plan);
        }
        self.0.get(role_id).ok_or(StoreError::NotFound { what: "The role" })
    }
}

/// A seat with its computed deadline and state.
struct Seat {
    record: SeatRecord,
    step_name: String,
    started_at: DateTime<Utc>,
    ended_at: DateTime<Utc>,
    due_at: DateTime<Utc>,
    feedback: FeedbackState,
}

fn seats(records: Vec<SeatRecord>, now: DateTime<Utc>) -> Result<Vec<Seat>> {
    let mut plans = Plans::default();
    records
        .into_iter()
        .map(|record| {
            let plan = plans.get(&record.role_id, &record.plan)?;
            let step_name = plan
                .steps
                .iter()
                .find(|s| s.id == record.step_id)
                .map_or("Removed step", |s| s.name.as_str())
                .to_string();
            let started_at = from_ms(record.starts_at)?;
            let ended_at = from_ms(record.ends_at)?;
            let zone = deadline_zone(&record.person_zone, &record.time_zone);
            let due_at = feedback_due(ended_at, plan.feedback_hours, zone);
            let submitted = record.card_status.as_deref() == Some("submitted");
            let feedback = FeedbackState::of(now, ended_at, due_at, submitted);
            Ok(Seat { record, step_name, started_at, ended_at, due_at, feedback })
        })
        .collect()
}

impl Seat {
    fn into_due(self, me: Option<&str>) -> FeedbackDue {
        let r = self.record;
        FeedbackDue {
            mine: me == Some(r.person_id.as_str()),
            draft_started: r.card_status.is_some(),
            interview_id: r.interview_id,
            application_id: r.application_id,
            candidate_id: r.candidate_id,
            candidate_name: r.candidate_name,
            role_id: r.role_id,
            role_title: r.role_title,
            step_id: r.step_id,
            step_name: self.step_name,
            interviewer_id: r.person_id,
            interviewer_name: r.person_name,
            ended_at: self.ended_at,
            due_at: self.due_at,
            feedback: self.feedback,
        }
    }
}

/// Inserts an interview, its panel and its mutation inside an open write (checked input).
pub(crate) async fn insert_interview_in(
    w: &mut crate::write::Write,
    input: &InterviewInput,
    times: &shortlist_core::interview::InterviewTimes,
) -> Result<String> {
    let id = shortlist_core::new_id();
    sqlx::query(
        "INSERT INTO interviews (id, application_id, step_id, starts_at, ends_at, time_zone, created_at, updated_at, hlc)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&id)
    .bind(&input.application_id)
    .bind(&input.step_id)
    .bind(times.starts_at.timestamp_millis())
    .bind(times.ends_at.timestamp_millis())
    .bind(&input.time_zone)
    .bind(w.now)
    .bind(w.now)
    .bind(w.hlc_text())
    .execute(w.conn())
    .await?;
    for person_id in &input.interviewer_ids {
        sqlx::query(
            "INSERT INTO interview_panel (id, interview_id, person_id, created_at, updated_at, hlc) VALUES (?, ?, ?, ?, ?, ?)",
        )
        .bind(shortlist_core::new_id())
        .bind(&id)
        .bind(person_id)
        .bind(w.now)
        .bind(w.now)
        .bind(w.hlc_text())
        .execute(w.conn())
        .await?;
    }
    w.record(Mutation {
        name: "interview.schedule",
        entity: "interview",
        entity_id: &id,
        args: json!({ "input": input, "starts_at": times.starts_at, "ends_at": times.ends_at }),
        changed_fields: FIELDS.to_vec(),
    })
    .await?;
    Ok(id)
}

impl Store {
    /// Checks an interview's step against the role's plan and its panel against the directory;
    /// returns the application's candidate.
    pub(crate) async fn check_interview(&self, input: &InterviewInput) -> Result<String> {
        let view = self.application(&input.application_id).await?;
        let role = self.role(&view.application.role_id).await?;
        if !role.plan.steps.iter().any(|s| s.id == input.step_id) {
            return Err(
                ValidationErrors::single("step_id", "That step is no longer in the role's interview plan.").into()
            );
        }
        for person_id in &input.interviewer_ids {
            if let Err(StoreError::NotFound { .. }) = self.person(person_id).await {
                return Err(ValidationErrors::single(
                    "interviewer_ids",
                    "One of the interviewers is no longer in the people directory.",
                )
                .into());
            }
        }
        Ok(view.application.candidate_id)
    }

    /// Records an interview for an application: a step of the role's plan, a start in a zone,
    /// and the panel whose feedback will be due after it.
    pub async fn schedule_interview(&self, input: InterviewInput) -> Result<Interview> {
        let input = input.normalized();
        let times = input.validate()?;
        let candidate_id = self.check_interview(&input).await?;
        let mut w = self.begin_write().await?;
        let busy = crate::scheduling::clashes_in(
            w.conn(),
            &candidate_id,
            &input.interviewer_ids,
            times.starts_at,
            times.ends_at,
            None,
        )
        .await?;
        if !busy.is_empty() {
            return Err(StoreError::Conflict(crate::scheduling::conflict_message(&busy)));
        }
        let id = insert_interview_in(&mut w, &input, &times).await?;
        w.commit().await?;
        self.interview(&id).await
    }

    /// Cancels an interview: it stays on record, no feedback is due for it any more.
    pub async fn cancel_interview(&self, id: &str) -> Result<Interview> {
        self.set_interview_status(id, InterviewStatus::Cancelled, "interview.cancel").await
    }

    /// Undoes a cancellation.
    pub async fn reinstate_interview(&self, id: &str) -> Result<Interview> {
        self.set_interview_status(id, InterviewStatus::Scheduled, "interview.reinstate").await
    }

    async fn set_interview_status(
        &self,
        id: &str,
        status: InterviewStatus,
        mutation: &'static str,
    ) -> Result<Interview> {
        let current = self.interview(id).await?;
        if current.status == status {
            return Ok(current);
        }
        let text = status_text(status);
        let mut w = self.begin_write().await?;
        let stamps = w.restamp_row("interviews", id, "The interview", &FIELDS, &["status"]).await?;
        sqlx::query(
            "UPDATE interviews SET status = ?, sequence = sequence + 1, updated_at = ?, hlc = ?, field_hlc = ? WHERE id = ?",
        )
        .bind(text)
        .bind(w.now)
        .bind(w.hlc_text())
        .bind(stamps)
        .bind(id)
        .execute(w.conn())
        .await?;
        w.record(Mutation {
            name: mutation,
            entity: "interview",
            entity_id: id,
            args: json!({ "status": text }),
            changed_fields: vec!["status"],
        })
        .await?;
        w.commit().await?;
        self.interview(id).await
    }

    pub async fn interview(&self, id: &str) -> Result<Interview> {
        let records = sqlx::query_as::<_, SeatRecord>(&format!(
            "{SEAT_SELECT} WHERE i.id = ? AND i.deleted_at IS NULL ORDER BY ip.created_at, ip.id"
        ))
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        group(seats(records, self.now())?, self.actor().id.as_deref()).into_iter().next().ok_or(NOT_FOUND)
    }

    /// An application's interviews, earliest first, with each panel member's feedback status.
    pub async fn interviews_for_application(&self, application_id: &str) -> Result<Vec<Interview>> {
        let records = sqlx::query_as::<_, SeatRecord>(&format!(
            "{SEAT_SELECT} WHERE i.application_id = ? AND i.deleted_at IS NULL ORDER BY i.starts_at, i.id, ip.created_at, ip.id"
        ))
        .bind(application_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(group(seats(records, self.now())?, self.actor().id.as_deref()))
    }

    /// A person's scheduled interviews starting in [from, to), earliest first, with full panels.
    pub async fn agenda(&self, person_id: &str, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Vec<AgendaItem>> {
        let records = sqlx::query_as::<_, SeatRecord>(&format!(
            "{SEAT_SELECT}
             WHERE i.id IN (SELECT interview_id FROM interview_panel WHERE person_id = ? AND deleted_at IS NULL)
               AND i.deleted_at IS NULL AND i.status = 'scheduled' AND i.starts_at >= ? AND i.starts_at < ?
               AND a.deleted_at IS NULL AND c.deleted_at IS NULL
             ORDER BY i.starts_at, i.id, ip.created_at, ip.id"
        ))
        .bind(person_id)
        .bind(from.timestamp_millis())
        .bind(to.timestamp_millis())
        .fetch_all(&self.pool)
        .await?;
        let names: HashMap<String, (String, String, String, String)> = records
            .iter()
            .map(|r| {
                (
                    r.interview_id.clone(),
                    (r.candidate_id.clone(), r.candidate_name.clone(), r.role_id.clone(), r.role_title.clone()),
                )
            })
            .collect();
        let interviews = group(seats(records, self.now())?, self.actor().id.as_deref());
        Ok(interviews
            .into_iter()
            .filter_map(|interview| {
                let (candidate_id, candidate_name, role_id, role_title) = names.get(&interview.id)?.clone();
                Some(AgendaItem { interview, candidate_id, candidate_name, role_id, role_title })
            })
            .collect())
    }

    /// Every scorecard still owed for an interview that has ended, most urgent first.
    pub async fn needs_feedback(&self, now: DateTime<Utc>) -> Result<Vec<FeedbackDue>> {
        let records = sqlx::query_as::<_, SeatRecord>(&format!(
            "{SEAT_SELECT}
             WHERE i.deleted_at IS NULL AND i.status = 'scheduled' AND i.ends_at <= ?
               AND a.deleted_at IS NULL AND c.deleted_at IS NULL
               AND (s.status IS NULL OR s.status <> 'submitted')"
        ))
        .bind(now.timestamp_millis())
        .fetch_all(&self.pool)
        .await?;
        let me = self.actor().id;
        let mut due: Vec<FeedbackDue> = seats(records, now)?.into_iter().map(|s| s.into_due(me.as_deref())).collect();
        due.sort_by(|a, b| a.due_at.cmp(&b.due_at).then_with(|| a.candidate_name.cmp(&b.candidate_name)));
        Ok(due)
    }

    /// My overdue scorecards that this laptop has not yet reminded me of.
    pub async fn feedback_reminders_due(&self, now: DateTime<Utc>) -> Result<Vec<FeedbackDue>> {
        let Some(me) = self.actor().id else { return Ok(Vec::new()) };
        let reminded: Vec<String> =
            sqlx::query_scalar("SELECT interview_id FROM feedback_reminders WHERE person_id = ?")
                .bind(&me)
                .fetch_all(&self.pool)
                .await?;
        Ok(self
            .needs_feedback(now)
            .await?
            .into_iter()
            .filter(|d| d.mine && d.feedback == FeedbackState::Overdue && !reminded.contains(&d.interview_id))
            .collect())
    }

    /// Remembers that these reminders were shown (local bookkeeping, not a synced change).
    pub async fn mark_feedback_reminded(&self, reminders: &[FeedbackDue], now: DateTime<Utc>) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        for r in reminders {
            sqlx::query(
                "INSERT OR IGNORE INTO feedback_reminders (interview_id, person_id, notified_at) VALUES (?, ?, ?)",
            )
            .bind(&r.interview_id)
            .bind(&r.interviewer_id)
            .bind(now.timestamp_millis())
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }
}

fn status_text(status: InterviewStatus) -> &'static str {
    match status {
        InterviewStatus::Scheduled => "scheduled",
        InterviewStatus::Cancelled => "cancelled",
    }
}

/// Folds seats (ordered by interview) into interviews with their panels.
fn group(seats: Vec<Seat>, me: Option<&str>) -> Vec<Interview> {
    let mut out: Vec<Interview> = Vec::new();
    for seat in seats {
        let r = &seat.record;
        let cancelled = r.status == "cancelled";
        let panel_seat = PanelSeat {
            person_id: r.person_id.clone(),
            name: r.person_name.clone(),
            time_zone: r.person_zone.clone(),
            mine: me == Some(r.person_id.as_str()),
            due_at: seat.due_at,
            feedback: seat.feedback,
            draft_started: r.card_status.is_some(),
        };
        match out.last_mut() {
            Some(last) if last.id == r.interview_id => last.panel.push(panel_seat),
            _ => out.push(Interview {
                id: r.interview_id.clone(),
                application_id: r.application_id.clone(),
                step_id: r.step_id.clone(),
                step_name: seat.step_name.clone(),
                starts_at: seat.started_at,
                ends_at: seat.ended_at,
                time_zone: r.time_zone.clone(),
                status: if cancelled { InterviewStatus::Cancelled } else { InterviewStatus::Scheduled },
                sequence: r.sequence as u32,
                panel: vec![panel_seat],
            }),
        }
    }
    out
}
