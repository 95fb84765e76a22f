//! The pipeline board of a role, and stalled cards across roles: one read per board that
//! gathers each card's facts (current job, match, open risk flags, next interview, feedback,
//! SLA) so the screen never asks per card.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde_json::json;
use shortlist_core::board::{sla_due, sort_cards, FeedbackSummary, NextInterview};
use shortlist_core::{
    Board, BoardCard, FeedbackState, InterviewPlan, RoleIntake, ScreenChoice, ScreenPath, Stage, StalledCard,
};
use shortlist_parse::dates::Month;
use shortlist_parse::CandidateProfile;
use sqlx::FromRow;

use crate::applications::APPLICATION_FIELDS;
use crate::error::{Result, StoreError};
use crate::time::{format_date, from_ms, parse_date};
use crate::write::Mutation;
use crate::Store;

/// One card's row. It arrives as one JSON array per row: sqlx decodes every column separately,
/// which cost a 5,000-card board ~50 ms; one text column per row costs a tenth of that.
#[derive(serde::Deserialize)]
struct CardRecord {
    application_id: String,
    candidate_id: String,
    role_id: String,
    name: String,
    stage: String,
    stage_entered_at: i64,
    screen_path: Option<String>,
    screen_due_on: Option<String>,
    stage_reason: Option<String>,
    headline: Option<String>,
    /// The profile's row stamp (None: no profile).
    profile_hlc: Option<String>,
    /// Cached facts and what they were computed from.
    basis: Option<String>,
    score: Option<i64>,
    risk_keys: Option<String>,
    current: Option<String>,
    /// Dismissed risk flag keys, joined by U+001F.
    dismissed: Option<String>,
}

const CARD_SELECT: &str = "SELECT json_array(a.id, a.candidate_id, a.role_id, c.full_name, a.stage,
        a.stage_entered_at, a.screen_path, a.screen_due_on,
        (SELECT e.reason FROM stage_events e WHERE e.application_id = a.id
            ORDER BY e.occurred_at DESC, e.id DESC LIMIT 1),
        p.headline, p.hlc, f.basis, f.score, f.risk_keys, f.current,
        (SELECT group_concat(d.flag_key, char(31)) FROM risk_dismissals d
            WHERE d.candidate_id = a.candidate_id AND d.deleted_at IS NULL))
    FROM applications a
    JOIN candidates c ON c.id = a.candidate_id
    LEFT JOIN candidate_profiles p ON p.candidate_id = a.candidate_id
    LEFT JOIN card_facts f ON f.application_id = a.id";

/// One interview seat of a role's applications (scheduled interviews only).
#[derive(FromRow)]
struct SeatRecord {
    interview_id: String,
    application_id: String,
    role_id: String,
    step_id: String,
    starts_at: i64,
    ends_at: i64,
    time_zone: String,
    person_zone: Option<String>,
    card_status: Option<String>,
}

const SEAT_SELECT: &str =
    "SELECT i.id AS interview_id, i.application_id, a.role_id, i.step_id, i.starts_at, i.ends_at, i.time_zone,
        p.time_zone AS person_zone, s.status AS card_status
    FROM interviews i
    JOIN applications a ON a.id = i.application_id
    LEFT JOIN interview_panel ip ON ip.interview_id = i.id AND ip.deleted_at IS NULL
    LEFT JOIN people p ON p.id = ip.person_id
    LEFT JOIN scorecards s ON s.application_id = i.application_id AND s.step_id = i.step_id
        AND s.interviewer_id = ip.person_id AND s.deleted_at IS NULL
    WHERE i.deleted_at IS NULL AND i.status = 'scheduled' AND a.deleted_at IS NULL";

/// What the interviews say about each application: the next one and the feedback so far.
#[derive(Default)]
struct InterviewFacts {
    next: Option<NextInterview>,
    feedback: FeedbackSummary,
}

