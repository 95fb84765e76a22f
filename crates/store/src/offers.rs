//! The offers repository: one offer per application, every save a version, approvers in order,
//! a status history, letters rendered from templates and exported as PDF, DOCX or HTML.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::json;
use shortlist_core::diff::{lines, DiffLine};
use shortlist_core::document::{blocks, docx, pdf};
use shortlist_core::letter::{self, LetterInput, DEFAULT_TEMPLATE, DEFAULT_TEMPLATE_ID};
use shortlist_core::offer::{approval_needed, transition, ApprovalRule, OfferAction, OfferStatus, OfferTerms};
use shortlist_core::{Stage, ValidationErrors, Warning};
use specta::Type;

use crate::error::{Result, StoreError};
use crate::templates::{Kind, Template};
use crate::time::from_ms;
use crate::write::{Mutation, Write};
use crate::Store;

const NOT_FOUND: StoreError = StoreError::NotFound { what: "The offer" };

const OFFER_TEMPLATES: Kind = Kind {
    table: "offer_templates",
    entity: "offer_template",
    save: "offer_template.save",
    what: "The letter template",
    built_in: (DEFAULT_TEMPLATE_ID, "Default offer letter", DEFAULT_TEMPLATE),
    max_len: 30_000,
};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct OfferInput {
    pub application_id: String,
    pub terms: OfferTerms,
    pub template_id: String,
    pub approval_rule: ApprovalRule,
    /// In the order they approve.
    pub approver_ids: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum ApprovalDecision {
    Approved,
    Rejected,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct ApproverView {
    pub person_id: String,
    pub name: String,
    /// Their decision on the current version, if any.
    pub decision: Option<ApprovalDecision>,
    pub comment: String,
    pub decided_at: Option<DateTime<Utc>>,
    /// It is their turn.
    pub current: bool,
    /// They are "me" on this laptop.
    pub mine: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct OfferEvent {
    pub from_status: Option<OfferStatus>,
    pub to_status: OfferStatus,
    pub note: Option<String>,
    pub actor: String,
    pub at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct OfferVersion {
    pub version: u32,
    pub actor: String,
    pub at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct OfferView {
    pub id: String,
    pub application_id: String,
    pub candidate_id: String,
    pub candidate_name: String,
    pub role_id: String,
    pub role_title: String,
    pub terms: OfferTerms,
    pub template_id: String,
    pub approval_rule: ApprovalRule,
    pub status: OfferStatus,
    pub version: u32,
    /// The letter of the current version (Markdown), or why it cannot be rendered.
    pub letter: String,
    pub letter_error: Option<String>,
    pub warnings: Vec<Warning>,
    pub approval_needed: bool,
    pub approval_reason: String,
    pub approvers: Vec<ApproverView>,
    pub events: Vec<OfferEvent>,
    pub versions: Vec<OfferVersion>,
    /// Approved or sent, and past its expiry date.
    pub past_expiry: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct LetterPreview {
    pub letter: String,
    pub error: Option<String>,
    pub warnings: Vec<Warning>,
    pub approval_needed: bool,
    pub approval_reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct FieldChange {
    pub field: String,
    pub before: String,
    pub after: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct OfferDiff {
    pub from: u32,
    pub to: u32,
    pub fields: Vec<FieldChange>,
    pub letter: Vec<DiffLine>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum LetterFormat {
    Pdf,
    Docx,
    Html,
}

fn rule_text(rule: ApprovalRule) -> &'static str {
    match rule {
        ApprovalRule::Always => "always",
        ApprovalRule::OutsideBand => "outside_band",
    }
}

fn parse_rule(s: &str) -> ApprovalRule {
    if s == "outside_band" {
        ApprovalRule::OutsideBand
    } else {
        ApprovalRule::Always
    }
}

fn parse_status(s: &str) -> Result<OfferStatus> {
    OfferStatus::parse(s).ok_or_else(|| StoreError::Corrupt(format!("unknown offer status {s}")))
}

/// Terms as the diff shows them: one line per field, money formatted.
fn field_values(t: &OfferTerms) -> Vec<(&'static str, String)> {
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    vec![
        ("Title", t.title.clone()),
        ("Level", t.level.clone()),
        ("Base salary", shortlist_core::offer::format_money(t.base_salary, &t.currency)),
        ("Bonus", t.bonus.clone()),
        ("Equity", t.equity.clone()),
        ("Start date", date(t.start_date)),
        ("Location", t.location.clone()),
        ("Remote policy", t.remote_policy.clone()),
        ("Expires on", date(t.expires_on)),
        ("Scope", t.scope.clone()),
        ("Decision ownership", t.decision_ownership.clone()),
        ("Growth path", t.growth_path.clone()),
        ("Team environment", t.team_environment.clone()),
    ]
}

impl Store {
    async fn template_body(&self, template_id: &str) -> Result<String> {
        self.template_body_of(&OFFER_TEMPLATES, template_id).await
    }

    /// Renders the letter for an application's offer terms (live preview and saved versions).
    pub async fn preview_letter(
        &self,
        application_id: &str,
        terms: &OfferTerms,
        template_id: &str,
        rule: ApprovalRule,
    ) -> Result<LetterPreview> {
        let view = self.application(application_id).await?;
        self.letter_for(&view, terms, template_id, rule, None).await
    }

    /// The letter (rendered now, or `saved` as stored with a version), its warnings and whether
    /// approval is needed.
    async fn letter_for(
        &self,
        view: &shortlist_core::ApplicationView,
        terms: &OfferTerms,
        template_id: &str,
        rule: ApprovalRule,
        saved: Option<String>,
    ) -> Result<LetterPreview> {
        let role = self.role(&view.application.role_id).await?;
        let (approval_needed, approval_reason) =
            approval_needed(rule, terms, role.intake.comp_min, role.intake.comp_max, &role.intake.currency);
        let rendered = match saved {
            Some(letter) => Ok(letter),
            None => {
                let body = self.template_body(template_id).await?;
                let sender = self.actor().name;
                letter::render(
                    &body,
                    &LetterInput {
                        candidate_name: &view.candidate_name,
                        role_title: &role.title,
                        role_team: &role.team,
                        terms,
                        sender: &sender,
                        today: self.today(),
                    },
                )
            }
        };
        let (letter, error) = match rendered {
            Ok(letter) => (letter, None),
            Err(e) => (String::new(), Some(e.message)),
        };
        Ok(LetterPreview { letter, error, warnings: terms.warnings(), approval_needed, approval_reason })
    }

    pub async fn offer_for_application(&self, application_id: &str) -> Result<Option<OfferView>> {
        let id: Option<String> =
            sqlx::query_scalar("SELECT id FROM offers WHERE application_id = ? AND deleted_at IS NULL")
                .bind(application_id)
                .fetch_optional(&self.pool)
                .await?;
        match id {
            Some(id) => Ok(Some(self.offer(&id).await?)),
            None => Ok(None),
        }
    }

    pub async fn offer(&self, id: &str) -> Result<OfferView> {
        let row: Option<(String, String, String, String, String, i64)> = sqlx::query_as(
            "SELECT application_id, terms, template_id, approval_rule, status, version FROM offers WHERE id = ? AND deleted_at IS NULL",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        let (application_id, terms, template_id, rule, status, version) = row.ok_or(NOT_FOUND)?;
        let terms: OfferTerms = serde_json::from_str(&terms)?;
        let rule = parse_rule(&rule);
        let status = parse_status(&status)?;
        let view = self.application(&application_id).await?;
        // Past the draft, the letter is the one saved with this version: a template edited
        // later, another day's date or another signer must not change what was approved or sent.
        let saved: Option<String> = if status == OfferStatus::Draft {
            None
        } else {
            sqlx::query_scalar("SELECT letter FROM offer_versions WHERE offer_id = ? AND version = ?")
                .bind(id)
                .bind(version)
                .fetch_optional(&self.pool)
                .await?
        };
        let preview = self.letter_for(&view, &terms, &template_id, rule, saved).await?;
        let me = self.actor().id;
        let approver_rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT a.person_id, p.name FROM offer_approvers a JOIN people p ON p.id = a.person_id
             WHERE a.offer_id = ? AND a.deleted_at IS NULL ORDER BY a.position",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        let decisions: Vec<(String, String, String, i64)> = sqlx::query_as(
            "SELECT person_id, decision, comment, created_at FROM offer_decisions WHERE offer_id = ? AND version = ? ORDER BY created_at",
        )
        .bind(id)
        .bind(version)
        .fetch_all(&self.pool)
        .await?;
        let mut approvers = Vec::new();
        let mut turn_taken = false;
        for (person_id, name) in approver_rows {
            let d = decisions.iter().rev().find(|(p, ..)| *p == person_id);
            let decision = d.map(
                |(_, d, ..)| if d == "approved" { ApprovalDecision::Approved } else { ApprovalDecision::Rejected },
            );
            let current =
                status == OfferStatus::PendingApproval && !turn_taken && decision != Some(ApprovalDecision::Approved);
            if current {
                turn_taken = true;
            }
            approvers.push(ApproverView {
                mine: me.as_deref() == Some(person_id.as_str()),
                person_id,
                name,
                decision,
                comment: d.map(|(_, _, c, _)| c.clone()).unwrap_or_default(),
                decided_at: d.map(|(.., at)| from_ms(*at)).transpose()?,
                current,
            });
        }
        let events = sqlx::query_as::<_, (Option<String>, String, Option<String>, String, i64)>(
            "SELECT from_status, to_status, note, actor, occurred_at FROM offer_events WHERE offer_id = ? ORDER BY occurred_at, id",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?
        .into_iter()
        .map(|(from, to, note, actor, at)| {
            Ok(OfferEvent {
                from_status: from.as_deref().map(parse_status).transpose()?,
                to_status: parse_status(&to)?,
                note,
                actor,
                at: from_ms(at)?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
        let versions = sqlx::query_as::<_, (i64, String, i64)>(
            "SELECT version, actor, created_at FROM offer_versions WHERE offer_id = ? ORDER BY version DESC",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?
        .into_iter()
        .map(|(version, actor, at)| Ok(OfferVersion { version: version as u32, actor, at: from_ms(at)? }))
        .collect::<Result<Vec<_>>>()?;
        let past_expiry = matches!(status, OfferStatus::Approved | OfferStatus::Sent)
            && terms.expires_on.is_some_and(|d| d < self.today());
        Ok(OfferView {
            id: id.to_string(),
            candidate_id: view.application.candidate_id.clone(),
            candidate_name: view.candidate_name.clone(),
            role_id: view.application.role_id.clone(),
            role_title: view.role_title.clone(),
            application_id,
            terms,
            template_id,
            approval_rule: rule,
            status,
            version: version as u32,
            letter: preview.letter,
            letter_error: preview.error,
            warnings: preview.warnings,
            approval_needed: preview.approval_needed,
            approval_reason: preview.approval_reason,
            approvers,
            events,
            versions,
            past_expiry,
        })
    }

    /// Saves the offer (creating it on first save). Every save is a new version; changing an
    /// offer that was waiting for or had approval sends it back to draft.
    pub async fn save_offer(&self, input: OfferInput) -> Result<OfferView> {
        let terms = input.terms.normalized();
        terms.validate(self.today())?;
        let mut approvers = input.approver_ids.clone();
        approvers.dedup();
        for (i, p) in approvers.iter().enumerate() {
            if approvers[..i].contains(p) {
                return Err(ValidationErrors::single("approver_ids", "Each approver appears once.").into());
            }
            self.person(p).await.map_err(|_| {
                StoreError::from(ValidationErrors::single(
                    "approver_ids",
                    "An approver is no longer in the people directory.",
                ))
            })?;
        }
        let preview =
            self.preview_letter(&input.application_id, &terms, &input.template_id, input.approval_rule).await?;
        if let Some(error) = &preview.error {
            return Err(ValidationErrors::single("template_id", error.clone()).into());
        }
        let actor = self.actor();
        let mut w = self.begin_write().await?;
        let existing: Option<(String, String, String, i64)> = sqlx::query_as(
            "SELECT id, status, terms, version FROM offers WHERE application_id = ? AND deleted_at IS NULL",
        )
        .bind(&input.application_id)
        .fetch_optional(w.conn())
        .await?;
        let terms_json = serde_json::to_string(&terms)?;
        let (id, version) = match existing {
            None => {
                let id = shortlist_core::new_id();
                sqlx::query(
                    "INSERT INTO offers (id, application_id, terms, template_id, approval_rule, status, version, created_at, updated_at, hlc)
                     VALUES (?, ?, ?, ?, ?, 'draft', 1, ?, ?, ?)",
                )
                .bind(&id)
                .bind(&input.application_id)
                .bind(&terms_json)
                .bind(&input.template_id)
                .bind(rule_text(input.approval_rule))
                .bind(w.now)
                .bind(w.now)
                .bind(w.hlc_text())
                .execute(w.conn())
                .await?;
                insert_event(&mut w, &id, None, OfferStatus::Draft, Some("Drafted"), &actor).await?;
                (id, 1)
            }
            Some((id, status, _, version)) => {
                let status = parse_status(&status)?;
                if !status.editable() {
                    return Err(StoreError::Conflict(format!(
                        "The offer is {}; its terms can no longer change.",
                        status.label().to_lowercase()
                    )));
                }
                let version = version + 1;
                let changed: &[&'static str] = if status == OfferStatus::Draft {
                    &["terms", "template_id", "approval_rule", "version"]
                } else {
                    &["terms", "template_id", "approval_rule", "status", "version"]
                };
                let stamps = w
                    .restamp_live_row(
                        "offers",
                        &id,
                        "The offer",
                        &["terms", "template_id", "approval_rule", "status", "version"],
                        changed,
                    )
                    .await?;
                sqlx::query(
                    "UPDATE offers SET terms = ?, template_id = ?, approval_rule = ?, status = 'draft', version = ?, updated_at = ?, hlc = ?, field_hlc = ? WHERE id = ?",
                )
                .bind(&terms_json)
                .bind(&input.template_id)
                .bind(rule_text(input.approval_rule))
                .bind(version)
                .bind(w.now)
                .bind(w.hlc_text())
                .bind(stamps)
                .bind(&id)
                .execute(w.conn())
                .await?;
                if status != OfferStatus::Draft {
                    insert_event(
                        &mut w,
                        &id,
                        Some(status),
                        OfferStatus::Draft,
                        Some("Changed after submitting: approvals start again"),
                        &actor,
                    )
                    .await?;
                }
                (id, version)
            }
        };
        sqlx::query(
            "INSERT INTO offer_versions (id, offer_id, version, terms, template_id, letter, actor, created_at, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(shortlist_core::new_id())
        .bind(&id)
        .bind(version)
        .bind(&terms_json)
        .bind(&input.template_id)
        .bind(&preview.letter)
        .bind(&actor.name)
        .bind(w.now)
        .bind(w.hlc_text())
        .execute(w.conn())
        .await?;
        // The approver list is replaced as a whole.
        sqlx::query("UPDATE offer_approvers SET deleted_at = ?, updated_at = ?, hlc = ? WHERE offer_id = ? AND deleted_at IS NULL")
            .bind(w.now)
            .bind(w.now)
            .bind(w.hlc_text())
            .bind(&id)
            .execute(w.conn())
            .await?;
        for (position, person) in approvers.iter().enumerate() {
            sqlx::query(
                "INSERT INTO offer_approvers (id, offer_id, position, person_id, created_at, updated_at, hlc) VALUES (?, ?, ?, ?, ?, ?, ?)",
            )
            .bind(shortlist_core::new_id())
            .bind(&id)
            .bind(position as i64)
            .bind(person)
            .bind(w.now)
            .bind(w.now)
            .bind(w.hlc_text())
            .execute(w.conn())
            .await?;
        }
        w.record(Mutation {
            name: "offer.save",
            entity: "offer",
            entity_id: &id,
            args: json!({ "application_id": input.application_id, "terms": terms, "template_id": input.template_id,
                          "approval_rule": rule_text(input.approval_rule), "approver_ids": approvers, "version": version,
                          "status": OfferStatus::Draft.as_str() }),
            changed_fields: vec!["terms", "template_id", "approval_rule", "status", "version", "approvers"],
        })
        .await?;
        w.commit().await?;
        self.offer(&id).await
    }

    /// Moves the offer through its process. Accepting moves the application to Hired in the same
    /// transaction.
    pub async fn offer_action(&self, id: &str, action: OfferAction, note: Option<&str>) -> Result<OfferView> {
        let current = self.offer(id).await?;
        // Everyone already approved this very version (it was reopened but not changed).
        let all_approved = !current.approvers.is_empty()
            && current.approvers.iter().all(|a| a.decision == Some(ApprovalDecision::Approved));
        let next = transition(current.status, action, current.approval_needed && !all_approved)
            .map_err(|m| StoreError::from(ValidationErrors::single("action", m)))?;
        if next == OfferStatus::PendingApproval && current.approvers.is_empty() {
            return Err(ValidationErrors::single(
                "approver_ids",
                format!(
                    "{} Add the approvers (for example the hiring manager, then finance) and save.",
                    current.approval_reason
                ),
            )
            .into());
        }
        if action == OfferAction::Send {
            if let Some(w) = current.warnings.first() {
                return Err(ValidationErrors::single(
                    w.field.clone(),
                    format!("Fill the empty sections before sending. {}", w.message),
                )
                .into());
            }
        }
        let note = note.map(str::trim).filter(|n| !n.is_empty());
        let actor = self.actor();
        let mut w = self.begin_write().await?;
        set_status(
            &mut w,
            id,
            current.status,
            next,
            note.or(match (action, next) {
                (OfferAction::Submit, OfferStatus::Approved) => Some("Inside the band: no approval needed"),
                _ => None,
            }),
            &actor,
        )
        .await?;
        if next == OfferStatus::Accepted {
            let stage: String = sqlx::query_scalar("SELECT stage FROM applications WHERE id = ?")
                .bind(&current.application_id)
                .fetch_one(w.conn())
                .await?;
            if stage != Stage::Hired.as_str() {
                crate::applications::move_in(
                    &mut w,
                    &current.application_id,
                    Stage::Hired,
                    Some("Accepted the offer"),
                    &actor,
                )
                .await?;
            }
        }
        w.commit().await?;
        self.offer(id).await
    }

    /// Records my decision on the current version. Only the approver whose turn it is may decide;
    /// a rejection sends the offer back to draft with the comment, the last approval approves it.
    pub async fn decide_offer(&self, id: &str, decision: ApprovalDecision, comment: &str) -> Result<OfferView> {
        let current = self.offer(id).await?;
        let comment = comment.trim();
        if decision == ApprovalDecision::Rejected && comment.is_empty() {
            return Err(ValidationErrors::single("comment", "Say why, so the draft can be fixed.").into());
        }
        let Some(turn) = current.approvers.iter().find(|a| a.current) else {
            return Err(StoreError::Conflict("The offer is not waiting for an approval.".into()));
        };
        if !turn.mine {
            return Err(StoreError::Conflict(format!("It is {}'s turn to approve; only they can decide.", turn.name)));
        }
        let actor = self.actor();
        let last = current.approvers.iter().filter(|a| a.decision != Some(ApprovalDecision::Approved)).count() == 1;
        let mut w = self.begin_write().await?;
        let now_at: Option<(String, i64)> =
            sqlx::query_as("SELECT status, version FROM offers WHERE id = ? AND deleted_at IS NULL")
                .bind(id)
                .fetch_optional(w.conn())
                .await?;
        if now_at != Some((OfferStatus::PendingApproval.as_str().to_string(), i64::from(current.version))) {
            return Err(StoreError::Conflict(
                "The offer changed meanwhile; look at the new version before deciding.".into(),
            ));
        }
        let text = if decision == ApprovalDecision::Approved { "approved" } else { "rejected" };
        sqlx::query(
            "INSERT INTO offer_decisions (id, offer_id, version, person_id, decision, comment, created_at, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(shortlist_core::new_id())
        .bind(id)
        .bind(current.version)
        .bind(&turn.person_id)
        .bind(text)
        .bind(comment)
        .bind(w.now)
        .bind(w.hlc_text())
        .execute(w.conn())
        .await?;
        w.record(Mutation {
            name: "offer.decide",
            entity: "offer",
            entity_id: id,
            args: json!({ "version": current.version, "person_id": turn.person_id, "decision": text, "comment": comment }),
            changed_fields: vec![],
        })
        .await?;
        match decision {
            ApprovalDecision::Rejected => {
                let note = format!("Rejected by {}: {comment}", turn.name);
                set_status(&mut w, id, current.status, OfferStatus::Draft, Some(&note), &actor).await?;
            }
            ApprovalDecision::Approved if last => {
                let note = if comment.is_empty() {
                    format!("Approved by {}", turn.name)
                } else {
                    format!("Approved by {}: {comment}", turn.name)
                };
                set_status(&mut w, id, current.status, OfferStatus::Approved, Some(&note), &actor).await?;
            }
            ApprovalDecision::Approved => {}
        }
        w.commit().await?;
        self.offer(id).await
    }

    /// What changed between two saved versions: the terms field by field and the letter line by line.
    pub async fn offer_diff(&self, id: &str, from: u32, to: u32) -> Result<OfferDiff> {
        let version = |v: u32| async move {
            let row: Option<(String, String)> =
                sqlx::query_as("SELECT terms, letter FROM offer_versions WHERE offer_id = ? AND version = ?")
                    .bind(id)
                    .bind(v)
                    .fetch_optional(&self.pool)
                    .await?;
            let (terms, letter) = row.ok_or(StoreError::NotFound { what: "That version" })?;
            Ok::<_, StoreError>((serde_json::from_str::<OfferTerms>(&terms)?, letter))
        };
        let (a_terms, a_letter) = version(from).await?;
        let (b_terms, b_letter) = version(to).await?;
        let fields = field_values(&a_terms)
            .into_iter()
            .zip(field_values(&b_terms))
            .filter(|((_, a), (_, b))| a != b)
            .map(|((name, before), (_, after))| FieldChange { field: name.to_string(), before, after })
            .collect();
        Ok(OfferDiff { from, to, fields, letter: lines(&a_letter, &b_letter) })
    }

    /// The current letter as a file: (file name, bytes).
    pub async fn offer_document(&self, id: &str, format: LetterFormat) -> Result<(String, Vec<u8>)> {
        let offer = self.offer(id).await?;
        if let Some(error) = offer.letter_error {
            return Err(ValidationErrors::single("template_id", error).into());
        }
        let title = format!("Offer: {} — {}", offer.terms.title, offer.candidate_name);
        let stem: String = format!("offer {} {}", offer.candidate_name, offer.terms.title)
            .chars()
            .map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
            .collect::<String>()
            .split('-')
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        let document = blocks(&offer.letter);
        Ok(match format {
            LetterFormat::Pdf => (format!("{stem}.pdf"), pdf::write(&title, &document)),
            LetterFormat::Docx => {
                (format!("{stem}.docx"), docx::write(&title, &document).map_err(StoreError::Corrupt)?)
            }
            LetterFormat::Html => (
                format!("{stem}.html"),
                shortlist_core::job_description::html_document(&title, &offer.letter).into_bytes(),
            ),
        })
    }

    pub async fn offer_templates(&self) -> Result<Vec<Template>> {
        self.templates_of(&OFFER_TEMPLATES).await
    }

    /// Creates (no id) or updates a letter template; it must render against a sample offer.
    pub async fn save_offer_template(&self, id: Option<&str>, name: &str, body: &str) -> Result<Template> {
        self.save_template_of(&OFFER_TEMPLATES, id, name, body, |b| letter::check(b).map_err(|e| e.message)).await
    }

    pub async fn delete_offer_template(&self, id: &str) -> Result<()> {
        let in_use: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM offers WHERE template_id = ? AND deleted_at IS NULL")
                .bind(id)
                .fetch_one(&self.pool)
                .await?;
        if in_use > 0 {
            return Err(StoreError::Conflict(format!(
                "{in_use} offer(s) use this template, and their letters are rendered from it; it stays."
            )));
        }
        let mut w = self.begin_write().await?;
        w.tombstone("offer_templates", id, "The letter template", "offer_template.delete", "offer_template").await?;
        w.commit().await
    }
}

async fn insert_event(
    w: &mut Write,
    offer_id: &str,
    from: Option<OfferStatus>,
    to: OfferStatus,
    note: Option<&str>,
    actor: &crate::Actor,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO offer_events (id, offer_id, from_status, to_status, note, actor, actor_id, occurred_at, created_at, hlc)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(shortlist_core::new_id())
    .bind(offer_id)
    .bind(from.map(OfferStatus::as_str))
    .bind(to.as_str())
    .bind(note)
    .bind(&actor.name)
    .bind(&actor.id)
    .bind(w.now)
    .bind(w.now)
    .bind(w.hlc_text())
    .execute(w.conn())
    .await?;
    Ok(())
}

async fn set_status(
    w: &mut Write,
    id: &str,
    from: OfferStatus,
    to: OfferStatus,
    note: Option<&str>,
    actor: &crate::Actor,
) -> Result<()> {
    let stamps = w
        .restamp_live_row(
            "offers",
            id,
            "The offer",
            &["terms", "template_id", "approval_rule", "status", "version"],
            &["status"],
        )
        .await?;
    // Only from the status the caller saw: a change in between refuses the move.
    let done =
        sqlx::query("UPDATE offers SET status = ?, updated_at = ?, hlc = ?, field_hlc = ? WHERE id = ? AND status = ?")
            .bind(to.as_str())
            .bind(w.now)
            .bind(w.hlc_text())
            .bind(stamps)
            .bind(id)
            .bind(from.as_str())
            .execute(w.conn())
            .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::Conflict("The offer changed meanwhile; look at it again before moving it on.".into()));
    }
    insert_event(w, id, Some(from), to, note, actor).await?;
    w.record(Mutation {
        name: "offer.set_status",
        entity: "offer",
        entity_id: id,
        args: json!({ "from": from.as_str(), "to": to.as_str(), "note": note, "actor": actor.name }),
        changed_fields: vec!["status"],
    })
    .await
}
