//! Risk flags come from the profile; a dismissal needs a note and can be taken back.

mod common;

use common::{candidate, open_fresh};
use shortlist_parse::risks::RiskKind;
use shortlist_parse::{CandidateProfile, Position};
use shortlist_store::StoreError;

fn job(company: &str, start: &str, end: Option<&str>) -> Position {
    Position {
        company: company.into(),
        title: "Backend Engineer".into(),
        start: Some(start.into()),
        end: end.map(str::to_string),
        current: end.is_none(),
        ..Default::default()
    }
}

#[tokio::test]
async fn flags_are_explained_and_dismissals_stick_with_a_note() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let c = store.create_candidate(candidate("Grace Hopper", "grace@example.com"), None).await?.candidate;
    assert!(store.risk_flags(&c.id).await?.is_empty(), "no profile, nothing to check");
    let profile = CandidateProfile {
        positions: vec![job("Beta", "2021-01", None), job("Acme", "2015-01", Some("2019-12"))],
        years_experience: Some(10.8),
        ..Default::default()
    };
    store.save_candidate_profile(&c.id, profile).await?;
    let flags = store.risk_flags(&c.id).await?;
    assert_eq!(flags.len(), 1);
    assert_eq!(flags[0].flag.kind, RiskKind::Gap);
    assert!(flags[0].flag.detail.contains("until 2019-12"), "{:?}", flags[0].flag);

    let key = flags[0].flag.key.clone();
    assert!(
        matches!(store.dismiss_risk(&c.id, &key, "  ").await, Err(StoreError::Validation(_))),
        "a note is required"
    );
    store.dismiss_risk(&c.id, &key, "Parental leave").await?;
    let dismissed = store.risk_flags(&c.id).await?;
    assert_eq!(dismissed[0].dismissed.as_ref().map(|d| d.note.as_str()), Some("Parental leave"));
    store.restore_risk(&c.id, &key).await?;
    assert!(store.risk_flags(&c.id).await?[0].dismissed.is_none());
    Ok(())
}
