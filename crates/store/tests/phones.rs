//! Phones typed by hand are kept in E.164 when they read as a number (issue 12.11).

mod common;

use common::{candidate, open_fresh};

#[tokio::test]
async fn a_typed_phone_is_saved_in_e164_in_the_default_region() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    store.set_default_region("DE").await?;
    let mut input = candidate("Ana Pérez", "ana@example.com");
    input.phones = vec!["030 12345678".into(), "+1 (415) 555-0134".into(), "0 000 000 000".into()];
    let saved = store.create_candidate(input, None).await?;
    assert_eq!(
        saved.candidate.phones,
        vec!["+493012345678", "+14155550134", "0 000 000 000"],
        "a national number reads in the default region, an international one as written, and text that is no number stays as typed"
    );
    Ok(())
}

#[tokio::test]
async fn an_edit_normalises_too_and_drops_a_number_typed_twice() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    store.set_default_region("DE").await?;
    let mut input = candidate("Ana Pérez", "ana@example.com");
    input.phones = vec![];
    let saved = store.create_candidate(input, None).await?;

    let mut edit = saved.candidate.to_input();
    edit.phones = vec!["+49 30 12345678".into(), "030 12345678".into()];
    let edited = store.update_candidate(&saved.candidate.id, edit).await?;
    assert_eq!(edited.candidate.phones, vec!["+493012345678"], "the same number written two ways is one number");
    Ok(())
}

#[tokio::test]
async fn the_region_decides_how_a_national_number_reads() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    store.set_default_region("US").await?;
    let mut input = candidate("Sam Lee", "sam@example.com");
    input.phones = vec!["(415) 555-0134".into()];
    let saved = store.create_candidate(input, None).await?;
    assert_eq!(saved.candidate.phones, vec!["+14155550134"], "a US number in a US-region database");
    Ok(())
}
