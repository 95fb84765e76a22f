//! Shared helpers for the app's end-to-end tests (each test file uses a different part).

#![allow(dead_code)]

pub mod webdriver;

use std::path::PathBuf;

use std::sync::OnceLock;

use chrono::{DateTime, Utc};
use shortlist_core::{CandidateInput, RoleInput, RoleStatus};
use shortlist_store::{Clock, Store};

/// The instant the end-to-end tests' world starts at (a Wednesday morning in January 2027): the
/// app is launched with `SHORTLIST_NOW` on the same running clock that the tests' own store
/// code uses, so "today", "this week" and "overdue" never depend on the day the suite runs.
const WORLD_STARTS_AT: &str = "2027-01-13T09:30:00Z";

/// The tests' clock: starts at [`WORLD_STARTS_AT`] when first read and runs at real speed.
pub fn clock() -> &'static Clock {
    static CLOCK: OnceLock<Clock> = OnceLock::new();
    CLOCK.get_or_init(|| {
        let start = DateTime::parse_from_rfc3339(WORLD_STARTS_AT).map(|t| t.with_timezone(&Utc)).unwrap_or_default();
        Clock::starting_at(start)
    })
}

/// "Now" in the tests' world (also the app's, which is launched at this clock's reading).
pub fn now() -> DateTime<Utc> {
    clock().now()
}

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
        let store = Store::open_with_clock(&db.path, clock().clone()).await?;
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
