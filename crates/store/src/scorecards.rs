//! The scorecards repository: my draft per step, autosave, submit, amend, and what others see.

use serde_json::json;
use shortlist_core::scorecard::visible_to;
use shortlist_core::{FeedbackVisibility, Scorecard, ScorecardInput, ScorecardStatus, ScorecardView, ValidationErrors};
use sqlx::FromRow;

use crate::error::{Result, StoreError};
use crate::time::from_ms;
use crate::write::Mutation;
use crate::Store;

#[derive(FromRow)]
struct ScorecardRecord {
    id: String,
    application_id: String,
    step_id: String,
    interviewer_id: String,
    interviewer_name: String,
    status: String,
    content: String,
    submitted_at: Option<i64>,
    amendments: i64,
    updated_at: i64,
}

const COLUMNS: &str =
    "id, application_id, step_id, interviewer_id, interviewer_name, status, content, submitted_at, amendments, updated_at";
const NOT_FOUND: StoreError = StoreError::NotFound { what: "The scorecard" };
const FIELDS: [&str; 2] = ["content", "status"];

impl TryFrom<ScorecardRecord> for Scorecard {
    type Error = StoreError;
    fn try_from(r: ScorecardRecord) -> Result<Scorecard> {
        Ok(Scorecard {
            status: if r.status == "submitted" { ScorecardStatus::Submitted } else { ScorecardStatus::Draft },
            input: serde_json::from_str(&r.content)?,
            submitted_at: r.submitted_at.map(from_ms).transpose()?,
            updated_at: from_ms(r.updated_at)?,
            amendments: r.amendments as u32,
            id: r.id,
            application_id: r.application_id,
            step_id: r.step_id,
            interviewer_id: r.interviewer_id,
            interviewer_name: r.interviewer_name,
        })
    }
}

impl Store {
    fn me_id(&self) -> Result<String> {
        self.actor().id.ok_or_else(|| {
            StoreError::Validation(ValidationErrors::single(
                "me",
                "Choose who you are in Settings first: a scorecard belongs to its interviewer.",
            ))
        })
    }

    /// My scorecard for one step of an application, created as an empty draft the first time.
    pub async fn my_scorecard(&self, application_id: &str, step_id: &str) -> Result<Scorecard> {
        let me = self.me_id()?;
        let name = self.actor().name;
        self.application(application_id).await?;
        let existing = sqlx::query_as::<_, ScorecardRecord>(&format!(
            "SELECT {COLUMNS} FROM scorecards WHERE application_id = ? AND step_id = ? AND interviewer_id = ? AND deleted_at IS NULL"
        ))
        .bind(application_id)
        .bind(step_id)
        .bind(&me)
        .fetch_optional(&self.pool)
        .await?;
        if let Some(record) = existing {
            return record.try_into();
        }
        let id = shortlist_core::new_id();
        let mut w = self.begin_write().await?;
        sqlx::query(
            "INSERT INTO scorecards (id, application_id, step_id, interviewer_id, interviewer_name, status, content, created_at, updated_at, hlc)
             VALUES (?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?)",
        )
        .bind(&id)
        .bind(application_id)
        .bind(step_id)
        .bind(&me)
        .bind(&name)
        .bind(serde_json::to_string(&ScorecardInput::default())?)
        .bind(w.now)
        .bind(w.now)
        .bind(w.hlc_text())
        .execute(w.conn())
        .await?;
        w.record(Mutation {
            name: "scorecard.create",
            entity: "scorecard",
            entity_id: &id,
            args: json!({ "application_id": application_id, "step_id": step_id, "interviewer_id": me }),
            changed_fields: FIELDS.to_vec(),
        })
        .await?;
        w.commit().await?;
        self.scorecard(&id).await
    }

