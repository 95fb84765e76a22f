//! Opening databases: migrations from empty, the upgrade path with its safety copy, failed
//! upgrades that leave the original untouched, and files from a newer app.

mod common;

use std::path::Path;

use common::{count, role, temp_db};
use shortlist_store::{OpenError, Store, MIGRATOR};
use sqlx::migrate::Migrator;

/// Today's migrations, as (file name, SQL): the "current version" the upgrade tests start from.
fn current() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../migrations/local");
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("the migrations folder exists")
        .filter_map(|e| e.ok())
        .map(|e| {
            (
                e.file_name().to_string_lossy().to_string(),
                std::fs::read_to_string(e.path()).expect("readable migration"),
            )
        })
        .collect();
    files.sort();
    files
}

/// Today's migrations plus `extra` ones.
fn with(extra: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut files = current();
    files.extend(extra.iter().map(|(n, s)| (n.to_string(), s.to_string())));
    files
}

/// A migrator from a folder of migration files written by the test.
async fn migrator(dir: &Path, files: &[(String, String)]) -> anyhow::Result<Migrator> {
    std::fs::create_dir_all(dir)?;
    for (name, sql) in files {
        std::fs::write(dir.join(name), sql)?;
    }
    Ok(Migrator::new(dir).await?)
}

fn backups(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut found: Vec<_> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.to_string_lossy().contains("before-upgrade"))
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found
}

#[tokio::test]
async fn a_new_database_gets_every_migration_and_no_backup() -> anyhow::Result<()> {
    let db = temp_db()?;
    let store = Store::open(&db.path).await?;
    let applied: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM _sqlx_migrations WHERE success = 1").fetch_one(store.pool()).await?;
    assert_eq!(applied as usize, MIGRATOR.iter().count(), "every embedded migration must be applied to a new file");
    let journal: String = sqlx::query_scalar("PRAGMA journal_mode").fetch_one(store.pool()).await?;
    assert_eq!(journal, "wal", "the database must run in WAL mode");
    let fk: i64 = sqlx::query_scalar("PRAGMA foreign_keys").fetch_one(store.pool()).await?;
    assert_eq!(fk, 1, "foreign keys must be enforced");
    assert!(store.backup_path().is_none(), "a brand-new file needs no safety copy");
    store.close().await;

    let again = Store::open(&db.path).await?;
    assert!(again.backup_path().is_none(), "reopening an up-to-date file must not copy it");
    assert!(backups(db.dir.path()).is_empty(), "no backup files for an up-to-date database");
    Ok(())
}

#[tokio::test]
async fn upgrading_copies_the_file_aside_first() -> anyhow::Result<()> {
    let db = temp_db()?;
    let v1 = migrator(&db.dir.path().join("m1"), &current()).await?;
    let store = Store::open_with(&db.path, &v1).await?;
    store.create_role(role("Before the upgrade")).await?;
    store.close().await;

    let v2 = migrator(
        &db.dir.path().join("m2"),
        &with(&[("29991201000000_probe.sql", "ALTER TABLE roles ADD COLUMN upgrade_probe TEXT;")]),
    )
    .await?;
    let upgraded = Store::open_with(&db.path, &v2).await?;
    let backup = upgraded.backup_path().expect("an upgrade must leave a safety copy").to_path_buf();
    assert!(backup.exists(), "the safety copy must exist on disk");
    let cols: Vec<String> =
        sqlx::query_scalar("SELECT name FROM pragma_table_info('roles')").fetch_all(upgraded.pool()).await?;
    assert!(cols.contains(&"upgrade_probe".to_string()), "the upgrade must have run");
    assert_eq!(count(&upgraded, "roles").await?, 1, "data must survive the upgrade");
    upgraded.close().await;

    let copy = Store::open_with(&backup, &v1).await?;
    assert_eq!(count(&copy, "roles").await?, 1, "the safety copy holds the data as it was");
    let cols: Vec<String> =
        sqlx::query_scalar("SELECT name FROM pragma_table_info('roles')").fetch_all(copy.pool()).await?;
    assert!(!cols.contains(&"upgrade_probe".to_string()), "the safety copy is from before the upgrade");
    Ok(())
}

