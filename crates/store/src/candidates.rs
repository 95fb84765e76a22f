//! The candidates repository: create, edit, list (paged, sorted, filtered), detail, tombstones.

use serde_json::json;
use shortlist_core::text::fold;
use shortlist_core::{
    Candidate, CandidateDetail, CandidateInput, CandidatePage, CandidateQuery, CandidateRow, CandidateSaved,
    CandidateSort, SortDirection, Stage, Warning,
};
use sqlx::{FromRow, QueryBuilder, Sqlite, SqliteConnection};

use crate::error::{Result, StoreError};
use crate::time::from_ms;
use crate::write::{Mutation, Write};
use crate::Store;

#[derive(FromRow)]
pub(crate) struct CandidateRecord {
    id: String,
    full_name: String,
    emails: String,
    phones: String,
    links: String,
    location: String,
    time_zone: String,
    source: String,
    tags: String,
    notes: String,
    last_activity_at: i64,
    created_at: i64,
    updated_at: i64,
}

const COLUMNS: &str =
    "id, full_name, emails, phones, links, location, time_zone, source, tags, notes, last_activity_at, created_at, updated_at";

impl TryFrom<CandidateRecord> for Candidate {
    type Error = StoreError;
    fn try_from(r: CandidateRecord) -> Result<Candidate> {
        Ok(Candidate {
            emails: serde_json::from_str(&r.emails)?,
            phones: serde_json::from_str(&r.phones)?,
            links: serde_json::from_str(&r.links)?,
            tags: serde_json::from_str(&r.tags)?,
            last_activity_at: from_ms(r.last_activity_at)?,
            created_at: from_ms(r.created_at)?,
            updated_at: from_ms(r.updated_at)?,
            id: r.id,
            full_name: r.full_name,
            location: r.location,
            time_zone: r.time_zone,
            source: r.source,
            notes: r.notes,
        })
    }
}

const NOT_FOUND: StoreError = StoreError::NotFound { what: "The candidate" };

/// The distinct words of a folded name: each is a prefix-filter entry point.
pub(crate) fn name_tokens(name_key: &str) -> Vec<&str> {
    let mut tokens: Vec<&str> = name_key.split(' ').filter(|t| !t.is_empty()).collect();
    tokens.sort_unstable();
    tokens.dedup();
    tokens
}

/// Which lookup rows to add or remove.
#[derive(Clone, Copy)]
pub(crate) enum Lookups {
    Add,
    Remove,
}

/// Adds or removes one candidate's derived lookup rows (emails, name tokens, duplicate keys), by
/// exact key so no secondary index is needed to find them.
pub(crate) async fn lookups(conn: &mut SqliteConnection, op: Lookups, id: &str, row: &LookupRow<'_>) -> Result<()> {
    let (email_sql, token_sql, key_sql) = match op {
        Lookups::Add => (
            "INSERT OR IGNORE INTO candidate_emails (email, candidate_id) VALUES (?, ?)",
            "INSERT OR IGNORE INTO candidate_name_tokens (token, candidate_id) VALUES (?, ?)",
            "INSERT OR IGNORE INTO candidate_keys (kind, key, candidate_id) VALUES (?, ?, ?)",
        ),
        Lookups::Remove => (
            "DELETE FROM candidate_emails WHERE email = ? AND candidate_id = ?",
            "DELETE FROM candidate_name_tokens WHERE token = ? AND candidate_id = ?",
            "DELETE FROM candidate_keys WHERE kind = ? AND key = ? AND candidate_id = ?",
        ),
    };
    for email in row.emails {
        sqlx::query(email_sql).bind(email).bind(id).execute(&mut *conn).await?;
    }
    for token in name_tokens(&fold(row.full_name)) {
        sqlx::query(token_sql).bind(token).bind(id).execute(&mut *conn).await?;
    }
    for (kind, key) in crate::duplicates::dup_keys(row.phones, row.links, row.region) {
        sqlx::query(key_sql).bind(kind).bind(key).bind(id).execute(&mut *conn).await?;
    }
    Ok(())
}