    async fn scorecard(&self, id: &str) -> Result<Scorecard> {
        sqlx::query_as::<_, ScorecardRecord>(&format!(
            "SELECT {COLUMNS} FROM scorecards WHERE id = ? AND deleted_at IS NULL"
        ))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(NOT_FOUND)?
        .try_into()
    }

    /// Autosave: keeps a draft's content. Only its author may, and only while it is a draft.
    pub async fn save_scorecard_draft(&self, id: &str, input: ScorecardInput) -> Result<Scorecard> {
        input.validate_draft()?;
        let card = self.own_card(id).await?;
        if card.status == ScorecardStatus::Submitted {
            return Err(StoreError::Conflict("This scorecard is submitted; amend it to change it.".into()));
        }
        self.write_card(&card, &input, ScorecardStatus::Draft, "scorecard.save_draft").await
    }

    /// Submits (locks) a scorecard, or amends a submitted one (the original stays in history).
    pub async fn submit_scorecard(&self, id: &str, input: ScorecardInput) -> Result<Scorecard> {
        let card = self.own_card(id).await?;
        let role = self.role(&self.application(&card.application_id).await?.application.role_id).await?;
        let step = role.plan.steps.iter().find(|s| s.id == card.step_id);
        let focus = step.map(|s| s.competencies.clone()).unwrap_or_default();
        let profile_review = step.is_some_and(|s| s.kind == shortlist_core::StepKind::ProfileReview);
        input.validate_submit(&focus, profile_review)?;
        let name = if card.status == ScorecardStatus::Submitted { "scorecard.amend" } else { "scorecard.submit" };
        self.write_card(&card, &input, ScorecardStatus::Submitted, name).await
    }

    async fn own_card(&self, id: &str) -> Result<Scorecard> {
        let me = self.me_id()?;
        let card = self.scorecard(id).await?;
        if card.interviewer_id != me {
            return Err(StoreError::Conflict(format!("Only {} can change this scorecard.", card.interviewer_name)));
        }
        Ok(card)
    }

    async fn write_card(
        &self,
        card: &Scorecard,
        input: &ScorecardInput,
        status: ScorecardStatus,
        mutation: &'static str,
    ) -> Result<Scorecard> {
        let content = serde_json::to_string(input)?;
        let submitting = status == ScorecardStatus::Submitted;
        let amending = submitting && card.status == ScorecardStatus::Submitted;
        let mut w = self.begin_write().await?;
        let stamps = w.restamp_row("scorecards", &card.id, "The scorecard", &FIELDS, &FIELDS).await?;
        let now = w.now;
        sqlx::query(
            "UPDATE scorecards SET status = ?, content = ?, submitted_at = CASE WHEN ? THEN ? ELSE submitted_at END,
                    amendments = amendments + ?, updated_at = ?, hlc = ?, field_hlc = ? WHERE id = ?",
        )
        .bind(if submitting { "submitted" } else { "draft" })
        .bind(&content)
        .bind(submitting)
        .bind(now)
        .bind(i64::from(amending))
        .bind(now)
        .bind(w.hlc_text())
        .bind(stamps)
        .bind(&card.id)
        .execute(w.conn())
        .await?;
        if submitting {
            // Every submission is kept as it was: an amendment never erases the original.
            let version: i64 = sqlx::query_scalar("SELECT COUNT(*) + 1 FROM scorecard_versions WHERE scorecard_id = ?")
                .bind(&card.id)
                .fetch_one(w.conn())
                .await?;
            sqlx::query("INSERT INTO scorecard_versions (id, scorecard_id, version, content, submitted_at, hlc) VALUES (?, ?, ?, ?, ?, ?)")
                .bind(shortlist_core::new_id())
                .bind(&card.id)
                .bind(version)
                .bind(&content)
                .bind(now)
                .bind(w.hlc_text())
                .execute(w.conn())
                .await?;
        }
        w.record(Mutation {
            name: mutation,
            entity: "scorecard",
            entity_id: &card.id,
            args: json!({ "content": input, "status": status }),
            changed_fields: FIELDS.to_vec(),
        })
        .await?;
        w.commit().await?;
        self.scorecard(&card.id).await
    }

