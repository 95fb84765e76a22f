//! Deterministic demo and benchmark data: realistic roles, candidates and pipelines with history.
//! The same seed always yields the same people, roles and stage paths; dates are placed relative
//! to the moment of loading so that "days in stage" looks like a live pipeline.

mod imported;
mod intake;
mod names;
mod resume_skills;
mod resume_words;
mod resumes;
mod team;

use serde_json::json;
use shortlist_core::text::fold;
use shortlist_core::{CandidateInput, Link, LinkKind, RoleInput, RoleStatus, Stage};
use sqlx::{QueryBuilder, Sqlite, SqliteConnection};

use crate::applications::APPLICATION_FIELDS;
use crate::candidates::{adjust_candidate_count, name_tokens};
use crate::error::{Result, StoreError};
use crate::time::format_date;
use crate::Store;

/// A complete, realistic intake (the demo's first role's), e.g. to open a role in tests.
pub fn ready_intake() -> shortlist_core::RoleIntake {
    intake::plan_intake(&mut Rng::new(DemoSpec::DEMO.seed), "Senior Go Engineer", "Owns a service end to end", false)
}

/// How much to generate.
#[derive(Debug, Clone, Copy)]
pub struct DemoSpec {
    pub roles: usize,
    pub candidates: usize,
    pub seed: u64,
    /// A resume and a parsed profile per candidate (the in-app demo; benchmarks stay fast
    /// without them).
    pub resumes: bool,
}

impl DemoSpec {
    /// The in-app demo: about 20 roles and 2,000 candidates.
    pub const DEMO: DemoSpec = DemoSpec { roles: 20, candidates: 2_000, seed: 0x5eed_2026, resumes: true };

    /// Benchmark scale: one role per 2,000 candidates (at least 20).
    pub fn for_candidates(candidates: usize) -> DemoSpec {
        DemoSpec { roles: (candidates / 2_000).max(20), candidates, seed: DemoSpec::DEMO.seed, resumes: false }
    }
}

/// What was written, for progress and reports.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct DemoReport {
    pub roles: usize,
    pub candidates: usize,
    pub applications: usize,
    pub stage_events: usize,
    pub interviews: usize,
    pub resumes: usize,
    /// Time spent inserting candidates (with their lookups and outbox entries), in seconds.
    pub candidate_insert_secs: f64,
}

/// A small, fast, deterministic generator (SplitMix64); good enough for test data.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }
}

const DAY_MS: i64 = 86_400_000;
/// Rows per multi-row INSERT: large batches amortise the driver's per-statement cost (measured
/// best around 1,000), and 1,000 rows × 15 columns stays under SQLite's 32,766-parameter limit.
const BATCH: usize = 1000;

struct PlannedCandidate {
    id: String,
    input: CandidateInput,
    name_key: String,
    created_at: i64,
    last_activity_at: i64,
}

struct PlannedApplication {
    id: String,
    candidate: usize,
    role: usize,
    /// (from, to, when, reason) in order; the last entry is the current stage.
    events: Vec<(Option<Stage>, Stage, i64, Option<&'static str>)>,
}

impl Store {
    /// Loads the in-app demo dataset once; a second call says it is already there.
    pub async fn load_demo_data(&self) -> Result<DemoReport> {
        self.generate_with(DemoSpec::DEMO, &mut |_| {}, true).await
    }

    /// Generates `spec` in one transaction: either everything is written or nothing is.
    /// `progress` receives the number of candidates written so far.
    pub async fn generate(&self, spec: DemoSpec, progress: &mut (dyn FnMut(usize) + Send)) -> Result<DemoReport> {
        self.generate_with(spec, progress, false).await
    }

