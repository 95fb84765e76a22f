//! Roles, candidates, applications and stage history through the public store API.

mod common;

use common::{candidate, count, open_fresh, role};
use shortlist_core::{CandidateQuery, CandidateSort, MoveStage, RoleStatus, SortDirection, Stage};
use shortlist_store::demo::DemoSpec;
use shortlist_store::{Store, StoreError};

fn query(filter: &str, sort: CandidateSort, direction: SortDirection) -> CandidateQuery {
    CandidateQuery { filter: filter.into(), sort, direction, offset: 0, limit: 50 }
}

#[tokio::test]
async fn stage_moves_build_an_append_only_history() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    store.set_display_name("Sam Recruiter").await?;
    let r = store.create_role(role("Backend Engineer")).await?;
    let c = store.create_candidate(candidate("Grace Hopper", "grace@example.com"), None).await?.candidate;
    let app = store.add_application(&c.id, &r.id, None).await?.application;
    for to in [Stage::Applied, Stage::ProfileReview, Stage::TechnicalScreen] {
        store.move_stage(MoveStage { application_id: app.id.clone(), to, reason: None }).await?;
    }
    let err = store
        .move_stage(MoveStage { application_id: app.id.clone(), to: Stage::Rejected, reason: Some("  ".into()) })
        .await
        .expect_err("a rejection without a reason is refused");
    match err {
        StoreError::Validation(v) => assert_eq!(v.fields[0].field, "reason", "the error points at the reason"),
        other => panic!("expected a validation error, got {other}"),
    }
    store
        .move_stage(MoveStage {
            application_id: app.id.clone(),
            to: Stage::Rejected,
            reason: Some("No production ownership".into()),
        })
        .await?;

    let detail = store.candidate_detail(&c.id).await?;
    assert_eq!(detail.applications[0].application.stage, Stage::Rejected, "current stage is Rejected");
    assert_eq!(
        detail.applications[0].stage_reason.as_deref(),
        Some("No production ownership"),
        "the reason shows with the stage"
    );
    let path: Vec<(Option<Stage>, Stage)> = detail.history.iter().rev().map(|e| (e.from_stage, e.to_stage)).collect();
    assert_eq!(
        path,
        vec![
            (None, Stage::Sourced),
            (Some(Stage::Sourced), Stage::Applied),
            (Some(Stage::Applied), Stage::ProfileReview),
            (Some(Stage::ProfileReview), Stage::TechnicalScreen),
            (Some(Stage::TechnicalScreen), Stage::Rejected),
        ],
        "history records every move in order"
    );
    assert!(detail.history.iter().all(|e| e.actor == "Sam Recruiter"), "every move records its author");

    let update = sqlx::query("UPDATE stage_events SET reason = 'rewritten'").execute(store.pool()).await;
    assert!(update.is_err(), "history rows cannot be updated");
    let delete = sqlx::query("DELETE FROM stage_events").execute(store.pool()).await;
    assert!(delete.is_err(), "history rows cannot be deleted");
    assert_eq!(count(&store, "stage_events").await?, 5, "all five events remain");

    let moved_again = store
        .move_stage(MoveStage { application_id: app.id.clone(), to: Stage::Rejected, reason: Some("again".into()) })
        .await;
    assert!(matches!(moved_again, Err(StoreError::Validation(_))), "moving to the current stage is refused");
    Ok(())
}

#[tokio::test]
async fn roles_list_with_counts_and_close() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let open = store.create_role(role("B open role")).await?;
    let closing = store.create_role(role("A closing role")).await?;
    let c = store.create_candidate(candidate("Ada", "ada@example.com"), None).await?.candidate;
    let app = store.add_application(&c.id, &open.id, None).await?;
    store.move_stage(MoveStage { application_id: app.application.id, to: Stage::Hired, reason: None }).await?;
    let closed = store.close_role(&closing.id).await?;
    assert_eq!(closed.status, RoleStatus::Closed, "closing sets the status");
    assert!(closed.closed_on.is_some(), "closing records the date");

    let roles = store.list_roles().await?;
    let titles: Vec<&str> = roles.iter().map(|r| r.role.title.as_str()).collect();
    assert_eq!(titles, vec!["B open role", "A closing role"], "open roles come before closed ones");
    assert_eq!(
        (roles[0].total_applications, roles[0].hired, roles[0].active_applications),
        (1, 1, 0),
        "counts per role"
    );

    let mut bad = open.to_input();
    bad.title = " ".into();
    assert!(matches!(store.update_role(&open.id, bad).await, Err(StoreError::Validation(_))), "blank title refused");
    assert!(
        matches!(store.role("01930000-0000-7000-8000-000000000000").await, Err(StoreError::NotFound { .. })),
        "unknown role"
    );
    Ok(())
}

