//! Every repository write is a named mutation in the outbox, in the same transaction; a failed
//! write leaves neither the row nor an outbox entry.

mod common;

use common::{candidate, count, open_fresh, role};
use shortlist_core::{Hlc, MoveStage, Stage};
use shortlist_store::outbox::OutboxEntry;
use shortlist_store::{Store, StoreError};

async fn last(store: &Store) -> anyhow::Result<OutboxEntry> {
    let all = store.outbox_since(0, 10_000).await?;
    Ok(all.last().cloned().expect("the outbox must not be empty"))
}

fn fields(entry: &OutboxEntry) -> Vec<String> {
    serde_json::from_str(&entry.changed_fields).expect("changed_fields is a JSON array")
}

#[tokio::test]
async fn each_write_lands_in_the_outbox_with_its_name_and_fields() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;

    let r = store.create_role(role("Backend Engineer")).await?;
    let e = last(&store).await?;
    assert_eq!(
        (e.name.as_str(), e.entity.as_str(), e.entity_id.as_str()),
        ("role.create", "role", r.id.as_str()),
        "role.create recorded"
    );
    assert_eq!(fields(&e).len(), 8 + 22 + 1, "a create stamps every field: the basics, each intake field, the plan");

    let mut edit = r.to_input();
    edit.team = "Platform".into();
    store.update_role(&r.id, edit).await?;
    let e = last(&store).await?;
    assert_eq!(e.name, "role.update", "role.update recorded");
    assert_eq!(fields(&e), vec!["team"], "only the changed field is recorded");

    store.close_role(&r.id).await?;
    let e = last(&store).await?;
    assert_eq!(e.name, "role.close", "role.close recorded");
    assert_eq!(fields(&e), vec!["status", "closed_on"], "closing changes status and closed date");
    store.reopen_role(&r.id).await?;
    assert_eq!(last(&store).await?.name, "role.reopen", "role.reopen recorded");

    let c = store.create_candidate(candidate("Ada Lovelace", "ada@example.com"), None).await?.candidate;
    let e = last(&store).await?;
    assert_eq!(
        (e.name.as_str(), e.entity_id.as_str()),
        ("candidate.create", c.id.as_str()),
        "candidate.create recorded"
    );

    let mut edit = c.to_input();
    edit.location = "London".into();
    store.update_candidate(&c.id, edit).await?;
    let e = last(&store).await?;
    assert_eq!(e.name, "candidate.update", "candidate.update recorded");
    assert_eq!(fields(&e), vec!["location"], "only location changed");
    let args: serde_json::Value = serde_json::from_str(&e.args)?;
    assert_eq!(args, serde_json::json!({ "location": "London" }), "an update carries only the changed values");

    let before = store.outbox_len().await?;
    store.update_candidate(&c.id, store.candidate(&c.id).await?.to_input()).await?;
    assert_eq!(store.outbox_len().await?, before, "saving without changes records nothing");

    let app = store.add_application(&c.id, &r.id, None).await?;
    let e = last(&store).await?;
    assert_eq!(
        (e.name.as_str(), e.entity_id.as_str()),
        ("application.create", app.application.id.as_str()),
        "application.create recorded"
    );

    store
        .move_stage(MoveStage { application_id: app.application.id.clone(), to: Stage::Applied, reason: None })
        .await?;
    let e = last(&store).await?;
    assert_eq!(e.name, "application.move_stage", "move recorded");
    let args: serde_json::Value = serde_json::from_str(&e.args)?;
    assert_eq!(args["from"], "sourced", "the move records where it came from");
    assert_eq!(args["to"], "applied", "the move records where it went");

    store.delete_candidate(&c.id).await?;
    assert_eq!(last(&store).await?.name, "candidate.delete", "delete recorded");
    store.restore_candidate(&c.id).await?;
    assert_eq!(last(&store).await?.name, "candidate.restore", "restore recorded");

    let all = store.outbox_since(0, 1000).await?;
    let ids: Vec<i64> = all.iter().map(|e| e.mutation_id).collect();
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "mutation ids increase: {ids:?}");
    let stamps: Vec<Hlc> = all.iter().map(|e| e.hlc.parse().expect("stamps parse")).collect();
    assert!(stamps.windows(2).all(|w| w[0] < w[1]), "HLC stamps increase in commit order");
    assert!(all.iter().all(|e| e.replica_id == store.replica_id()), "every entry names this replica");
    Ok(())
}

