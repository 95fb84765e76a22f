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
        checklist: vec![],
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

#[tokio::test]
async fn the_debrief_shows_every_submitted_scorecard_and_records_the_decision() -> anyhow::Result<()> {
    use shortlist_core::debrief::Decision;
    let (_db, store) = open_fresh().await?;
    let ana = store.create_person(interviewer("Ana Ruiz")).await?;
    let ben = store.create_person(interviewer("Ben Okafor")).await?;
    let r = store.create_role(role("Backend Engineer")).await?;
    store.create_candidate(candidate("Grace Hopper", "grace@example.com"), Some(&r.id)).await?;
    let app = store.role_detail(&r.id).await?.applications[0].application.id.clone();
    for (who, score, rec) in [(&ana, 5u8, Recommendation::StrongYes), (&ben, 2u8, Recommendation::No)] {
        store.set_me(Some(&who.id)).await?;
        let card = store.my_scorecard(&app, "deep-dive").await?;
        let mut input = input("Specific evidence.", Some(rec));
        input.ratings[0].score = Some(score);
        store.submit_scorecard(&card.id, input).await?;
    }
    let debrief = store.debrief(&app).await?;
    assert_eq!(debrief.columns.len(), 2, "both scorecards are in the matrix");
    let row = debrief.rows.iter().find(|r| r.competency_id == "debugging-and-ownership").expect("row");
    assert!(row.disagreement, "5 against 2 is flagged for discussion");
    assert!(!debrief.reject_if.is_empty(), "the role's reject criteria come along");

    assert!(store.record_decision(&app, Decision::Hold, " ").await.is_err(), "a decision needs a rationale");
    store.record_decision(&app, Decision::Hold, "Need a second system design round.").await?;
    let moved =
        store.record_decision(&app, Decision::AdvanceToOffer, "Strong ownership outweighs the design gap.").await?;
    assert_eq!(moved.application.stage, shortlist_core::Stage::Offer, "advancing moves to Offer");
    let detail = store.candidate_detail(&moved.application.candidate_id).await?;
    assert!(
        detail.history.iter().any(|e| e.reason.as_deref().is_some_and(|r| r.contains("on hold"))),
        "the hold is in the history"
    );
    assert!(
        detail.history[0].reason.as_deref().is_some_and(|r| r.contains("Strong ownership")),
        "the rationale is recorded"
    );
    Ok(())
}
