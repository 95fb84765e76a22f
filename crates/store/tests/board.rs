//! The pipeline board: cards with their facts, SLAs and the Stalled view, bulk moves that are
//! all-or-nothing, and the technical screen's path.

mod common;

use std::path::PathBuf;

use chrono::Duration;
use common::{candidate, count, open_fresh, role};
use shortlist_core::board::FeedbackSummary;
use shortlist_core::{InterviewInput, PersonInput, Plays, ScreenChoice, ScreenPath, Stage, StageSla};
use shortlist_store::{ImportOptions, StoreError};

#[tokio::test]
async fn a_card_carries_job_match_risks_interview_and_sla() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let mut spec = role("Backend Engineer");
    spec.intake.must_haves = vec!["Kafka".into(), "PostgreSQL".into()];
    let r = store.create_role(spec).await?;
    let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../parse/tests/corpus");
    let into_role = ImportOptions { source: String::new(), role_id: Some(r.id.clone()) };
    store.import_file("a.pdf", &std::fs::read(corpus.join("pdf/01-marcus-bell.pdf"))?, &into_role).await?;
    store.create_candidate(candidate("Grace Hopper", "grace@example.com"), Some(&r.id)).await?;

    let now = store.now();
    let board = store.board(&r.id, now).await?;
    assert_eq!(board.cards.len(), 2);
    let marcus = board.cards.iter().find(|c| c.name == "Marcus Bell").expect("the imported card");
    assert!(marcus.score.is_some_and(|s| s > 0), "matched against the intake: {marcus:?}");
    assert!(marcus.current.contains('·') || !marcus.current.is_empty(), "current job shown: {}", marcus.current);
    let grace = board.cards.iter().find(|c| c.name == "Grace Hopper").expect("the typed-in card");
    assert_eq!(grace.score, None, "no profile, no score");
    assert_eq!(grace.stage, Stage::Sourced);
    assert_eq!(grace.sla_due_at, Some(grace.stage_entered_at + Duration::days(7)), "Sourced: 7 days by default");
    assert!(!grace.stalled);

    // A week and a bit later Grace has stalled; an upcoming interview shows on the card.
    let ana = store
        .create_person(PersonInput {
            name: "Ana Ruiz".into(),
            email: "ana@example.com".into(),
            time_zone: "Europe/Berlin".into(),
            plays: vec![Plays::Interviewer],
        })
        .await?;
    let tomorrow = (now + Duration::days(1)).with_timezone(&chrono_tz::Europe::Berlin);
    store
        .schedule_interview(InterviewInput {
            application_id: grace.application_id.clone(),
            step_id: "deep-dive".into(),
            local_start: tomorrow.format("%Y-%m-%dT10:00").to_string(),
            time_zone: "Europe/Berlin".into(),
            duration_minutes: 60,
            interviewer_ids: vec![ana.id.clone()],
        })
        .await?;
    let later = now + Duration::days(8);
    let board = store.board(&r.id, now).await?;
    let grace = board.cards.iter().find(|c| c.name == "Grace Hopper").expect("card");
    let next = grace.next_interview.as_ref().expect("the next interview is on the card");
    assert_eq!(next.step_name, "Past-project deep dive");
    let stalled = store.stalled(later).await?;
    assert_eq!(stalled.len(), 2, "both cards sat in Sourced for 8 days");
    assert_eq!(stalled[0].role_title, "Backend Engineer");
    let board = store.board(&r.id, later).await?;
    let grace = board.cards.iter().find(|c| c.name == "Grace Hopper").expect("card");
    assert!(grace.stalled);
    assert_eq!(grace.next_interview, None, "it has happened by then");
    assert_eq!(grace.feedback, FeedbackSummary { submitted: 0, expected: 1, overdue: 1 }, "Ana's scorecard is late");

    // Moving it on resets the stage clock; an SLA edited on the plan applies at once.
    store.move_stages(std::slice::from_ref(&grace.application_id), Stage::ProfileReview, None).await?;
    let mut spec = store.role(&r.id).await?.to_input();
    spec.plan.stage_slas.retain(|s| s.stage != Stage::ProfileReview);
    spec.plan.stage_slas.push(StageSla { stage: Stage::ProfileReview, days: 1 });
    store.update_role(&r.id, spec).await?;
    let stalled = store.stalled(store.now() + Duration::hours(25)).await?;
    assert_eq!(stalled.len(), 1, "Grace in profile review for 25 hours against a one-day limit");
    assert_eq!(stalled[0].card.name, "Grace Hopper");
    Ok(())
}

