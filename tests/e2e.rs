//! End-to-end tests: the built app in a real window (Xvfb), driven through WebDriver
//! (tauri-driver + WebKitWebDriver), each on a fresh database.

mod support;

use anyhow::Result;
use support::webdriver::{App, CONTROL, ENTER, ESCAPE};
use support::{candidate, fresh_db, role, screens_dir, with_store};

#[test]
fn create_a_role_from_the_empty_state() -> Result<()> {
    let db = fresh_db("create-role")?;
    let app = App::launch(&db.path)?;
    app.find_text("h2", "No roles yet")?;
    app.click_text("button", "Create a role")?;
    app.type_into("dialog input[name=title]", "Senior Backend Engineer")?;
    app.type_into("dialog input[name=team]", "Payments")?;
    app.type_into("dialog input[name=hiring_manager]", "Dana Hiring")?;
    app.click_text("dialog button[type=submit]", "Create role")?;
    app.find_text("h1#role-title", "Senior Backend Engineer")?;
    app.wait_for_text("Hiring manager: Dana Hiring")?;
    app.wait_for_text("No candidates in this pipeline yet")?;

    app.click_text("nav a", "Roles")?;
    app.find_text(".list-row", "Senior Backend Engineer")?;
    let saved = with_store(&db, async |s| Ok(s.list_roles().await?))?;
    assert_eq!(saved.len(), 1, "exactly one role must be stored");
    assert_eq!(saved[0].role.team, "Payments", "the team typed in the form must be stored");
    app.quit()
}

#[test]
fn a_bad_email_shows_a_field_error_and_nothing_is_saved() -> Result<()> {
    let db = fresh_db("bad-email")?;
    let app = App::launch(&db.path)?;
    app.find("nav")?;
    app.go("#/candidates")?;
    app.find_text("h2", "No candidates yet")?;
    app.press("N")?;
    app.type_into("dialog input[name=full_name]", "Ada Lovelace")?;
    app.type_into("dialog input[name='emails.0']", "ada@example")?;
    app.click_text("dialog button[type=submit]", "Add candidate")?;
    let error = app.find_text("dialog .field-error", "is not a valid email address")?;
    assert!(app.text(&error)?.contains("ada@example"), "the error must quote the bad value");
    let stored = with_store(&db, async |s| Ok(s.outbox_len().await?))?;
    assert_eq!(stored, 0, "a rejected form must write nothing");

    app.replace_text("dialog input[name='emails.0']", "ada@example.com")?;
    app.click_text("dialog button[type=submit]", "Add candidate")?;
    app.wait_gone("dialog[open]")?;
    app.find_text("#candidate-name", "Ada Lovelace")?;
    app.find_text(".table-row", "ada@example.com")?;
    app.quit()
}

#[test]
fn move_a_candidate_through_stages_and_reject_with_a_reason() -> Result<()> {
    let db = fresh_db("stages")?;
    let role_id = with_store(&db, async |s| {
        let r = s.create_role(role("Platform Engineer")).await?;
        for (name, email) in [("Grace Hopper", "grace@example.com"), ("Alan Turing", "alan@example.com")] {
            let c = s.create_candidate(candidate(name, email), None).await?;
            s.add_application(&c.candidate.id, &r.id, None).await?;
        }
        Ok(r.id)
    })?;
    let app = App::launch(&db.path)?;
    app.find("nav")?;
    app.go(&format!("#/roles/{role_id}"))?;
    app.find_text("h1#role-title", "Platform Engineer")?;

    let advance = |from: &str, to: &str| -> Result<()> {
        let row = format!("section[data-stage={from}] li[data-candidate='Grace Hopper'] button");
        app.click_text(&row, &format!("→ {to}"))?;
        Ok(())
    };
    advance("sourced", "Applied")?;
    app.find("section[data-stage=applied] li[data-candidate='Grace Hopper']")?;
    advance("applied", "Profile review")?;
    app.find("section[data-stage=profile_review] li[data-candidate='Grace Hopper']")?;
    advance("profile_review", "Technical screen")?;
    app.find("section[data-stage=technical_screen] li[data-candidate='Grace Hopper']")?;

    app.click_text("section[data-stage=technical_screen] li[data-candidate='Grace Hopper'] button", "Reject")?;
    app.click_text("dialog button[type=submit]", "Reject candidate")?;
    app.find_text("dialog .field-error", "Say why the candidate is rejected")?;
    app.type_into("dialog textarea[name=reason]", "Paired session: could not debug the failing test")?;
    app.click_text("dialog button[type=submit]", "Reject candidate")?;
    app.find("section[data-stage=rejected] li[data-candidate='Grace Hopper']")?;
    app.find_text("section[data-stage=rejected] li", "could not debug the failing test")?;
    app.find("section[data-stage=sourced] li[data-candidate='Alan Turing']")?;
    app.screenshot(&screens_dir().join("role-page.png"))?;

    // The candidate page shows the whole history with the reason.
    app.click_text("section[data-stage=rejected] li a", "Grace Hopper")?;
    app.find_text("#candidate-name", "Grace Hopper")?;
    app.find_text(".history li", "Technical screen → Rejected")?;
    app.find_text(".history li", "could not debug the failing test")?;
    let history = app.find(".history")?;
    let text = app.text(&history)?;
    assert_eq!(text.matches("Platform Engineer").count(), 5, "added + four moves must be in the history: {text}");
    app.quit()
}

