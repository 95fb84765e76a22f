//! Importing resumes: outcomes per file, originals kept by hash, exact re-imports skipped,
//! people on record merged, hostile files refused with nothing written.

mod common;

use std::io::Write as _;
use std::path::PathBuf;

use common::{count, open_fresh, role};
use shortlist_core::ImportOutcome;
use shortlist_store::{ImportOptions, Store};

fn corpus(rel: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../parse/tests/corpus").join(rel);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

async fn counts(store: &Store) -> anyhow::Result<Vec<i64>> {
    let mut out = Vec::new();
    for table in ["candidates", "resumes", "candidate_profiles", "outbox", "applications"] {
        out.push(count(store, table).await?);
    }
    Ok(out)
}

#[tokio::test]
async fn resumes_import_merge_and_skip_exact_repeats() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let r = store.create_role(role("Backend Engineer")).await?;
    let options = ImportOptions { source: "Careers page".into(), role_id: Some(r.id.clone()) };

    let pdf = corpus("pdf/01-marcus-bell.pdf");
    let first = store.import_file("01-marcus-bell.pdf", &pdf, &options).await?;
    let ImportOutcome::Imported { candidate_id, full_name } = &first.outcome else { panic!("{first:?}") };
    assert_eq!(full_name, "Marcus Bell");
    let candidate = store.candidate(candidate_id).await?;
    assert_eq!(candidate.emails, vec!["marcus.bell@example.com"]);
    assert_eq!(candidate.phones, vec!["+14155550134"]);
    assert_eq!(candidate.source, "Careers page");
    let profile = store.candidate_profile(candidate_id).await?.expect("a profile");
    assert_eq!(profile.headline, "Senior Backend Engineer at Stripe");
    assert!(profile.skills.iter().any(|s| s.name == "Go"));
    let resumes = store.resumes_for(candidate_id).await?;
    assert_eq!(resumes.len(), 1);
    let original = store.resume_path(&resumes[0].id).await?;
    assert_eq!(std::fs::read(&original)?, pdf, "the original is kept, byte for byte");
    assert!(store.resume_text(&resumes[0].id).await?.contains("Stripe"));
    assert_eq!(store.role_detail(&r.id).await?.applications.len(), 1, "imported into the role's pipeline");

    let before = counts(&store).await?;
    let again = store.import_file("copy.pdf", &pdf, &options).await?;
    assert!(matches!(again.outcome, ImportOutcome::Duplicate { .. }), "{again:?}");
    assert_eq!(counts(&store).await?, before, "an exact repeat writes nothing");

    // The same person's DOCX is a different file with the same email: merged into the record.
    let docx = corpus("docx/01-marcus-bell.docx");
    let merged = store.import_file("01-marcus-bell.docx", &docx, &options).await?;
    let ImportOutcome::Merged { candidate_id: into, reasons, .. } = &merged.outcome else { panic!("{merged:?}") };
    assert_eq!(into, candidate_id);
    assert!(reasons.iter().any(|r| r.contains("Same email")), "{reasons:?}");
    assert_eq!(store.resumes_for(candidate_id).await?.len(), 2);
    assert_eq!(count(&store, "candidates").await?, 1);
    assert_eq!(store.role_detail(&r.id).await?.applications.len(), 1, "no second application");

    let other = store.import_file("16-rachel-goldberg.txt", &corpus("text/16-rachel-goldberg.txt"), &options).await?;
    assert!(matches!(other.outcome, ImportOutcome::Imported { .. }), "{other:?}");
    Ok(())
}

fn zip_bomb() -> Vec<u8> {
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("word/document.xml", opts).expect("entry");
        let zeros = vec![b' '; 1024 * 1024];
        for _ in 0..40 {
            zip.write_all(&zeros).expect("write");
        }
        zip.finish().expect("finish");
    }
    buf.into_inner()
}

#[tokio::test]
async fn hostile_files_fail_cleanly_and_write_nothing() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let before = counts(&store).await?;
    let pdf = corpus("pdf/02-zoe-mueller.pdf");
    let junk: Vec<u8> = (0..20_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty.pdf", vec![], "empty"),
        ("junk.pdf", junk.clone(), "does not start like a PDF"),
        ("junk.txt", junk, "binary"),
        ("truncated.pdf", pdf[..pdf.len() / 3].to_vec(), "damaged"),
        ("bomb.docx", zip_bomb(), "implausible size"),
        ("huge.txt", vec![b'a'; 11 * 1024 * 1024], "10 MB"),
        ("resume.doc", vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], ".docx"),
        ("notes.json", br#"{"hello": "world"}"#.to_vec(), "JSON Resume"),
    ];
    for (name, bytes, expected) in cases {
        let result = store.import_file(name, &bytes, &ImportOptions::default()).await?;
        match &result.outcome {
            ImportOutcome::Failed { reason } => assert!(reason.contains(expected), "{name}: {reason}"),
            other => panic!("{name} should fail, got {other:?}"),
        }
    }
    assert_eq!(counts(&store).await?, before, "no failed file left anything behind");
    assert!(!store.files_dir().exists() || std::fs::read_dir(store.files_dir())?.next().is_none(), "no stray files");
    Ok(())
}

