//! Search: boolean queries over names, emails, skills and resume text, with filters, snippets,
//! positioned syntax errors, saved searches, and an index that follows every change.

mod common;

use std::path::PathBuf;

use common::{candidate, open_fresh, role};
use shortlist_core::Stage;
use shortlist_store::{ImportOptions, SearchFilters, Store, StoreError};

async fn import(store: &Store, rel: &str) -> anyhow::Result<()> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../parse/tests/corpus").join(rel);
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
    store.import_file(&name, &std::fs::read(&path)?, &ImportOptions::default()).await?;
    Ok(())
}

async fn names(store: &Store, query: &str, filters: &SearchFilters) -> Vec<String> {
    let mut n: Vec<String> =
        store.search(query, filters, 0, 50).await.expect("search").hits.into_iter().map(|h| h.full_name).collect();
    n.sort();
    n
}

#[tokio::test]
async fn boolean_queries_filters_and_snippets() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    for f in ["pdf/01-marcus-bell.pdf", "pdf/07-aisha-bello.pdf", "docx/02-zoe-mueller.docx", "pdf/22-emily-carter.pdf"]
    {
        import(&store, f).await?;
    }
    let none = SearchFilters::default();
    assert_eq!(names(&store, "Kafka AND PostgreSQL", &none).await, vec!["Marcus Bell"]);
    assert_eq!(names(&store, "prometheus OR \"payout scheduling\"", &none).await.len(), 3);
    assert!(names(&store, "prometheus NOT puppet", &none).await.iter().all(|n| n != "Aisha Bello"));
    assert_eq!(names(&store, "kube* Stripe", &none).await, vec!["Marcus Bell"]);
    assert_eq!(names(&store, "zoe@zoe-mueller.de", &none).await, vec!["Zoë Müller"], "emails are searchable");

    let hit = store.search("ledger", &none, 0, 10).await?;
    assert!(hit.hits[0].snippet.contains("⟦ledger⟧"), "the match is marked: {}", hit.hits[0].snippet);

    let berlin = SearchFilters { location: Some("Berlin".into()), ..Default::default() };
    assert_eq!(names(&store, "kubernetes", &berlin).await, vec!["Zoë Müller"]);
    let senior = SearchFilters { min_years: Some(10.0), skills: vec!["Kubernetes".into()], ..Default::default() };
    let hits = store.search("", &senior, 0, 50).await?.hits;
    assert!(!hits.is_empty(), "someone has ten years and Kubernetes");
    assert!(hits.iter().all(|h| h.years_experience.unwrap_or(0.0) >= 10.0), "{hits:?}");
    let prometheus = names(&store, "prometheus", &none).await.len();
    let results = store.search("prometheus", &none, 0, 1).await?;
    assert_eq!((results.hits.len(), results.total as usize), (1, prometheus), "the total counts beyond the page");
    Ok(())
}

#[tokio::test]
async fn mistakes_are_explained_and_the_index_follows_changes() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    match store.search("(go OR rust", &SearchFilters::default(), 0, 10).await {
        Err(StoreError::Validation(v)) => {
            assert_eq!(v.fields[0].field, "query");
            assert!(
                v.fields[0].message.contains("never closed") && v.fields[0].message.contains("character 1"),
                "{}",
                v.fields[0].message
            );
        }
        other => panic!("expected a query error, got {other:?}"),
    }
    let r = store.create_role(role("Backend Engineer")).await?;
    let c = store.create_candidate(candidate("Grace Hopper", "grace@example.com"), Some(&r.id)).await?;
    let none = SearchFilters::default();
    assert_eq!(names(&store, "hopper", &none).await, vec!["Grace Hopper"]);
    let in_role = SearchFilters { role_id: Some(r.id.clone()), stage: Some(Stage::Sourced), ..Default::default() };
    assert_eq!(names(&store, "grace", &in_role).await, vec!["Grace Hopper"]);
    let elsewhere = SearchFilters { stage: Some(Stage::Offer), ..Default::default() };
    assert!(names(&store, "grace", &elsewhere).await.is_empty());

    let mut edit = c.candidate.to_input();
    edit.full_name = "Grace Brewster Hopper".into();
    edit.notes = "Invented the compiler".into();
    store.update_candidate(&c.candidate.id, edit).await?;
    assert_eq!(names(&store, "brewster compiler", &none).await, vec!["Grace Brewster Hopper"]);
    store.delete_candidate(&c.candidate.id).await?;
    assert!(names(&store, "hopper", &none).await.is_empty(), "deleted candidates are not found");
    store.restore_candidate(&c.candidate.id).await?;
    assert_eq!(names(&store, "hopper", &none).await.len(), 1);

    let saved = store.save_search("Compiler people", "compiler OR linker", &in_role).await?;
    assert_eq!(store.saved_searches().await?, vec![saved.clone()]);
    assert!(store.save_search("Broken", "go AND", &none).await.is_err(), "a broken query is not saved");
    store.delete_saved_search(&saved.id).await?;
    assert!(store.saved_searches().await?.is_empty());
    Ok(())
}