fn interview_facts(
    seats: Vec<SeatRecord>,
    plans: &HashMap<String, InterviewPlan>,
    now: DateTime<Utc>,
) -> Result<HashMap<String, InterviewFacts>> {
    let mut out: HashMap<String, InterviewFacts> = HashMap::new();
    for seat in seats {
        let Some(plan) = plans.get(&seat.role_id) else { continue };
        let starts_at = from_ms(seat.starts_at)?;
        let ended_at = from_ms(seat.ends_at)?;
        let facts = out.entry(seat.application_id.clone()).or_default();
        if starts_at > now && facts.next.as_ref().is_none_or(|n| starts_at < n.starts_at) {
            let step_name = plan.steps.iter().find(|s| s.id == seat.step_id).map_or("Interview", |s| s.name.as_str());
            facts.next = Some(NextInterview {
                interview_id: seat.interview_id.clone(),
                step_name: step_name.to_string(),
                starts_at,
            });
        }
        if ended_at <= now && seat.person_zone.is_some() {
            let zone =
                shortlist_core::feedback::deadline_zone(seat.person_zone.as_deref().unwrap_or(""), &seat.time_zone);
            let due_at = shortlist_core::feedback::feedback_due(ended_at, plan.feedback_hours, zone);
            let submitted = seat.card_status.as_deref() == Some("submitted");
            facts.feedback.expected += 1;
            match FeedbackState::of(now, ended_at, due_at, submitted) {
                FeedbackState::Submitted => facts.feedback.submitted += 1,
                FeedbackState::Overdue => facts.feedback.overdue += 1,
                _ => {}
            }
        }
    }
    Ok(out)
}

fn card_records(rows: Vec<String>) -> Result<Vec<CardRecord>> {
    rows.iter().map(|row| Ok(serde_json::from_str(row)?)).collect()
}

fn parse_stage(s: &str) -> Result<Stage> {
    Stage::parse(s).ok_or_else(|| StoreError::Corrupt(format!("unknown stage {s}")))
}

/// What a card shows from the profile: computed once per (profile, intake, month).
#[derive(Debug, Clone, Default)]
struct ProfileFacts {
    score: Option<u32>,
    risk_keys: Vec<String>,
    current: String,
}

const SEP: char = '\u{1f}';

/// Scores and risk-checks one profile against the intake (the costly part of a card).
fn profile_facts(profile: &CandidateProfile, intake: &RoleIntake, today: Month) -> ProfileFacts {
    let risk_keys = shortlist_parse::risks::check(profile, today).into_iter().map(|f| f.key).collect();
    let score = shortlist_parse::matching::score(intake, profile, today).score;
    let current = profile
        .positions
        .iter()
        .find(|p| p.current)
        .or(profile.positions.first())
        .map(|p| match (p.title.is_empty(), p.company.is_empty()) {
            (false, false) => format!("{} · {}", p.title, p.company),
            (false, true) => p.title.clone(),
            _ => p.company.clone(),
        })
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| profile.headline.clone());
    ProfileFacts { score: Some(score), risk_keys, current }
}

/// The cache key of a card's facts: they change with the profile, the intake and the month
/// (skills used recently count more).
fn basis(profile_hlc: &str, intake_hash: u64, today: Month) -> String {
    format!("{profile_hlc}|{intake_hash:x}|{}-{}", today.year, today.month)
}

fn intake_hash(intake: &RoleIntake) -> Result<u64> {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    serde_json::to_string(intake)?.hash(&mut h);
    Ok(h.finish())
}

/// Builds one card from its row and its profile facts.
fn card(
    r: CardRecord,
    plan: &InterviewPlan,
    facts: ProfileFacts,
    seen: Option<&InterviewFacts>,
    now: DateTime<Utc>,
    zone: Tz,
) -> Result<BoardCard> {
    let stage = parse_stage(&r.stage)?;
    let entered = from_ms(r.stage_entered_at)?;
    let sla_due_at = sla_due(&plan.stage_slas, stage, entered);
    let screen = match r.screen_path.as_deref().and_then(ScreenPath::parse) {
        Some(path) => Some(ScreenChoice { path, due_on: r.screen_due_on.as_deref().map(parse_date).transpose()? }),
        None => None,
    };
    let challenge_late = stage == Stage::TechnicalScreen
        && screen.as_ref().and_then(|s| s.due_on).is_some_and(|d| d < now.with_timezone(&zone).date_naive());
    let dismissed: Vec<&str> = r.dismissed.as_deref().map(|d| d.split(SEP).collect()).unwrap_or_default();
    let risks = facts.risk_keys.iter().filter(|k| !dismissed.contains(&k.as_str())).count() as u32;
    Ok(BoardCard {
        stalled: sla_due_at.is_some_and(|due| due < now) || challenge_late,
        application_id: r.application_id,
        candidate_id: r.candidate_id,
        name: r.name,
        current: if facts.current.is_empty() { r.headline.unwrap_or_default() } else { facts.current },
        stage,
        stage_entered_at: entered,
        stage_reason: r.stage_reason,
        score: facts.score,
        risks,
        next_interview: seen.and_then(|f| f.next.clone()),
        feedback: seen.map(|f| f.feedback).unwrap_or_default(),
        sla_due_at,
        screen,
    })
}

