//! Opening the database file: pragmas, a safety copy before migrating, and migrations.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::{Arc, Mutex as StdMutex};
use std::time::Duration;

use shortlist_core::{Hlc, HlcClock};
use sqlx::migrate::Migrator;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Row, SqlitePool};

use crate::{Clock, Inner, Store, MIGRATOR};

/// Why the database could not be opened, with what the person can do about it.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("The database folder {path} could not be created: {source}")]
    Folder { path: PathBuf, source: std::io::Error },
    #[error("The database file {path} could not be opened: {source}")]
    Open { path: PathBuf, source: sqlx::Error },
    #[error("Before upgrading, Shortlist could not make a safety copy of {path}: {source}. Nothing was changed.")]
    Backup { path: PathBuf, source: sqlx::Error },
    #[error("Upgrading the database failed: {message}. Your data was left as it was (a copy is at {backup}).")]
    Migration { message: String, backup: PathBuf },
    #[error("Setting up the new database failed: {0}")]
    Initialise(String),
    #[error("The database file could not be read ({0}); it may be damaged or not a Shortlist database. The file was not changed.")]
    Unreadable(String),
    #[error(
        "This database's upgrade history does not match this version of Shortlist ({0}). The file was not changed."
    )]
    Incompatible(String),
    #[error("This database was last opened by a newer version of Shortlist (it has upgrade {version} that this version does not know). Install the newer version to open it.")]
    NewerSchema { version: i64 },
    #[error("The upgrade failed and the original could not be put back from {backup}: {source}")]
    Restore { backup: PathBuf, source: std::io::Error },
}

/// Where the database lives unless `SHORTLIST_DB` or `--db` say otherwise: the OS app-data folder.
pub fn default_db_path(app_data_dir: &Path) -> PathBuf {
    app_data_dir.join("shortlist.db")
}

fn connect_options(path: &Path) -> SqliteConnectOptions {
    SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        // Larger pages mean fewer b-tree splits on bulk inserts; it only applies to new files.
        .page_size(8192)
        .busy_timeout(Duration::from_secs(5))
        // 64 MiB of page cache per connection: bulk writes touch several indexes at once.
        .pragma("cache_size", "-65536")
        .pragma("temp_store", "memory")
        // Reads through a memory map skip a copy per page: a 5,000-card board reads ~20,000 pages.
        .pragma("mmap_size", "268435456")
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings it up to date.
    pub async fn open(path: &Path) -> Result<Store, OpenError> {
        Store::open_with_clock(path, Clock::system()).await
    }

    /// Like [`Store::open`], reading "now" from `clock` (tests fix it; the app may start it at
    /// `SHORTLIST_NOW`).
    pub async fn open_with_clock(path: &Path, clock: Clock) -> Result<Store, OpenError> {
        Store::open_full(path, &MIGRATOR, clock).await
    }

    /// Like [`Store::open`] with a chosen migrator (tests use this to exercise failing upgrades).
    pub async fn open_with(path: &Path, migrator: &Migrator) -> Result<Store, OpenError> {
        Store::open_full(path, migrator, Clock::system()).await
    }

    async fn open_full(path: &Path, migrator: &Migrator, clock: Clock) -> Result<Store, OpenError> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)
                .map_err(|source| OpenError::Folder { path: parent.to_path_buf(), source })?;
        }
        let existed = std::fs::metadata(path).map(|m| m.len() > 0).unwrap_or(false);
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(connect_options(path))
            .await
            .map_err(|source| OpenError::Open { path: path.to_path_buf(), source })?;

        let pending = pending_migrations(&pool, migrator).await?;
        let mut backup = None;
        if existed && pending.is_some_and(|p| p > 0) {
            let copy = backup_path_for(path, clock.now());
            sqlx::query("VACUUM INTO ?")
                .bind(copy.to_string_lossy().to_string())
                .execute(&pool)
                .await
                .map_err(|source| OpenError::Backup { path: path.to_path_buf(), source })?;
            backup = Some(copy);
        }
        if let Err(err) = migrator.run(&pool).await {
            pool.close().await;
            return Err(match (backup, existed) {
                (Some(copy), _) => {
                    restore(path, &copy)?;
                    OpenError::Migration { message: err.to_string(), backup: copy }
                }
                // Nothing was pending, so nothing ran: the file is exactly as it was. Never touch it.
                (None, true) => OpenError::Incompatible(err.to_string()),
                (None, false) => {
                    // A brand-new file has nothing to protect: remove the half-made one.
                    remove_with_sidecars(path);
                    OpenError::Initialise(err.to_string())
                }
            });
        }
        finish_open(pool, path, backup, clock).await
    }
}