/// What the lookup tables are derived from.
pub(crate) struct LookupRow<'a> {
    pub full_name: &'a str,
    pub emails: &'a [String],
    pub phones: &'a [String],
    pub links: &'a [shortlist_core::Link],
    pub region: &'a str,
}

impl<'a> LookupRow<'a> {
    pub fn of(input: &'a CandidateInput, region: &'a str) -> Self {
        LookupRow {
            full_name: &input.full_name,
            emails: &input.emails,
            phones: &input.phones,
            links: &input.links,
            region,
        }
    }
}

/// Adjusts the live-candidate total kept for the list (see the `candidate_count` table).
pub(crate) async fn adjust_candidate_count(conn: &mut SqliteConnection, delta: i64) -> Result<()> {
    sqlx::query("UPDATE candidate_count SET n = n + ? WHERE id = 1").bind(delta).execute(conn).await?;
    Ok(())
}

type SqliteQuery<'q> = sqlx::query::Query<'q, Sqlite, sqlx::sqlite::SqliteArguments<'q>>;

/// Binds the editable fields in column order (full_name, name_key, emails, phones, links,
/// location, time_zone, source, tags, notes): shared by insert and update so they cannot drift.
fn bind_fields<'q>(q: SqliteQuery<'q>, input: &'q CandidateInput, name_key: &'q str) -> Result<SqliteQuery<'q>> {
    Ok(q.bind(&input.full_name)
        .bind(name_key)
        .bind(serde_json::to_string(&input.emails)?)
        .bind(serde_json::to_string(&input.phones)?)
        .bind(serde_json::to_string(&input.links)?)
        .bind(&input.location)
        .bind(&input.time_zone)
        .bind(&input.source)
        .bind(serde_json::to_string(&input.tags)?)
        .bind(&input.notes))
}

/// Inserts a (normalised, valid) candidate with its lookups and mutation inside an open write.
pub(crate) async fn insert_candidate(w: &mut Write, input: &CandidateInput, region: &str) -> Result<String> {
    let id = shortlist_core::new_id();
    let name_key = fold(&input.full_name);
    bind_fields(
        sqlx::query(
            "INSERT INTO candidates (full_name, name_key, emails, phones, links, location, time_zone, source, tags, notes,
                                     id, last_activity_at, created_at, updated_at, hlc)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ),
        input,
        &name_key,
    )?
    .bind(&id)
    .bind(w.now)
    .bind(w.now)
    .bind(w.now)
    .bind(w.hlc_text())
    .execute(w.conn())
    .await?;
    lookups(w.conn(), Lookups::Add, &id, &LookupRow::of(input, region)).await?;
    crate::search::reindex(w.conn(), &id).await?;
    adjust_candidate_count(w.conn(), 1).await?;
    w.record(Mutation {
        name: "candidate.create",
        entity: "candidate",
        entity_id: &id,
        args: json!(input),
        changed_fields: CandidateInput::FIELDS.to_vec(),
    })
    .await?;
    Ok(id)
}

/// A live candidate as the open write sees it.
pub(crate) async fn candidate_in(w: &mut Write, id: &str) -> Result<Candidate> {
    sqlx::query_as::<_, CandidateRecord>(&format!(
        "SELECT {COLUMNS} FROM candidates WHERE id = ? AND deleted_at IS NULL"
    ))
    .bind(id)
    .fetch_optional(w.conn())
    .await?
    .ok_or(NOT_FOUND)?
    .try_into()
}

