//! Ranking against a role: applicants or the whole pool, best first, explained, repeatable.

mod common;

use std::path::PathBuf;

use common::{open_fresh, role};
use shortlist_parse::matching::Status;
use shortlist_store::ImportOptions;

#[tokio::test]
async fn applicants_and_the_pool_rank_with_reasons() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let mut spec = role("Backend Engineer");
    spec.intake.languages = vec!["Go".into()];
    spec.intake.must_haves = vec!["Kafka".into(), "PostgreSQL".into()];
    spec.intake.trainable = vec!["Terraform".into()];
    let r = store.create_role(spec).await?;
    let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../parse/tests/corpus");
    let into_role = ImportOptions { source: String::new(), role_id: Some(r.id.clone()) };
    store.import_file("a.pdf", &std::fs::read(corpus.join("pdf/01-marcus-bell.pdf"))?, &into_role).await?;
    store.import_file("b.pdf", &std::fs::read(corpus.join("pdf/16-rachel-goldberg.pdf"))?, &into_role).await?;
    store
        .import_file("c.pdf", &std::fs::read(corpus.join("pdf/07-aisha-bello.pdf"))?, &ImportOptions::default())
        .await?;

    let applicants = store.rank_for_role(&r.id, false, 50).await?;
    assert_eq!(applicants.len(), 2, "only the role's pipeline");
    assert!(applicants[0].score >= applicants[1].score, "best first");
    assert_eq!(applicants[0].full_name, "Marcus Bell", "Go, Kafka and PostgreSQL in his jobs: {applicants:#?}");
    let kafka = applicants[0].criteria.iter().find(|c| c.name == "Kafka").expect("a criterion per must-have");
    assert_eq!(kafka.status, Status::Met);
    assert!(!kafka.evidence.is_empty());

    let pool = store.rank_for_role(&r.id, true, 50).await?;
    assert_eq!(pool.len(), 3, "everyone with a profile");
    assert!(pool.iter().any(|p| p.stage.is_none()), "someone not in the pipeline yet");
    assert_eq!(pool, store.rank_for_role(&r.id, true, 50).await?, "the same data gives the same ranking");
    Ok(())
}