#[tokio::test]
async fn a_role_opens_only_with_a_ready_intake() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let mut draft = role("Calibrate me");
    draft.status = RoleStatus::Draft;
    draft.intake = Default::default();
    let r = store.create_role(draft.clone()).await?;
    assert_eq!(r.readiness.len(), 6, "an empty intake misses six answers");

    let mut open = draft.clone();
    open.status = RoleStatus::Open;
    let err = store.create_role(open.clone()).await.expect_err("an empty intake cannot be created open");
    assert!(err.to_string().contains("cannot open yet"), "the message says why: {err}");
    let err = store.update_role(&r.id, open.clone()).await.expect_err("nor opened later");
    match err {
        StoreError::Validation(v) => {
            let fields: Vec<&str> = v.fields.iter().map(|f| f.field.as_str()).collect();
            assert!(fields.contains(&"intake.reject_if"), "each missing field is named: {fields:?}");
        }
        other => panic!("expected a validation error, got {other}"),
    }
    assert_eq!(store.role(&r.id).await?.status, RoleStatus::Draft, "the role stays a draft");

    open.intake = shortlist_store::demo::ready_intake();
    let opened = store.update_role(&r.id, open.clone()).await?;
    assert_eq!(opened.status, RoleStatus::Open, "a ready intake opens");
    assert!(opened.readiness.is_empty(), "nothing is missing any more");
    let mut edit = opened.to_input();
    edit.intake.reject_if = "Never owned an on-call rotation.".into();
    store.update_role(&r.id, edit).await?;
    let changed: String = sqlx::query_scalar("SELECT changed_fields FROM outbox ORDER BY mutation_id DESC LIMIT 1")
        .fetch_one(store.pool())
        .await?;
    assert_eq!(changed, r#"["intake.reject_if"]"#, "an intake edit stamps only that field");

    let mut crowded = store.role(&r.id).await?.to_input();
    crowded.intake.must_haves = (1..=8).map(|i| format!("Skill {i}")).collect();
    let saved = store.update_role(&r.id, crowded).await?;
    assert!(saved.must_have_warning.is_some(), "eight must-haves warn like a shopping list");
    Ok(())
}

#[tokio::test]
async fn a_role_keeps_its_own_interview_plan() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let r = store.create_role(role("Backend Engineer")).await?;
    assert_eq!(r.plan.steps.len(), 5, "a new role starts from the default plan");
    let mut edit = r.to_input();
    edit.plan.add_competency("Security Mindset").map_err(anyhow::Error::msg)?;
    edit.plan.steps[3].competencies.push("security-mindset".into());
    let saved = store.update_role(&r.id, edit).await?;
    assert!(saved.plan.competencies.iter().any(|c| c.name == "Security Mindset"), "the new competency is stored");
    let changed: String = sqlx::query_scalar("SELECT changed_fields FROM outbox ORDER BY mutation_id DESC LIMIT 1")
        .fetch_one(store.pool())
        .await?;
    assert_eq!(changed, r#"["plan"]"#, "the plan is one stamped field");
    let mut empty = saved.to_input();
    empty.plan.competencies.clear();
    assert!(
        matches!(store.update_role(&r.id, empty).await, Err(StoreError::Validation(_))),
        "a scorecard needs a competency"
    );
    Ok(())
}

