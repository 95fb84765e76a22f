//! Shortlist's local store: one SQLite file, migrations, and one repository module per aggregate.
//! Every write to a shared table goes through [`write::Write`], which stamps it with the replica's
//! hybrid logical clock and appends a named mutation to the outbox in the same transaction.

mod applications;
mod board;
mod candidates;
mod clock;
pub mod demo;
mod duplicates;
mod error;
pub mod export;
mod imports;
mod interviews;
mod matching;
mod merges;
mod offers;
mod open;
pub mod outbox;
mod outreach;
mod people;
mod profiles;
mod risks;
mod roles;
mod scheduling;
mod scorecards;
mod search;
mod settings;
mod templates;
mod time;
mod week;
mod write;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex as StdMutex};

use shortlist_core::HlcClock;
use sqlx::SqlitePool;

pub use clock::Clock;
pub use duplicates::DuplicateProbe;
pub use error::{Result, StoreError};
pub use imports::{resume_files_in, ImportOptions};
pub use matching::RankedCandidate;
pub use merges::MergeRecord;
pub use offers::{
    ApprovalDecision, ApproverView, FieldChange, LetterFormat, LetterPreview, OfferDiff, OfferEvent, OfferInput,
    OfferVersion, OfferView,
};
pub use open::{default_db_path, OpenError};
pub use outreach::{Outreach, OutreachChannel, OutreachDraft, OutreachInput, OutreachResponse};
pub use risks::{Dismissal, RiskView};
pub use scheduling::{
    BusyBlock, BusyInput, CalendarImport, CandidateWindow, InviteAudience, LoopQuery, LoopSuggestions,
    PlannedInterview, StepPanel, WindowInput,
};
pub use search::{HitApplication, SavedSearch, SearchFilters, SearchHit, SearchResults};
pub use templates::Template;
pub use week::MyWeek;

/// The migrations of the desktop database, embedded in the binary.
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("../../migrations/local");

/// Who is recorded as the author of writes made on this laptop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Actor {
    /// The "me" person in the directory, when chosen.
    pub id: Option<String>,
    pub name: String,
}

/// A handle to the open database. Cheap to clone; all clones share one pool and one clock.
#[derive(Clone)]
pub struct Store {
    pool: SqlitePool,
    inner: Arc<Inner>,
}

struct Inner {
    path: PathBuf,
    replica_id: String,
    clock: StdMutex<HlcClock>,
    /// Where "now" comes from: the system clock in the app, a fixed one in tests.
    wall: Clock,
    /// The zone "today" and "this week" are counted in (see [`Store::zone`]), kept current.
    zone: StdMutex<chrono_tz::Tz>,
    /// One writer at a time: keeps HLC order equal to commit order and avoids SQLite's
    /// busy-upgrade failures between concurrent deferred transactions.
    write_lock: Arc<tokio::sync::Mutex<()>>,
    actor: StdMutex<Actor>,
    backup: Option<PathBuf>,
}

impl Store {
    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    pub fn path(&self) -> &Path {
        &self.inner.path
    }

    pub fn replica_id(&self) -> &str {
        &self.inner.replica_id
    }

    /// The copy taken before the last migration at open, if one was needed.
    pub fn backup_path(&self) -> Option<&Path> {
        self.inner.backup.as_deref()
    }

    /// The clock this store reads "now" from.
    pub fn clock(&self) -> &Clock {
        &self.inner.wall
    }

    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.inner.wall.now()
    }

    pub(crate) fn now_ms(&self) -> i64 {
        self.now().timestamp_millis()
    }

    /// The user's zone: the one chosen in Settings, else "me"'s zone in the directory, else this
    /// computer's, else UTC. Days, weeks and "today" are counted in it everywhere.
    pub fn zone(&self) -> chrono_tz::Tz {
        *self.inner.zone.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Today's date in the user's zone.
    pub fn today(&self) -> chrono::NaiveDate {
        self.now().with_timezone(&self.zone()).date_naive()
    }

    /// This month in the user's zone ("present" in a resume, recency in matching).
    pub(crate) fn this_month(&self) -> shortlist_parse::dates::Month {
        board::month_of(self.today())
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}