/// Writes the fields of `input` that differ from `old` (stamps, lookups, mutation); returns them.
pub(crate) async fn update_candidate_in(
    w: &mut Write,
    id: &str,
    old: &Candidate,
    input: &CandidateInput,
    region: &str,
) -> Result<Vec<&'static str>> {
    let changed = input.changed_fields(&old.to_input());
    if changed.is_empty() {
        return Ok(changed);
    }
    let stamps = w.restamp_row("candidates", id, "The candidate", &CandidateInput::FIELDS, &changed).await?;
    let name_key = fold(&input.full_name);
    bind_fields(
        sqlx::query(
            "UPDATE candidates SET full_name = ?, name_key = ?, emails = ?, phones = ?, links = ?, location = ?,
                    time_zone = ?, source = ?, tags = ?, notes = ?, updated_at = ?, hlc = ?, field_hlc = ?
             WHERE id = ?",
        ),
        input,
        &name_key,
    )?
    .bind(w.now)
    .bind(w.hlc_text())
    .bind(stamps)
    .bind(id)
    .execute(w.conn())
    .await?;
    if ["full_name", "emails", "phones", "links"].iter().any(|f| changed.contains(f)) {
        let old_input = old.to_input();
        lookups(w.conn(), Lookups::Remove, id, &LookupRow::of(&old_input, region)).await?;
        lookups(w.conn(), Lookups::Add, id, &LookupRow::of(input, region)).await?;
    }
    if ["full_name", "emails", "notes", "tags", "location", "source"].iter().any(|f| changed.contains(f)) {
        crate::search::reindex(w.conn(), id).await?;
    }
    // Only the changed fields travel: a concurrent edit of another field elsewhere survives.
    let args = serde_json::to_value(input)?;
    let args: serde_json::Map<String, serde_json::Value> =
        changed.iter().filter_map(|f| args.get(*f).map(|v| ((*f).to_string(), v.clone()))).collect();
    w.record(Mutation {
        name: "candidate.update",
        entity: "candidate",
        entity_id: id,
        args: serde_json::Value::Object(args),
        changed_fields: changed.clone(),
    })
    .await?;
    Ok(changed)
}

/// Tombstones (or restores) a candidate inside an open write: lookups, search row, count and
/// mutation follow.
pub(crate) async fn tombstone_in(w: &mut Write, id: &str, deleted: bool, region: &str) -> Result<()> {
    let now = w.now;
    let hlc = w.hlc_text();
    let stamps = w.restamp_row("candidates", id, "The candidate", &CandidateInput::FIELDS, &["deleted_at"]).await?;
    let (sql, name) = if deleted {
        (
            "UPDATE candidates SET deleted_at = ?1, updated_at = ?2, hlc = ?3, field_hlc = ?5 WHERE id = ?4 AND deleted_at IS NULL",
            "candidate.delete",
        )
    } else {
        ("UPDATE candidates SET deleted_at = NULL, updated_at = ?2, hlc = ?3, field_hlc = ?5 WHERE id = ?4 AND deleted_at IS NOT NULL AND ?1 IS NOT NULL", "candidate.restore")
    };
    let done = sqlx::query(sql).bind(now).bind(now).bind(&hlc).bind(id).bind(&stamps).execute(w.conn()).await?;
    if done.rows_affected() == 0 {
        return Err(NOT_FOUND);
    }
    // Lookups index live candidates only; a restore puts them back.
    let row: Candidate =
        sqlx::query_as::<_, CandidateRecord>(&format!("SELECT {COLUMNS} FROM candidates WHERE id = ?"))
            .bind(id)
            .fetch_one(w.conn())
            .await?
            .try_into()?;
    let input = row.to_input();
    let op = if deleted { Lookups::Remove } else { Lookups::Add };
    lookups(w.conn(), op, id, &LookupRow::of(&input, region)).await?;
    crate::search::reindex(w.conn(), id).await?;
    adjust_candidate_count(w.conn(), if deleted { -1 } else { 1 }).await?;
    w.record(Mutation { name, entity: "candidate", entity_id: id, args: json!({}), changed_fields: vec!["deleted_at"] })
        .await
}