#[tokio::test]
async fn a_bulk_move_is_all_or_nothing() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let r = store.create_role(role("Backend Engineer")).await?;
    for (name, email) in [("A One", "a@example.com"), ("B Two", "b@example.com"), ("C Three", "c@example.com")] {
        store.create_candidate(candidate(name, email), Some(&r.id)).await?;
    }
    let board = store.board(&r.id, store.now()).await?;
    let ids: Vec<String> = board.cards.iter().map(|c| c.application_id.clone()).collect();
    let moved = store.move_stages(&ids[..2], Stage::Applied, None).await?;
    assert!(moved.iter().all(|v| v.application.stage == Stage::Applied));

    let events_before = count(&store, "stage_events").await?;
    let outbox_before = count(&store, "outbox").await?;
    // The third card is in Sourced, the first two already in Applied: the whole batch fails.
    let err = store.move_stages(&ids, Stage::Applied, None).await.expect_err("two are already there");
    match err {
        StoreError::Validation(v) => assert!(v.fields[0].message.contains("already in Applied"), "{v:?}"),
        other => panic!("expected a validation error, got {other:?}"),
    }
    assert_eq!(count(&store, "stage_events").await?, events_before, "nothing half-written");
    assert_eq!(count(&store, "outbox").await?, outbox_before);
    let board = store.board(&r.id, store.now()).await?;
    assert_eq!(board.cards.iter().filter(|c| c.stage == Stage::Sourced).count(), 1);

    // A bulk reject needs a reason, and keeps it on every card.
    assert!(store.move_stages(&ids[..2], Stage::Rejected, Some("  ")).await.is_err());
    store.move_stages(&ids[..2], Stage::Rejected, Some("Role needs on-call experience")).await?;
    let board = store.board(&r.id, store.now()).await?;
    let rejected: Vec<_> = board.cards.iter().filter(|c| c.stage == Stage::Rejected).collect();
    assert_eq!(rejected.len(), 2);
    assert!(rejected.iter().all(|c| c.stage_reason.as_deref() == Some("Role needs on-call experience")));
    assert!(rejected.iter().all(|c| c.sla_due_at.is_none() && !c.stalled), "a rejected card never stalls");
    assert!(store.move_stages(&[], Stage::Applied, None).await.is_err(), "an empty selection is refused");
    Ok(())
}

#[tokio::test]
async fn the_technical_screen_path_is_recorded_and_a_late_challenge_stalls() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let r = store.create_role(role("Backend Engineer")).await?;
    store.create_candidate(candidate("Grace Hopper", "grace@example.com"), Some(&r.id)).await?;
    let app = store.board(&r.id, store.now()).await?.cards[0].application_id.clone();
    store.move_stages(std::slice::from_ref(&app), Stage::TechnicalScreen, None).await?;

    let no_date = ScreenChoice { path: ScreenPath::AsyncChallenge, due_on: None };
    assert!(matches!(store.set_screen_choice(&app, Some(no_date)).await, Err(StoreError::Validation(_))));
    let due = store.now().date_naive() + Duration::days(3);
    store.set_screen_choice(&app, Some(ScreenChoice { path: ScreenPath::AsyncChallenge, due_on: Some(due) })).await?;
    let card = store.board(&r.id, store.now()).await?.cards.remove(0);
    assert_eq!(card.screen, Some(ScreenChoice { path: ScreenPath::AsyncChallenge, due_on: Some(due) }));
    assert!(!card.stalled);
    let card = store.board(&r.id, store.now() + Duration::days(5)).await?.cards.remove(0);
    assert!(card.stalled, "the challenge is two days late (the screen's 7-day SLA is not yet up)");

    store.set_screen_choice(&app, Some(ScreenChoice { path: ScreenPath::PairedSession, due_on: None })).await?;
    let card = store.board(&r.id, store.now() + Duration::days(5)).await?.cards.remove(0);
    assert_eq!(card.screen.map(|s| s.path), Some(ScreenPath::PairedSession));
    assert!(!card.stalled, "a paired session is scheduled, not due");
    Ok(())
}

#[tokio::test]
async fn cached_card_facts_follow_the_intake_the_profile_and_dismissals() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let mut spec = role("Backend Engineer");
    spec.intake.must_haves = vec!["Kafka".into()];
    let r = store.create_role(spec).await?;
    let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../parse/tests/corpus");
    let into_role = ImportOptions { source: String::new(), role_id: Some(r.id.clone()) };
    store.import_file("a.pdf", &std::fs::read(corpus.join("pdf/01-marcus-bell.pdf"))?, &into_role).await?;
    let first = store.board(&r.id, store.now()).await?.cards.remove(0);
    assert_eq!(count(&store, "card_facts").await?, 1, "computed once and kept");
    assert_eq!(store.board(&r.id, store.now()).await?.cards.remove(0), first, "the cached card is the same card");

    // The intake changes: the card is re-scored.
    let mut spec = store.role(&r.id).await?.to_input();
    spec.intake.must_haves = vec!["Kafka".into(), "Haskell".into(), "COBOL".into()];
    store.update_role(&r.id, spec).await?;
    let rescored = store.board(&r.id, store.now()).await?.cards.remove(0);
    assert!(
        rescored.score < first.score,
        "two missing must-haves lower the match: {:?} → {:?}",
        first.score,
        rescored.score
    );

    // The profile changes: the current job follows.
    let mut profile = store.candidate_profile(&first.candidate_id).await?.expect("imported profile");
    profile.positions[0].title = "Principal Engineer".into();
    profile.positions[0].company = "Acme".into();
    profile.positions[0].current = true;
    store.save_candidate_profile(&first.candidate_id, profile).await?;
    let edited = store.board(&r.id, store.now()).await?.cards.remove(0);
    assert_eq!(edited.current, "Principal Engineer · Acme");

    // Dismissing a flag lowers the count at once (dismissals are read live).
    let flags = store.risk_flags(&first.candidate_id).await?;
    let flag = flags.first().expect("the profile raises a flag");
    let before = edited.risks;
    assert_eq!(before as usize, flags.len(), "every open flag counts");
    store.dismiss_risk(&first.candidate_id, &flag.flag.key, "Asked in the screen").await?;
    let after = store.board(&r.id, store.now()).await?.cards.remove(0).risks;
    assert_eq!(after + 1, before, "one flag fewer");
    Ok(())
}
