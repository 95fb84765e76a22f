//! Shared helpers for the app's end-to-end tests (each test file uses a different part).

#![allow(dead_code)]

pub mod webdriver;

use std::path::PathBuf;

use shortlist_core::{CandidateInput, RoleInput, RoleStatus};
use shortlist_store::Store;

/// A fresh temp folder holding one test database (kept on failure for its driver log).
pub struct TestDb {
    /// Keeps the folder alive for the test's duration.
    pub _dir: tempfile::TempDir,
    pub path: PathBuf,
}

pub fn fresh_db(name: &str) -> anyhow::Result<TestDb> {
    let dir = tempfile::Builder::new().prefix(&format!("shortlist-e2e-{name}-")).tempdir()?;
    let path = dir.path().join("shortlist.db");
    Ok(TestDb { _dir: dir, path })
}

/// Runs store code against the test database before or after the app uses it.
pub fn with_store<T>(db: &TestDb, f: impl AsyncFnOnce(&Store) -> anyhow::Result<T>) -> anyhow::Result<T> {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    rt.block_on(async {
        let store = Store::open(&db.path).await?;
        let out = f(&store).await;
        store.close().await;
        out
    })
}

pub fn role(title: &str) -> RoleInput {
    RoleInput {
        title: title.into(),
        team: "Payments".into(),
        level: "Senior".into(),
        status: RoleStatus::Open,
        hiring_manager: "Dana Hiring".into(),
        recruiter: "Sam Rivera".into(),
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
        phones: vec![],
        links: vec![],
        location: "Berlin, Germany".into(),
        time_zone: "Europe/Berlin".into(),
        source: "Referral".into(),
        tags: vec![],
        notes: String::new(),
    }
}

/// Where screenshots go (the README screenshot comes from here).
pub fn screens_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/e2e-screens");
    let _ = std::fs::create_dir_all(&dir);
    dir
}