#[test]
fn quit_and_relaunch_keeps_everything() -> Result<()> {
    let db = fresh_db("relaunch")?;
    {
        let app = App::launch(&db.path)?;
        app.find_text("h2", "No roles yet")?;
        app.press("N")?;
        app.type_into("dialog input[name=title]", "Staff Backend Engineer")?;
        app.click_text("dialog button[type=submit]", "Create role")?;
        app.find_text("h1#role-title", "Staff Backend Engineer")?;
        app.press("N")?;
        app.type_into("dialog input[name=full_name]", "Linus Torvalds")?;
        app.type_into("dialog input[name='emails.0']", "linus@example.org")?;
        app.click_text("dialog button[type=submit]", "Add candidate")?;
        app.find("section[data-stage=sourced] li[data-candidate='Linus Torvalds']")?;
        app.click_text("section[data-stage=sourced] li[data-candidate='Linus Torvalds'] button", "→ Applied")?;
        app.find("section[data-stage=applied] li[data-candidate='Linus Torvalds']")?;
        app.quit()?;
    }
    let app = App::launch(&db.path)?;
    app.find("nav")?;
    app.go("#/roles")?;
    app.click_text(".list-row", "Staff Backend Engineer")?;
    app.find("section[data-stage=applied] li[data-candidate='Linus Torvalds']")?;
    app.go("#/candidates")?;
    app.find_text(".table-row", "linus@example.org")?;
    app.quit()
}

#[test]
fn the_command_palette_reaches_pages_and_actions() -> Result<()> {
    let db = fresh_db("palette")?;
    with_store(&db, async |s| {
        s.create_role(role("Data Engineer")).await?;
        Ok(())
    })?;
    let app = App::launch(&db.path)?;
    app.find_text(".list-row", "Data Engineer")?;
    app.chord(&[CONTROL, "k"])?;
    app.type_into(".palette-input", "candidates")?;
    app.press(ENTER)?;
    app.find_text("h1", "Candidates")?;
    app.press("?")?;
    app.find_text("dialog", "Keyboard shortcuts")?;
    app.press(ESCAPE)?;
    app.wait_gone("dialog[open]")?;
    app.chord(&[CONTROL, "k"])?;
    app.type_into(".palette-input", "data eng")?;
    app.click_text(".palette-item", "Open role: Data Engineer")?;
    app.find_text("h1#role-title", "Data Engineer")?;
    app.quit()
}

#[test]
fn a_database_from_a_newer_version_shows_the_error_window() -> Result<()> {
    let db = fresh_db("newer")?;
    with_store(&db, async |s| {
        sqlx::query("INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) VALUES (99990101000000, 'from the future', 1, x'00', 0)")
            .execute(s.pool())
            .await?;
        Ok(())
    })?;
    let app = App::launch(&db.path)?;
    app.find_text("h1", "Shortlist could not open its database")?;
    app.wait_for_text("newer version of Shortlist")?;
    app.quit()
}

#[test]
fn demo_data_loads_from_the_empty_state_and_fills_role_pipelines() -> Result<()> {
    let db = fresh_db("demo")?;
    let app = App::launch(&db.path)?;
    app.find_text("h2", "No roles yet")?;
    app.click_text(".empty-state button", "Load demo data")?;
    app.find_text(".toast", "Loaded demo data: 20 roles, 2000 candidates")?;
    let rows = app.script("return document.querySelectorAll('.list-row').length;", serde_json::json!([]))?;
    assert_eq!(rows.as_u64(), Some(20), "the roles list shows the 20 demo roles");

    // Open the open role with the most stages in use: its page lists candidates by stage.
    app.click_text(".list-row", "Senior Backend Engineer")?;
    app.find("h1#role-title")?;
    app.find("section.stage-section")?;
    app.find("section.stage-section li.board-card")?;
    let stages = app.script(
        "return [...document.querySelectorAll('section.stage-section')].filter(s => s.querySelector('.board-card')).length;",
        serde_json::json!([]),
    )?;
    assert!(stages.as_u64().unwrap_or(0) >= 4, "a demo role has candidates in several stages, got {stages}");
    app.script("document.querySelectorAll('.toast').forEach(t => t.remove());", serde_json::json!([]))?;
    app.screenshot(&screens_dir().join("demo-role-page.png"))?;

    // Stalled cards across the open roles, with role and how late.
    app.go("#/stalled")?;
    app.find_text(".stalled-list li", "in stage")?;
    app.screenshot(&screens_dir().join("demo-stalled.png"))?;

    app.go("#/candidates")?;
    let count = app.find("h1 .count")?;
    let digits: String = app.text(&count)?.chars().filter(char::is_ascii_digit).collect();
    assert_eq!(digits, "2000", "the candidate count shows all demo candidates");
    app.type_into("#candidate-filter", "zo")?;
    app.find_text(".table-row", "Zoë")?;
    app.screenshot(&screens_dir().join("demo-candidates.png"))?;
    app.quit()
}