/// Runs `f` over `items` on all cores (scoring a fresh board of thousands of profiles).
fn parallel_map<T: Send, U: Send>(items: Vec<T>, f: impl Fn(T) -> Result<U> + Sync) -> Result<Vec<U>> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(8);
    if threads <= 1 || items.len() < 64 {
        return items.into_iter().map(f).collect();
    }
    let chunk = items.len().div_ceil(threads);
    let mut chunks: Vec<Vec<T>> = Vec::new();
    let mut items = items;
    while !items.is_empty() {
        let rest = items.split_off(chunk.min(items.len()));
        chunks.push(std::mem::replace(&mut items, rest));
    }
    std::thread::scope(|scope| {
        let f = &f;
        let handles: Vec<_> =
            chunks.into_iter().map(|c| scope.spawn(move || c.into_iter().map(f).collect::<Result<Vec<_>>>())).collect();
        let mut out = Vec::new();
        for h in handles {
            out.extend(h.join().map_err(|_| StoreError::Corrupt("a board worker panicked".into()))??);
        }
        Ok(out)
    })
}

type ProfileRow = (String, String, String, String, String, String, Option<f64>);

impl Store {
    /// Each card's profile facts: cached rows whose basis still holds, the rest computed (on all
    /// cores) and cached.
    async fn profile_facts(
        &self,
        records: &[CardRecord],
        intakes: &HashMap<String, (u64, RoleIntake)>,
        today: Month,
    ) -> Result<Vec<ProfileFacts>> {
        let mut out = Vec::with_capacity(records.len());
        let mut stale: Vec<(usize, String, String)> = Vec::new();
        for (i, r) in records.iter().enumerate() {
            let (Some(profile_hlc), Some((hash, _))) = (&r.profile_hlc, intakes.get(&r.role_id)) else {
                out.push(ProfileFacts::default());
                continue;
            };
            let want = basis(profile_hlc, *hash, today);
            if r.basis.as_deref() == Some(want.as_str()) {
                out.push(ProfileFacts {
                    score: r.score.map(|s| s as u32),
                    risk_keys: r
                        .risk_keys
                        .as_deref()
                        .unwrap_or("")
                        .split(SEP)
                        .filter(|k| !k.is_empty())
                        .map(str::to_string)
                        .collect(),
                    current: r.current.clone().unwrap_or_default(),
                });
            } else {
                out.push(ProfileFacts::default());
                stale.push((i, r.candidate_id.clone(), r.role_id.clone()));
            }
        }
        if stale.is_empty() {
            return Ok(out);
        }
        let mut work = Vec::with_capacity(stale.len());
        for batch in stale.chunks(500) {
            let marks = vec!["?"; batch.len()].join(",");
            let sql = format!(
                "SELECT candidate_id, hlc, headline, positions, skills, languages, years_experience
                 FROM candidate_profiles WHERE candidate_id IN ({marks})"
            );
            let mut q = sqlx::query_as::<_, ProfileRow>(&sql);
            for (_, candidate_id, _) in batch {
                q = q.bind(candidate_id);
            }
            let rows: HashMap<String, ProfileRow> =
                q.fetch_all(&self.pool).await?.into_iter().map(|row| (row.0.clone(), row)).collect();
            for (index, candidate_id, role_id) in batch {
                if let Some(row) = rows.get(candidate_id) {
                    work.push((*index, role_id.clone(), row.clone()));
                }
            }
        }
        let computed = parallel_map(work, |(index, role_id, row)| {
            let (_, hlc, headline, positions, skills, languages, years) = row;
            let (hash, intake) = intakes.get(&role_id).ok_or(StoreError::NotFound { what: "The role" })?;
            let profile = CandidateProfile {
                headline,
                positions: serde_json::from_str(&positions)?,
                education: vec![],
                skills: serde_json::from_str(&skills)?,
                languages: serde_json::from_str(&languages)?,
                years_experience: years,
                low_confidence: vec![],
            };
            Ok((index, basis(&hlc, *hash, today), profile_facts(&profile, intake, today)))
        })?;
        // A derived, local-only table: no outbox entry, but the writer lock keeps one writer.
        let mut w = self.begin_write().await?;
        for (index, basis, facts) in &computed {
            sqlx::query(
                "INSERT INTO card_facts (application_id, basis, score, risk_keys, current) VALUES (?, ?, ?, ?, ?)
                 ON CONFLICT (application_id) DO UPDATE SET basis = excluded.basis, score = excluded.score,
                     risk_keys = excluded.risk_keys, current = excluded.current",
            )
            .bind(&records[*index].application_id)
            .bind(basis)
            .bind(facts.score.map(i64::from))
            .bind(facts.risk_keys.join(&SEP.to_string()))
            .bind(&facts.current)
            .execute(w.conn())
            .await?;
        }
        w.commit().await?;
        for (index, _, facts) in computed {
            out[index] = facts;
        }
        Ok(out)
    }