#[tokio::test]
async fn a_shared_email_is_a_warning_not_an_error() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let first = store.create_candidate(candidate("Ada Lovelace", "ada@example.com"), None).await?;
    assert!(first.warnings.is_empty(), "the first candidate has no warnings");
    let second = store.create_candidate(candidate("Ada King", "ADA@example.com"), None).await?;
    assert_eq!(second.warnings.len(), 1, "the shared email is flagged");
    assert_eq!(
        second.warnings[0].related_id.as_deref(),
        Some(first.candidate.id.as_str()),
        "it links to the other candidate"
    );
    assert!(second.warnings[0].message.contains("Ada Lovelace"), "it names the other candidate");
    let own = store.candidate_warnings(&first.candidate.to_input(), Some(&second.candidate.id)).await?;
    assert_eq!(own.len(), 1, "checking a form warns about others");
    Ok(())
}

#[tokio::test]
async fn the_candidate_list_filters_sorts_and_pages() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    for (name, email) in [
        ("Émilie Dubois", "emilie@example.fr"),
        ("Ada Lovelace", "ada@example.com"),
        ("Alan Turing", "turing@example.org"),
        ("Zoë Adams", "zoe@example.com"),
    ] {
        store.create_candidate(candidate(name, email), None).await?;
    }
    let names = |page: shortlist_core::CandidatePage| page.rows.into_iter().map(|r| r.full_name).collect::<Vec<_>>();

    let by_name = store.list_candidates(&query("", CandidateSort::Name, SortDirection::Asc)).await?;
    assert_eq!(by_name.total, 4, "total counts everyone");
    assert_eq!(
        names(by_name),
        vec!["Ada Lovelace", "Alan Turing", "Émilie Dubois", "Zoë Adams"],
        "names sort with accents folded"
    );

    let ad = store.list_candidates(&query("ad", CandidateSort::Name, SortDirection::Asc)).await?;
    assert_eq!(names(ad), vec!["Ada Lovelace", "Zoë Adams"], "a prefix matches any word of the name");
    let emi = store.list_candidates(&query("EMI", CandidateSort::Name, SortDirection::Asc)).await?;
    assert_eq!(names(emi), vec!["Émilie Dubois"], "filters ignore case and accents");
    let two_words = store.list_candidates(&query("al tu", CandidateSort::Name, SortDirection::Asc)).await?;
    assert_eq!(names(two_words), vec!["Alan Turing"], "every typed word must match");
    let by_email = store.list_candidates(&query("turing@", CandidateSort::Name, SortDirection::Asc)).await?;
    assert_eq!(names(by_email), vec!["Alan Turing"], "an @ filters by email prefix");

    let newest = store.list_candidates(&query("", CandidateSort::Created, SortDirection::Desc)).await?;
    assert_eq!(newest.rows[0].full_name, "Zoë Adams", "newest first");
    let mut paged = query("", CandidateSort::Name, SortDirection::Asc);
    paged.offset = 2;
    paged.limit = 1;
    let page = store.list_candidates(&paged).await?;
    assert_eq!(
        (page.total, page.offset, names(page)),
        (4, 2, vec!["Émilie Dubois".to_string()]),
        "offset and limit page the list"
    );
    Ok(())
}

#[tokio::test]
async fn deleted_candidates_are_tombstoned_and_can_be_restored() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let c = store.create_candidate(candidate("Ken Thompson", "ken@example.com"), None).await?.candidate;
    store.delete_candidate(&c.id).await?;
    assert_eq!(
        store.list_candidates(&query("", CandidateSort::Name, SortDirection::Asc)).await?.total,
        0,
        "hidden from the list"
    );
    assert!(matches!(store.candidate(&c.id).await, Err(StoreError::NotFound { .. })), "not found once deleted");
    assert_eq!(count(&store, "candidates").await?, 1, "the row is kept as a tombstone");
    store.restore_candidate(&c.id).await?;
    assert_eq!(store.candidate(&c.id).await?.full_name, "Ken Thompson", "restored");
    assert!(
        matches!(store.restore_candidate(&c.id).await, Err(StoreError::NotFound { .. })),
        "restoring twice is refused"
    );
    Ok(())
}