    async fn generate_with(
        &self,
        spec: DemoSpec,
        progress: &mut (dyn FnMut(usize) + Send),
        only_once: bool,
    ) -> Result<DemoReport> {
        let mut rng = Rng::new(spec.seed);
        let now = self.now_ms();
        let roles: Vec<(String, RoleInput, i64)> = (0..spec.roles).map(|i| plan_role(&mut rng, i, now)).collect();
        let candidates: Vec<PlannedCandidate> =
            (0..spec.candidates).map(|i| plan_candidate(&mut rng, i, now)).collect();
        let mut candidates = candidates;
        // Oldest first, as they would have arrived: ids (UUIDv7 at creation) then increase, which
        // keeps 'Added' order equal to id order and index inserts at the end of the b-tree.
        candidates.sort_by_key(|c| c.created_at);
        let applications = plan_applications(&mut rng, &mut candidates, &roles, now);

        let region = self.default_region().await?;
        let mut w = self.begin_write().await?;
        // Checked inside the write so two loads started together cannot both pass, and before
        // the resumes are parsed (the slow part) so the second does not parse them for nothing.
        if only_once {
            let loaded: Option<String> =
                sqlx::query_scalar("SELECT value FROM meta WHERE key = 'demo_loaded'").fetch_optional(w.conn()).await?;
            if loaded.is_some() {
                return Err(StoreError::Conflict("The demo data is already loaded in this database.".into()));
            }
        }
        let parsed = if spec.resumes {
            let zone = self.zone();
            let month = crate::board::month_of(crate::time::from_ms(now)?.with_timezone(&zone).date_naive());
            let intakes: Vec<&shortlist_core::RoleIntake> = roles.iter().map(|(_, r, _)| &r.intake).collect();
            let texts = resumes::plan_resumes(spec.seed, &candidates, &applications, &intakes, month);
            imported::parse_all(texts, &candidates, &shortlist_parse::Options::new(&region, month))
        } else {
            Vec::new()
        };
        let replica = self.replica_id().to_string();
        let mut report = DemoReport {
            roles: roles.len(),
            candidates: candidates.len(),
            applications: applications.len(),
            ..Default::default()
        };

        for chunk in roles.chunks(BATCH) {
            let mut q = QueryBuilder::<Sqlite>::new(
                "INSERT INTO roles (id, title, team, level, status, hiring_manager, recruiter, opened_on, closed_on, intake, created_at, updated_at, hlc) ",
            );
            let stamped: Vec<String> = chunk.iter().map(|_| self.tick(self.now_ms()).to_string()).collect();
            let intakes =
                chunk.iter().map(|(_, r, _)| serde_json::to_string(&r.intake)).collect::<Result<Vec<_>, _>>()?;
            q.push_values(chunk.iter().zip(&stamped).zip(&intakes), |mut b, (((id, r, created), hlc), intake)| {
                b.push_bind(id)
                    .push_bind(&r.title)
                    .push_bind(&r.team)
                    .push_bind(&r.level)
                    .push_bind(r.status.as_str())
                    .push_bind(&r.hiring_manager)
                    .push_bind(&r.recruiter)
                    .push_bind(format_date(r.opened_on))
                    .push_bind(r.closed_on.map(format_date))
                    .push_bind(intake)
                    .push_bind(*created)
                    .push_bind(*created)
                    .push_bind(hlc);
            });
            q.build().execute(w.conn()).await?;
            let entries: Vec<OutboxRow> = chunk
                .iter()
                .zip(&stamped)
                .map(|((id, r, created), hlc)| OutboxRow {
                    name: "role.create",
                    entity: "role",
                    entity_id: id.clone(),
                    args: json!(r).to_string(),
                    changed: fields_json(&RoleInput::fields()),
                    hlc: hlc.clone(),
                    at: *created,
                })
                .collect();
            insert_outbox(w.conn(), &replica, &entries).await?;
        }

        let started = std::time::Instant::now();
        let mut written = 0;
        for chunk in candidates.chunks(BATCH) {
            insert_candidates(self, w.conn(), &replica, chunk, &region).await?;
            written += chunk.len();
            progress(written);
        }
        // One pass over the new rows fills the search index (cheaper than one per batch); with
        // resumes, the rows are built once the resumes are in.
        if !spec.resumes {
            crate::search::index_all_new(w.conn()).await?;
        }
        report.candidate_insert_secs = started.elapsed().as_secs_f64();
        if spec.resumes {
            imported::insert(self, w.conn(), &replica, &candidates, &parsed).await?;
            report.resumes = parsed.len();
        }

        for chunk in applications.chunks(BATCH) {
            report.stage_events += insert_applications(self, w.conn(), &replica, chunk, &candidates, &roles).await?;
        }
        report.interviews = team::insert_team(self, w.conn(), &replica, &mut rng, &applications).await?;
        sqlx::query("INSERT INTO meta (key, value) VALUES ('demo_loaded', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
            .bind(now.to_string())
            .execute(w.conn())
            .await?;
        let kept = imported::keep_originals(self, &parsed)?;
        if let Err(e) = w.commit().await {
            imported::remove(&kept);
            return Err(e);
        }
        Ok(report)
    }
}

impl Store {
    /// Fills one role with `n` generated candidates spread over its open stages, in one
    /// transaction through the ordinary repository writes: the busy-role fixture of the board's
    /// end-to-end test.
    pub async fn fill_role(&self, role_id: &str, n: usize) -> Result<()> {
        self.role(role_id).await?;
        let mut rng = Rng::new(99);
        let now = self.now_ms();
        let region = self.default_region().await?;
        let actor = self.actor();
        let mut w = self.begin_write().await?;
        for i in 0..n {
            let planned = plan_candidate(&mut rng, i, now);
            let id = crate::candidates::insert_candidate(&mut w, &planned.input, &region).await?;
            let stage = shortlist_core::Stage::PIPELINE[rng.below(6)];
            crate::applications::insert_application(&mut w, &id, role_id, stage, &actor).await?;
        }
        w.commit().await
    }
}

struct OutboxRow {
    name: &'static str,
    entity: &'static str,
    entity_id: String,
    args: String,
    changed: String,
    hlc: String,
    at: i64,
}

async fn insert_outbox(conn: &mut SqliteConnection, replica: &str, rows: &[OutboxRow]) -> Result<()> {
    for chunk in rows.chunks(BATCH) {
        let mut q = QueryBuilder::<Sqlite>::new(
            "INSERT INTO outbox (replica_id, name, entity, entity_id, args, changed_fields, hlc, created_at) ",
        );
        q.push_values(chunk, |mut b, r| {
            b.push_bind(replica)
                .push_bind(r.name)
                .push_bind(r.entity)
                .push_bind(&r.entity_id)
                .push_bind(&r.args)
                .push_bind(&r.changed)
                .push_bind(&r.hlc)
                .push_bind(r.at);
        });
        q.build().execute(&mut *conn).await?;
    }
    Ok(())
}

fn fields_json(fields: &[&str]) -> String {
    json!(fields).to_string()
}

async fn insert_candidates(
    store: &Store,
    conn: &mut SqliteConnection,
    replica: &str,
    chunk: &[PlannedCandidate],
    region: &str,
) -> Result<()> {
    let hlcs: Vec<String> = chunk.iter().map(|_| store.tick(store.now_ms()).to_string()).collect();
    let mut encoded = Vec::with_capacity(chunk.len());
    for c in chunk {
        encoded.push((
            serde_json::to_string(&c.input.emails)?,
            serde_json::to_string(&c.input.phones)?,
            serde_json::to_string(&c.input.links)?,
            serde_json::to_string(&c.input.tags)?,
        ));
    }
    let mut q = QueryBuilder::<Sqlite>::new(
        "INSERT INTO candidates (id, full_name, name_key, emails, phones, links, location, time_zone, source, tags, notes,
                                 last_activity_at, created_at, updated_at, hlc) ",
    );
    q.push_values(chunk.iter().zip(&encoded).zip(&hlcs), |mut b, ((c, e), hlc)| {
        b.push_bind(&c.id)
            .push_bind(&c.input.full_name)
            .push_bind(&c.name_key)
            .push_bind(&e.0)
            .push_bind(&e.1)
            .push_bind(&e.2)
            .push_bind(&c.input.location)
            .push_bind(&c.input.time_zone)
            .push_bind(&c.input.source)
            .push_bind(&e.3)
            .push_bind(&c.input.notes)
            .push_bind(c.last_activity_at)
            .push_bind(c.created_at)
            .push_bind(c.created_at)
            .push_bind(hlc);
    });
    q.build().execute(&mut *conn).await?;

