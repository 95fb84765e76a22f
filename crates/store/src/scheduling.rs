//! Scheduling: each team member's availability (working hours, weekly cap, trained-for steps),
//! busy time (blocks entered by hand and imported calendars), the candidate's windows, loop
//! suggestions, scheduling a loop and rescheduling with conflict detection, calendar invites and
//! the message for the candidate.

use std::collections::HashMap;

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::json;
use shortlist_core::availability::Availability;
use shortlist_core::ics;
use shortlist_core::loops::{find_loop, CandidateTimes, LoopMode, LoopOption, LoopRequest, LoopStep, Ranking};
use shortlist_core::message::{candidate_message, CandidateMessage, MessageInterview};
use shortlist_core::slots::{Interviewer, WorkingHours};
use shortlist_core::zone::{parse_zone, resolve_local, CandidateZone, ZoneSource};
use shortlist_core::{Interview, InterviewInput, InterviewStatus, ValidationErrors};
use specta::Type;
use sqlx::SqliteConnection;

use crate::error::{Result, StoreError};
use crate::time::from_ms;
use crate::write::Mutation;
use crate::Store;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct BusyBlock {
    pub id: String,
    pub person_id: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub title: String,
    /// "manual", or the calendar file it came from.
    pub source: String,
}

/// A block entered by hand: wall-clock start and end in a zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct BusyInput {
    pub person_id: String,
    /// "YYYY-MM-DDTHH:MM"
    pub local_start: String,
    pub local_end: String,
    pub time_zone: String,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct CalendarImport {
    pub file_name: String,
    /// Busy blocks read (recurring events expanded) in the next six months.
    pub blocks: u32,
    /// Blocks of an earlier import of the same file that this one replaced.
    pub replaced: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct CandidateWindow {
    pub id: String,
    pub application_id: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// The candidate's zone it was entered in.
    pub time_zone: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct WindowInput {
    pub application_id: String,
    pub local_start: String,
    pub local_end: String,
    pub time_zone: String,
}

/// One step of a loop and who interviews for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct StepPanel {
    pub step_id: String,
    pub interviewer_ids: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct LoopQuery {
    pub application_id: String,
    pub steps: Vec<StepPanel>,
    /// The first day to look at and how many days from it.
    pub from_date: NaiveDate,
    pub days: u32,
    pub mode: LoopMode,
    pub ranking: Ranking,
    pub buffer_minutes: u32,
    pub gap_minutes: u32,
    /// The candidate's zone chosen while scheduling; `None`: the one on their profile, else
    /// their location's (and when neither says, the suggestions ask for it).
    #[serde(default)]
    pub candidate_zone: Option<String>,
    /// The candidate's working hours, Monday to Friday in their zone, that hold their side when
    /// they gave no windows for these dates; `None`: 09:00–17:00.
    #[serde(default)]
    pub candidate_hours: Option<(NaiveTime, NaiveTime)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct LoopSuggestions {
    /// The zone the candidate's side is in and shown in.
    pub candidate_zone: String,
    /// Where that zone comes from.
    pub zone_source: ZoneSource,
    /// Whether the candidate's windows limited the search.
    pub used_candidate_windows: bool,
    /// The working hours (in `candidate_zone`, Monday to Friday) that limited it instead, when
    /// they gave no windows for these dates.
    pub candidate_hours: Option<(NaiveTime, NaiveTime)>,
    /// What held the candidate's side, as a sentence: "No windows entered: using Grace Hopper's
    /// working hours 09:00–17:00, Monday–Friday, America/Los_Angeles (from their location Seattle, WA)."
    pub candidate_note: String,
    pub options: Vec<LoopOption>,
}

/// One interview of a chosen loop option.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct PlannedInterview {
    pub step_id: String,
    pub starts_at: DateTime<Utc>,
    pub interviewer_ids: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum InviteAudience {
    Panel,
    Candidate,
}

/// One person's clash with a proposed time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Clash {
    pub person: String,
    pub what: String,
}

fn clash_time(ms: i64, zone: &str) -> String {
    let zone = parse_zone(zone).unwrap_or(chrono_tz::UTC);
    DateTime::from_timestamp_millis(ms)
        .map(|t| t.with_timezone(&zone).format("%a %-d %b %H:%M %Z").to_string())
        .unwrap_or_default()
}

/// Who among `people` is busy (a block or another interview) at any time in [start, end).
pub(crate) async fn conflicts_in(
    conn: &mut SqliteConnection,
    people: &[String],
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    exclude_interview: Option<&str>,
) -> Result<Vec<Clash>> {
    let mut out = Vec::new();
    for person in people {
        let blocks: Vec<(String, String, String, i64)> = sqlx::query_as(
            "SELECT p.name, p.time_zone, b.title, b.starts_at FROM busy_blocks b JOIN people p ON p.id = b.person_id
             WHERE b.person_id = ? AND b.deleted_at IS NULL AND b.starts_at < ? AND b.ends_at > ? ORDER BY b.starts_at LIMIT 1",
        )
        .bind(person)
        .bind(end.timestamp_millis())
        .bind(start.timestamp_millis())
        .fetch_all(&mut *conn)
        .await?;
        for (name, zone, title, at) in blocks {
            let title = if title.is_empty() { "busy".to_string() } else { format!("busy: {title}") };
            out.push(Clash { person: name, what: format!("{title} from {}", clash_time(at, &zone)) });
        }
        let interviews: Vec<(String, String, String, i64)> = sqlx::query_as(
            "SELECT p.name, p.time_zone, c.full_name, i.starts_at FROM interview_panel ip
             JOIN interviews i ON i.id = ip.interview_id JOIN people p ON p.id = ip.person_id
             JOIN applications a ON a.id = i.application_id JOIN candidates c ON c.id = a.candidate_id
             WHERE ip.person_id = ? AND ip.deleted_at IS NULL AND i.deleted_at IS NULL AND i.status = 'scheduled'
               AND i.starts_at < ? AND i.ends_at > ? AND i.id <> ? ORDER BY i.starts_at LIMIT 1",
        )
        .bind(person)
        .bind(end.timestamp_millis())
        .bind(start.timestamp_millis())
        .bind(exclude_interview.unwrap_or(""))
        .fetch_all(&mut *conn)
        .await?;
        for (name, zone, candidate, at) in interviews {
            out.push(Clash { person: name, what: format!("interviewing {candidate} from {}", clash_time(at, &zone)) });
        }
    }
    Ok(out)
}

/// Interviewer clashes plus the candidate's own other interviews at that time.
pub(crate) async fn clashes_in(
    conn: &mut SqliteConnection,
    candidate_id: &str,
    people: &[String],
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    exclude_interview: Option<&str>,
) -> Result<Vec<Clash>> {
    let mut out = conflicts_in(&mut *conn, people, start, end, exclude_interview).await?;
    let theirs: Vec<(String, String, String, i64)> = sqlx::query_as(
        "SELECT c.full_name, r.title, i.time_zone, i.starts_at FROM interviews i
         JOIN applications a ON a.id = i.application_id JOIN candidates c ON c.id = a.candidate_id
         JOIN roles r ON r.id = a.role_id
         WHERE a.candidate_id = ? AND a.deleted_at IS NULL AND i.deleted_at IS NULL AND i.status = 'scheduled'
           AND i.starts_at < ? AND i.ends_at > ? AND i.id <> ? ORDER BY i.starts_at LIMIT 1",
    )
    .bind(candidate_id)
    .bind(end.timestamp_millis())
    .bind(start.timestamp_millis())
    .bind(exclude_interview.unwrap_or(""))
    .fetch_all(&mut *conn)
    .await?;
    for (name, role, zone, at) in theirs {
        out.push(Clash {
            person: name,
            what: format!("already interviewing for {role} from {}", clash_time(at, &zone)),
        });
    }
    Ok(out)
}

pub(crate) fn conflict_message(clashes: &[Clash]) -> String {
    let list: Vec<String> = clashes.iter().map(|c| format!("{} is {}", c.person, c.what)).collect();
    format!("That time clashes: {}. Pick another time.", list.join("; "))
}

fn parse_local(s: &str) -> Option<chrono::NaiveDateTime> {
    ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"]
        .iter()
        .find_map(|f| chrono::NaiveDateTime::parse_from_str(s.trim(), f).ok())
}

/// Reads a wall-clock range in a zone, with field errors named `prefix_start`/`prefix_end`.
fn local_range(
    start: &str,
    end: &str,
    zone: &str,
) -> std::result::Result<(DateTime<Utc>, DateTime<Utc>), ValidationErrors> {
    let mut errors = ValidationErrors::default();
    let tz = parse_zone(zone);
    if tz.is_none() {
        errors.add("time_zone", "Use an IANA time zone such as Europe/Berlin or America/New_York.");
    }
    let (s, e) = (parse_local(start), parse_local(end));
    if s.is_none() {
        errors.add("local_start", "Enter the start date and time.");
    }
    if e.is_none() {
        errors.add("local_end", "Enter the end date and time.");
    }
    errors.into_result()?;
    let (Some(tz), Some(s), Some(e)) = (tz, s, e) else {
        return Err(ValidationErrors::single("local_start", "Enter the times."));
    };
    let s = resolve_local(s, tz).map_err(|m| ValidationErrors::single("local_start", m.to_string()))?;
    let e = resolve_local(e, tz).map_err(|m| ValidationErrors::single("local_end", m.to_string()))?;
    if e <= s {
        return Err(ValidationErrors::single("local_end", "The end must come after the start."));
    }
    if e - s > Duration::days(14) {
        return Err(ValidationErrors::single("local_end", "A block lasts at most two weeks."));
    }
    Ok((s, e))
}

type BlockRow = (String, String, i64, i64, String, String);

fn block(row: BlockRow) -> Result<BusyBlock> {
    let (id, person_id, starts_at, ends_at, title, source) = row;
    Ok(BusyBlock { id, person_id, starts_at: from_ms(starts_at)?, ends_at: from_ms(ends_at)?, title, source })
}

impl Store {
    pub async fn availability(&self, person_id: &str) -> Result<Availability> {
        let row: Option<(String, Option<i64>, String)> = sqlx::query_as(
            "SELECT working_hours, weekly_cap, trained_for FROM people WHERE id = ? AND deleted_at IS NULL",
        )
        .bind(person_id)
        .fetch_optional(&self.pool)
        .await?;
        let (hours, cap, trained) = row.ok_or(StoreError::NotFound { what: "The person" })?;
        let default = Availability::default();
        Ok(Availability {
            working_hours: if hours.is_empty() { default.working_hours } else { serde_json::from_str(&hours)? },
            weekly_cap: cap.map(|c| c as u32),
            trained_for: serde_json::from_str(&trained)?,
        })
    }

    pub async fn set_availability(&self, person_id: &str, availability: Availability) -> Result<Availability> {
        let availability = availability.normalized();
        availability.validate()?;
        let mut w = self.begin_write().await?;
        let stamps =
            w.restamp_live_row("people", person_id, "The person", &Availability::FIELDS, &Availability::FIELDS).await?;
        sqlx::query(
            "UPDATE people SET working_hours = ?, weekly_cap = ?, trained_for = ?, updated_at = ?, hlc = ?, field_hlc = ? WHERE id = ?",
        )
        .bind(serde_json::to_string(&availability.working_hours)?)
        .bind(availability.weekly_cap.map(i64::from))
        .bind(serde_json::to_string(&availability.trained_for)?)
        .bind(w.now)
        .bind(w.hlc_text())
        .bind(stamps)
        .bind(person_id)
        .execute(w.conn())
        .await?;
        w.record(Mutation {
            name: "person.set_availability",
            entity: "person",
            entity_id: person_id,
            args: json!(availability),
            changed_fields: Availability::FIELDS.to_vec(),
        })
        .await?;
        w.commit().await?;
        self.availability(person_id).await
    }

    /// A person's busy blocks that end after `from`, earliest first.
    pub async fn busy_blocks(&self, person_id: &str, from: DateTime<Utc>) -> Result<Vec<BusyBlock>> {
        let rows: Vec<BlockRow> = sqlx::query_as(
            "SELECT id, person_id, starts_at, ends_at, title, source FROM busy_blocks
             WHERE person_id = ? AND deleted_at IS NULL AND ends_at > ? ORDER BY starts_at",
        )
        .bind(person_id)
        .bind(from.timestamp_millis())
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter().map(block).collect()
    }

    pub async fn add_busy_block(&self, input: BusyInput) -> Result<BusyBlock> {
        self.person(&input.person_id).await?;
        let (start, end) = local_range(&input.local_start, &input.local_end, &input.time_zone)?;
        let title = input.title.trim().chars().take(200).collect::<String>();
        let id = shortlist_core::new_id();
        let mut w = self.begin_write().await?;
        insert_block(&mut w, &id, &input.person_id, start, end, &title, "manual").await?;
        w.record(Mutation {
            name: "busy_block.create",
            entity: "busy_block",
            entity_id: &id,
            args: json!({ "person_id": input.person_id, "starts_at": start, "ends_at": end, "title": title, "source": "manual" }),
            changed_fields: vec!["person_id", "starts_at", "ends_at", "title", "source"],
        })
        .await?;
        w.commit().await?;
        let row: BlockRow =
            sqlx::query_as("SELECT id, person_id, starts_at, ends_at, title, source FROM busy_blocks WHERE id = ?")
                .bind(&id)
                .fetch_one(&self.pool)
                .await?;
        block(row)
    }

    pub async fn delete_busy_block(&self, id: &str) -> Result<()> {
        let mut w = self.begin_write().await?;
        w.tombstone("busy_blocks", id, "The busy block", "busy_block.delete", "busy_block").await?;
        w.commit().await
    }

    /// Reads busy time from a calendar export (.ics) for the next six months, recurring events
    /// expanded; importing the same file again replaces its blocks. One transaction: a bad file
    /// changes nothing.
    pub async fn import_calendar(
        &self,
        person_id: &str,
        file_name: &str,
        text: &str,
        now: DateTime<Utc>,
    ) -> Result<CalendarImport> {
        let person = self.person(person_id).await?;
        let zone = parse_zone(&person.time_zone).unwrap_or(chrono_tz::UTC);
        let from = now - Duration::days(1);
        let to = now + Duration::days(183);
        let blocks = shortlist_core::ics_busy::busy_blocks(text, from, to, zone)
            .map_err(|e| StoreError::from(ValidationErrors::single("file", e.0)))?;
        let source = file_name.trim().chars().take(200).collect::<String>();
        let source = if source.is_empty() || source == "manual" { "calendar.ics".to_string() } else { source };
        let mut w = self.begin_write().await?;
        let replaced = sqlx::query(
            "UPDATE busy_blocks SET deleted_at = ?, updated_at = ?, hlc = ? WHERE person_id = ? AND source = ? AND deleted_at IS NULL",
        )
        .bind(w.now)
        .bind(w.now)
        .bind(w.hlc_text())
        .bind(person_id)
        .bind(&source)
        .execute(w.conn())
        .await?
        .rows_affected();
        for (start, end) in &blocks {
            let id = shortlist_core::new_id();
            insert_block(&mut w, &id, person_id, *start, *end, "Busy", &source).await?;
        }
        w.record(Mutation {
            name: "busy_block.import",
            entity: "person",
            entity_id: person_id,
            args: json!({ "source": source, "blocks": blocks, "replaced": replaced }),
            changed_fields: vec![],
        })
        .await?;
        w.commit().await?;
        Ok(CalendarImport { file_name: source, blocks: blocks.len() as u32, replaced: replaced as u32 })
    }

    pub async fn candidate_windows(&self, application_id: &str) -> Result<Vec<CandidateWindow>> {
        let rows: Vec<(String, String, i64, i64, String)> = sqlx::query_as(
            "SELECT id, application_id, starts_at, ends_at, time_zone FROM candidate_windows
             WHERE application_id = ? AND deleted_at IS NULL ORDER BY starts_at",
        )
        .bind(application_id)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|(id, application_id, s, e, time_zone)| {
                Ok(CandidateWindow { id, application_id, starts_at: from_ms(s)?, ends_at: from_ms(e)?, time_zone })
            })
            .collect()
    }

    pub async fn add_candidate_window(&self, input: WindowInput) -> Result<CandidateWindow> {
        self.application(&input.application_id).await?;
        let (start, end) = local_range(&input.local_start, &input.local_end, &input.time_zone)?;
        let id = shortlist_core::new_id();
        let mut w = self.begin_write().await?;
        sqlx::query(
            "INSERT INTO candidate_windows (id, application_id, starts_at, ends_at, time_zone, created_at, updated_at, hlc)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&id)
        .bind(&input.application_id)
        .bind(start.timestamp_millis())
        .bind(end.timestamp_millis())
        .bind(input.time_zone.trim())
        .bind(w.now)
        .bind(w.now)
        .bind(w.hlc_text())
        .execute(w.conn())
        .await?;
        w.record(Mutation {
            name: "candidate_window.create",
            entity: "candidate_window",
            entity_id: &id,
            args: json!({ "application_id": input.application_id, "starts_at": start, "ends_at": end, "time_zone": input.time_zone.trim() }),
            changed_fields: vec!["application_id", "starts_at", "ends_at", "time_zone"],
        })
        .await?;
        w.commit().await?;
        Ok(CandidateWindow {
            id,
            application_id: input.application_id,
            starts_at: start,
            ends_at: end,
            time_zone: input.time_zone.trim().to_string(),
        })
    }

    pub async fn delete_candidate_window(&self, id: &str) -> Result<()> {
        let mut w = self.begin_write().await?;
        w.tombstone("candidate_windows", id, "The window", "candidate_window.delete", "candidate_window").await?;
        w.commit().await
    }

    /// An interviewer as the slot finder sees them: hours, zone, cap, busy time (blocks and
    /// scheduled interviews) and interviews already booked.
    async fn interviewer(
        &self,
        person_id: &str,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<(Interviewer, Availability)> {
        let person = self.person(person_id).await?;
        let availability = self.availability(person_id).await?;
        let zone = parse_zone(&person.time_zone).unwrap_or(chrono_tz::UTC);
        let margin = Duration::days(8);
        let (lo, hi) = ((from - margin).timestamp_millis(), (to + margin).timestamp_millis());
        let blocks: Vec<(i64, i64)> = sqlx::query_as(
            "SELECT starts_at, ends_at FROM busy_blocks WHERE person_id = ? AND deleted_at IS NULL AND ends_at > ? AND starts_at < ?",
        )
        .bind(person_id)
        .bind(lo)
        .bind(hi)
        .fetch_all(&self.pool)
        .await?;
        let interviews: Vec<(i64, i64)> = sqlx::query_as(
            "SELECT i.starts_at, i.ends_at FROM interview_panel ip JOIN interviews i ON i.id = ip.interview_id
             WHERE ip.person_id = ? AND ip.deleted_at IS NULL AND i.deleted_at IS NULL AND i.status = 'scheduled'
               AND i.ends_at > ? AND i.starts_at < ?",
        )
        .bind(person_id)
        .bind(lo)
        .bind(hi)
        .fetch_all(&self.pool)
        .await?;
        let mut busy = Vec::with_capacity(blocks.len() + interviews.len());
        for (s, e) in blocks.iter().chain(&interviews) {
            busy.push((from_ms(*s)?, from_ms(*e)?));
        }
        let booked = interviews.iter().map(|(s, _)| from_ms(*s)).collect::<Result<Vec<_>>>()?;
        let interviewer = Interviewer {
            id: person.id,
            name: person.name,
            zone,
            hours: availability.working_hours.clone(),
            busy,
            weekly_cap: availability.weekly_cap,
            booked,
        };
        Ok((interviewer, availability))
    }

    /// The zone of an application's candidate and where it comes from: `chosen` while
    /// scheduling, else their profile's, else their location's; unknown rather than guessed.
    pub async fn candidate_zone(&self, application_id: &str, chosen: Option<&str>) -> Result<CandidateZone> {
        let view = self.application(application_id).await?;
        let candidate = self.candidate(&view.application.candidate_id).await?;
        Ok(CandidateZone::resolve(chosen, &candidate.time_zone, &candidate.location)?)
    }

    /// Ranked ways to hold a loop (one step or several) for an application, or what blocks it.
    pub async fn suggest_loop(&self, query: LoopQuery) -> Result<LoopSuggestions> {
        let view = self.application(&query.application_id).await?;
        let role = self.role(&view.application.role_id).await?;
        let candidate_zone = self.candidate_zone(&query.application_id, query.candidate_zone.as_deref()).await?;
        let zone = candidate_zone.require(&view.candidate_name)?;
        // Unless the dialog says otherwise, the candidate works the default 09:00–17:00.
        let hours = query.candidate_hours.or_else(|| Availability::default().working_hours.span());
        let hours = hours.filter(|(start, end)| start < end).ok_or_else(|| {
            StoreError::from(ValidationErrors::single(
                "candidate_hours",
                "The candidate's working day must end after it starts.",
            ))
        })?;
        if query.days == 0 || query.days > 42 {
            return Err(ValidationErrors::single("days", "Look between 1 and 42 days ahead.").into());
        }
        if query.steps.is_empty() {
            return Err(ValidationErrors::single("steps", "Choose at least one step of the interview plan.").into());
        }
        let from =
            shortlist_core::zone::resolve_local_lenient(query.from_date.and_time(NaiveTime::MIN), zone).max(self.now());
        let to = shortlist_core::zone::resolve_local_lenient(
            (query.from_date + Duration::days(i64::from(query.days))).and_time(NaiveTime::MIN),
            zone,
        );
        let mut steps = Vec::new();
        let mut people: HashMap<String, (Interviewer, Availability)> = HashMap::new();
        for (i, sp) in query.steps.iter().enumerate() {
            let step = role.plan.steps.iter().find(|s| s.id == sp.step_id).ok_or_else(|| {
                StoreError::from(ValidationErrors::single(
                    format!("steps.{i}"),
                    "That step is no longer in the role's interview plan.",
                ))
            })?;
            if sp.interviewer_ids.is_empty() {
                return Err(ValidationErrors::single(
                    format!("steps.{i}"),
                    format!("{}: add at least one interviewer.", step.name),
                )
                .into());
            }
            let mut panel = Vec::new();
            for id in &sp.interviewer_ids {
                if !people.contains_key(id) {
                    people.insert(id.clone(), self.interviewer(id, from, to).await?);
                }
                let (interviewer, availability) = &people[id];
                if !availability.trained(step.kind) {
                    return Err(ValidationErrors::single(
                        format!("steps.{i}"),
                        format!(
                            "{} is not trained for {} interviews; pick someone who is (People → availability).",
                            interviewer.name, step.name
                        ),
                    )
                    .into());
                }
                panel.push(interviewer.clone());
            }
            steps.push(LoopStep {
                name: step.name.clone(),
                duration: Duration::minutes(i64::from(step.duration_minutes)),
                panel,
            });
        }
        let windows: Vec<(DateTime<Utc>, DateTime<Utc>)> = self
            .candidate_windows(&query.application_id)
            .await?
            .iter()
            .filter(|w| w.starts_at < to && w.ends_at > from)
            .map(|w| (w.starts_at, w.ends_at))
            .collect();
        let used_candidate_windows = !windows.is_empty();
        let (candidate, candidate_hours, candidate_note) = if used_candidate_windows {
            let n = windows.len();
            let note = format!(
                "Inside the {} {} gave, in {} ({}).",
                if n == 1 { "window".to_string() } else { format!("{n} windows") },
                view.candidate_name,
                zone.name(),
                candidate_zone.source_phrase()
            );
            (CandidateTimes::Windows(windows), None, note)
        } else {
            let note = format!(
                "No windows entered: using {}'s working hours {}–{}, Monday–Friday, {} ({}).",
                view.candidate_name,
                hours.0.format("%H:%M"),
                hours.1.format("%H:%M"),
                zone.name(),
                candidate_zone.source_phrase()
            );
            (CandidateTimes::Hours(WorkingHours::weekdays(hours.0, hours.1)), Some(hours), note)
        };
        let request = LoopRequest {
            from,
            to,
            buffer: Duration::minutes(i64::from(query.buffer_minutes.min(240))),
            step: Duration::minutes(15),
            gap: Duration::minutes(i64::from(query.gap_minutes.min(240))),
            steps,
            candidate,
            candidate_zone: zone,
            mode: query.mode,
            ranking: query.ranking,
            limit: 12,
        };
        let options = find_loop(&request).map_err(|b| StoreError::from(ValidationErrors::single("slots", b.0)))?;
        Ok(LoopSuggestions {
            candidate_zone: zone.name().to_string(),
            zone_source: candidate_zone.source,
            used_candidate_windows,
            candidate_hours,
            candidate_note,
            options,
        })
    }

    /// Schedules a whole loop in one transaction; any clash with a busy block or another
    /// interview refuses all of it, naming who and what.
    pub async fn schedule_loop(
        &self,
        application_id: &str,
        time_zone: &str,
        planned: Vec<PlannedInterview>,
    ) -> Result<Vec<Interview>> {
        let view = self.application(application_id).await?;
        let role = self.role(&view.application.role_id).await?;
        let zone = parse_zone(time_zone).ok_or_else(|| {
            StoreError::from(ValidationErrors::single("time_zone", "Use an IANA time zone such as Europe/Berlin."))
        })?;
        if planned.is_empty() {
            return Err(ValidationErrors::single("interviews", "Choose a suggestion first.").into());
        }
        let mut inputs = Vec::new();
        for p in &planned {
            let step = role.plan.steps.iter().find(|s| s.id == p.step_id).ok_or_else(|| {
                StoreError::from(ValidationErrors::single(
                    "step_id",
                    "That step is no longer in the role's interview plan.",
                ))
            })?;
            let input = InterviewInput {
                application_id: application_id.to_string(),
                step_id: p.step_id.clone(),
                local_start: p.starts_at.with_timezone(&zone).format("%Y-%m-%dT%H:%M").to_string(),
                time_zone: time_zone.to_string(),
                duration_minutes: step.duration_minutes,
                interviewer_ids: p.interviewer_ids.clone(),
            }
            .normalized();
            input.validate()?;
            self.check_interview(&input).await?;
            // The chosen instant itself, not its wall-clock text: in the hour a clock repeats,
            // the text would name the other occurrence.
            let times = shortlist_core::interview::InterviewTimes {
                starts_at: p.starts_at,
                ends_at: p.starts_at + Duration::minutes(i64::from(step.duration_minutes)),
            };
            inputs.push((input, times));
        }
        for (i, (a, ta)) in inputs.iter().enumerate() {
            for (b, tb) in &inputs[i + 1..] {
                if ta.starts_at < tb.ends_at && tb.starts_at < ta.ends_at {
                    return Err(ValidationErrors::single(
                        "interviews",
                        format!(
                            "Two steps of the loop overlap ({} and {}): the candidate cannot be in both.",
                            a.step_id, b.step_id
                        ),
                    )
                    .into());
                }
            }
        }
        let mut w = self.begin_write().await?;
        let mut clashes = Vec::new();
        for (input, times) in &inputs {
            clashes.extend(
                clashes_in(
                    w.conn(),
                    &view.application.candidate_id,
                    &input.interviewer_ids,
                    times.starts_at,
                    times.ends_at,
                    None,
                )
                .await?,
            );
        }
        if !clashes.is_empty() {
            return Err(StoreError::Conflict(conflict_message(&clashes)));
        }
        let mut ids = Vec::new();
        for (input, times) in &inputs {
            ids.push(crate::interviews::insert_interview_in(&mut w, input, times).await?);
        }
        w.commit().await?;
        let mut out = Vec::new();
        for id in ids {
            out.push(self.interview(&id).await?);
        }
        Ok(out)
    }

    /// Moves an interview (and may change its panel): SEQUENCE goes up so calendars update the
    /// event; a clash refuses it.
    pub async fn reschedule_interview(&self, id: &str, input: InterviewInput) -> Result<Interview> {
        let current = self.interview(id).await?;
        let input = InterviewInput { application_id: current.application_id.clone(), ..input }.normalized();
        let times = input.validate()?;
        let candidate_id = self.check_interview(&input).await?;
        let mut w = self.begin_write().await?;
        let clashes =
            clashes_in(w.conn(), &candidate_id, &input.interviewer_ids, times.starts_at, times.ends_at, Some(id))
                .await?;
        if !clashes.is_empty() {
            return Err(StoreError::Conflict(conflict_message(&clashes)));
        }
        let changed = ["step_id", "starts_at", "ends_at", "time_zone", "status", "panel"];
        let stamps = w.restamp_live_row("interviews", id, "The interview", &changed, &changed).await?;
        sqlx::query(
            "UPDATE interviews SET step_id = ?, starts_at = ?, ends_at = ?, time_zone = ?, status = 'scheduled',
                 sequence = sequence + 1, updated_at = ?, hlc = ?, field_hlc = ? WHERE id = ?",
        )
        .bind(&input.step_id)
        .bind(times.starts_at.timestamp_millis())
        .bind(times.ends_at.timestamp_millis())
        .bind(&input.time_zone)
        .bind(w.now)
        .bind(w.hlc_text())
        .bind(stamps)
        .bind(id)
        .execute(w.conn())
        .await?;
        let seated: Vec<String> = current.panel.iter().map(|p| p.person_id.clone()).collect();
        for gone in seated.iter().filter(|p| !input.interviewer_ids.contains(p)) {
            sqlx::query(
                "UPDATE interview_panel SET deleted_at = ?, updated_at = ?, hlc = ? WHERE interview_id = ? AND person_id = ? AND deleted_at IS NULL",
            )
            .bind(w.now)
            .bind(w.now)
            .bind(w.hlc_text())
            .bind(id)
            .bind(gone)
            .execute(w.conn())
            .await?;
        }
        for new in input.interviewer_ids.iter().filter(|p| !seated.contains(p)) {
            sqlx::query(
                "INSERT INTO interview_panel (id, interview_id, person_id, created_at, updated_at, hlc) VALUES (?, ?, ?, ?, ?, ?)",
            )
            .bind(shortlist_core::new_id())
            .bind(id)
            .bind(new)
            .bind(w.now)
            .bind(w.now)
            .bind(w.hlc_text())
            .execute(w.conn())
            .await?;
        }
        w.record(Mutation {
            name: "interview.reschedule",
            entity: "interview",
            entity_id: id,
            args: json!(input),
            changed_fields: changed.to_vec(),
        })
        .await?;
        w.commit().await?;
        self.interview(id).await
    }

    /// The iCalendar file of an interview for its panel or for the candidate (a cancelled
    /// interview gives METHOD:CANCEL). UIDs are stable per interview and audience.
    pub async fn interview_invite(&self, id: &str, audience: InviteAudience) -> Result<(String, String)> {
        let interview = self.interview(id).await?;
        let view = self.application(&interview.application_id).await?;
        let candidate = self.candidate(&view.application.candidate_id).await?;
        let zone = parse_zone(&interview.time_zone).unwrap_or(chrono_tz::UTC);
        let organizer = match self.actor().id {
            Some(me) => {
                let p = self.person(&me).await?;
                ics::Person { name: p.name, email: p.email }
            }
            None => ics::Person { name: self.actor().name, email: String::new() },
        };
        let mut people = Vec::new();
        for seat in &interview.panel {
            let p = self.person(&seat.person_id).await?;
            people.push(ics::Person { name: p.name, email: p.email });
        }
        let candidate_person = ics::Person {
            name: candidate.full_name.clone(),
            email: candidate.emails.first().cloned().unwrap_or_default(),
        };
        let names: Vec<String> = people.iter().map(|p| p.name.clone()).collect();
        let (suffix, summary, description, attendees) = match audience {
            InviteAudience::Panel => (
                "panel",
                format!("Interview: {} — {} ({})", candidate.full_name, interview.step_name, view.role_title),
                format!(
                    "{} for {}. Panel: {}. Open Shortlist for the interview kit; scorecards are due after the interview.",
                    interview.step_name,
                    view.role_title,
                    names.join(", ")
                ),
                people,
            ),
            InviteAudience::Candidate => (
                "candidate",
                format!("Interview: {} — {}", view.role_title, interview.step_name),
                format!("{} for the {} role with {}.", interview.step_name, view.role_title, names.join(", ")),
                vec![candidate_person],
            ),
        };
        let invite = ics::Invite {
            uid: format!("{id}-{suffix}@shortlist"),
            sequence: interview.sequence,
            method: if interview.status == InterviewStatus::Cancelled {
                ics::Method::Cancel
            } else {
                ics::Method::Request
            },
            summary,
            description,
            start: interview.starts_at,
            end: interview.ends_at,
            zone,
            organizer,
            attendees,
            stamp: self.now(),
        };
        let stem: String = format!("{} {} {}", candidate.full_name, interview.step_name, suffix)
            .chars()
            .map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
            .collect();
        let stem = stem.split('-').filter(|p| !p.is_empty()).collect::<Vec<_>>().join("-");
        Ok((format!("{stem}.ics"), ics::render(&invite)))
    }

    /// The message for the candidate listing these interviews in their zone.
    pub async fn candidate_message(&self, application_id: &str, interview_ids: &[String]) -> Result<CandidateMessage> {
        let view = self.application(application_id).await?;
        let candidate = self.candidate(&view.application.candidate_id).await?;
        let theirs = CandidateZone::resolve(None, &candidate.time_zone, &candidate.location)?;
        let mut items = Vec::new();
        // Their zone when known; else the zone the interviews were booked in (the message
        // names it), never a guess at theirs.
        let mut zone = theirs.zone.as_deref().and_then(parse_zone);
        for id in interview_ids {
            let i = self.interview(id).await?;
            if i.application_id != application_id || i.status == InterviewStatus::Cancelled {
                continue;
            }
            zone = zone.or_else(|| parse_zone(&i.time_zone));
            items.push(MessageInterview {
                step_name: i.step_name.clone(),
                start: i.starts_at,
                end: i.ends_at,
                interviewers: i.panel.iter().map(|p| p.name.clone()).collect(),
            });
        }
        if items.is_empty() {
            return Err(ValidationErrors::single(
                "interviews",
                "There is no scheduled interview to tell the candidate about.",
            )
            .into());
        }
        items.sort_by_key(|i| i.start);
        let sender = self.actor().name;
        Ok(candidate_message(
            candidate.emails.first().map_or("", String::as_str),
            &candidate.full_name,
            &view.role_title,
            &sender,
            zone.unwrap_or(chrono_tz::UTC),
            &items,
        ))
    }
}

async fn insert_block(
    w: &mut crate::write::Write,
    id: &str,
    person_id: &str,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    title: &str,
    source: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO busy_blocks (id, person_id, starts_at, ends_at, title, source, created_at, updated_at, hlc)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(id)
    .bind(person_id)
    .bind(start.timestamp_millis())
    .bind(end.timestamp_millis())
    .bind(title)
    .bind(source)
    .bind(w.now)
    .bind(w.now)
    .bind(w.hlc_text())
    .execute(w.conn())
    .await?;
    Ok(())
}
