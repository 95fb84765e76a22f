//! Interviews and feedback deadlines: panels, per-role deadlines in each interviewer's zone,
//! the "Needs feedback" list, reminders shown once, cancellation.

mod common;

use chrono::{DateTime, Utc};
use common::{candidate, count, open_fresh, role};
use shortlist_core::{
    FeedbackState, InterviewInput, InterviewStatus, PersonInput, Plays, Rating, Recommendation, ScorecardInput,
};
use shortlist_store::StoreError;

fn interviewer(name: &str, zone: &str) -> PersonInput {
    PersonInput { name: name.into(), email: String::new(), time_zone: zone.into(), plays: vec![Plays::Interviewer] }
}

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).expect("rfc3339").with_timezone(&Utc)
}

fn deep_dive(app: &str, local_start: &str, panel: Vec<String>) -> InterviewInput {
    InterviewInput {
        application_id: app.into(),
        step_id: "deep-dive".into(),
        local_start: local_start.into(),
        time_zone: "Europe/Berlin".into(),
        duration_minutes: 60,
        interviewer_ids: panel,
    }
}

fn evidence() -> ScorecardInput {
    ScorecardInput {
        ratings: vec![Rating {
            competency_id: "debugging-and-ownership".into(),
            score: Some(4),
            evidence: "Walked through the outage and the follow-up.".into(),
        }],
        takeaways: "Owned it.".into(),
        recommendation: Some(Recommendation::Yes),
        checklist: vec![],
    }
}

#[tokio::test]
async fn feedback_is_due_per_interviewer_zone_and_listed_until_submitted() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let ana = store.create_person(interviewer("Ana Ruiz", "America/Los_Angeles")).await?;
    let raj = store.create_person(interviewer("Raj Iyer", "Asia/Kolkata")).await?;
    let mut spec = role("Backend Engineer");
    spec.plan.feedback_hours = 48;
    let r = store.create_role(spec).await?;
    store.create_candidate(candidate("Grace Hopper", "grace@example.com"), Some(&r.id)).await?;
    let app = store.role_detail(&r.id).await?.applications[0].application.id.clone();

    // Fri 6 Mar 2026, 17:00–18:00 in Berlin (16:00–17:00 UTC). Los Angeles moves its clocks on
    // Sun 8 Mar, so "two days later" there is 47 real hours; Kolkata never changes.
    let interview =
        store.schedule_interview(deep_dive(&app, "2026-03-06T17:00", vec![ana.id.clone(), raj.id.clone()])).await?;
    assert_eq!(interview.starts_at, at("2026-03-06T16:00:00Z"));
    assert_eq!(interview.ends_at, at("2026-03-06T17:00:00Z"));
    assert_eq!(interview.step_name, "Past-project deep dive");
    assert_eq!(interview.panel.len(), 2);
    assert_eq!(interview.panel[0].due_at, at("2026-03-08T16:00:00Z"), "Ana: Sun 09:00 PDT in Los Angeles");
    assert_eq!(interview.panel[1].due_at, at("2026-03-08T17:00:00Z"), "Raj: Sun 22:30 in Kolkata");

    assert!(store.needs_feedback(at("2026-03-06T16:30:00Z")).await?.is_empty(), "nothing is owed mid-interview");
    let owed = store.needs_feedback(at("2026-03-07T12:00:00Z")).await?;
    assert_eq!(owed.len(), 2, "both interviewers owe a scorecard");
    assert!(owed.iter().all(|d| d.feedback == FeedbackState::Due && d.candidate_name == "Grace Hopper"));

    store.set_me(Some(&ana.id)).await?;
    let card = store.my_scorecard(&app, "deep-dive").await?;
    let late = at("2026-03-08T16:30:00Z");
    let owed = store.needs_feedback(late).await?;
    assert_eq!(owed[0].interviewer_name, "Ana Ruiz", "the most urgent first");
    assert_eq!(owed[1].feedback, FeedbackState::Due, "Raj still has half an hour");
    let mine = owed.iter().find(|d| d.mine).expect("Ana's row");
    assert_eq!(mine.feedback, FeedbackState::Overdue);
    assert!(mine.draft_started, "an open draft still counts as owed, and says so");

    let reminders = store.feedback_reminders_due(late).await?;
    assert_eq!(reminders.len(), 1, "only my own overdue feedback raises a reminder");
    store.mark_feedback_reminded(&reminders, late).await?;
    assert!(store.feedback_reminders_due(late).await?.is_empty(), "each reminder is shown once");

    store.submit_scorecard(&card.id, evidence()).await?;
    let owed = store.needs_feedback(late).await?;
    assert_eq!(owed.len(), 1, "a submitted scorecard leaves the list");
    assert_eq!(owed[0].interviewer_name, "Raj Iyer");
    let listed = store.interviews_for_application(&app).await?;
    assert_eq!(listed[0].panel[0].feedback, FeedbackState::Submitted);
    Ok(())
}

