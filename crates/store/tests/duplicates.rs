//! Duplicate detection: exact keys (email, phone in any format, GitHub/LinkedIn handle), close
//! names that need corroboration, the whole-database scan, and keys kept in step with edits.

mod common;

use common::{candidate, open_fresh};
use shortlist_core::{CandidateInput, Link, LinkKind};
use shortlist_store::{DuplicateProbe, Store};

fn person(name: &str, email: &str, phone: &str, location: &str) -> CandidateInput {
    CandidateInput {
        emails: if email.is_empty() { vec![] } else { vec![email.into()] },
        phones: if phone.is_empty() { vec![] } else { vec![phone.into()] },
        location: location.into(),
        ..candidate(name, "x@example.com")
    }
}

fn probe(name: &str) -> DuplicateProbe {
    DuplicateProbe { full_name: name.into(), ..Default::default() }
}

async fn ids(store: &Store, p: &DuplicateProbe) -> Vec<(String, f64)> {
    store.likely_duplicates(p, None).await.expect("check").into_iter().map(|m| (m.full_name, m.confidence)).collect()
}

#[tokio::test]
async fn exact_keys_match_whatever_the_formatting() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let mut ana = person("Ana Pérez", "ana@example.com", "(415) 555-0134", "Madrid, Spain");
    ana.links = vec![Link { kind: LinkKind::Github, url: "https://github.com/AnaP".into() }];
    store.create_candidate(ana, None).await?;

    let by_email = DuplicateProbe { emails: vec!["ANA@example.com ".into()], ..probe("Someone Else") };
    assert_eq!(ids(&store, &by_email).await, vec![("Ana Pérez".to_string(), 0.99)]);
    let by_phone = DuplicateProbe { phones: vec!["+1 415-555-0134".into()], ..probe("Someone Else") };
    assert_eq!(ids(&store, &by_phone).await, vec![("Ana Pérez".to_string(), 0.95)]);
    let by_github = DuplicateProbe {
        links: vec![Link { kind: LinkKind::Github, url: "github.com/anap/".into() }],
        ..probe("A. P.")
    };
    assert_eq!(ids(&store, &by_github).await, vec![("Ana Pérez".to_string(), 0.97)]);
    let everything = DuplicateProbe {
        emails: vec!["ana@example.com".into()],
        phones: vec!["4155550134".into()],
        ..probe("Ana Perez")
    };
    let found = store.likely_duplicates(&everything, None).await?;
    assert_eq!(found[0].reasons.len(), 2, "every reason is listed: {:?}", found[0].reasons);
    assert!(found[0].confidence > 0.99);
    Ok(())
}

#[tokio::test]
async fn a_close_name_needs_a_shared_place_company_or_link() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    store.create_candidate(person("William Gates", "", "", "Seattle, WA"), None).await?;
    assert!(ids(&store, &probe("Bill Gates")).await.is_empty(), "a name alone is not enough");
    let same_city = DuplicateProbe { location: "Seattle, USA".into(), ..probe("Bill Gates") };
    let found = store.likely_duplicates(&same_city, None).await?;
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].confidence, 0.7);
    assert!(found[0].reasons[0].text.contains("Bill Gates / William Gates"), "{:?}", found[0].reasons);
    let same_company = DuplicateProbe { companies: vec!["Microsoft".into()], ..probe("Bill Gates") };
    assert!(ids(&store, &same_company).await.is_empty(), "no profile on record, so no shared company");
    Ok(())
}

#[tokio::test]
async fn the_scan_finds_clusters_and_keys_follow_edits_and_deletes() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let a = store
        .create_candidate(person("Zoë Müller", "zoe@example.com", "+49 30 1234567", "Berlin, Germany"), None)
        .await?;
    let b = store.create_candidate(person("Zoe Mueller", "zoe.m@example.com", "0049 30 1234567", ""), None).await?;
    let c = store.create_candidate(person("Zoë Müller", "other@example.com", "", "Berlin, Germany"), None).await?;
    store.create_candidate(person("Unrelated Person", "u@example.com", "", "Berlin, Germany"), None).await?;

    let clusters = store.duplicate_clusters().await?;
    assert_eq!(clusters.len(), 1, "{clusters:?}");
    let members: Vec<&str> = clusters[0].members.iter().map(|m| m.id.as_str()).collect();
    for id in [&a.candidate.id, &b.candidate.id, &c.candidate.id] {
        assert!(members.contains(&id.as_str()), "{id} is in the cluster");
    }
    assert!(clusters[0].reasons.iter().any(|r| r.starts_with("Same phone +49301234567")), "{:?}", clusters[0].reasons);
    assert!(clusters[0].reasons.iter().any(|r| r.contains("both in Berlin, Germany")), "{:?}", clusters[0].reasons);

    // Editing the phone away and deleting the namesake leaves nothing to report.
    let mut edit = b.candidate.to_input();
    edit.phones = vec![];
    store.update_candidate(&b.candidate.id, edit).await?;
    store.delete_candidate(&c.candidate.id).await?;
    assert!(store.duplicate_clusters().await?.is_empty());
    store.restore_candidate(&c.candidate.id).await?;
    assert_eq!(store.duplicate_clusters().await?.len(), 1, "a restore brings its keys back");
    Ok(())
}

#[tokio::test]
async fn keys_are_rebuilt_for_older_databases_and_a_new_region() -> anyhow::Result<()> {
    let (db, store) = open_fresh().await?;
    store.create_candidate(person("Ana Pérez", "", "030 1234567", ""), None).await?;
    let berlin = DuplicateProbe { phones: vec!["+49 30 1234567".into()], ..probe("X Y") };
    assert!(ids(&store, &berlin).await.is_empty(), "read as a US number, it is not Berlin's");
    store.set_default_region("de").await?;
    assert_eq!(ids(&store, &berlin).await.len(), 1, "with region DE the same digits are a Berlin number");

    sqlx::query("DELETE FROM candidate_keys").execute(store.pool()).await?;
    sqlx::query("DELETE FROM meta WHERE key = 'candidate_keys_version'").execute(store.pool()).await?;
    store.close().await;
    let store = common::open_at(&db, common::test_now()).await?;
    assert_eq!(ids(&store, &berlin).await.len(), 1, "opening rebuilds missing keys");
    assert!(store.set_default_region("Germany").await.is_err(), "a region is a two-letter code");
    Ok(())
}

#[tokio::test]
async fn saving_a_candidate_warns_about_likely_duplicates() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let first = store
        .create_candidate(person("William Gates", "bill@example.com", "+1 206 555 0100", "Seattle, WA"), None)
        .await?;
    let second = store.create_candidate(person("Bill Gates", "other@example.com", "(206) 555-0100", ""), None).await?;
    let warning = second.warnings.iter().find(|w| w.field == "full_name").expect("a duplicate warning");
    assert_eq!(warning.related_id.as_deref(), Some(first.candidate.id.as_str()));
    assert!(warning.message.contains("Possibly the same person as William Gates (95%)"), "{}", warning.message);
    assert!(warning.message.contains("Same phone +12065550100"), "{}", warning.message);
    Ok(())
}