#[test]
fn an_incomplete_role_cannot_open_and_the_message_names_what_is_missing() -> Result<()> {
    let db = fresh_db("readiness")?;
    let app = App::launch(&db.path)?;
    app.find_text("h2", "No roles yet")?;
    app.press("N")?;
    app.type_into("dialog input[name=title]", "Payments Engineer")?;
    app.click_text("dialog button[type=submit]", "Create role")?;
    app.find_text("h1#role-title", "Payments Engineer")?;
    app.find_text(".readiness", "Before this role can open")?;

    app.click_text(".page-actions button", "Open role")?;
    let banner = app.find_text(".banner-error", "cannot open yet")?;
    let message = app.text(&banner)?;
    for missing in [
        "business problem",
        "true level",
        "must-have",
        "without help",
        "learn on the job",
        "reject a final-round candidate",
    ] {
        assert!(message.contains(missing), "the message names {missing:?}: {message}");
    }

    // The intake tab is open: answer what is missing.
    app.type_into(
        "textarea[name='intake.problem_statement']",
        "Card payments time out at peak; we lose 2% of orders.",
    )?;
    app.click_css_value("input[name='intake.true_level']", "owns_service")?;
    app.type_into(
        "textarea[name='intake.must_haves']",
        "Owned a production service end to end\u{E007}PostgreSQL query tuning",
    )?;
    app.type_into("textarea[name='intake.must_do_unaided']", "Take a slow endpoint from profile to fix to rollout.")?;
    app.type_into("textarea[name='intake.can_learn']", "Our card network integrations.")?;
    app.type_into("textarea[name='intake.reject_if']", "Cannot describe a production failure they owned.")?;
    app.click_text("button[type=submit]", "Save intake")?;
    app.find_text(".toast", "ready to open")?;
    app.wait_gone(".readiness")?;

    app.click_text(".page-actions button", "Open role")?;
    app.find_text(".toast", "Payments Engineer is open")?;
    let roles = with_store(&db, async |s| Ok(s.list_roles().await?))?;
    assert_eq!(roles[0].role.status, shortlist_core::RoleStatus::Open, "the role is open in the database");
    assert_eq!(roles[0].role.intake.must_haves.len(), 2, "one must-have per line");
    app.quit()
}

#[test]
fn the_job_description_is_generated_editable_and_exported() -> Result<()> {
    let db = fresh_db("job-description")?;
    let role_id = with_store(&db, async |s| Ok(s.create_role(role("Senior Go Engineer")).await?.id))?;
    let app = App::launch(&db.path)?;
    app.find("nav")?;
    app.go(&format!("#/roles/{role_id}"))?;
    app.click_text("[role=tab]", "Job description")?;
    app.find_text(".jd-preview h2", "The problem you will solve")?;
    app.find_text(".jd-preview h2", "How we interview")?;
    app.find_text(".jd-toolbar", "Generated from the intake")?;

    app.type_into("textarea[name=job_description]", "\u{E007}Remote-first within two hours of CET.")?;
    app.find_text(".jd-preview p", "Remote-first within two hours of CET.")?;
    app.click_text(".jd-toolbar button", "Save edits")?;
    app.find_text(".jd-toolbar", "Edited by hand")?;

    app.click_text(".jd-toolbar button", "Export .md")?;
    let toast = app.find_text(".toast", "job-description.md")?;
    let text = app.text(&toast)?;
    let path = text.split("Saved ").nth(1).and_then(|rest| rest.lines().next()).unwrap_or_default().trim().to_string();
    let written = std::fs::read_to_string(&path)?;
    let _ = std::fs::remove_file(&path);
    assert!(written.starts_with("# Senior Go Engineer"), "the export is the Markdown: {written}");
    assert!(written.contains("Remote-first within two hours of CET."), "the export has the edit");
    let saved = with_store(&db, async |s| Ok(s.role(&role_id).await?.intake.job_description))?;
    assert!(saved.contains("Remote-first"), "the edit is stored on the role");
    app.quit()
}

#[test]
fn people_join_the_directory_and_me_signs_every_stage_move() -> Result<()> {
    let db = fresh_db("people")?;
    let role_id = with_store(&db, async |s| {
        let r = s.create_role(role("Data Engineer")).await?;
        s.create_candidate(candidate("Grace Hopper", "grace@example.com"), Some(&r.id)).await?;
        Ok(r.id)
    })?;
    let app = App::launch(&db.path)?;
    app.find("nav")?;
    app.go("#/people")?;
    app.find_text("h2", "No one in the directory yet")?;
    app.press("N")?;
    app.type_into("dialog input[name=name]", "Priya Nair")?;
    app.type_into("dialog input[name=email]", "priya@example.com")?;
    app.replace_text("dialog input[name=time_zone]", "Asia Kolkata")?;
    app.click_text("dialog button[type=submit]", "Add person")?;
    app.find_text("dialog .field-error", "IANA time zone")?;
    app.replace_text("dialog input[name=time_zone]", "Asia/Kolkata")?;
    app.click_css("dialog input[name='plays.recruiter']")?;
    app.click_text("dialog button[type=submit]", "Add person")?;
    app.find_text(".person-row", "Priya Nair")?;
    app.find_text(".person-row", "Asia/Kolkata")?;

    app.go("#/settings")?;
    let priya = with_store(&db, async |s| Ok(s.list_people().await?.remove(0).id))?;
    app.select_option("select#me", &priya)?;
    app.find_text(".toast", "recorded as Priya Nair")?;

    app.go(&format!("#/roles/{role_id}"))?;
    app.click_text("section[data-stage=sourced] li[data-candidate='Grace Hopper'] button", "→ Applied")?;
    app.find("section[data-stage=applied] li[data-candidate='Grace Hopper']")?;
    app.click_text("section[data-stage=applied] li a", "Grace Hopper")?;
    app.find_text(".history li", "Sourced → Applied")?;
    let moved = app.find_text(".history li", "Sourced → Applied")?;
    assert!(app.text(&moved)?.contains("Priya Nair"), "the move is signed by me");
    app.quit()
}