    /// Every submitted version of a scorecard, oldest first.
    pub async fn scorecard_versions(&self, id: &str) -> Result<Vec<ScorecardInput>> {
        let rows: Vec<String> =
            sqlx::query_scalar("SELECT content FROM scorecard_versions WHERE scorecard_id = ? ORDER BY version")
                .bind(id)
                .fetch_all(&self.pool)
                .await?;
        rows.iter().map(|c| serde_json::from_str(c).map_err(StoreError::from)).collect()
    }

    /// Every live scorecard of an application, unfiltered, in the order they were started.
    async fn cards_for_application(&self, application_id: &str) -> Result<Vec<Scorecard>> {
        sqlx::query_as::<_, ScorecardRecord>(&format!(
            "SELECT {COLUMNS} FROM scorecards WHERE application_id = ? AND deleted_at IS NULL ORDER BY created_at"
        ))
        .bind(application_id)
        .fetch_all(&self.pool)
        .await?
        .into_iter()
        .map(Scorecard::try_from)
        .collect()
    }

    /// The scorecards of an application as "me" may see them.
    pub async fn scorecards_for_application(&self, application_id: &str) -> Result<Vec<ScorecardView>> {
        let me = self.actor().id;
        let rule = self.feedback_visibility().await?;
        let cards = self.cards_for_application(application_id).await?;
        let submitted_own =
            cards.iter().any(|c| Some(&c.interviewer_id) == me.as_ref() && c.status == ScorecardStatus::Submitted);
        Ok(cards
            .into_iter()
            .map(|c| {
                let visible = visible_to(&c, me.as_deref(), submitted_own, rule);
                ScorecardView {
                    id: c.id.clone(),
                    step_id: c.step_id.clone(),
                    interviewer_name: c.interviewer_name.clone(),
                    status: c.status,
                    mine: me.as_deref() == Some(c.interviewer_id.as_str()),
                    card: visible.then_some(c),
                }
            })
            .collect())
    }

    pub async fn feedback_visibility(&self) -> Result<FeedbackVisibility> {
        Ok(self
            .meta("feedback_visibility")
            .await?
            .as_deref()
            .and_then(FeedbackVisibility::parse)
            .unwrap_or(FeedbackVisibility::HiddenUntilOwnSubmitted))
    }

    pub async fn set_feedback_visibility(&self, rule: FeedbackVisibility) -> Result<()> {
        self.set_meta("feedback_visibility", rule.as_str()).await
    }
}

impl Store {
    /// Everything the debrief shows for one application: every submitted scorecard (the
    /// meeting is where feedback is shared), missing feedback, and the role's bar.
    pub async fn debrief(&self, application_id: &str) -> Result<shortlist_core::debrief::Debrief> {
        let view = self.application(application_id).await?;
        let role = self.role(&view.application.role_id).await?;
        let cards = self.cards_for_application(application_id).await?;
        let mut debrief = shortlist_core::debrief::build(
            &view.candidate_name,
            &view.role_title,
            &role.plan,
            &cards,
            &role.intake.must_haves,
            &role.intake.reject_if,
        );
        // Panel members who interviewed but have not even started a scorecard.
        for interview in self.interviews_for_application(application_id).await? {
            if interview.status != shortlist_core::InterviewStatus::Scheduled {
                continue;
            }
            for seat in interview.panel.iter().filter(|s| !s.draft_started) {
                let late = match seat.feedback {
                    shortlist_core::FeedbackState::Overdue => "overdue",
                    shortlist_core::FeedbackState::Due => "due",
                    _ => continue,
                };
                debrief.missing.push(format!("{} · {}: no scorecard yet ({late})", seat.name, interview.step_name));
            }
        }
        Ok(debrief)
    }
}