/// Phones as E.164 ("+493012345678") where they read as a number, national ones in `region`
/// (the database's default); text that does not parse is kept as typed. Runs after validation, so
/// a field error's index (`phones.1`) still points at the row the user typed; a number written two
/// ways is then kept once.
fn phones_in_e164(mut input: CandidateInput, region: &str) -> CandidateInput {
    let mut phones: Vec<String> = Vec::with_capacity(input.phones.len());
    for phone in input.phones {
        let phone = shortlist_parse::contacts::e164(&phone, region).unwrap_or(phone);
        if !phones.contains(&phone) {
            phones.push(phone);
        }
    }
    input.phones = phones;
    input
}

/// The exclusive upper bound of every string starting with `prefix` (for index range scans).
pub(crate) fn prefix_upper_bound(prefix: &str) -> String {
    format!("{prefix}\u{10FFFF}")
}

impl Store {
    /// Creates a candidate and, when `role_id` is given, puts them in that role's pipeline (Sourced)
    /// in the same transaction.
    pub async fn create_candidate(&self, input: CandidateInput, role_id: Option<&str>) -> Result<CandidateSaved> {
        let input = input.normalized();
        input.validate()?;
        if let Some(role_id) = role_id {
            self.role(role_id).await?;
        }
        let region = self.default_region().await?;
        let input = phones_in_e164(input, &region);
        let mut w = self.begin_write().await?;
        let id = insert_candidate(&mut w, &input, &region).await?;
        if let Some(role_id) = role_id {
            let actor = self.actor();
            crate::applications::insert_application(&mut w, &id, role_id, Stage::Sourced, &actor).await?;
        }
        w.commit().await?;
        // The save has happened; failing to compute advisory warnings must not report it as failed.
        let warnings = self.candidate_warnings(&input, Some(&id)).await.unwrap_or_default();
        Ok(CandidateSaved { candidate: self.candidate(&id).await?, warnings })
    }

    pub async fn update_candidate(&self, id: &str, input: CandidateInput) -> Result<CandidateSaved> {
        let input = input.normalized();
        input.validate()?;
        let region = self.default_region().await?;
        let input = phones_in_e164(input, &region);
        let mut w = self.begin_write().await?;
        let old = candidate_in(&mut w, id).await?;
        let changed = update_candidate_in(&mut w, id, &old, &input, &region).await?;
        if !changed.is_empty() {
            w.commit().await?;
        }
        let warnings = self.candidate_warnings(&input, Some(id)).await.unwrap_or_default();
        Ok(CandidateSaved { candidate: self.candidate(id).await?, warnings })
    }

    /// Tombstones a candidate (and hides their applications with them); `restore_candidate` undoes it.
    pub async fn delete_candidate(&self, id: &str) -> Result<()> {
        self.set_candidate_tombstone(id, true).await
    }

    pub async fn restore_candidate(&self, id: &str) -> Result<Candidate> {
        self.set_candidate_tombstone(id, false).await?;
        self.candidate(id).await
    }

    async fn set_candidate_tombstone(&self, id: &str, deleted: bool) -> Result<()> {
        let region = self.default_region().await?;
        let mut w = self.begin_write().await?;
        tombstone_in(&mut w, id, deleted, &region).await?;
        w.commit().await
    }

    pub async fn candidate(&self, id: &str) -> Result<Candidate> {
        sqlx::query_as::<_, CandidateRecord>(&format!(
            "SELECT {COLUMNS} FROM candidates WHERE id = ? AND deleted_at IS NULL"
        ))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(NOT_FOUND)?
        .try_into()
    }

    pub async fn candidate_detail(&self, id: &str) -> Result<CandidateDetail> {
        let candidate = self.candidate(id).await?;
        let applications = self.applications_for_candidate(id).await?;
        let history = self.history_for_candidate(id).await?;
        Ok(CandidateDetail { candidate, applications, history })
    }