#[test]
fn the_interview_plan_edits_competencies_and_shows_kits() -> Result<()> {
    let db = fresh_db("plan")?;
    let role_id = with_store(&db, async |s| Ok(s.create_role(role("Platform Engineer")).await?.id))?;
    let app = App::launch(&db.path)?;
    app.find("nav")?;
    app.go(&format!("#/roles/{role_id}"))?;
    app.click_text("[role=tab]", "Interview plan")?;
    let steps = app.script("return document.querySelectorAll('.step').length;", serde_json::json!([]))?;
    assert_eq!(steps.as_u64(), Some(5), "the default plan has five steps");

    app.type_into("#new-competency", "Security Mindset")?;
    app.click_text(".inline-form button", "Add")?;
    app.find_text(".banner-warning", "No step rates Security Mindset")?;
    app.click_text("li[data-step=system-design] .chip", "Security Mindset")?;
    app.wait_gone(".banner-warning")?;
    app.replace_text("#feedback-hours", "0")?;
    app.click_text(".jd-toolbar button", "Save plan")?;
    app.find_text(".banner-error", "Feedback is due between 1 and 336 hours")?;
    app.replace_text("#feedback-hours", "48")?;
    app.click_text(".jd-toolbar button", "Save plan")?;
    app.find_text(".toast", "Saved the interview plan")?;

    app.click_text("li[data-step=deep-dive] button", "Interview kit")?;
    app.find_text("dialog .kit", "What did you personally own")?;
    app.find_text("dialog .kit h4", "Debugging and Ownership")?;
    let plan = with_store(&db, async |s| Ok(s.role(&role_id).await?.plan))?;
    let design = plan.steps.iter().find(|s| s.id == "system-design").expect("the design step");
    assert!(design.competencies.contains(&"security-mindset".to_string()), "the assignment is stored");
    assert_eq!(plan.feedback_hours, 48, "the feedback deadline is stored with the plan");
    app.quit()
}

#[test]
fn scorecards_need_evidence_and_stay_independent_until_submitted() -> Result<()> {
    let db = fresh_db("scorecards")?;
    let (candidate_id, ben) = with_store(&db, async |s| {
        let person = |name: &str| shortlist_core::PersonInput {
            name: name.into(),
            email: String::new(),
            time_zone: "Europe/Berlin".into(),
            plays: vec![shortlist_core::Plays::Interviewer],
        };
        let ana = s.create_person(person("Ana Ruiz")).await?;
        let ben = s.create_person(person("Ben Okafor")).await?;
        s.set_me(Some(&ana.id)).await?;
        let r = s.create_role(role("Backend Engineer")).await?;
        let c = s.create_candidate(candidate("Grace Hopper", "grace@example.com"), Some(&r.id)).await?;
        Ok((c.candidate.id, ben.id))
    })?;
    let app = App::launch(&db.path)?;
    app.find("nav")?;
    app.go(&format!("#/candidates/{candidate_id}"))?;
    app.click_text(".application-card button", "Scorecards")?;
    app.find("dialog fieldset[data-competency=code-reasoning]")?;
    app.click_text("fieldset[data-competency=code-reasoning] .chip", "4")?;
    app.click_text("fieldset.radio-group .chip", "Yes")?;
    app.click_text("dialog button[type=submit]", "Submit scorecard")?;
    app.find_text("fieldset[data-competency=code-reasoning] .field-error", "needs written evidence")?;
    app.type_into(
        "textarea[name='evidence-code-reasoning']",
        "Found the off-by-one in the pager and wrote the failing test first.",
    )?;
    app.find_text("dialog .autosave", "Draft saved")?;
    app.click_text("dialog button[type=submit]", "Submit scorecard")?;
    app.find_text(".toast", "Submitted your scorecard")?;
    app.press(ESCAPE)?;
    app.wait_gone("dialog[open]")?;

    // Ben is the second interviewer on this laptop now.
    app.go("#/settings")?;
    app.select_option("select#me", &ben)?;
    app.find_text(".toast", "recorded as Ben Okafor")?;
    app.go(&format!("#/candidates/{candidate_id}"))?;
    app.click_text(".application-card button", "Scorecards")?;
    let anas =
        app.find_text("li.other-card[data-interviewer='Ana Ruiz']", "Hidden until you submit your own scorecard")?;
    assert!(!app.text(&anas)?.contains("off-by-one"), "Ana's evidence is hidden from Ben");

    app.click_text("fieldset[data-competency=code-reasoning] .chip", "2")?;
    app.type_into("textarea[name='evidence-code-reasoning']", "Needed hints to find the bug.")?;
    app.click_text("fieldset.radio-group .chip", "No")?;
    app.click_text("dialog button[type=submit]", "Submit scorecard")?;
    app.find_text(".toast", "Submitted your scorecard")?;
    app.find_text("li.other-card[data-interviewer='Ana Ruiz']", "off-by-one")?;
    app.press(ESCAPE)?;
    app.wait_gone("dialog[open]")?;

    // The team can keep feedback for the debrief only.
    app.go("#/settings")?;
    app.click_text(".radio", "Always hidden")?;
    app.find_text(".toast", "always hidden")?;
    app.go(&format!("#/candidates/{candidate_id}"))?;
    app.click_text(".application-card button", "Scorecards")?;
    app.find_text("li.other-card[data-interviewer='Ana Ruiz']", "shared in the debrief")?;
    app.quit()
}