#[tokio::test]
async fn field_stamps_change_only_for_changed_fields() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let c = store.create_candidate(candidate("Grace Hopper", "grace@example.com"), None).await?.candidate;
    let (created_stamps, created_hlc): (String, String) =
        sqlx::query_as("SELECT field_hlc, hlc FROM candidates WHERE id = ?")
            .bind(&c.id)
            .fetch_one(store.pool())
            .await?;
    assert_eq!(created_stamps, "{}", "a new row's fields all carry the row stamp, so none are spelled out");
    let mut edit = c.to_input();
    edit.notes = "Met at a conference".into();
    store.update_candidate(&c.id, edit).await?;
    let (after, row_hlc): (String, String) = sqlx::query_as("SELECT field_hlc, hlc FROM candidates WHERE id = ?")
        .bind(&c.id)
        .fetch_one(store.pool())
        .await?;
    let after: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&after)?;
    assert_eq!(after["notes"], row_hlc.as_str(), "the edited field gets the update's stamp");
    assert_ne!(row_hlc, created_hlc, "the row stamp moved on");
    for field in ["full_name", "emails", "location", "tags"] {
        assert_eq!(after[field], created_hlc.as_str(), "{field} was not edited, so it keeps the creation stamp");
    }
    let mut edit = store.candidate(&c.id).await?.to_input();
    edit.location = "Paris".into();
    store.update_candidate(&c.id, edit).await?;
    let (again, _): (String, String) = sqlx::query_as("SELECT field_hlc, hlc FROM candidates WHERE id = ?")
        .bind(&c.id)
        .fetch_one(store.pool())
        .await?;
    let again: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&again)?;
    assert_eq!(again["notes"], after["notes"], "a later edit of another field keeps the notes stamp");
    assert_eq!(again["full_name"], created_hlc.as_str(), "untouched fields still carry the creation stamp");
    Ok(())
}

#[tokio::test]
async fn a_write_that_fails_inside_its_transaction_leaves_nothing() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    // Make the outbox append (the last step of every write) fail after the row was inserted.
    sqlx::query(
        "CREATE TRIGGER outbox_down BEFORE INSERT ON outbox WHEN NEW.args LIKE '%Never stored%'
         BEGIN SELECT RAISE(ABORT, 'outbox unavailable'); END",
    )
    .execute(store.pool())
    .await?;
    let before = store.outbox_len().await?;
    let err = store.create_role(role("Never stored")).await.expect_err("with the outbox failing, the write must fail");
    assert!(matches!(err, StoreError::Storage(_)), "a storage error: {err}");
    let stored: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM roles WHERE title = 'Never stored'").fetch_one(store.pool()).await?;
    assert_eq!(stored, 0, "the role row must be rolled back with its outbox entry");
    assert_eq!(store.outbox_len().await?, before, "no outbox entry either");
    store.create_role(role("Stored")).await?;
    assert_eq!(count(&store, "roles").await?, 1, "other writes still work");
    Ok(())
}

#[tokio::test]
async fn a_conflicting_write_leaves_neither_row_nor_outbox_entry() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let r = store.create_role(role("Data Engineer")).await?;
    let c = store.create_candidate(candidate("Alan Turing", "alan@example.com"), None).await?.candidate;
    store.add_application(&c.id, &r.id, None).await?;
    let (apps, events, outbox) =
        (count(&store, "applications").await?, count(&store, "stage_events").await?, store.outbox_len().await?);

    let err = store.add_application(&c.id, &r.id, None).await.expect_err("the same candidate cannot join a role twice");
    assert!(
        matches!(err, StoreError::Conflict(ref m) if m.contains("already in that role")),
        "a clear conflict: {err}"
    );
    assert_eq!(count(&store, "applications").await?, apps, "no second application");
    assert_eq!(count(&store, "stage_events").await?, events, "no stray history");
    assert_eq!(store.outbox_len().await?, outbox, "no outbox entry for a failed write");

    let err =
        store.add_application(&c.id, "01930000-0000-7000-8000-000000000000", None).await.expect_err("unknown role");
    assert!(matches!(err, StoreError::NotFound { .. }), "an unknown role is not found: {err}");
    let err = store.create_candidate(candidate("", "bad"), None).await.expect_err("invalid input");
    assert!(matches!(err, StoreError::Validation(_)), "invalid input is a validation error: {err}");
    assert_eq!(store.outbox_len().await?, outbox, "invalid input writes nothing");
    Ok(())
}

#[tokio::test]
async fn creating_a_candidate_into_a_role_is_one_transaction() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let r = store.create_role(role("Platform Engineer")).await?;
    let saved = store.create_candidate(candidate("Linus Torvalds", "linus@example.org"), Some(&r.id)).await?;
    let detail = store.role_detail(&r.id).await?;
    assert_eq!(detail.applications.len(), 1, "the new candidate is in the role");
    assert_eq!(detail.applications[0].application.candidate_id, saved.candidate.id, "it is the new candidate");
    assert_eq!(detail.applications[0].application.stage, Stage::Sourced, "new applications start in Sourced");

    let before = (count(&store, "candidates").await?, store.outbox_len().await?);
    let err = store
        .create_candidate(candidate("Nobody", "nobody@example.org"), Some("01930000-0000-7000-8000-000000000000"))
        .await;
    assert!(err.is_err(), "an unknown role fails the create");
    assert_eq!((count(&store, "candidates").await?, store.outbox_len().await?), before, "and nothing is written");
    Ok(())
}

#[tokio::test]
async fn the_clock_continues_after_a_restart() -> anyhow::Result<()> {
    let (db, store) = open_fresh().await?;
    store.create_role(role("One")).await?;
    let first: Hlc = last(&store).await?.hlc.parse()?;
    let replica = store.replica_id().to_string();
    store.close().await;
    let store = common::open_at(&db, common::test_now()).await?;
    assert_eq!(store.replica_id(), replica, "the replica id is stable across restarts");
    store.create_role(role("Two")).await?;
    let second: Hlc = last(&store).await?.hlc.parse()?;
    assert!(second > first, "stamps after a restart are later: {first} then {second}");
    Ok(())
}
