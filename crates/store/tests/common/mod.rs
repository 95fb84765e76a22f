//! Shared fixtures for the store's integration tests: real SQLite files in temp folders.

#![allow(dead_code)]

use std::path::PathBuf;

use shortlist_core::{CandidateInput, RoleInput, RoleStatus};
use shortlist_store::Store;

pub struct Db {
    pub dir: tempfile::TempDir,
    pub path: PathBuf,
}

pub fn temp_db() -> anyhow::Result<Db> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("shortlist.db");
    Ok(Db { dir, path })
}

pub async fn open_fresh() -> anyhow::Result<(Db, Store)> {
    let db = temp_db()?;
    let store = Store::open(&db.path).await?;
    Ok((db, store))
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