#[test]
fn the_debrief_matrix_shows_both_scorecards_and_a_decision_moves_the_candidate() -> Result<()> {
    let db = fresh_db("debrief")?;
    let candidate_id = with_store(&db, async |s| {
        let r = s.create_role(role("Backend Engineer")).await?;
        let c = s.create_candidate(candidate("Grace Hopper", "grace@example.com"), Some(&r.id)).await?;
        let app = s.role_detail(&r.id).await?.applications[0].application.id.clone();
        for (name, score, rec, evidence) in [
            (
                "Ana Ruiz",
                5u8,
                shortlist_core::Recommendation::StrongYes,
                "Walked through the incident timeline precisely.",
            ),
            ("Ben Okafor", 2u8, shortlist_core::Recommendation::No, "Could not say what broke."),
        ] {
            let p = s
                .create_person(shortlist_core::PersonInput {
                    name: name.into(),
                    email: String::new(),
                    time_zone: "Europe/Berlin".into(),
                    plays: vec![shortlist_core::Plays::Interviewer],
                })
                .await?;
            s.set_me(Some(&p.id)).await?;
            let card = s.my_scorecard(&app, "deep-dive").await?;
            let input = shortlist_core::ScorecardInput {
                ratings: vec![shortlist_core::Rating {
                    competency_id: "debugging-and-ownership".into(),
                    score: Some(score),
                    evidence: evidence.into(),
                }],
                takeaways: String::new(),
                recommendation: Some(rec),
                checklist: vec![],
            };
            s.submit_scorecard(&card.id, input).await?;
        }
        Ok(c.candidate.id)
    })?;
    let app = App::launch(&db.path)?;
    app.find("nav")?;
    app.go(&format!("#/candidates/{candidate_id}"))?;
    app.click_text(".application-card button", "Debrief")?;
    app.find(".matrix tr.verdicts")?;
    let heads = app.script("return document.querySelectorAll('.matrix thead th').length;", serde_json::json!([]))?;
    assert_eq!(heads.as_u64(), Some(3), "a competency column plus one per scorecard");
    app.find_text(".matrix tr.disagree th", "Debugging and Ownership")?;
    app.find_text(".matrix tr.disagree .discuss", "3-point spread")?;
    app.click_text(".matrix tr.disagree button.score", "5")?;
    app.find_text(".matrix .evidence", "incident timeline")?;
    app.find_text(".matrix tr.verdicts", "Strong yes")?;
    app.set_window_size(1280, 720)?;
    app.click_text(".debrief-head button", "Presentation mode")?;
    app.find(".debrief.debrief-present")?;
    // Legible from the back of the room, and the decision fits without scrolling (issue 12.9).
    let sizes = app.script(
        "const px = (q) => parseFloat(getComputedStyle(document.querySelector(q)).fontSize);          const button = document.querySelector('.debrief-side button[type=submit]').getBoundingClientRect();          return [px('.debrief-present .matrix th'), px('.debrief-present .matrix .score'), button.bottom <= window.innerHeight];",
        serde_json::json!([]),
    )?;
    assert!(sizes[0].as_f64().unwrap_or(0.0) >= 24.0, "competency names at least 24 px: {sizes}");
    assert!(sizes[1].as_f64().unwrap_or(0.0) >= 24.0, "score chips at least 24 px: {sizes}");
    assert_eq!(sizes[2], serde_json::json!(true), "Record decision is in view at 1280x720: {sizes}");
    // Give WebKit a frame to paint before the screenshot (the README uses it).
    std::thread::sleep(std::time::Duration::from_millis(600));
    app.screenshot(&screens_dir().join("debrief.png"))?;
    // Esc leaves presentation mode only: the debrief stays open (issue 12.1).
    app.press("\u{E00C}")?;
    app.find("[data-debrief][data-presenting='false']")?;
    app.find(".matrix tr.verdicts")?;

    // No decision is preselected (issue 12.9): recording without one asks for it.
    app.click_text(".debrief-side button[type=submit]", "Record decision")?;
    app.find_text(".debrief-side", "Choose a decision")?;
    app.click_css(".debrief-side input[name=decision][value=advance_to_offer]")?;
    app.click_text(".debrief-side button[type=submit]", "Record decision")?;
    app.find_text(".debrief-side .field-error", "rationale is required")?;
    app.type_into(".debrief-side textarea[name=rationale]", "Ownership evidence outweighs the weak deep-dive answer.")?;
    app.click_text(".debrief-side button[type=submit]", "Record decision")?;
    app.find_text(".toast", "is in offer")?;
    app.find_text(".history li", "Ownership evidence outweighs")?;
    app.quit()
}

#[test]
fn the_profile_review_checklist_needs_a_verdict_per_item() -> Result<()> {
    let db = fresh_db("checklist")?;
    let candidate_id = with_store(&db, async |s| {
        let me = s
            .create_person(shortlist_core::PersonInput {
                name: "Sam Rivera".into(),
                email: String::new(),
                time_zone: "Europe/Berlin".into(),
                plays: vec![shortlist_core::Plays::Recruiter],
            })
            .await?;
        s.set_me(Some(&me.id)).await?;
        let r = s.create_role(role("Backend Engineer")).await?;
        Ok(s.create_candidate(candidate("Alan Turing", "alan@example.com"), Some(&r.id)).await?.candidate.id)
    })?;
    let app = App::launch(&db.path)?;
    app.find("nav")?;
    app.go(&format!("#/candidates/{candidate_id}"))?;
    app.click_text(".application-card button", "Scorecards")?;
    app.find("#scorecard-step")?;
    app.select_option("#scorecard-step", "profile-review")?;
    app.find("fieldset[data-checklist='Service ownership']")?;
    app.click_text("fieldset[data-checklist='Service ownership'] .chip", "Pass")?;
    app.click_text("fieldset.radio-group .chip", "Yes")?;
    app.click_text("dialog button[type=submit]", "Submit scorecard")?;
    app.find_text("fieldset[data-checklist='Stack realism'] .field-error", "Give “Stack realism” a verdict")?;
    for item in ["Stack realism", "Environment fit", "Career narrative", "Evidence of communication"] {
        app.click_text(&format!("fieldset[data-checklist='{item}'] .chip"), "Pass")?;
    }
    app.click_text("dialog button[type=submit]", "Submit scorecard")?;
    app.find_text(".toast", "Submitted your scorecard")?;
    app.quit()
}

/// Sets a form control's value the way the browser does when a person picks a date and time
/// (WebDriver typing into date pickers differs between engines).
fn set_input(app: &App, css: &str, value: &str) -> Result<()> {
    app.find(css)?;
    app.script(
        "const el = document.querySelector(arguments[0]);
         Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(el, arguments[1]);
         el.dispatchEvent(new Event('input', { bubbles: true }));",
        serde_json::json!([css, value]),
    )
    .map(|_| ())
}