    // Each lookup batch goes in key order: neighbouring inserts then touch neighbouring b-tree pages.
    let mut emails: Vec<(&str, &str)> =
        chunk.iter().flat_map(|c| c.input.emails.iter().map(move |e| (e.as_str(), c.id.as_str()))).collect();
    emails.sort_unstable();
    for part in emails.chunks(BATCH * 2) {
        let mut q = QueryBuilder::<Sqlite>::new("INSERT OR IGNORE INTO candidate_emails (email, candidate_id) ");
        q.push_values(part, |mut b, (e, id)| {
            b.push_bind(*e).push_bind(*id);
        });
        q.build().execute(&mut *conn).await?;
    }
    let mut tokens: Vec<(&str, &str)> =
        chunk.iter().flat_map(|c| name_tokens(&c.name_key).into_iter().map(move |t| (t, c.id.as_str()))).collect();
    tokens.sort_unstable();
    for part in tokens.chunks(BATCH * 2) {
        let mut q = QueryBuilder::<Sqlite>::new("INSERT OR IGNORE INTO candidate_name_tokens (token, candidate_id) ");
        q.push_values(part, |mut b, (t, id)| {
            b.push_bind(*t).push_bind(*id);
        });
        q.build().execute(&mut *conn).await?;
    }
    let mut keys: Vec<(&str, String, &str)> = chunk
        .iter()
        .flat_map(|c| {
            crate::duplicates::dup_keys(&c.input.phones, &c.input.links, region)
                .into_iter()
                .map(move |(kind, key)| (kind, key, c.id.as_str()))
        })
        .collect();
    keys.sort_unstable();
    for part in keys.chunks(BATCH) {
        let mut q = QueryBuilder::<Sqlite>::new("INSERT OR IGNORE INTO candidate_keys (kind, key, candidate_id) ");
        q.push_values(part, |mut b, (kind, key, id)| {
            b.push_bind(*kind).push_bind(key).push_bind(*id);
        });
        q.build().execute(&mut *conn).await?;
    }
    adjust_candidate_count(&mut *conn, chunk.len() as i64).await?;
    let mut entries = Vec::with_capacity(chunk.len());
    let changed = fields_json(&CandidateInput::FIELDS);
    for (c, hlc) in chunk.iter().zip(hlcs) {
        entries.push(OutboxRow {
            name: "candidate.create",
            entity: "candidate",
            entity_id: c.id.clone(),
            args: serde_json::to_string(&c.input)?,
            changed: changed.clone(),
            hlc,
            at: c.created_at,
        });
    }
    insert_outbox(conn, replica, &entries).await
}

async fn insert_applications(
    store: &Store,
    conn: &mut SqliteConnection,
    replica: &str,
    chunk: &[PlannedApplication],
    candidates: &[PlannedCandidate],
    roles: &[(String, RoleInput, i64)],
) -> Result<usize> {
    // Stamp every event first: the row carries its latest stamp, and its field stamps say that
    // candidate and role were set at creation while the stage was last set by the latest move.
    let stamps: Vec<Vec<String>> =
        chunk.iter().map(|a| a.events.iter().map(|_| store.tick(store.now_ms()).to_string()).collect()).collect();
    let mut q = QueryBuilder::<Sqlite>::new(
        "INSERT INTO applications (id, candidate_id, role_id, stage, stage_entered_at, created_at, updated_at, hlc, field_hlc) ",
    );
    q.push_values(chunk.iter().zip(&stamps), |mut b, (a, stamps)| {
        let first = a.events[0].2;
        let (_, stage, entered, _) = a.events[a.events.len() - 1];
        let (created, latest) = (&stamps[0], &stamps[stamps.len() - 1]);
        let field_hlc = if stamps.len() == 1 {
            "{}".to_string()
        } else {
            json!({ "candidate_id": created, "role_id": created, "stage": latest }).to_string()
        };
        b.push_bind(&a.id)
            .push_bind(&candidates[a.candidate].id)
            .push_bind(&roles[a.role].0)
            .push_bind(stage.as_str())
            .push_bind(entered)
            .push_bind(first)
            .push_bind(entered)
            .push_bind(latest)
            .push_bind(field_hlc);
    });
    q.build().execute(&mut *conn).await?;

    let mut events = Vec::new();
    let mut outbox = Vec::new();
    for (a, stamps) in chunk.iter().zip(&stamps) {
        // Each role's recruiter moved its candidates along.
        let actor = roles[a.role].1.recruiter.as_str();
        for (i, ((from, to, at, reason), stamp)) in a.events.iter().zip(stamps).enumerate() {
            let id = shortlist_core::new_id_at(*at);
            let (name, args) = if i == 0 {
                (
                    "application.create",
                    json!({ "candidate_id": candidates[a.candidate].id, "role_id": roles[a.role].0, "stage": to, "event_id": id, "actor": actor }),
                )
            } else {
                (
                    "application.move_stage",
                    json!({ "from": from, "to": to, "reason": reason, "event_id": id, "actor": actor }),
                )
            };
            outbox.push(OutboxRow {
                name,
                entity: "application",
                entity_id: a.id.clone(),
                args: args.to_string(),
                changed: if i == 0 { fields_json(&APPLICATION_FIELDS) } else { fields_json(&["stage"]) },
                hlc: stamp.clone(),
                at: *at,
            });
            events.push((id, a.id.as_str(), *from, *to, *reason, actor, *at, stamp.clone()));
        }
    }
    for part in events.chunks(BATCH) {
        let mut q = QueryBuilder::<Sqlite>::new(
            "INSERT INTO stage_events (id, application_id, from_stage, to_stage, reason, actor, occurred_at, created_at, hlc) ",
        );
        q.push_values(part, |mut b, (id, app, from, to, reason, actor, at, hlc)| {
            b.push_bind(id)
                .push_bind(*app)
                .push_bind(from.map(Stage::as_str))
                .push_bind(to.as_str())
                .push_bind(*reason)
                .push_bind(*actor)
                .push_bind(*at)
                .push_bind(*at)
                .push_bind(hlc);
        });
        q.build().execute(&mut *conn).await?;
    }
    insert_outbox(conn, replica, &outbox).await?;
    Ok(events.len())
}

fn plan_role(rng: &mut Rng, i: usize, now: i64) -> (String, RoleInput, i64) {
    let (title, level) = names::ROLE_TITLES[i % names::ROLE_TITLES.len()];
    let team = *rng.pick(names::TEAMS);
    let opened_days_ago = 20 + rng.below(300) as i64;
    let opened = now - opened_days_ago * DAY_MS;
    let opened_on = chrono::DateTime::from_timestamp_millis(opened).map(|d| d.date_naive()).unwrap_or_default();
    let status = match i % 10 {
        7 => RoleStatus::OnHold,
        8 => RoleStatus::Draft,
        9 => RoleStatus::Closed,
        _ => RoleStatus::Open,
    };
    let closed_on = (status == RoleStatus::Closed).then(|| {
        let closed = opened + (10 + rng.below(opened_days_ago as usize - 5) as i64) * DAY_MS;
        chrono::DateTime::from_timestamp_millis(closed.min(now)).map(|d| d.date_naive()).unwrap_or(opened_on)
    });
    let input = RoleInput {
        title: format!("{title}{}", if i >= names::ROLE_TITLES.len() { format!(" ({team})") } else { String::new() }),
        team: team.to_string(),
        level: level.to_string(),
        status,
        hiring_manager: rng.pick(&team::HIRING_MANAGERS).to_string(),
        recruiter: rng.pick(&team::RECRUITERS).to_string(),
        opened_on,
        closed_on,
        intake: intake::plan_intake(rng, title, level, status == RoleStatus::Draft),
        plan: shortlist_core::InterviewPlan::default(),
    };
    (shortlist_core::new_id_at(opened), input, opened)
}

fn plan_candidate(rng: &mut Rng, i: usize, now: i64) -> PlannedCandidate {
    let first = *rng.pick(names::FIRST_NAMES);
    let last = *rng.pick(names::LAST_NAMES);
    let full_name = format!("{first} {last}");
    let handle = format!("{}{}", fold(first).replace(' ', ""), fold(last).replace([' ', '\''], ""));
    let handle: String = handle.chars().filter(char::is_ascii_alphanumeric).collect();
    let domain = *rng.pick(names::EMAIL_DOMAINS);
    let email = format!("{handle}{}@{domain}", i);
    let (city, tz, dial) = *rng.pick(names::CITIES);
    let mut links = Vec::new();
    if rng.chance(60) {
        links.push(Link { kind: LinkKind::Github, url: format!("https://github.com/{handle}{i}") });
    }
    if rng.chance(70) {
        links.push(Link { kind: LinkKind::Linkedin, url: format!("https://www.linkedin.com/in/{handle}-{i}") });
    }
    let phones = if rng.chance(55) {
        vec![format!("{dial} {:03} {:04}", 100 + rng.below(900), rng.below(10_000))]
    } else {
        vec![]
    };
    let tag_count = 1 + rng.below(4);
    let mut tags: Vec<String> = Vec::new();
    for _ in 0..tag_count {
        let t = rng.pick(names::SKILLS).to_string();
        if !tags.contains(&t) {
            tags.push(t);
        }
    }
    let created_at = now - (rng.below(720) as i64) * DAY_MS - rng.below(DAY_MS as usize) as i64;
    let notes = if rng.chance(30) { rng.pick(names::NOTES).to_string() } else { String::new() };
    let input = CandidateInput {
        full_name,
        emails: vec![email],
        phones,
        links,
        location: city.to_string(),
        time_zone: tz.to_string(),
        source: rng.pick(names::SOURCES).to_string(),
        tags,
        notes,
    };
    PlannedCandidate {
        id: shortlist_core::new_id_at(created_at),
        name_key: fold(&input.full_name),
        input,
        created_at,
        last_activity_at: created_at,
    }
}

fn plan_applications(
    rng: &mut Rng,
    candidates: &mut [PlannedCandidate],
    roles: &[(String, RoleInput, i64)],
    now: i64,
) -> Vec<PlannedApplication> {
    let mut out = Vec::new();
    for (ci, candidate) in candidates.iter_mut().enumerate() {
        let count = match rng.below(100) {
            0..=27 => 0,
            28..=87 => 1,
            _ => 2,
        };
        let mut used = Vec::new();
        for _ in 0..count {
            let role = rng.below(roles.len());
            if used.contains(&role) {
                continue;
            }
            used.push(role);
            // Skewed towards recent weeks: a live pipeline has more new than old applications.
            let earliest = candidate.created_at.max(roles[role].2);
            let span = (now - earliest).max(DAY_MS);
            let u = rng.below(10_000) as f64 / 10_000.0;
            let start = now - (span as f64 * u * u) as i64 - rng.below(DAY_MS as usize) as i64;
            let start = start.max(earliest);
            if start >= now {
                continue;
            }
            let events = plan_path(rng, start, now);
            candidate.last_activity_at = candidate.last_activity_at.max(events[events.len() - 1].2);
            out.push(PlannedApplication { id: shortlist_core::new_id_at(events[0].2), candidate: ci, role, events });
        }
    }
    out
}

/// A plausible path through the funnel: most stop early, a few reach an offer; some are rejected
/// (always with a reason) or withdraw.
fn plan_path(rng: &mut Rng, start: i64, now: i64) -> Vec<(Option<Stage>, Stage, i64, Option<&'static str>)> {
    let first = if rng.chance(40) { Stage::Sourced } else { Stage::Applied };
    let mut events = vec![(None, first, start, None)];
    let mut at = start;
    let mut index = Stage::PIPELINE.iter().position(|s| *s == first).unwrap_or(0);
    loop {
        let step = (1 + rng.below(8)) as i64 * DAY_MS + rng.below(DAY_MS as usize) as i64;
        if at + step >= now {
            break;
        }
        let current = Stage::PIPELINE[index];
        let roll = rng.below(100);
        let (next, reason) = if roll < 10 {
            (Stage::Rejected, Some(*rng.pick(names::REJECTION_REASONS)))
        } else if roll < 13 {
            (Stage::Withdrawn, Some(*rng.pick(names::WITHDRAWAL_REASONS)))
        } else if roll < 72 && index + 1 < Stage::PIPELINE.len() {
            index += 1;
            (Stage::PIPELINE[index], None)
        } else {
            break;
        };
        at += step;
        events.push((Some(current), next, at, reason));
        if next.is_terminal() {
            break;
        }
    }
    // A pipeline that went quiet weeks ago was closed out in real life: rejected or withdrawn.
    let (_, last, last_at, _) = events[events.len() - 1];
    if last.is_active() && now - last_at > 45 * DAY_MS {
        let closed_at = last_at + (2 + rng.below(12)) as i64 * DAY_MS;
        let (to, reason) = if rng.chance(70) {
            (Stage::Rejected, *rng.pick(names::REJECTION_REASONS))
        } else {
            (Stage::Withdrawn, *rng.pick(names::WITHDRAWAL_REASONS))
        };
        events.push((Some(last), to, closed_at.min(now - DAY_MS), Some(reason)));
    }
    events
}