    /// Things worth a second look before saving `input` (it is not validated here): today, any
    /// email that already belongs to another candidate, and any other likely duplicate.
    pub async fn candidate_warnings(&self, input: &CandidateInput, exclude_id: Option<&str>) -> Result<Vec<Warning>> {
        let mut warnings = Vec::new();
        for (i, email) in input.emails.iter().enumerate() {
            let email = shortlist_core::text::normalize_email(email);
            let other: Option<(String, String)> = sqlx::query_as(
                "SELECT c.id, c.full_name FROM candidate_emails e JOIN candidates c ON c.id = e.candidate_id
                 WHERE e.email = ? AND c.deleted_at IS NULL AND c.id IS NOT ? LIMIT 1",
            )
            .bind(&email)
            .bind(exclude_id)
            .fetch_optional(&self.pool)
            .await?;
            if let Some((other_id, other_name)) = other {
                warnings.push(Warning {
                    field: format!("emails.{i}"),
                    message: format!("{email} already belongs to {other_name}. This may be the same person."),
                    related_id: Some(other_id),
                });
            }
        }
        // Other likely duplicates (phone, profile accounts, a close name with a shared place or
        // link), with their reasons and confidence, on the name field.
        let probe = crate::duplicates::DuplicateProbe {
            full_name: input.full_name.clone(),
            emails: vec![],
            phones: input.phones.clone(),
            links: input.links.clone(),
            location: input.location.clone(),
            companies: vec![],
        };
        for m in self.likely_duplicates(&probe, exclude_id).await? {
            if warnings.iter().any(|w| w.related_id.as_deref() == Some(m.candidate_id.as_str())) {
                continue;
            }
            let reasons = m.reasons.iter().map(|r| r.text.clone()).collect::<Vec<_>>().join("; ");
            warnings.push(Warning {
                field: "full_name".into(),
                message: format!(
                    "Possibly the same person as {} ({:.0}%): {reasons}.",
                    m.full_name,
                    m.confidence * 100.0
                ),
                related_id: Some(m.candidate_id),
            });
        }
        Ok(warnings)
    }