#[test]
fn overdue_feedback_is_listed_badged_and_reminded_until_submitted() -> Result<()> {
    let db = fresh_db("feedback")?;
    let (candidate_id, raj, reminded_interview) = with_store(&db, async |s| {
        let person = |name: &str, zone: &str| shortlist_core::PersonInput {
            name: name.into(),
            email: String::new(),
            time_zone: zone.into(),
            plays: vec![shortlist_core::Plays::Interviewer],
        };
        let ana = s.create_person(person("Ana Ruiz", "America/Los_Angeles")).await?;
        let raj = s.create_person(person("Raj Iyer", "Asia/Kolkata")).await?;
        s.set_me(Some(&ana.id)).await?;
        let r = s.create_role(role("Backend Engineer")).await?;
        let c = s.create_candidate(candidate("Grace Hopper", "grace@example.com"), Some(&r.id)).await?;
        let app_id = s.role_detail(&r.id).await?.applications[0].application.id.clone();
        // An interview from last week whose feedback is long overdue: the app reminds Ana of it.
        let week_ago = (support::now() - chrono::Duration::days(7)).format("%Y-%m-%dT10:00").to_string();
        let old = s
            .schedule_interview(shortlist_core::InterviewInput {
                application_id: app_id,
                step_id: "system-design".into(),
                local_start: week_ago,
                time_zone: "UTC".into(),
                duration_minutes: 60,
                interviewer_ids: vec![ana.id.clone()],
            })
            .await?;
        Ok((c.candidate.id, raj.id, old.id))
    })?;
    let app = App::launch(&db.path)?;
    app.find("nav")?;
    app.go(&format!("#/candidates/{candidate_id}"))?;

    // Log a deep dive from two days ago, arranged in Kolkata time, with Raj on the panel beside Ana (me).
    // Log interview sits in the application's More… menu (issue 12.10).
    app.click_css(".application-card button[aria-haspopup=menu]")?;
    app.click_text(".application-card [role=menuitem]", "Log interview")?;
    app.select_option("dialog select[name=step]", "deep-dive")?;
    let kolkata_two_days_ago = support::now() - chrono::Duration::days(2) + chrono::Duration::minutes(330);
    set_input(&app, "dialog input[name=start]", &kolkata_two_days_ago.format("%Y-%m-%dT%H:%M").to_string())?;
    app.replace_text("dialog input[name=time_zone]", "Asia/Kolkata")?;
    app.click_css_value("dialog input[name=interviewer]", &raj)?;
    app.click_text("dialog button[type=submit]", "Log interview")?;
    app.find_text(".toast", "Logged the past-project deep dive for Grace Hopper")?;
    app.wait_gone("dialog[open]")?;
    app.find_text("li.interview[data-interview='Past-project deep dive'] .seat[data-seat='Ana Ruiz']", "overdue")?;
    app.find_text("li.interview[data-interview='Past-project deep dive'] .seat[data-seat='Raj Iyer']", "overdue")?;
    app.find_text(".nav-badge", "2")?;
    app.screenshot(&screens_dir().join("candidate-interviews.png"))?;

    // The Needs feedback view: mine first, most overdue first; everyone's on a toggle.
    app.go("#/feedback")?;
    app.find_text("li.owed-row[data-owed='Grace Hopper · System design conversation']", "Overdue")?;
    let rows = app.page_text()?;
    assert!(!rows.contains("Raj Iyer"), "only my own scorecards under Mine");
    app.click_text(".segmented button", "Everyone")?;
    app.find_text("li.owed-row", "Raj Iyer")?;
    app.click_text(".segmented button", "Mine")?;
    app.screenshot(&screens_dir().join("needs-feedback.png"))?;

    // Writing it from the list opens the right step with the deadline, and clears the row.
    app.click_text("li.owed-row[data-owed='Grace Hopper · Past-project deep dive'] button", "Write scorecard")?;
    app.find_text("dialog [data-deadline]", "Overdue")?;
    app.click_text("fieldset[data-competency=debugging-and-ownership] .chip", "4")?;
    app.type_into(
        "textarea[name='evidence-debugging-and-ownership']",
        "Traced the queue backlog to a missing index and wrote the post-mortem.",
    )?;
    app.click_text("fieldset.radio-group .chip", "Yes")?;
    app.click_text("dialog button[type=submit]", "Submit scorecard")?;
    app.find_text(".toast", "Submitted your scorecard")?;
    app.press(ESCAPE)?;
    app.wait_gone("dialog[open]")?;
    app.wait_gone("li.owed-row[data-owed='Grace Hopper · Past-project deep dive']")?;
    app.find_text(".nav-badge", "1")?;

    // The overdue scorecard that existed at start-up raised an OS notification (the check runs a
    // few seconds after start, then every minute), and is remembered so it is shown once.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let reminded = loop {
        let reminded = with_store(&db, async |s| {
            Ok(sqlx::query_scalar::<_, String>("SELECT interview_id FROM feedback_reminders")
                .fetch_all(s.pool())
                .await?)
        })?;
        if reminded.contains(&reminded_interview) || std::time::Instant::now() > deadline {
            break reminded;
        }
        std::thread::sleep(std::time::Duration::from_millis(250));
    };
    assert!(reminded.contains(&reminded_interview), "the start-up check reminded Ana: {reminded:?}");
    app.quit()
}