    /// Turns card rows into cards: interview facts and profile facts gathered in batches.
    async fn build_cards(
        &self,
        records: Vec<CardRecord>,
        roles: &HashMap<String, (InterviewPlan, RoleIntake)>,
        role_seats: Option<Vec<SeatRecord>>,
        now: DateTime<Utc>,
    ) -> Result<Vec<BoardCard>> {
        // A whole role's seats come read already; a scattered set (stalled cards) by id.
        let whole_role = role_seats.is_some();
        let mut seats = role_seats.unwrap_or_default();
        for batch in records.chunks(500).filter(|_| !whole_role) {
            let marks = vec!["?"; batch.len()].join(",");
            let sql = format!("{SEAT_SELECT} AND a.id IN ({marks})");
            let mut q = sqlx::query_as::<_, SeatRecord>(&sql);
            for r in batch {
                q = q.bind(&r.application_id);
            }
            seats.extend(q.fetch_all(&self.pool).await?);
        }
        let plans: HashMap<String, InterviewPlan> = roles.iter().map(|(k, (p, _))| (k.clone(), p.clone())).collect();
        let interviews = interview_facts(seats, &plans, now)?;
        let mut intakes = HashMap::new();
        for (id, (_, intake)) in roles {
            intakes.insert(id.clone(), (intake_hash(intake)?, intake.clone()));
        }
        let zone = self.zone();
        let profiles = self.profile_facts(&records, &intakes, month_of(now.with_timezone(&zone).date_naive())).await?;
        records
            .into_iter()
            .zip(profiles)
            .map(|(r, facts)| {
                let plan = plans.get(&r.role_id).ok_or(StoreError::NotFound { what: "The role" })?;
                let seen = interviews.get(&r.application_id);
                card(r, plan, facts, seen, now, zone)
            })
            .collect()
    }

    /// A role's board: every live application as a card, in stage order.
    pub async fn board(&self, role_id: &str, now: DateTime<Utc>) -> Result<Board> {
        // Three independent reads on three pooled connections at once.
        let card_sql = format!("{CARD_SELECT} WHERE a.role_id = ? AND a.deleted_at IS NULL AND c.deleted_at IS NULL");
        let seat_sql = format!("{SEAT_SELECT} AND a.role_id = ?");
        let (role, rows, seats) = tokio::try_join!(
            self.role(role_id),
            async { Ok(sqlx::query_scalar::<_, String>(&card_sql).bind(role_id).fetch_all(&self.pool).await?) },
            async { Ok(sqlx::query_as::<_, SeatRecord>(&seat_sql).bind(role_id).fetch_all(&self.pool).await?) },
        )?;
        let records = card_records(rows)?;
        let roles = HashMap::from([(role.id.clone(), (role.plan.clone(), role.intake.clone()))]);
        let mut cards = self.build_cards(records, &roles, Some(seats), now).await?;
        sort_cards(&mut cards);
        Ok(Board { role_id: role.id, role_title: role.title, slas: role.plan.stage_slas, cards })
    }