#[tokio::test]
async fn two_demo_loads_started_together_load_once() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let (a, b) = tokio::join!(store.load_demo_data(), store.load_demo_data());
    assert!(a.is_ok() != b.is_ok(), "exactly one of two simultaneous loads succeeds");
    assert_eq!(count(&store, "candidates").await?, 2_000, "the demo data is there once");
    Ok(())
}

#[tokio::test]
async fn the_candidate_total_stays_exact() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let exact = |s: Store| async move {
        let live: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM candidates WHERE deleted_at IS NULL").fetch_one(s.pool()).await?;
        let listed = s.list_candidates(&query("", CandidateSort::Name, SortDirection::Asc)).await?.total as i64;
        anyhow::Ok((live, listed))
    };
    let a = store.create_candidate(candidate("One", "one@example.com"), None).await?.candidate;
    store.create_candidate(candidate("Two", "two@example.com"), None).await?;
    let (live, listed) = exact(store.clone()).await?;
    assert_eq!((live, listed), (2, 2), "creates count");
    store.delete_candidate(&a.id).await?;
    assert_eq!(exact(store.clone()).await?, (1, 1), "a tombstone leaves the total");
    assert!(store.delete_candidate(&a.id).await.is_err(), "deleting twice is refused");
    assert_eq!(exact(store.clone()).await?, (1, 1), "a refused delete changes nothing");
    store.restore_candidate(&a.id).await?;
    assert_eq!(exact(store.clone()).await?, (2, 2), "a restore counts again");
    store.generate(DemoSpec { roles: 2, candidates: 120, seed: 1, resumes: false }, &mut |_| {}).await?;
    assert_eq!(exact(store.clone()).await?, (122, 122), "bulk generation counts every candidate");
    Ok(())
}