#[test]
fn import_resumes_with_outcomes_and_review_the_parsed_profile() -> Result<()> {
    let db = fresh_db("import")?;
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/parse/tests/corpus");
    let files = [
        corpus.join("pdf/07-aisha-bello.pdf"),
        corpus.join("docx/07-aisha-bello.docx"),
        corpus.join("pdf/13-etienne-lefevre.pdf"),
    ];
    let app = App::launch(&db.path)?;
    app.find("nav")?;
    app.go("#/candidates")?;
    app.click_text("button", "Import resumes")?;
    let paths: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
    app.type_into("#import-files", &paths.join("\n"))?;
    app.find_text(".import-files", "13-etienne-lefevre.pdf")?;
    app.click_text("dialog button", "Import 3 files")?;
    app.find_text("[data-import-status]", "Done: 2 imported, 1 merged, 0 skipped, 0 failed")?;
    app.find_text("li[data-file='07-aisha-bello.docx']", "Merged into Aisha Bello")?;
    app.screenshot(&screens_dir().join("import.png"))?;

    // The same file again is recognised by its content.
    app.click_text("dialog button", "Close")?;
    app.wait_gone("dialog[open]")?;
    app.click_text("button", "Import resumes")?;
    app.type_into("#import-files", &paths[0])?;
    app.click_text("dialog button", "Import 1 file")?;
    app.find_text("li[data-file='07-aisha-bello.pdf']", "Skipped: this exact file is already on Aisha Bello")?;
    app.click_text("li[data-file='07-aisha-bello.pdf'] button", "Open")?;
    app.wait_gone("dialog[open]")?;

    // The candidate page shows the parsed profile and both resumes; the review has the text.
    app.find_text("#candidate-name", "Aisha Bello")?;
    app.find_text(".profile .headline", "Senior Site Reliability Engineer at Monzo")?;
    app.find_text(".skill-chips", "Prometheus")?;
    app.find_text(".resume-row", "07-aisha-bello.docx")?;
    app.click_text("button", "Review parsed fields")?;
    app.find_text(".review-text", "Deliveroo")?;
    app.replace_text("#review-headline", "SRE lead at Monzo")?;
    app.click_text("dialog button[type=submit]", "Save reviewed profile")?;
    app.find_text(".toast", "Saved the reviewed profile of Aisha Bello")?;
    app.find_text(".profile .headline", "SRE lead at Monzo")?;
    app.screenshot(&screens_dir().join("candidate-profile.png"))?;

    // Exported as JSON Resume: a valid document the importer reads back.
    app.click_css(".panel-header button[aria-haspopup=menu]")?;
    app.click_text(".panel-header button", "Export JSON Resume")?;
    let toast = app.text(&app.find_text(".toast", "as JSON Resume: ")?)?;
    let path = toast
        .split("as JSON Resume: ")
        .nth(1)
        .map(str::trim)
        .unwrap_or_default()
        .trim_end_matches('×')
        .trim()
        .to_string();
    let doc: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path)?)?;
    shortlist_parse::json_resume::validate(&doc).map_err(|e| anyhow::anyhow!("{e}"))?;
    assert_eq!(doc["basics"]["label"], "SRE lead at Monzo", "the reviewed headline is exported");
    app.quit()
}

#[test]
fn boolean_search_finds_resume_text_and_points_at_mistakes() -> Result<()> {
    let db = fresh_db("search")?;
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/parse/tests/corpus");
    with_store(&db, async |s| {
        for f in ["pdf/01-marcus-bell.pdf", "pdf/07-aisha-bello.pdf", "docx/02-zoe-mueller.docx"] {
            let path = corpus.join(f);
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
            s.import_file(&name, &std::fs::read(&path)?, &shortlist_store::ImportOptions::default()).await?;
        }
        Ok(())
    })?;
    let app = App::launch(&db.path)?;
    app.find("nav")?;
    app.go("#/search")?;
    app.type_into("#search-query", "(kafka OR cassandra) AND postgres* NOT puppet")?;
    app.find_text("[data-search-total]", "1 candidate")?;
    app.find_text("li.search-hit[data-hit='Marcus Bell'] .snippet mark", "")?;
    app.replace_text("#search-query", "prometheus AND")?;
    app.find_text(".query-error", "AND needs a term after it (at character 15)")?;
    app.replace_text("#search-query", "prometheus")?;
    app.find_text("[data-search-total]", "2 candidates")?;
    app.type_into("input[aria-label=Location]", "Berlin")?;
    app.find_text("[data-search-total]", "1 candidate")?;
    app.find("li.search-hit[data-hit='Zoë Müller']")?;
    app.screenshot(&screens_dir().join("search.png"))?;
    app.click_text("button", "Save search")?;
    app.type_into("#saved-name", "Berlin observability")?;
    app.click_text(".inline-setting button[type=submit]", "Save")?;
    app.find_text(".saved-row", "Berlin observability")?;
    app.quit()
}

#[test]
fn merge_a_likely_duplicate_and_undo_it() -> Result<()> {
    let db = fresh_db("merge")?;
    let (ana, other) = with_store(&db, async |s| {
        let r = s.create_role(role("Backend Engineer")).await?;
        let mut a = candidate("Ana Pérez", "ana@example.com");
        a.location = "Madrid, Spain".into();
        let mut b = candidate("Ana Perez", "ana.perez@example.org");
        b.location = "Madrid, Spain".into();
        b.phones = vec![];
        let a = s.create_candidate(a, Some(&r.id)).await?.candidate.id;
        let b = s.create_candidate(b, None).await?.candidate.id;
        Ok((a, b))
    })?;
    let app = App::launch(&db.path)?;
    app.find("nav")?;
    app.go("#/duplicates")?;
    app.find_text("li.cluster", "Same name (Ana Perez) and both in Madrid, Spain")?;
    app.go(&format!("#/candidates/{ana}"))?;
    app.find_text("[data-duplicates]", "Possibly the same person as Ana Perez")?;
    app.click_text("[data-duplicates] button", "Compare & merge")?;
    app.find_text(".compare", "ana.perez@example.org")?;
    app.screenshot(&screens_dir().join("merge.png"))?;
    app.click_text("dialog button", "Merge into Ana Pérez")?;
    app.find_text(".toast", "Merged Ana Perez into Ana Pérez")?;
    app.find_text(".facts", "ana.perez@example.org")?;
    app.click_text(".toast button", "Undo")?;
    app.find_text(".toast", "are separate again")?;
    app.go(&format!("#/candidates/{other}"))?;
    app.find_text("#candidate-name", "Ana Perez")?;
    app.go(&format!("#/candidates/{ana}"))?;
    app.find_text("#candidate-name", "Ana Pérez")?;
    let facts = app.text(&app.find(".facts")?)?;
    assert!(!facts.contains("ana.perez@example.org"), "the survivor's emails are as before: {facts}");
    app.quit()
}

