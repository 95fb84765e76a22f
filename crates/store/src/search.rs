//! Candidate search: boolean full-text queries (FTS5) with filters, highlighted snippets, and
//! saved searches.

use serde::{Deserialize, Serialize};
use serde_json::json;
use shortlist_core::search::{parse, to_fts5};
use shortlist_core::{Stage, ValidationErrors};
use specta::Type;
use sqlx::{QueryBuilder, Sqlite, SqliteConnection};

use crate::error::{Result, StoreError};
use crate::write::Mutation;
use crate::Store;

/// Rewrites one candidate's search row from the current tables (or removes it when the
/// candidate is deleted). Called inside every write that changes a searched field.
pub(crate) async fn reindex(conn: &mut SqliteConnection, candidate_id: &str) -> Result<()> {
    sqlx::query("DELETE FROM candidate_fts WHERE rowid = (SELECT rowid FROM candidates WHERE id = ?)")
        .bind(candidate_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query(INDEX_SELECT).bind(candidate_id).execute(&mut *conn).await?;
    Ok(())
}

/// The statement that writes candidates' search rows (name, emails, skills, resume text, notes
/// with headline, location, tags as text, source), for the candidates `$where` picks: one
/// definition for a single reindex and for bulk loads.
macro_rules! index_rows {
    ($where:literal) => {
        concat!(
            "INSERT INTO candidate_fts (rowid, name, emails, skills, resume, notes, location, tags, source)
    SELECT c.rowid, c.full_name, c.emails,
           coalesce((SELECT group_concat(json_extract(s.value, '$.name'), ', ')
                     FROM candidate_profiles p, json_each(p.skills) s WHERE p.candidate_id = c.id), ''),
           coalesce((SELECT group_concat(r.text, char(10)) FROM resumes r WHERE r.candidate_id = c.id AND r.deleted_at IS NULL), ''),
           c.notes || ' ' || coalesce((SELECT headline FROM candidate_profiles p WHERE p.candidate_id = c.id), ''),
           c.location, coalesce((SELECT group_concat(t.value, ', ') FROM json_each(c.tags) t), ''), c.source
    FROM candidates c WHERE ",
            $where
        )
    };
}
pub(crate) use index_rows;

const INDEX_SELECT: &str = index_rows!("c.id = ? AND c.deleted_at IS NULL");

/// Indexes every candidate that has no search row yet (after a bulk load), in one statement.
pub(crate) async fn index_all_new(conn: &mut SqliteConnection) -> Result<()> {
    let max: Option<i64> = sqlx::query_scalar("SELECT max(rowid) FROM candidate_fts").fetch_one(&mut *conn).await?;
    sqlx::query(
        "INSERT INTO candidate_fts (rowid, name, emails, skills, resume, notes, location, tags, source)
         SELECT c.rowid, c.full_name, c.emails, '', '', c.notes, c.location,
                coalesce((SELECT group_concat(t.value, ', ') FROM json_each(c.tags) t), ''), c.source
         FROM candidates c WHERE c.rowid > ? AND c.deleted_at IS NULL",
    )
    .bind(max.unwrap_or(0))
    .execute(conn)
    .await?;
    Ok(())
}

/// A search: the query and the filters beside it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Type)]
pub struct SearchFilters {
    pub role_id: Option<String>,
    pub stage: Option<Stage>,
    pub tags: Vec<String>,
    pub source: Option<String>,
    /// Words of the location ("Berlin" finds "Berlin, Germany").
    pub location: Option<String>,
    /// Every one of these skills, by canonical name.
    pub skills: Vec<String>,
    pub min_years: Option<f64>,
    pub max_years: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct SearchHit {
    pub candidate_id: String,
    pub full_name: String,
    pub headline: String,
    pub location: String,
    pub years_experience: Option<f64>,
    /// The best-matching passage; matched words are wrapped in ⟦ ⟧.
    pub snippet: String,
    /// The roles the candidate is in and the stage in each, most recently moved first.
    pub applications: Vec<HitApplication>,
}

/// One of a search hit's applications: the role and where the candidate stands in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct HitApplication {
    pub role_id: String,
    pub role_title: String,
    pub stage: Stage,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct SearchResults {
    pub hits: Vec<SearchHit>,
    /// How many match in all (the hits are one page of them, from `offset`).
    pub total: u32,
    /// Where this page starts among all matches (0 for the best match).
    pub offset: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct SavedSearch {
    pub id: String,
    pub name: String,
    pub query: String,
    pub filters: SearchFilters,
}

/// The filters the index answers (location, tags, source, skills) as FTS5 column conditions.
fn index_filters(f: &SearchFilters) -> Vec<String> {
    let phrase = |s: &str| format!("\"{}\"", s.trim().replace('"', "\"\""));
    let mut out = Vec::new();
    if let Some(l) = f.location.as_ref().filter(|s| s.chars().any(char::is_alphanumeric)) {
        out.push(format!("location : {}", phrase(l)));
    }
    for t in f.tags.iter().filter(|s| s.chars().any(char::is_alphanumeric)) {
        out.push(format!("tags : {}", phrase(t)));
    }
    if let Some(s) = f.source.as_ref().filter(|s| s.chars().any(char::is_alphanumeric)) {
        out.push(format!("source : {}", phrase(s)));
    }
    for s in f.skills.iter().filter(|s| s.chars().any(char::is_alphanumeric)) {
        out.push(format!("skills : {}", phrase(s)));
    }
    out
}

/// The filters the index cannot answer, as SQL conditions.
fn push_filters<'a>(q: &mut QueryBuilder<'a, Sqlite>, f: &'a SearchFilters) {
    if let Some(role) = &f.role_id {
        q.push(" AND EXISTS (SELECT 1 FROM applications a WHERE a.candidate_id = c.id AND a.deleted_at IS NULL AND a.role_id = ")
            .push_bind(role);
        if let Some(stage) = f.stage {
            q.push(" AND a.stage = ").push_bind(stage.as_str());
        }
        q.push(")");
    } else if let Some(stage) = f.stage {
        q.push(" AND EXISTS (SELECT 1 FROM applications a WHERE a.candidate_id = c.id AND a.deleted_at IS NULL AND a.stage = ")
            .push_bind(stage.as_str())
            .push(")");
    }
    if let Some(min) = f.min_years {
        q.push(" AND p.years_experience >= ").push_bind(min);
    }
    if let Some(max) = f.max_years {
        q.push(" AND p.years_experience <= ").push_bind(max);
    }
}

impl Store {
    /// Runs a boolean query with filters and returns the page of `limit` matches from `offset`,
    /// best first, with the total; a query mistake is a validation error on `query` that says
    /// what is wrong and where.
    pub async fn search(&self, query: &str, filters: &SearchFilters, offset: u32, limit: u32) -> Result<SearchResults> {
        let parsed = parse(query).map_err(|e| ValidationErrors::single("query", e.to_string()))?;
        let limit = limit.clamp(1, 500);
        // The user's words search the text columns, tags and skills included (a recruiter's
        // "java" means the tag too); filters are column conditions beside them.
        let mut conditions: Vec<String> = parsed
            .as_ref()
            .map(|q| format!("{{name emails skills resume notes tags}} : ({})", to_fts5(q)))
            .into_iter()
            .collect();
        conditions.extend(index_filters(filters));
        let fts = (!conditions.is_empty()).then(|| conditions.join(" AND "));
        let base = |q: &mut QueryBuilder<'_, Sqlite>| {
            if fts.is_some() {
                q.push(" FROM candidate_fts f JOIN candidates c ON c.rowid = f.rowid");
            } else {
                q.push(" FROM candidates c");
            }
            q.push(" LEFT JOIN candidate_profiles p ON p.candidate_id = c.id WHERE c.deleted_at IS NULL");
        };
        // The best page and the total in one pass (rank in a subquery, the window outside it);
        // snippets only for the page, in a second small query.
        let mut rows = QueryBuilder::<Sqlite>::new(if fts.is_some() {
            "SELECT id, full_name, headline, location, years, frow, count(*) OVER () FROM (
               SELECT c.id, c.full_name, coalesce(p.headline, '') AS headline, c.location, p.years_experience AS years,
                      f.rowid AS frow, bm25(candidate_fts, 10.0, 5.0, 4.0, 1.0, 1.0) AS rank"
        } else {
            "SELECT id, full_name, headline, location, years, frow, count(*) OVER () FROM (
               SELECT c.id, c.full_name, coalesce(p.headline, '') AS headline, c.location, p.years_experience AS years,
                      c.rowid AS frow, c.last_activity_at AS rank"
        });
        base(&mut rows);
        if let Some(m) = &fts {
            rows.push(" AND candidate_fts MATCH ").push_bind(m.clone());
        }
        push_filters(&mut rows, filters);
        rows.push(if fts.is_some() { ") ORDER BY rank" } else { ") ORDER BY rank DESC" });
        rows.push(" LIMIT ").push_bind(i64::from(limit)).push(" OFFSET ").push_bind(i64::from(offset));
        type Row = (String, String, String, String, Option<f64>, i64, i64);
        let found: Vec<Row> = rows.build_query_as().fetch_all(&self.pool).await.map_err(fts_error)?;
        let total = match found.first() {
            Some(r) => r.6,
            // Past the last page the window has no row to count on: count on its own.
            None if offset > 0 => Box::pin(self.search(query, filters, 0, 1)).await?.total.into(),
            None => 0,
        };
        let mut snippets: std::collections::HashMap<i64, String> = std::collections::HashMap::new();
        if let (Some(m), false) = (&fts, found.is_empty()) {
            let mut q = QueryBuilder::<Sqlite>::new(
                "SELECT rowid, snippet(candidate_fts, -1, '⟦', '⟧', '…', 16) FROM candidate_fts WHERE candidate_fts MATCH ",
            );
            q.push_bind(m.clone()).push(" AND rowid IN (");
            let mut list = q.separated(", ");
            for r in &found {
                list.push_bind(r.5);
            }
            q.push(")");
            let pairs: Vec<(i64, String)> = q.build_query_as().fetch_all(&self.pool).await.map_err(fts_error)?;
            snippets.extend(pairs);
        }
        let mut applications = self.hit_applications(found.iter().map(|r| r.0.as_str())).await?;
        Ok(SearchResults {
            hits: found
                .into_iter()
                .map(|(candidate_id, full_name, headline, location, years_experience, frow, _)| SearchHit {
                    snippet: snippets.remove(&frow).unwrap_or_default(),
                    applications: applications.remove(&candidate_id).unwrap_or_default(),
                    candidate_id,
                    full_name,
                    headline,
                    location,
                    years_experience,
                })
                .collect(),
            total: total as u32,
            offset,
        })
    }

    /// The live applications of a page of hits, by candidate, most recently moved first.
    async fn hit_applications<'a>(
        &self,
        candidate_ids: impl Iterator<Item = &'a str>,
    ) -> Result<std::collections::HashMap<String, Vec<HitApplication>>> {
        let ids: Vec<&str> = candidate_ids.collect();
        let mut out: std::collections::HashMap<String, Vec<HitApplication>> = std::collections::HashMap::new();
        if ids.is_empty() {
            return Ok(out);
        }
        let mut q = QueryBuilder::<Sqlite>::new(
            "SELECT a.candidate_id, r.id, r.title, a.stage FROM applications a JOIN roles r ON r.id = a.role_id
             WHERE a.deleted_at IS NULL AND r.deleted_at IS NULL AND a.candidate_id IN (",
        );
        let mut list = q.separated(", ");
        for id in &ids {
            list.push_bind(*id);
        }
        q.push(") ORDER BY a.stage_entered_at DESC, r.title");
        let rows: Vec<(String, String, String, String)> = q.build_query_as().fetch_all(&self.pool).await?;
        for (candidate_id, role_id, role_title, stage) in rows {
            let stage = Stage::parse(&stage).ok_or_else(|| StoreError::Corrupt(format!("unknown stage {stage}")))?;
            out.entry(candidate_id).or_default().push(HitApplication { role_id, role_title, stage });
        }
        Ok(out)
    }

    pub async fn saved_searches(&self) -> Result<Vec<SavedSearch>> {
        let rows: Vec<(String, String, String, String)> = sqlx::query_as(
            "SELECT id, name, query, filters FROM saved_searches WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|(id, name, query, filters)| {
                Ok(SavedSearch { id, name, query, filters: serde_json::from_str(&filters)? })
            })
            .collect()
    }

    /// Saves a search under a name (the query must parse).
    pub async fn save_search(&self, name: &str, query: &str, filters: &SearchFilters) -> Result<SavedSearch> {
        let mut errors = ValidationErrors::default();
        errors.required_text("name", "Name", name.trim(), 80);
        if let Err(e) = parse(query) {
            errors.add("query", e.to_string());
        }
        errors.into_result()?;
        let id = shortlist_core::new_id();
        let mut w = self.begin_write().await?;
        sqlx::query("INSERT INTO saved_searches (id, name, query, filters, created_at, updated_at, hlc) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .bind(&id)
            .bind(name.trim())
            .bind(query)
            .bind(serde_json::to_string(filters)?)
            .bind(w.now)
            .bind(w.now)
            .bind(w.hlc_text())
            .execute(w.conn())
            .await?;
        w.record(Mutation {
            name: "saved_search.create",
            entity: "saved_search",
            entity_id: &id,
            args: json!({ "name": name.trim(), "query": query, "filters": filters }),
            changed_fields: vec!["name", "query", "filters"],
        })
        .await?;
        w.commit().await?;
        Ok(SavedSearch { id, name: name.trim().to_string(), query: query.to_string(), filters: filters.clone() })
    }

    pub async fn delete_saved_search(&self, id: &str) -> Result<()> {
        let mut w = self.begin_write().await?;
        let done = sqlx::query(
            "UPDATE saved_searches SET deleted_at = ?, updated_at = ?, hlc = ? WHERE id = ? AND deleted_at IS NULL",
        )
        .bind(w.now)
        .bind(w.now)
        .bind(w.hlc_text())
        .bind(id)
        .execute(w.conn())
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound { what: "The saved search" });
        }
        w.record(Mutation {
            name: "saved_search.delete",
            entity: "saved_search",
            entity_id: id,
            args: json!({}),
            changed_fields: vec!["deleted_at"],
        })
        .await?;
        w.commit().await
    }
}

/// FTS5 rejects a few inputs our parser lets through (e.g. a term that is all punctuation to
/// its tokenizer); those become a message about the query, not a storage failure.
fn fts_error(e: sqlx::Error) -> StoreError {
    let text = e.to_string();
    if text.contains("fts5") || text.contains("syntax error") || text.contains("unterminated") {
        return StoreError::Validation(ValidationErrors::single(
            "query",
            format!("The search engine could not read this query: {text}"),
        ));
    }
    StoreError::from(e)
}