#[tokio::test]
async fn cancelled_interviews_owe_nothing_and_can_be_reinstated() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let ana = store.create_person(interviewer("Ana Ruiz", "Europe/Berlin")).await?;
    let r = store.create_role(role("Backend Engineer")).await?;
    store.create_candidate(candidate("Grace Hopper", "grace@example.com"), Some(&r.id)).await?;
    let app = store.role_detail(&r.id).await?.applications[0].application.id.clone();
    let i = store.schedule_interview(deep_dive(&app, "2026-11-02T10:00", vec![ana.id.clone()])).await?;
    let later = at("2026-11-10T00:00:00Z");
    assert_eq!(store.needs_feedback(later).await?.len(), 1);

    let cancelled = store.cancel_interview(&i.id).await?;
    assert_eq!(cancelled.status, InterviewStatus::Cancelled);
    assert_eq!(cancelled.sequence, 1, "a cancellation is a new revision of the invite");
    assert!(store.needs_feedback(later).await?.is_empty(), "a cancelled interview owes no feedback");
    let back = store.reinstate_interview(&i.id).await?;
    assert_eq!(back.status, InterviewStatus::Scheduled);
    assert_eq!(store.needs_feedback(later).await?.len(), 1);
    let names: Vec<String> =
        sqlx::query_scalar("SELECT name FROM outbox WHERE entity = 'interview' ORDER BY mutation_id")
            .fetch_all(store.pool())
            .await?;
    assert_eq!(names, vec!["interview.schedule", "interview.cancel", "interview.reinstate"]);
    Ok(())
}

#[tokio::test]
async fn bad_interviews_are_refused_and_write_nothing() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let ana = store.create_person(interviewer("Ana Ruiz", "Europe/Berlin")).await?;
    let r = store.create_role(role("Backend Engineer")).await?;
    store.create_candidate(candidate("Grace Hopper", "grace@example.com"), Some(&r.id)).await?;
    let app = store.role_detail(&r.id).await?.applications[0].application.id.clone();
    let outbox = count(&store, "outbox").await?;

    let unknown_step =
        InterviewInput { step_id: "karaoke".into(), ..deep_dive(&app, "2026-11-02T10:00", vec![ana.id.clone()]) };
    let skipped = deep_dive(&app, "2026-03-29T02:30", vec![ana.id.clone()]);
    let nobody = deep_dive(&app, "2026-11-02T10:00", vec![]);
    let ghost = deep_dive(&app, "2026-11-02T10:00", vec!["no-such-person".into()]);
    for (bad, field) in
        [(unknown_step, "step_id"), (skipped, "local_start"), (nobody, "interviewer_ids"), (ghost, "interviewer_ids")]
    {
        match store.schedule_interview(bad).await {
            Err(StoreError::Validation(v)) => assert_eq!(v.fields[0].field, field),
            other => panic!("expected a validation error on {field}, got {other:?}"),
        }
    }
    assert_eq!(count(&store, "interviews").await?, 0);
    assert_eq!(count(&store, "interview_panel").await?, 0);
    assert_eq!(count(&store, "outbox").await?, outbox, "nothing was recorded");
    Ok(())
}
