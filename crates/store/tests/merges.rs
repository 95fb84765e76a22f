//! Merge and unmerge: the survivor takes the chosen fields, applications and resumes; an
//! unmerge puts every moved thing back.

mod common;

use std::path::PathBuf;

use common::{candidate, count, open_fresh, role};
use shortlist_core::{ImportOutcome, Stage};
use shortlist_store::{ImportOptions, SearchFilters, StoreError};

#[tokio::test]
async fn merge_moves_everything_and_unmerge_puts_it_back() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let r1 = store.create_role(role("Backend Engineer")).await?;
    let r2 = store.create_role(role("Platform Engineer")).await?;
    let a = store.create_candidate(candidate("Ana Pérez", "ana@example.com"), Some(&r1.id)).await?.candidate;
    let b = store.create_candidate(candidate("Ana Perez", "ana.p@example.org"), Some(&r1.id)).await?.candidate;
    store.add_application(&b.id, &r2.id, Some(Stage::Applied)).await?;
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../parse/tests/corpus/pdf/01-marcus-bell.pdf");
    let imported = store.import_file("cv.pdf", &std::fs::read(&path)?, &ImportOptions::default()).await?;
    let ImportOutcome::Imported { candidate_id: c, .. } = imported.outcome else { panic!("{imported:?}") };
    assert!(store.duplicates_of(&a.id).await?.iter().any(|m| m.candidate_id == b.id), "they look alike first");

    let mut fields = a.to_input();
    fields.emails = vec!["ana@example.com".into(), "ana.p@example.org".into()];
    fields.location = "Madrid, Spain".into();
    let merge = store.merge_candidates(&a.id, &b.id, fields).await?;
    assert!(matches!(store.candidate(&b.id).await, Err(StoreError::NotFound { .. })), "the other record is gone");
    let survivor = store.candidate_detail(&a.id).await?;
    assert_eq!(survivor.candidate.emails.len(), 2);
    let roles: Vec<&str> = survivor.applications.iter().map(|v| v.role_title.as_str()).collect();
    assert_eq!(roles.len(), 2, "the Platform application moved; the duplicate Backend one was set aside: {roles:?}");
    let found = store.search("ana.p@example.org", &SearchFilters::default(), 0, 10).await?;
    assert_eq!(found.hits.iter().map(|h| h.candidate_id.as_str()).collect::<Vec<_>>(), vec![a.id.as_str()]);
    assert!(store.duplicates_of(&a.id).await?.is_empty());

    // Merging a candidate with a resume moves the resume.
    let merge2 = store.merge_candidates(&a.id, &c, store.candidate(&a.id).await?.to_input()).await?;
    assert_eq!(store.resumes_for(&a.id).await?.len(), 1);
    store.undo_merge(&merge2.id).await?;
    assert_eq!(store.resumes_for(&c).await?.len(), 1, "the resume went back");

    let undone = store.undo_merge(&merge.id).await?;
    assert_eq!(undone.merged_name, "Ana Perez");
    let back = store.candidate_detail(&b.id).await?;
    assert_eq!(back.candidate.emails, vec!["ana.p@example.org"]);
    assert_eq!(back.applications.len(), 2, "both of its applications are back");
    let a_again = store.candidate_detail(&a.id).await?;
    assert_eq!(a_again.candidate.emails, vec!["ana@example.com"], "the survivor is as it was");
    assert_eq!(a_again.candidate.location, a.location);
    assert_eq!(a_again.applications.len(), 1);
    assert!(matches!(store.undo_merge(&merge.id).await, Err(StoreError::Conflict(_))), "an unmerge happens once");
    assert_eq!(count(&store, "candidate_merges").await?, 2);
    assert!(store.merge_candidates(&a.id, &a.id, a.to_input()).await.is_err());
    Ok(())
}

#[tokio::test]
async fn an_unmerge_never_overwrites_later_changes() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let a = store.create_candidate(candidate("Ana Pérez", "ana@example.com"), None).await?.candidate;
    let b = store.create_candidate(candidate("Ana Perez", "ana.p@example.org"), None).await?.candidate;
    let c = store.create_candidate(candidate("A. Pérez", "ap@example.net"), None).await?.candidate;
    let first = store.merge_candidates(&a.id, &b.id, a.to_input()).await?;
    // The clock has to move on for "later" to mean later.
    store.clock().advance(chrono::Duration::milliseconds(5));
    let mut with_c = store.candidate(&a.id).await?.to_input();
    with_c.emails.push("ap@example.net".into());
    let second = store.merge_candidates(&a.id, &c.id, with_c).await?;
    store.clock().advance(chrono::Duration::milliseconds(5));
    assert!(
        matches!(store.undo_merge(&first.id).await, Err(StoreError::Conflict(_))),
        "a later merge blocks an earlier undo"
    );
    store.undo_merge(&second.id).await?;
    store.undo_merge(&first.id).await?;
    assert_eq!(count(&store, "candidates").await?, 3);

    let again = store.merge_candidates(&a.id, &b.id, a.to_input()).await?;
    store.clock().advance(chrono::Duration::milliseconds(5));
    let mut edit = store.candidate(&a.id).await?.to_input();
    edit.notes = "Strong referral".into();
    store.update_candidate(&a.id, edit).await?;
    match store.undo_merge(&again.id).await {
        Err(StoreError::Conflict(m)) => assert!(m.contains("has changed since the merge"), "{m}"),
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert_eq!(store.candidate(&a.id).await?.notes, "Strong referral", "the edit survives");
    Ok(())
}