    /// Every stalled card of roles that are not closed, longest overdue first.
    pub async fn stalled(&self, now: DateTime<Utc>) -> Result<Vec<StalledCard>> {
        let role_rows: Vec<(String, String, String, String)> =
            sqlx::query_as("SELECT id, title, plan, intake FROM roles WHERE deleted_at IS NULL AND status <> 'closed'")
                .fetch_all(&self.pool)
                .await?;
        let mut roles = HashMap::new();
        let mut titles = HashMap::new();
        for (id, title, plan, intake) in role_rows {
            let intake: RoleIntake = serde_json::from_str(&intake)?;
            roles.insert(id.clone(), (crate::roles::stored_plan(&plan)?, intake));
            titles.insert(id, title);
        }
        let zone = self.zone();
        // Only cards past their SLA (or with a late challenge) are built in full.
        let records: Vec<CardRecord> = card_records(
            sqlx::query_scalar(&format!(
                "{CARD_SELECT} JOIN roles r ON r.id = a.role_id
                 WHERE a.deleted_at IS NULL AND c.deleted_at IS NULL AND r.deleted_at IS NULL AND r.status <> 'closed'
                   AND a.stage NOT IN ('hired', 'rejected', 'withdrawn')"
            ))
            .fetch_all(&self.pool)
            .await?,
        )?
        .into_iter()
        .filter(|r| {
            let Some((plan, _)) = roles.get(&r.role_id) else { return false };
            let today = now.with_timezone(&zone).date_naive();
            let (Ok(stage), Ok(entered)) = (parse_stage(&r.stage), from_ms(r.stage_entered_at)) else { return true };
            let late_sla = sla_due(&plan.stage_slas, stage, entered).is_some_and(|d| d < now);
            let late_challenge = stage == Stage::TechnicalScreen
                && r.screen_due_on.as_deref().and_then(|d| parse_date(d).ok()).is_some_and(|d| d < today);
            late_sla || late_challenge
        })
        .collect();
        let role_of: HashMap<String, String> =
            records.iter().map(|r| (r.application_id.clone(), r.role_id.clone())).collect();
        let cards = self.build_cards(records, &roles, None, now).await?;
        let mut out: Vec<StalledCard> = cards
            .into_iter()
            .map(|card| {
                let role_id = role_of.get(&card.application_id).cloned().unwrap_or_default();
                StalledCard { role_title: titles.get(&role_id).cloned().unwrap_or_default(), role_id, card }
            })
            .collect();
        out.sort_by(|a, b| a.card.sla_due_at.cmp(&b.card.sla_due_at).then_with(|| a.card.name.cmp(&b.card.name)));
        Ok(out)
    }

    /// Records (or clears) the technical screen path the candidate chose.
    pub async fn set_screen_choice(&self, application_id: &str, choice: Option<ScreenChoice>) -> Result<()> {
        if let Some(c) = &choice {
            c.validate(self.today())?;
        }
        let mut w = self.begin_write().await?;
        let (stamps, row_hlc): (String, String) =
            sqlx::query_as("SELECT field_hlc, hlc FROM applications WHERE id = ? AND deleted_at IS NULL")
                .bind(application_id)
                .fetch_optional(w.conn())
                .await?
                .ok_or(StoreError::NotFound { what: "The application" })?;
        let changed = ["screen_path", "screen_due_on"];
        let stamps = w.restamp(&stamps, &row_hlc, &APPLICATION_FIELDS, &changed)?;
        let path = choice.as_ref().map(|c| c.path.as_str());
        let due = choice.as_ref().and_then(|c| c.due_on).map(format_date);
        sqlx::query(
            "UPDATE applications SET screen_path = ?, screen_due_on = ?, updated_at = ?, hlc = ?, field_hlc = ? WHERE id = ?",
        )
        .bind(path)
        .bind(&due)
        .bind(w.now)
        .bind(w.hlc_text())
        .bind(stamps)
        .bind(application_id)
        .execute(w.conn())
        .await?;
        w.record(Mutation {
            name: "application.set_screen_path",
            entity: "application",
            entity_id: application_id,
            args: json!({ "screen_path": path, "screen_due_on": due }),
            changed_fields: changed.to_vec(),
        })
        .await?;
        w.commit().await
    }
}

/// The month a date falls in ("present" in a resume, recency in matching).
pub(crate) fn month_of(date: chrono::NaiveDate) -> Month {
    use chrono::Datelike;
    Month::new(date.year().clamp(1950, 2100), date.month()).unwrap_or(Month { year: 2100, month: 12 })
}