    /// One page of the candidate list.
    pub async fn list_candidates(&self, query: &CandidateQuery) -> Result<CandidatePage> {
        let limit = query.limit.clamp(1, 500);
        let filter = fold(query.filter.trim());
        let words: Vec<&str> = filter.split(' ').filter(|w| !w.is_empty()).collect();

        let total = self.count_candidates(&filter, &words).await?;

        let (column, dir) = match (query.sort, query.direction) {
            (CandidateSort::LastActivity, d) => ("c.last_activity_at", d),
            (CandidateSort::Name, d) => ("c.name_key", d),
            (CandidateSort::Created, d) => ("c.id", d),
        };
        let dir = match dir {
            SortDirection::Asc => "ASC",
            SortDirection::Desc => "DESC",
        };
        let mut q = QueryBuilder::<Sqlite>::new(
            "SELECT p.id, p.full_name, p.emails, p.location, p.source, p.tags, p.last_activity_at, p.created_at,
                (SELECT COUNT(*) FROM applications a WHERE a.candidate_id = p.id AND a.deleted_at IS NULL
                    AND a.stage NOT IN ('hired', 'rejected', 'withdrawn')) AS active,
                (SELECT a.stage FROM applications a WHERE a.candidate_id = p.id AND a.deleted_at IS NULL
                    ORDER BY a.stage_entered_at DESC LIMIT 1) AS latest_stage,
                (SELECT r.title FROM applications a JOIN roles r ON r.id = a.role_id
                    WHERE a.candidate_id = p.id AND a.deleted_at IS NULL ORDER BY a.stage_entered_at DESC LIMIT 1) AS latest_role
             FROM (SELECT c.id, c.last_activity_at, c.name_key FROM candidates c WHERE c.deleted_at IS NULL",
        );
        // Page through ids and sort keys only (index-backed), then read the 50 rows it picked.
        push_filter(&mut q, &filter, &words);
        q.push(format!(" ORDER BY {column} {dir}, c.id {dir} LIMIT "));
        q.push_bind(limit);
        q.push(" OFFSET ");
        q.push_bind(query.offset);
        q.push(format!(
            ") k JOIN candidates p ON p.id = k.id ORDER BY {} {dir}, k.id {dir}",
            column.replace("c.", "k.")
        ));

        #[derive(FromRow)]
        struct Row {
            id: String,
            full_name: String,
            emails: String,
            location: String,
            source: String,
            tags: String,
            last_activity_at: i64,
            created_at: i64,
            active: i64,
            latest_stage: Option<String>,
            latest_role: Option<String>,
        }
        let rows = q.build_query_as::<Row>().fetch_all(&self.pool).await?;
        let rows = rows
            .into_iter()
            .map(|r| {
                let emails: Vec<String> = serde_json::from_str(&r.emails)?;
                Ok(CandidateRow {
                    email: emails.into_iter().next(),
                    tags: serde_json::from_str(&r.tags)?,
                    last_activity_at: from_ms(r.last_activity_at)?,
                    created_at: from_ms(r.created_at)?,
                    active_applications: r.active as u32,
                    latest_stage: r.latest_stage.as_deref().and_then(Stage::parse),
                    latest_role: r.latest_role,
                    id: r.id,
                    full_name: r.full_name,
                    location: r.location,
                    source: r.source,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(CandidatePage { total: total as u32, offset: query.offset, rows })
    }
}

impl Store {
    /// How many live candidates match: a counter row without a filter, the lookup indexes with
    /// a one-word filter, and the full filter on the candidates otherwise.
    async fn count_candidates(&self, filter: &str, words: &[&str]) -> Result<i64> {
        let count = if filter.is_empty() {
            sqlx::query_scalar("SELECT n FROM candidate_count WHERE id = 1").fetch_one(&self.pool).await?
        } else if filter.contains('@') {
            sqlx::query_scalar(
                "SELECT COUNT(DISTINCT candidate_id) FROM candidate_emails WHERE email >= ? AND email < ?",
            )
            .bind(filter)
            .bind(prefix_upper_bound(filter))
            .fetch_one(&self.pool)
            .await?
        } else if let [word] = words {
            sqlx::query_scalar(
                "SELECT COUNT(DISTINCT candidate_id) FROM candidate_name_tokens WHERE token >= ? AND token < ?",
            )
            .bind(*word)
            .bind(prefix_upper_bound(word))
            .fetch_one(&self.pool)
            .await?
        } else {
            let mut q = QueryBuilder::<Sqlite>::new("SELECT COUNT(*) FROM candidates c WHERE c.deleted_at IS NULL");
            push_filter(&mut q, filter, words);
            q.build_query_scalar().fetch_one(&self.pool).await?
        };
        Ok(count)
    }
}

/// Restricts `c` to the filter: an email prefix when it has `@`, otherwise every word must start
/// some word of the name (the first through the token index, the rest on the folded name).
fn push_filter(q: &mut QueryBuilder<'_, Sqlite>, filter: &str, words: &[&str]) {
    if filter.is_empty() {
        return;
    }
    if filter.contains('@') {
        q.push(" AND c.id IN (SELECT candidate_id FROM candidate_emails WHERE email >= ");
        q.push_bind(filter.to_string());
        q.push(" AND email < ");
        q.push_bind(prefix_upper_bound(filter));
        q.push(")");
        return;
    }
    let Some((first, rest)) = words.split_first() else {
        return;
    };
    q.push(" AND c.id IN (SELECT candidate_id FROM candidate_name_tokens WHERE token >= ");
    q.push_bind(first.to_string());
    q.push(" AND token < ");
    q.push_bind(prefix_upper_bound(first));
    q.push(")");
    for word in rest {
        q.push(" AND instr(' ' || c.name_key, ");
        q.push_bind(format!(" {word}"));
        q.push(") > 0");
    }
}