#[tokio::test]
async fn a_candidate_exports_as_valid_json_resume_and_lists_as_csv() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let result =
        store.import_file("01-marcus-bell.pdf", &corpus("pdf/01-marcus-bell.pdf"), &ImportOptions::default()).await?;
    let ImportOutcome::Imported { candidate_id, .. } = result.outcome else { panic!("{result:?}") };
    let doc = store.export_json_resume(&candidate_id).await?;
    shortlist_parse::json_resume::validate(&doc).map_err(|e| anyhow::anyhow!("{e}"))?;
    // Read back through the importer's own JSON Resume path: the same person and jobs.
    let text = serde_json::to_string_pretty(&doc)?;
    let options = shortlist_parse::Options::new("US", shortlist_parse::dates::Month::new(2026, 11).expect("month"));
    let parsed = shortlist_parse::parse_file("marcus.json", text.as_bytes(), &options)?;
    assert_eq!(parsed.profile.name.as_deref(), Some("Marcus Bell"));
    assert_eq!(parsed.profile.emails, vec!["marcus.bell@example.com"]);
    let original = store.candidate_profile(&candidate_id).await?.expect("profile");
    assert_eq!(parsed.profile.positions, original.positions, "jobs survive the round trip");

    let csv = store
        .export_candidates_csv(&shortlist_core::CandidateQuery {
            filter: String::new(),
            sort: shortlist_core::CandidateSort::Name,
            direction: shortlist_core::SortDirection::Asc,
            offset: 0,
            limit: 50,
        })
        .await?;
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("Name,Email,Location,Source,Latest stage,Latest role,Last activity,Added"));
    assert!(
        lines.next().is_some_and(|l| l.starts_with("Marcus Bell,marcus.bell@example.com,\"San Francisco, CA\"")),
        "{csv}"
    );
    let found = store.export_search_csv("stripe", &shortlist_store::SearchFilters::default()).await?;
    assert!(found.contains("Marcus Bell"), "{found}");
    Ok(())
}

#[tokio::test]
async fn csv_rows_import_through_a_column_mapping() -> anyhow::Result<()> {
    use shortlist_parse::csv::{guess, read, to_input};
    let (_db, store) = open_fresh().await?;
    store.create_candidate(common::candidate("Grace Hopper", "grace@example.com"), None).await?;
    let text = "First name,Last name,E-mail,City,LinkedIn\nAna,Pérez,ana@example.com,\"Madrid, Spain\",linkedin.com/in/anap\nGrace,Hopper,GRACE@example.com,,\nBad,Row,not-an-email,,\n";
    let rows = read(text.as_bytes())?;
    let mapping: Vec<_> = rows[0].iter().map(|h| guess(h)).collect();
    let mut outcomes = Vec::new();
    for (i, row) in rows[1..].iter().enumerate() {
        let input = to_input(row, &mapping, "Event list");
        outcomes
            .push(store.import_record(&format!("people.csv row {}", i + 2), input, &ImportOptions::default()).await?);
    }
    let ImportOutcome::Imported { candidate_id, .. } = &outcomes[0].outcome else { panic!("{:?}", outcomes[0]) };
    let ana = store.candidate(candidate_id).await?;
    assert_eq!(
        (ana.full_name.as_str(), ana.location.as_str(), ana.source.as_str()),
        ("Ana Pérez", "Madrid, Spain", "Event list")
    );
    assert_eq!(ana.links[0].url, "https://linkedin.com/in/anap");
    assert!(matches!(outcomes[1].outcome, ImportOutcome::Merged { .. }), "{:?}", outcomes[1]);
    match &outcomes[2].outcome {
        ImportOutcome::Failed { reason } => assert!(reason.contains("not-an-email"), "{reason}"),
        other => panic!("{other:?}"),
    }
    assert_eq!(count(&store, "candidates").await?, 2);
    Ok(())
}

#[tokio::test]
async fn a_merged_import_adds_to_the_profile_and_a_deleted_persons_file_imports_again() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let pdf = corpus("pdf/01-marcus-bell.pdf");
    let first = store.import_file("a.pdf", &pdf, &ImportOptions::default()).await?;
    let ImportOutcome::Imported { candidate_id, .. } = first.outcome else { panic!("{first:?}") };
    // A recruiter reviewed the profile and added a skill the resume does not mention.
    let mut reviewed = store.candidate_profile(&candidate_id).await?.expect("profile");
    reviewed.skills.push(shortlist_parse::SkillMention {
        name: "Haskell".into(),
        category: "language".into(),
        found_in: vec![],
        last_used: None,
    });
    reviewed.headline = "Payments specialist".into();
    store.save_candidate_profile(&candidate_id, reviewed).await?;
    let docx = store.import_file("b.docx", &corpus("docx/01-marcus-bell.docx"), &ImportOptions::default()).await?;
    assert!(matches!(docx.outcome, ImportOutcome::Merged { .. }));
    let after = store.candidate_profile(&candidate_id).await?.expect("profile");
    assert_eq!(after.headline, "Payments specialist", "the reviewed profile is kept");
    assert!(after.skills.iter().any(|s| s.name == "Haskell"), "and only added to");

    store.delete_candidate(&candidate_id).await?;
    let again = store.import_file("a.pdf", &pdf, &ImportOptions::default()).await?;
    let ImportOutcome::Imported { candidate_id: fresh, .. } = again.outcome else { panic!("{again:?}") };
    assert_ne!(fresh, candidate_id, "a new record for the returning file");
    assert_eq!(store.resumes_for(&fresh).await?.len(), 1);
    Ok(())
}
