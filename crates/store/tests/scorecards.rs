//! Scorecards: drafts, evidence on submit, independent feedback, amendments kept as history.

mod common;

use common::{candidate, count, open_fresh, role};
use shortlist_core::{FeedbackVisibility, PersonInput, Plays, Rating, Recommendation, ScorecardInput, ScorecardStatus};
use shortlist_store::StoreError;

fn interviewer(name: &str) -> PersonInput {
    PersonInput {
        name: name.into(),
        email: String::new(),
        time_zone: "Europe/Berlin".into(),
        plays: vec![Plays::Interviewer],
    }
}

fn input(evidence: &str, recommendation: Option<Recommendation>) -> ScorecardInput {
    ScorecardInput {
        ratings: vec![Rating {
            competency_id: "debugging-and-ownership".into(),
            score: Some(4),
            evidence: evidence.into(),
        }],
        takeaways: "Owned the incident end to end.".into(),
        recommendation,
    }
}

#[tokio::test]
async fn independent_scorecards_from_draft_to_amendment() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let ana = store.create_person(interviewer("Ana Ruiz")).await?;
    let ben = store.create_person(interviewer("Ben Okafor")).await?;
    let r = store.create_role(role("Backend Engineer")).await?;
    store.create_candidate(candidate("Grace Hopper", "grace@example.com"), Some(&r.id)).await?;
    let app = store.role_detail(&r.id).await?.applications[0].application.id.clone();

    let no_me = store.my_scorecard(&app, "deep-dive").await;
    assert!(matches!(no_me, Err(StoreError::Validation(_))), "a scorecard needs a 'me'");

    store.set_me(Some(&ana.id)).await?;
    let draft = store.my_scorecard(&app, "deep-dive").await?;
    assert_eq!(draft.status, ScorecardStatus::Draft, "a new scorecard is a draft");
    assert_eq!(store.my_scorecard(&app, "deep-dive").await?.id, draft.id, "one scorecard per step per interviewer");
    store.save_scorecard_draft(&draft.id, input("", None)).await?;
    let err = store.submit_scorecard(&draft.id, input("", Some(Recommendation::Yes))).await.expect_err("no evidence");
    match err {
        StoreError::Validation(v) => {
            assert_eq!(v.fields[0].field, "ratings.debugging-and-ownership", "the rating lacks evidence")
        }
        other => panic!("expected validation, got {other}"),
    }
    let submitted = store
        .submit_scorecard(
            &draft.id,
            input("Walked through the outage timeline and the fix.", Some(Recommendation::Yes)),
        )
        .await?;
    assert_eq!(submitted.status, ScorecardStatus::Submitted, "submitted");
    assert!(store.save_scorecard_draft(&draft.id, input("x", None)).await.is_err(), "a submitted card is locked");

    store.set_me(Some(&ben.id)).await?;
    let seen = store.scorecards_for_application(&app).await?;
    let anas = seen.iter().find(|v| v.interviewer_name == "Ana Ruiz").expect("Ana's card is listed");
    assert!(anas.card.is_none(), "Ben cannot read Ana's card before submitting his own");
    assert!(
        matches!(store.save_scorecard_draft(&draft.id, input("x", None)).await, Err(StoreError::Conflict(_))),
        "only the author edits"
    );
    let bens = store.my_scorecard(&app, "deep-dive").await?;
    store.submit_scorecard(&bens.id, input("Could not say what broke or why.", Some(Recommendation::No))).await?;
    let seen = store.scorecards_for_application(&app).await?;
    assert!(seen.iter().all(|v| v.card.is_some()), "after submitting his own, Ben sees both");

    store.set_feedback_visibility(FeedbackVisibility::AlwaysHidden).await?;
    let hidden = store.scorecards_for_application(&app).await?;
    assert!(hidden.iter().filter(|v| !v.mine).all(|v| v.card.is_none()), "'always hidden' hides others' cards");

    store.set_me(Some(&ana.id)).await?;
    store
        .submit_scorecard(&draft.id, input("Amended: also fixed the alerting.", Some(Recommendation::StrongYes)))
        .await?;
    let versions = store.scorecard_versions(&draft.id).await?;
    assert_eq!(versions.len(), 2, "the amendment keeps the original");
    assert_eq!(versions[0].recommendation, Some(Recommendation::Yes), "the original is unchanged");
    assert!(
        sqlx::query("DELETE FROM scorecard_versions").execute(store.pool()).await.is_err(),
        "versions are append-only"
    );
    assert_eq!(count(&store, "scorecard_versions").await?, 3, "Ana's two versions and Ben's one");
    Ok(())
}
