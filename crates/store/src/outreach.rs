//! Outreach: templates, a per-candidate draft filled from the candidate and the role, recorded
//! messages with a follow-up date and the response, and sourcing search strings per role.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use serde_json::json;
use shortlist_core::outreach::{fields_from_intake, lint, render, LintFinding, OutreachFields, DEFAULT_OUTREACH};
use shortlist_core::sourcing::{search_strings, SearchString};
use shortlist_core::ValidationErrors;
use specta::Type;

use crate::error::{Result, StoreError};
use crate::templates::{Kind, Template};
use crate::time::{format_date, from_ms, parse_date};
use crate::write::Mutation;
use crate::Store;

const OUTREACH_TEMPLATES: Kind = Kind {
    table: "outreach_templates",
    entity: "outreach_template",
    save: "outreach_template.save",
    what: "The outreach template",
    built_in: (crate::templates::BUILT_IN_ID, "Default: problem, stack, ownership, signal", DEFAULT_OUTREACH),
    max_len: 10_000,
};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct OutreachDraft {
    pub to: String,
    pub subject: String,
    pub fields: OutreachFields,
    pub text: String,
    pub error: Option<String>,
    pub lint: Vec<LintFinding>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum OutreachChannel {
    Email,
    #[serde(rename = "linkedin")]
    LinkedIn,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum OutreachResponse {
    Replied,
    Interested,
    NotNow,
    No,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct OutreachInput {
    pub candidate_id: String,
    pub role_id: Option<String>,
    pub channel: OutreachChannel,
    pub subject: String,
    pub body: String,
    /// Days until the follow-up reminder; None: no reminder.
    pub follow_up_days: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Outreach {
    pub id: String,
    pub candidate_id: String,
    pub candidate_name: String,
    pub role_id: Option<String>,
    pub role_title: Option<String>,
    pub channel: OutreachChannel,
    pub subject: String,
    pub body: String,
    pub sent_on: NaiveDate,
    pub follow_up_on: Option<NaiveDate>,
    pub response: Option<OutreachResponse>,
    pub responded_on: Option<NaiveDate>,
    pub actor: String,
    pub created_at: DateTime<Utc>,
}

fn channel_text(c: OutreachChannel) -> &'static str {
    match c {
        OutreachChannel::Email => "email",
        OutreachChannel::LinkedIn => "linkedin",
        OutreachChannel::Other => "other",
    }
}

fn parse_channel(s: &str) -> OutreachChannel {
    match s {
        "email" => OutreachChannel::Email,
        "linkedin" => OutreachChannel::LinkedIn,
        _ => OutreachChannel::Other,
    }
}

fn response_text(r: OutreachResponse) -> &'static str {
    match r {
        OutreachResponse::Replied => "replied",
        OutreachResponse::Interested => "interested",
        OutreachResponse::NotNow => "not_now",
        OutreachResponse::No => "no",
    }
}

fn parse_response(s: &str) -> Option<OutreachResponse> {
    match s {
        "replied" => Some(OutreachResponse::Replied),
        "interested" => Some(OutreachResponse::Interested),
        "not_now" => Some(OutreachResponse::NotNow),
        "no" => Some(OutreachResponse::No),
        _ => None,
    }
}

type OutreachRow = (
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    String,
    i64,
);

const SELECT: &str =
    "SELECT o.id, o.candidate_id, c.full_name, o.role_id, r.title, o.channel, o.subject, o.body, o.sent_on,
        o.follow_up_on, o.response, o.responded_on, o.actor, o.created_at
    FROM outreach o JOIN candidates c ON c.id = o.candidate_id LEFT JOIN roles r ON r.id = o.role_id";

fn outreach(row: OutreachRow) -> Result<Outreach> {
    let (
        id,
        candidate_id,
        candidate_name,
        role_id,
        role_title,
        channel,
        subject,
        body,
        sent_on,
        follow_up_on,
        response,
        responded_on,
        actor,
        created_at,
    ) = row;
    Ok(Outreach {
        id,
        candidate_id,
        candidate_name,
        role_id,
        role_title,
        channel: parse_channel(&channel),
        subject,
        body,
        sent_on: parse_date(&sent_on)?,
        follow_up_on: follow_up_on.as_deref().map(parse_date).transpose()?,
        response: response.as_deref().and_then(parse_response),
        responded_on: responded_on.as_deref().map(parse_date).transpose()?,
        actor,
        created_at: from_ms(created_at)?,
    })
}

impl Store {
    async fn outreach_body(&self, template_id: &str) -> Result<String> {
        self.template_body_of(&OUTREACH_TEMPLATES, template_id).await
    }

    /// A message for a candidate about a role, filled from the role's intake and the candidate's
    /// profile (the signal: a must-have they used, or their current job), with its lint.
    pub async fn outreach_draft(&self, candidate_id: &str, role_id: &str, template_id: &str) -> Result<OutreachDraft> {
        let candidate = self.candidate(candidate_id).await?;
        let role = self.role(role_id).await?;
        let mut fields = fields_from_intake(&role.intake, &role.title, &role.team, &self.actor().name);
        fields.first_name = candidate.full_name.split_whitespace().next().unwrap_or(&candidate.full_name).to_string();
        if let Some(profile) = self.candidate_profile(candidate_id).await? {
            let current = profile.positions.iter().find(|p| p.current).or(profile.positions.first());
            let skill = role.intake.must_haves.iter().chain(&role.intake.languages).find(|m| {
                profile.skills.iter().any(|s| {
                    s.name.eq_ignore_ascii_case(m) && s.found_in.contains(&shortlist_parse::SkillSource::Experience)
                })
            });
            fields.signal = match (skill, current) {
                (Some(skill), Some(p)) if !p.company.is_empty() => format!("Your {skill} work at {}", p.company),
                (Some(skill), _) => format!("Your production {skill} experience"),
                (None, Some(p)) if !p.company.is_empty() && !p.title.is_empty() => {
                    format!("Your work as {} at {}", p.title, p.company)
                }
                _ => String::new(),
            };
        }
        self.outreach_preview(&candidate.emails.first().cloned().unwrap_or_default(), &role.title, template_id, fields)
            .await
    }

    /// Re-renders a draft after its fields changed (the screen's live preview).
    pub async fn outreach_preview(
        &self,
        to: &str,
        role_title: &str,
        template_id: &str,
        fields: OutreachFields,
    ) -> Result<OutreachDraft> {
        let body = self.outreach_body(template_id).await?;
        let subject = format!("{} — {}", role_title, fields.team);
        Ok(match render(&body, &fields) {
            Ok(text) => {
                OutreachDraft { to: to.to_string(), subject, lint: lint(&text, &fields), text, error: None, fields }
            }
            Err(e) => OutreachDraft {
                to: to.to_string(),
                subject,
                lint: vec![],
                text: String::new(),
                error: Some(e.message),
                fields,
            },
        })
    }

    /// Records a message as sent, with a follow-up reminder.
    pub async fn record_outreach(&self, input: OutreachInput, today: NaiveDate) -> Result<Outreach> {
        let mut errors = ValidationErrors::default();
        errors.required_text("body", "Message", input.body.trim(), 10_000);
        errors.max_len("subject", "Subject", input.subject.trim(), 300);
        if input.follow_up_days.is_some_and(|d| d == 0 || d > 90) {
            errors.add("follow_up_days", "Follow up between 1 and 90 days later.");
        }
        errors.into_result()?;
        self.candidate(&input.candidate_id).await?;
        if let Some(r) = &input.role_id {
            self.role(r).await?;
        }
        let id = shortlist_core::new_id();
        let actor = self.actor();
        let follow_up = input.follow_up_days.map(|d| today + Duration::days(i64::from(d)));
        let mut w = self.begin_write().await?;
        sqlx::query(
            "INSERT INTO outreach (id, candidate_id, role_id, channel, subject, body, sent_on, follow_up_on, actor, created_at, updated_at, hlc)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&id)
        .bind(&input.candidate_id)
        .bind(&input.role_id)
        .bind(channel_text(input.channel))
        .bind(input.subject.trim())
        .bind(input.body.trim())
        .bind(format_date(today))
        .bind(follow_up.map(format_date))
        .bind(&actor.name)
        .bind(w.now)
        .bind(w.now)
        .bind(w.hlc_text())
        .execute(w.conn())
        .await?;
        sqlx::query("UPDATE candidates SET last_activity_at = ? WHERE id = ?")
            .bind(w.now)
            .bind(&input.candidate_id)
            .execute(w.conn())
            .await?;
        w.record(Mutation {
            name: "outreach.record",
            entity: "outreach",
            entity_id: &id,
            args: json!({ "candidate_id": input.candidate_id, "role_id": input.role_id, "channel": channel_text(input.channel),
                          "subject": input.subject.trim(), "body": input.body.trim(), "sent_on": format_date(today),
                          "follow_up_on": follow_up.map(format_date), "actor": actor.name }),
            changed_fields: vec!["candidate_id", "role_id", "channel", "subject", "body", "sent_on", "follow_up_on"],
        })
        .await?;
        w.commit().await?;
        self.outreach_by_id(&id).await
    }

    async fn outreach_by_id(&self, id: &str) -> Result<Outreach> {
        let row: OutreachRow = sqlx::query_as(&format!("{SELECT} WHERE o.id = ? AND o.deleted_at IS NULL"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound { what: "The outreach" })?;
        outreach(row)
    }

    /// Records the candidate's response; the follow-up is then done.
    pub async fn set_outreach_response(
        &self,
        id: &str,
        response: OutreachResponse,
        today: NaiveDate,
    ) -> Result<Outreach> {
        let mut w = self.begin_write().await?;
        let stamps = w
            .restamp_live_row(
                "outreach",
                id,
                "The outreach",
                &["response", "responded_on", "follow_up_on"],
                &["response", "responded_on"],
            )
            .await?;
        sqlx::query(
            "UPDATE outreach SET response = ?, responded_on = ?, updated_at = ?, hlc = ?, field_hlc = ? WHERE id = ?",
        )
        .bind(response_text(response))
        .bind(format_date(today))
        .bind(w.now)
        .bind(w.hlc_text())
        .bind(stamps)
        .bind(id)
        .execute(w.conn())
        .await?;
        w.record(Mutation {
            name: "outreach.response",
            entity: "outreach",
            entity_id: id,
            args: json!({ "response": response_text(response), "responded_on": format_date(today) }),
            changed_fields: vec!["response", "responded_on"],
        })
        .await?;
        w.commit().await?;
        self.outreach_by_id(id).await
    }

    pub async fn outreach_for_candidate(&self, candidate_id: &str) -> Result<Vec<Outreach>> {
        let rows: Vec<OutreachRow> = sqlx::query_as(&format!(
            "{SELECT} WHERE o.candidate_id = ? AND o.deleted_at IS NULL ORDER BY o.sent_on DESC, o.created_at DESC"
        ))
        .bind(candidate_id)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter().map(outreach).collect()
    }

    /// Follow-ups due by `today` that have no response yet, oldest first.
    pub async fn follow_ups_due(&self, today: NaiveDate) -> Result<Vec<Outreach>> {
        let rows: Vec<OutreachRow> = sqlx::query_as(&format!(
            "{SELECT} WHERE o.deleted_at IS NULL AND o.response IS NULL AND o.follow_up_on IS NOT NULL AND o.follow_up_on <= ?
               AND c.deleted_at IS NULL ORDER BY o.follow_up_on, o.created_at"
        ))
        .bind(format_date(today))
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter().map(outreach).collect()
    }

    pub async fn outreach_templates(&self) -> Result<Vec<Template>> {
        self.templates_of(&OUTREACH_TEMPLATES).await
    }

    /// Creates (no id) or updates an outreach template; it must render with the known placeholders.
    pub async fn save_outreach_template(&self, id: Option<&str>, name: &str, body: &str) -> Result<Template> {
        let sample = OutreachFields { first_name: "Grace".into(), ..Default::default() };
        self.save_template_of(&OUTREACH_TEMPLATES, id, name, body, |b| {
            render(b, &sample).map(|_| ()).map_err(|e| e.message)
        })
        .await
    }

    /// Sourcing search strings for a role (location: where to look, often the role's city).
    pub async fn search_strings(&self, role_id: &str, location: &str) -> Result<Vec<SearchString>> {
        let role = self.role(role_id).await?;
        Ok(search_strings(&role.intake, location))
    }
}