#[tokio::test]
async fn a_failed_upgrade_leaves_the_original_untouched() -> anyhow::Result<()> {
    let db = temp_db()?;
    let v1 = migrator(&db.dir.path().join("m1"), &current()).await?;
    let store = Store::open_with(&db.path, &v1).await?;
    store.create_role(role("Precious")).await?;
    store.close().await;
    let before = std::fs::read(&db.path)?;

    // The second migration succeeds; the third fails halfway through its statements.
    let broken = migrator(
        &db.dir.path().join("m3"),
        &with(&[
            ("29991201000000_ok.sql", "ALTER TABLE roles ADD COLUMN upgrade_probe TEXT;"),
            ("29991202000000_broken.sql", "ALTER TABLE roles ADD COLUMN other TEXT;\nTHIS IS NOT SQL;"),
        ]),
    )
    .await?;
    let err = Store::open_with(&db.path, &broken).await.err().expect("a broken migration must fail the open");
    match &err {
        OpenError::Migration { message, backup } => {
            assert!(!message.is_empty(), "the error must say what failed");
            assert!(backup.exists(), "the safety copy must be kept after a failure");
        }
        other => panic!("expected a migration error, got {other:?}"),
    }
    assert!(err.to_string().contains("left as it was"), "the message must reassure the user: {err}");

    let reopened = Store::open_with(&db.path, &v1).await?;
    assert_eq!(count(&reopened, "roles").await?, 1, "the data must still be there");
    let cols: Vec<String> =
        sqlx::query_scalar("SELECT name FROM pragma_table_info('roles')").fetch_all(reopened.pool()).await?;
    assert!(
        !cols.contains(&"upgrade_probe".to_string()),
        "even the migration that succeeded must be rolled back with the restore"
    );
    let versions: Vec<i64> =
        sqlx::query_scalar("SELECT version FROM _sqlx_migrations").fetch_all(reopened.pool()).await?;
    let expected: Vec<i64> = current().iter().map(|(n, _)| n[..14].parse().expect("versioned file name")).collect();
    assert_eq!(versions, expected, "only the original migrations are recorded");
    reopened.close().await;
    assert!(!before.is_empty(), "the original file had content");
    Ok(())
}

#[tokio::test]
async fn a_mismatched_upgrade_history_is_refused_and_the_file_kept() -> anyhow::Result<()> {
    let db = temp_db()?;
    let v1 = migrator(&db.dir.path().join("m1"), &current()).await?;
    let store = Store::open_with(&db.path, &v1).await?;
    store.create_role(role("Keep me")).await?;
    store.close().await;

    // Same version, different text: what a build with an edited migration would carry.
    let mut edited = current();
    edited[0].1.push_str("\n-- edited\n");
    let other = migrator(&db.dir.path().join("m2"), &edited).await?;
    let err = Store::open_with(&db.path, &other).await.err().expect("a modified migration must be refused");
    assert!(matches!(err, OpenError::Incompatible(_)), "got {err:?}");
    assert!(err.to_string().contains("not changed"), "the message says the file is safe: {err}");
    assert!(db.path.exists(), "the database file must never be removed");
    let again = Store::open_with(&db.path, &v1).await?;
    assert_eq!(count(&again, "roles").await?, 1, "the data is still there");
    Ok(())
}

#[tokio::test]
async fn a_file_from_a_newer_app_is_refused_without_changes() -> anyhow::Result<()> {
    let db = temp_db()?;
    let store = Store::open(&db.path).await?;
    sqlx::query("INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) VALUES (99990101000000, 'future', 1, x'00', 0)")
        .execute(store.pool())
        .await?;
    store.close().await;
    let err = Store::open(&db.path).await.err().expect("a newer schema must be refused");
    assert!(matches!(err, OpenError::NewerSchema { version: 99990101000000 }), "got {err:?}");
    assert!(backups(db.dir.path()).is_empty(), "refusing must not write a backup");
    Ok(())
}

#[tokio::test]
async fn a_file_that_is_not_a_database_is_refused_and_kept() -> anyhow::Result<()> {
    let db = temp_db()?;
    let garbage = b"these are my notes, not a database".repeat(200);
    std::fs::write(&db.path, &garbage)?;
    let err = Store::open(&db.path).await.err().expect("garbage must not open");
    assert!(matches!(err, OpenError::Open { .. } | OpenError::Unreadable(_)), "got {err:?}");
    assert!(err.to_string().contains("not a database"), "the message says what is wrong: {err}");
    assert_eq!(std::fs::read(&db.path)?, garbage, "the file must be left exactly as it was");
    Ok(())
}

#[tokio::test]
async fn an_unwritable_location_is_a_clear_error() -> anyhow::Result<()> {
    let db = temp_db()?;
    let blocker = db.dir.path().join("not-a-folder");
    std::fs::write(&blocker, "x")?;
    let err = Store::open(&blocker.join("shortlist.db")).await.err().expect("a path under a file cannot be opened");
    assert!(err.to_string().contains("could not be"), "the message names the problem: {err}");
    Ok(())
}
