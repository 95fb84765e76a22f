//! The people directory and "me".

mod common;

use common::{candidate, open_fresh, role};
use shortlist_core::{MoveStage, PersonInput, Plays, Stage};
use shortlist_store::StoreError;

fn person(name: &str) -> PersonInput {
    PersonInput {
        name: name.into(),
        email: format!("{}@example.com", name.to_lowercase().replace(' ', ".")),
        time_zone: "Europe/Berlin".into(),
        plays: vec![Plays::Recruiter],
    }
}

#[tokio::test]
async fn people_are_created_edited_listed_and_tombstoned_through_the_outbox() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let zoe = store.create_person(person("Zoë Adams")).await?;
    let ben = store.create_person(person("ben Carter")).await?;
    let names: Vec<String> = store.list_people().await?.into_iter().map(|p| p.name).collect();
    assert_eq!(names, vec!["ben Carter", "Zoë Adams"], "listed by name, case-insensitively");

    let mut edit = zoe.to_input();
    edit.plays = vec![Plays::Interviewer, Plays::HiringManager];
    let edited = store.update_person(&zoe.id, edit).await?;
    assert_eq!(edited.plays, vec![Plays::HiringManager, Plays::Interviewer], "roles saved in a stable order");
    let last = store.outbox_since(0, 100).await?.pop().expect("an outbox entry");
    assert_eq!(
        (last.name.as_str(), last.changed_fields.as_str()),
        ("person.update", r#"["plays"]"#),
        "only plays changed"
    );

    let mut bad = ben.to_input();
    bad.time_zone = "Berlin".into();
    assert!(
        matches!(store.update_person(&ben.id, bad).await, Err(StoreError::Validation(_))),
        "time zones must be IANA names"
    );

    store.delete_person(&ben.id).await?;
    assert_eq!(store.list_people().await?.len(), 1, "a deleted person leaves the directory");
    assert!(matches!(store.person(&ben.id).await, Err(StoreError::NotFound { .. })), "and cannot be opened");
    Ok(())
}

#[tokio::test]
async fn me_is_the_author_of_stage_moves() -> anyhow::Result<()> {
    let (db, store) = open_fresh().await?;
    store.set_display_name("Laptop Owner").await?;
    let sam = store.create_person(person("Sam Rivera")).await?;
    let settings = store.set_me(Some(&sam.id)).await?;
    assert_eq!(
        (settings.me.as_deref(), settings.display_name.as_str()),
        (Some(sam.id.as_str()), "Sam Rivera"),
        "me is Sam"
    );

    let r = store.create_role(role("Backend Engineer")).await?;
    let c = store.create_candidate(candidate("Ada", "ada@example.com"), Some(&r.id)).await?.candidate;
    let app = store.role_detail(&r.id).await?.applications[0].application.id.clone();
    store.move_stage(MoveStage { application_id: app.clone(), to: Stage::Applied, reason: None }).await?;
    let (actor, actor_id): (String, Option<String>) =
        sqlx::query_as("SELECT actor, actor_id FROM stage_events ORDER BY occurred_at DESC, rowid DESC LIMIT 1")
            .fetch_one(store.pool())
            .await?;
    assert_eq!(
        (actor.as_str(), actor_id.as_deref()),
        ("Sam Rivera", Some(sam.id.as_str())),
        "the move records who made it"
    );

    let mut renamed = sam.to_input();
    renamed.name = "Samantha Rivera".into();
    store.update_person(&sam.id, renamed).await?;
    assert_eq!(store.settings().await?.display_name, "Samantha Rivera", "renaming me shows at once");
    store.close().await;

    let store = common::open_at(&db, common::test_now()).await?;
    assert_eq!(store.settings().await?.me.as_deref(), Some(sam.id.as_str()), "me survives a restart");
    store.delete_person(&sam.id).await?;
    let settings = store.settings().await?;
    assert_eq!(
        (settings.me, settings.display_name.as_str()),
        (None, "Laptop Owner"),
        "without me, the display name is used"
    );
    let detail = store.candidate_detail(&c.id).await?;
    assert!(detail.history.iter().any(|e| e.actor == "Sam Rivera"), "history keeps the name it was written with");
    assert!(
        store.set_me(Some("01930000-0000-7000-8000-000000000000")).await.is_err(),
        "me must be someone in the directory"
    );
    Ok(())
}