#[tokio::test]
async fn demo_data_is_deterministic_realistic_and_loads_once() -> anyhow::Result<()> {
    let (_a, one) = open_fresh().await?;
    let (_b, two) = open_fresh().await?;
    let started = std::time::Instant::now();
    let report = one.load_demo_data().await?;
    eprintln!("demo load: {:.2}s", started.elapsed().as_secs_f64());
    two.load_demo_data().await?;
    assert_eq!(
        (report.roles, report.candidates),
        (DemoSpec::DEMO.roles, DemoSpec::DEMO.candidates),
        "about 20 roles and 2,000 candidates"
    );
    assert!(report.applications > 1_000, "most candidates are in a pipeline: {}", report.applications);
    let names = |s: &Store| {
        let s = s.clone();
        async move {
            sqlx::query_scalar::<_, String>("SELECT full_name FROM candidates ORDER BY rowid").fetch_all(s.pool()).await
        }
    };
    assert_eq!(names(&one).await?, names(&two).await?, "the same people every time");
    let resumes = |s: &Store| {
        let s = s.clone();
        async move {
            sqlx::query_as::<_, (String, String)>(
                "SELECT r.text, p.skills FROM resumes r JOIN candidate_profiles p ON p.candidate_id = r.candidate_id
                 ORDER BY r.rowid",
            )
            .fetch_all(s.pool())
            .await
        }
    };
    assert_eq!(resumes(&one).await?, resumes(&two).await?, "the same resumes and profiles every time");
    let stages: i64 =
        sqlx::query_scalar("SELECT COUNT(DISTINCT stage) FROM applications").fetch_one(one.pool()).await?;
    assert_eq!(stages, 10, "applications are spread over every stage");
    let rejected_without_reason: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM stage_events WHERE to_stage = 'rejected' AND (reason IS NULL OR reason = '')",
    )
    .fetch_one(one.pool())
    .await?;
    assert_eq!(rejected_without_reason, 0, "every rejection has a reason");
    let future: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM stage_events WHERE occurred_at > ?")
        .bind(one.now().timestamp_millis())
        .fetch_one(one.pool())
        .await?;
    assert_eq!(future, 0, "no history in the future");
    let outbox = one.outbox_len().await?;
    assert!(
        outbox as usize >= report.roles + report.candidates + report.applications,
        "demo data is recorded as mutations too"
    );
    assert!(report.interviews >= 10, "the demo team has interviews on the books: {}", report.interviews);
    assert_eq!(one.list_people().await?.len(), 6, "a hiring team spread over several time zones");
    let anyone: String = sqlx::query_scalar("SELECT full_name FROM candidates LIMIT 1").fetch_one(one.pool()).await?;
    let found = one.search(&format!("\"{anyone}\""), &shortlist_store::SearchFilters::default(), 0, 5).await?;
    assert!(found.hits.iter().any(|h| h.full_name == anyone), "demo candidates are in the search index");
    let owed = one.needs_feedback(one.now()).await?;
    assert!(!owed.is_empty(), "some demo feedback is owed");
    assert!(
        owed.iter().any(|d| d.feedback == shortlist_core::FeedbackState::Overdue),
        "and some of it is overdue, so the Needs feedback view has something to show"
    );
    assert!(matches!(one.load_demo_data().await, Err(StoreError::Conflict(_))), "a second load is refused");
    let ordered: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM candidates a JOIN candidates b ON a.rowid + 1 = b.rowid WHERE (a.id < b.id) <> (a.created_at <= b.created_at)",
    )
    .fetch_one(one.pool())
    .await?;
    assert!(ordered < 5, "demo ids follow creation time, so 'Added' order is id order ({ordered} pairs disagree)");
    assert!(one.settings().await?.demo_loaded, "settings know the demo is loaded");

    // Every role's hiring manager and recruiter is someone in the directory, so "my roles" mean
    // something whoever is chosen as "me".
    let strangers: Vec<String> = sqlx::query_scalar(
        "SELECT DISTINCT name FROM (SELECT hiring_manager AS name FROM roles UNION SELECT recruiter FROM roles)
         WHERE name NOT IN (SELECT name FROM people WHERE deleted_at IS NULL)",
    )
    .fetch_all(one.pool())
    .await?;
    assert!(strangers.is_empty(), "role owners missing from the people directory: {strangers:?}");
    let people = one.list_people().await?;
    let recruiter = people.iter().find(|p| p.name == "Sam Okafor").expect("the demo recruiter");
    one.set_me(Some(&recruiter.id)).await?;
    let week = one.my_week(one.now()).await?;
    assert!(!week.stalled.is_empty(), "the demo recruiter has stalled candidates in their roles");
    demo_resumes_feed_search_matching_and_risks(&one, report.resumes).await
}