/// How many migrations still need to run, or an error if the file is from a newer app.
async fn pending_migrations(pool: &SqlitePool, migrator: &Migrator) -> Result<Option<usize>, OpenError> {
    let has_table: Option<String> =
        sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'")
            .fetch_optional(pool)
            .await
            .map_err(|e| OpenError::Unreadable(e.to_string()))?;
    if has_table.is_none() {
        return Ok(Some(migrator.iter().count()));
    }
    let applied: Vec<i64> = sqlx::query_scalar("SELECT version FROM _sqlx_migrations WHERE success = 1")
        .fetch_all(pool)
        .await
        .map_err(|e| OpenError::Unreadable(e.to_string()))?;
    let known: HashSet<i64> = migrator.iter().map(|m| m.version).collect();
    if let Some(&version) = applied.iter().find(|v| !known.contains(v)) {
        return Err(OpenError::NewerSchema { version });
    }
    let applied: HashSet<i64> = applied.into_iter().collect();
    Ok(Some(migrator.iter().filter(|m| !applied.contains(&m.version)).count()))
}

fn backup_path_for(path: &Path, now: chrono::DateTime<chrono::Utc>) -> PathBuf {
    let stamp = now.format("%Y%m%d-%H%M%S%3f");
    let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_else(|| "shortlist.db".into());
    path.with_file_name(format!("{name}.before-upgrade-{stamp}.bak"))
}

fn restore(path: &Path, copy: &Path) -> Result<(), OpenError> {
    remove_with_sidecars(path);
    std::fs::copy(copy, path).map_err(|source| OpenError::Restore { backup: copy.to_path_buf(), source })?;
    Ok(())
}

fn remove_with_sidecars(path: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        // Missing sidecars are normal; anything else surfaces when the file is next opened.
        let _ = std::fs::remove_file(PathBuf::from(p));
    }
}

async fn finish_open(pool: SqlitePool, path: &Path, backup: Option<PathBuf>, wall: Clock) -> Result<Store, OpenError> {
    let init = |e: sqlx::Error| OpenError::Initialise(e.to_string());
    let replica_id = match sqlx::query_scalar::<_, String>("SELECT value FROM meta WHERE key = 'replica_id'")
        .fetch_optional(&pool)
        .await
        .map_err(init)?
    {
        Some(id) => id,
        None => {
            let id = shortlist_core::new_id();
            sqlx::query("INSERT INTO meta (key, value) VALUES ('replica_id', ?)")
                .bind(&id)
                .execute(&pool)
                .await
                .map_err(init)?;
            id
        }
    };
    let last: Option<String> = sqlx::query("SELECT MAX(hlc) AS hlc FROM outbox WHERE replica_id = ?")
        .bind(&replica_id)
        .fetch_one(&pool)
        .await
        .map_err(init)?
        .try_get("hlc")
        .map_err(init)?;
    let last: Option<Hlc> = last.and_then(|s| Hlc::from_str(&s).ok());
    let actor = crate::settings::load_actor(&pool).await.map_err(|e| OpenError::Initialise(e.to_string()))?;
    let zone = crate::settings::load_zone(&pool).await.map_err(|e| OpenError::Initialise(e.to_string()))?;
    let store = Store {
        pool,
        inner: Arc::new(Inner {
            path: path.to_path_buf(),
            clock: StdMutex::new(HlcClock::new(replica_id.clone(), last.as_ref())),
            wall,
            zone: StdMutex::new(zone),
            replica_id,
            write_lock: Arc::new(tokio::sync::Mutex::new(())),
            actor: StdMutex::new(actor),
            backup,
        }),
    };
    // Derived lookups added by a later version are filled in once, for records written before.
    let keys: Option<String> = sqlx::query_scalar("SELECT value FROM meta WHERE key = 'candidate_keys_version'")
        .fetch_optional(&store.pool)
        .await
        .map_err(init)?;
    if keys.as_deref() != Some(crate::duplicates::KEYS_VERSION) {
        store.rebuild_candidate_keys().await.map_err(|e| OpenError::Initialise(e.to_string()))?;
    }
    Ok(store)
}