#[test]
fn risk_flags_explain_themselves_and_dismiss_with_a_note() -> Result<()> {
    let db = fresh_db("risks")?;
    let id = with_store(&db, async |s| {
        let c = s.create_candidate(candidate("Grace Hopper", "grace@example.com"), None).await?.candidate.id;
        let job = |company: &str, start: &str, end: Option<&str>| shortlist_parse::Position {
            company: company.into(),
            title: "Backend Engineer".into(),
            start: Some(start.into()),
            end: end.map(str::to_string),
            current: end.is_none(),
            ..Default::default()
        };
        let profile = shortlist_parse::CandidateProfile {
            headline: "Backend Engineer at Beta".into(),
            positions: vec![job("Beta", "2021-01", None), job("Acme", "2015-01", Some("2019-12"))],
            years_experience: Some(10.8),
            ..Default::default()
        };
        s.save_candidate_profile(&c, profile).await?;
        Ok(c)
    })?;
    let app = App::launch(&db.path)?;
    app.find("nav")?;
    app.go(&format!("#/candidates/{id}"))?;
    app.find_text("li.risk[data-risk=gap]", "A 12-month gap")?;
    app.find_text("li.risk[data-risk=gap]", "Between Backend Engineer at Acme (until 2019-12)")?;
    app.click_text("li.risk[data-risk=gap] button", "Dismiss…")?;
    app.type_into("li.risk[data-risk=gap] input", "Parental leave")?;
    app.click_text("li.risk[data-risk=gap] button[type=submit]", "Dismiss")?;
    app.find_text("li.risk-dismissed", "“Parental leave”")?;
    app.screenshot(&screens_dir().join("risks.png"))?;
    app.quit()
}

#[test]
fn matching_ranks_applicants_with_every_criterion_explained() -> Result<()> {
    let db = fresh_db("matching")?;
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/parse/tests/corpus");
    let role_id = with_store(&db, async |s| {
        let mut spec = role("Backend Engineer");
        spec.intake.languages = vec!["Go".into()];
        spec.intake.must_haves = vec!["Kafka".into(), "PostgreSQL".into()];
        let r = s.create_role(spec).await?;
        let into = shortlist_store::ImportOptions { source: String::new(), role_id: Some(r.id.clone()) };
        for f in ["pdf/01-marcus-bell.pdf", "pdf/16-rachel-goldberg.pdf"] {
            s.import_file(f, &std::fs::read(corpus.join(f))?, &into).await?;
        }
        Ok(r.id)
    })?;
    let app = App::launch(&db.path)?;
    app.find("nav")?;
    app.go(&format!("#/roles/{role_id}"))?;
    app.click_text("[role=tab]", "Matching")?;
    app.find_text(".matching", "protected attributes are never inputs")?;
    let first = app.find("li.ranked-row")?;
    assert!(app.text(&first)?.contains("Marcus Bell"), "the best match comes first");
    app.click_text("li.ranked-row[data-ranked='Marcus Bell'] .ranked-head", "Marcus Bell")?;
    app.find_text("tr.criterion-met[data-criterion='Kafka']", "Used in the job at Stripe")?;
    app.screenshot(&screens_dir().join("matching.png"))?;
    app.click_text(".segmented button", "Whole candidate pool")?;
    app.find("li.ranked-row[data-ranked='Rachel Goldberg']")?;
    app.quit()
}

#[test]
fn a_csv_list_imports_after_mapping_its_columns() -> Result<()> {
    let db = fresh_db("csv")?;
    let dir = tempfile::tempdir()?;
    let csv = dir.path().join("event-leads.csv");
    std::fs::write(&csv, "Candidate,Mail,Town,Remarks\nAna Pérez,ana@example.com,\"Madrid, Spain\",Met at GopherCon\nBo Lin,bo@example.com,Berlin,\n")?;
    let app = App::launch(&db.path)?;
    app.find("nav")?;
    app.go("#/candidates")?;
    app.click_text("button", "Import resumes")?;
    app.type_into("#import-files", &csv.display().to_string())?;
    app.find_text(".csv-mapping", "2 rows")?;
    // "Mail" and "Candidate" are guessed; "Town" and "Remarks" are set by hand.
    app.select_option("select[aria-label='Column Town']", "location")?;
    app.select_option("select[aria-label='Column Remarks']", "notes")?;
    app.screenshot(&screens_dir().join("csv-mapping.png"))?;
    app.click_text("dialog button", "Import 2 rows")?;
    app.find_text("[data-import-status]", "Done: 2 imported, 0 merged, 0 skipped, 0 failed")?;
    app.click_text("li[data-file='event-leads.csv row 2'] button", "Open")?;
    app.find_text("#candidate-name", "Ana Pérez")?;
    app.find_text(".panel-header", "Madrid, Spain")?;
    app.find_text(".notes", "Met at GopherCon")?;
    app.quit()
}