/// The demo's resumes and profiles give search, matching and risk checks something to show on a
/// first look.
async fn demo_resumes_feed_search_matching_and_risks(store: &Store, reported: usize) -> anyhow::Result<()> {
    use shortlist_parse::matching::Status;
    use shortlist_parse::risks::RiskKind;
    use shortlist_store::SearchFilters;

    let candidates = DemoSpec::DEMO.candidates as i64;
    assert_eq!(reported, DemoSpec::DEMO.candidates, "every demo candidate has a resume");
    let complete: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM candidates c JOIN candidate_profiles p ON p.candidate_id = c.id
         WHERE p.skills <> '[]' AND p.positions <> '[]' AND p.headline <> ''
           AND EXISTS (SELECT 1 FROM resumes r WHERE r.candidate_id = c.id AND length(r.text) > 200)",
    )
    .fetch_one(store.pool())
    .await?;
    assert!(complete * 10 >= candidates * 9, "most candidates have skills, jobs and resume text: {complete}");
    let logged: Vec<(String, i64)> = sqlx::query_as(
        "SELECT name, COUNT(*) FROM outbox WHERE name IN ('resume.add', 'candidate.set_profile') GROUP BY name ORDER BY name",
    )
    .fetch_all(store.pool())
    .await?;
    assert_eq!(
        logged,
        vec![("candidate.set_profile".to_string(), candidates), ("resume.add".to_string(), candidates)],
        "resumes and profiles are recorded as the mutations an import records"
    );

    // The original is kept where an import keeps it, so "open the original" works.
    let (candidate_id, resume_id): (String, String) =
        sqlx::query_as("SELECT candidate_id, id FROM resumes ORDER BY rowid LIMIT 1").fetch_one(store.pool()).await?;
    let listed = store.resumes_for(&candidate_id).await?;
    assert_eq!(listed.len(), 1, "the candidate shows one resume");
    assert!(listed[0].file_name.ends_with(".txt") && listed[0].format == "txt", "a text resume: {listed:?}");
    let original = std::fs::read_to_string(store.resume_path(&resume_id).await?)?;
    assert_eq!(original.trim_end(), store.resume_text(&resume_id).await?, "the original file is the resume's text");

    // Search finds people by what their resumes say: Django is nobody's tag, only resume text.
    let found = store.search("Django", &SearchFilters::default(), 0, 20).await?;
    assert!(found.total >= 20, "a skill word finds people through their resumes: {}", found.total);
    assert!(found.hits.iter().all(|h| h.snippet.contains("⟦Django⟧")), "with the word in the snippet");
    assert!(found.hits.iter().all(|h| !h.headline.is_empty()), "and the headline from the profile");
    let by_skill = SearchFilters { skills: vec!["PostgreSQL".into()], ..Default::default() };
    assert!(store.search("", &by_skill, 0, 5).await?.total > 100, "the skills filter finds parsed skills");
    // The bulk-built search row is the row the app's own writes build for the candidate.
    let row = |id: String| {
        let s = store.clone();
        async move {
            sqlx::query_as::<_, (String, String, String, String)>(
                "SELECT f.skills, f.resume, f.notes, f.tags FROM candidate_fts f JOIN candidates c ON c.rowid = f.rowid
                 WHERE c.id = ?",
            )
            .bind(id)
            .fetch_one(s.pool())
            .await
        }
    };
    let before = row(candidate_id.clone()).await?;
    let profile = store.candidate_profile(&candidate_id).await?.expect("a demo profile");
    store.save_candidate_profile(&candidate_id, profile).await?;
    assert_eq!(row(candidate_id.clone()).await?, before, "the demo's search row matches a reindexed one");

    // Matching ranks a role's applicants with different scores and evidence.
    let role = store
        .list_roles()
        .await?
        .into_iter()
        .filter(|r| r.role.status == RoleStatus::Open)
        .max_by_key(|r| r.total_applications)
        .expect("an open demo role");
    let ranked = store.rank_for_role(&role.role.id, false, 500).await?;
    assert!(ranked.len() >= 20, "the role has applicants to rank: {}", ranked.len());
    assert!(ranked.iter().all(|r| r.has_profile), "every applicant has a profile to match");
    let mut scores: Vec<u32> = ranked.iter().map(|r| r.score).collect();
    scores.dedup();
    assert!(scores.len() >= 5, "scores tell applicants apart: {scores:?}");
    let best = &ranked[0];
    assert!(
        best.criteria.iter().any(|c| c.status == Status::Met && c.evidence.contains("Used in the job at")),
        "the best match has evidence from a job: {:?}",
        best.criteria
    );
    let pool = store.rank_for_role(&role.role.id, true, 50).await?;
    assert!(pool[0].score >= best.score, "the whole pool has someone at least as good");

    // Risk checks find gaps, short stints and overlaps in some careers, not in most.
    let ids: Vec<String> =
        sqlx::query_scalar("SELECT id FROM candidates ORDER BY rowid LIMIT 400").fetch_all(store.pool()).await?;
    let mut kinds = Vec::new();
    let mut flagged = 0;
    for id in &ids {
        let flags = store.risk_flags(id).await?;
        flagged += usize::from(flags.iter().any(|f| f.flag.kind != RiskKind::UnsupportedSkills));
        kinds.extend(flags.into_iter().map(|f| f.flag.kind));
    }
    for kind in [RiskKind::Gap, RiskKind::ShortStints, RiskKind::Overlap, RiskKind::TitleAheadOfExperience] {
        assert!(kinds.contains(&kind), "some demo careers raise {kind:?}");
    }
    assert!(flagged * 3 < ids.len(), "most careers raise no career flag: {flagged} of {}", ids.len());
    Ok(())
}
