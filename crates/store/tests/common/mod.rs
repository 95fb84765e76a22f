//! Shared fixtures for the store's integration tests: real SQLite files in temp folders.

#![allow(dead_code)]

use std::path::PathBuf;

use chrono::{DateTime, Utc};
use shortlist_core::{CandidateInput, RoleInput, RoleStatus};
use shortlist_store::{Clock, Store};

pub struct Db {
    pub dir: tempfile::TempDir,
    pub path: PathBuf,
}

pub fn temp_db() -> anyhow::Result<Db> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("shortlist.db");
    Ok(Db { dir, path })
}

/// The instant store tests run at: a Wednesday morning in January 2027, weeks away from any
/// daylight-saving switch (the scheduling tests' zone offsets hold for the weeks after it). Tests
/// move the store's clock from here when they need time to pass; nothing depends on the day the
/// suite runs.
pub fn test_now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2027-01-13T09:30:00Z").expect("a valid instant").with_timezone(&Utc)
}

/// A new database in a temp folder, with its clock fixed at [`test_now`].
pub async fn open_fresh() -> anyhow::Result<(Db, Store)> {
    let db = temp_db()?;
    let store = open_at(&db, test_now()).await?;
    Ok((db, store))
}

/// Opens (or reopens) a test database with its clock fixed at `now`.
pub async fn open_at(db: &Db, now: DateTime<Utc>) -> anyhow::Result<Store> {
    Ok(Store::open_with_clock(&db.path, Clock::fixed(now)).await?)
}

pub fn role(title: &str) -> RoleInput {
    RoleInput {
        title: title.into(),
        team: "Payments".into(),
        level: "Senior".into(),
        status: RoleStatus::Open,
        hiring_manager: "Dana".into(),
        recruiter: "Sam".into(),
        opened_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 1).expect("valid date"),
        closed_on: None,
        intake: shortlist_store::demo::ready_intake(),
        plan: Default::default(),
    }
}

pub fn candidate(name: &str, email: &str) -> CandidateInput {
    CandidateInput {
        full_name: name.into(),
        emails: vec![email.into()],
        phones: vec!["+49 30 1234567".into()],
        links: vec![],
        location: "Berlin".into(),
        time_zone: "Europe/Berlin".into(),
        source: "Referral".into(),
        tags: vec!["rust".into()],
        notes: String::new(),
    }
}

pub async fn count(store: &Store, table: &str) -> anyhow::Result<i64> {
    Ok(sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}")).fetch_one(store.pool()).await?)
}