/// Issue 12: "java" found 0 people while the Tags filter found 240; tag snippets showed raw JSON;
/// results showed neither stage nor role and stopped at the best 100.
#[tokio::test]
async fn plain_queries_match_tags_show_roles_and_page_through_every_match() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let r = store.create_role(role("Backend Engineer")).await?;
    let mut names = Vec::new();
    for i in 0..7 {
        let mut c = candidate(&format!("Person {i}"), &format!("p{i}@example.com"));
        c.tags = vec!["Java".into(), "Remote".into()];
        let created = store.create_candidate(c, (i % 2 == 0).then_some(r.id.as_str())).await?;
        names.push(created.candidate.full_name);
    }
    store.create_candidate(candidate("Grace Hopper", "grace@example.com"), None).await?;

    let none = SearchFilters::default();
    let first = store.search("java", &none, 0, 3).await?;
    assert_eq!(first.total, 7, "a plain word matches the tag, like the Tags filter does");
    let by_filter = store.search("", &SearchFilters { tags: vec!["Java".into()], ..Default::default() }, 0, 50).await?;
    assert_eq!(by_filter.total, first.total, "the query and the filter agree");
    let tagged = first.hits.iter().find(|h| h.snippet.contains("⟦Java⟧")).expect("a snippet from the tags");
    assert!(!tagged.snippet.contains('[') && !tagged.snippet.contains('"'), "no raw JSON: {}", tagged.snippet);

    // Pages: 3 + 3 + 1, no one twice, every match once; past the end is empty with the total.
    let second = store.search("java", &none, 3, 3).await?;
    let third = store.search("java", &none, 6, 3).await?;
    assert_eq!((first.offset, second.offset, third.offset), (0, 3, 6));
    assert_eq!((first.hits.len(), second.hits.len(), third.hits.len()), (3, 3, 1));
    let mut seen: Vec<String> =
        first.hits.iter().chain(&second.hits).chain(&third.hits).map(|h| h.full_name.clone()).collect();
    seen.sort();
    names.sort();
    assert_eq!(seen, names, "the pages together are every match, each once");
    let past = store.search("java", &none, 30, 3).await?;
    assert!(past.hits.is_empty() && past.total == 7, "past the last page: nothing, but the total still");

    // Each hit says which roles the person is in and at what stage.
    let in_role: Vec<_> = seen_hits(&store).await?;
    assert_eq!(in_role.iter().filter(|h| !h.applications.is_empty()).count(), 4, "four of the seven are in the role");
    for h in in_role.iter().filter(|h| !h.applications.is_empty()) {
        assert_eq!(h.applications[0].role_title, "Backend Engineer");
        assert_eq!(h.applications[0].stage, Stage::Sourced);
    }
    Ok(())
}

async fn seen_hits(store: &Store) -> anyhow::Result<Vec<shortlist_store::SearchHit>> {
    Ok(store.search("java", &SearchFilters::default(), 0, 50).await?.hits)
}
