//! End-to-end tests of the pipeline board and interview scheduling in the real window.

mod support;

use std::time::{Duration, Instant};

use anyhow::{bail, Result};
use shortlist_core::Stage;
use support::webdriver::{App, ENTER};
use support::{candidate, fresh_db, role, screens_dir, with_store};

/// The stage of `name`'s application in the role, as stored.
fn stored_stage(db: &support::TestDb, role_id: &str, name: &str) -> Result<Stage> {
    let role_id = role_id.to_string();
    let name = name.to_string();
    with_store(db, async move |s| {
        let board = s.board(&role_id, support::now()).await?;
        Ok(board.cards.into_iter().find(|c| c.name == name).map(|c| c.stage).unwrap_or(Stage::Withdrawn))
    })
}

#[test]
fn drag_cards_between_columns_move_by_keyboard_and_reject_from_the_board() -> Result<()> {
    let db = fresh_db("board")?;
    let role_id = with_store(&db, async |s| {
        let r = s.create_role(role("Platform Engineer")).await?;
        for (name, email) in [
            ("Grace Hopper", "grace@example.com"),
            ("Alan Turing", "alan@example.com"),
            ("Ada Lovelace", "ada@example.com"),
        ] {
            s.create_candidate(candidate(name, email), Some(&r.id)).await?;
        }
        Ok(r.id)
    })?;
    let app = App::launch(&db.path)?;
    app.find("nav")?;
    app.go(&format!("#/roles/{role_id}"))?;

    // Drag Grace from Sourced to Profile review: the card lands there and the move is stored.
    let grace = app.find("section[data-stage=sourced] li[data-candidate='Grace Hopper']")?;
    let target = app.find("section[data-stage=profile_review] .board-column-body")?;
    app.drag(&grace, (0, 8), &target)?;
    app.find("section[data-stage=profile_review] li[data-candidate='Grace Hopper']")?;
    app.find_text(".toast", "Grace Hopper moved to Profile review.")?;
    assert_eq!(stored_stage(&db, &role_id, "Grace Hopper")?, Stage::ProfileReview, "the drop is stored");
    let history = with_store(&db, async |s| {
        let board = s.board(&role_id, support::now()).await?;
        let grace = board.cards.iter().find(|c| c.name == "Grace Hopper").map(|c| c.candidate_id.clone());
        Ok(s.candidate_detail(&grace.unwrap_or_default()).await?.history)
    })?;
    assert_eq!(history[0].to_stage, Stage::ProfileReview, "a stage event with author and time: {history:?}");
    app.screenshot(&screens_dir().join("pipeline-board.png"))?;

    // Undo from the toast puts it back.
    app.click_text(".toast button", "Undo")?;
    app.find("section[data-stage=sourced] li[data-candidate='Grace Hopper']")?;
    app.find_text(".toast", "back where it was")?;

    // The keyboard path: focus Alan's card, Shift+→ moves him one stage on.
    app.script(
        "document.querySelector(\"section[data-stage=sourced] li[data-candidate='Alan Turing']\").focus();",
        serde_json::json!([]),
    )?;
    app.chord(&["\u{E008}", "\u{E014}"])?;
    app.find("section[data-stage=applied] li[data-candidate='Alan Turing']")?;
    assert_eq!(stored_stage(&db, &role_id, "Alan Turing")?, Stage::Applied);

    // Reject from the board: drop Ada on Rejected, give a reason.
    let ada = app.find("section[data-stage=sourced] li[data-candidate='Ada Lovelace']")?;
    let rejected = app.find(".exit-zone[data-drop-stage=rejected]")?;
    app.drag(&ada, (0, 8), &rejected)?;
    app.find_text("dialog h2", "Reject Ada Lovelace")?;
    app.click_text("dialog button[type=submit]", "Reject candidate")?;
    app.find_text("dialog .field-error", "Say why")?;
    app.type_into("dialog textarea[name=reason]", "No production on-call experience")?;
    app.click_text("dialog button[type=submit]", "Reject candidate")?;
    app.find_text(
        "section[data-stage=rejected] li[data-candidate='Ada Lovelace']",
        "No production on-call experience",
    )?;
    assert_eq!(stored_stage(&db, &role_id, "Ada Lovelace")?, Stage::Rejected);

    // Bulk: select Grace and Alan, move both to Technical screen in one go.
    app.click_css("li[data-candidate='Grace Hopper'] input[type=checkbox]")?;
    app.click_css("li[data-candidate='Alan Turing'] input[type=checkbox]")?;
    app.find_text(".bulk-bar", "2 selected")?;
    app.select_option("#bulk-to", "technical_screen")?;
    app.click_text(".bulk-bar button", "Move")?;
    app.find("section[data-stage=technical_screen] li[data-candidate='Grace Hopper']")?;
    app.find("section[data-stage=technical_screen] li[data-candidate='Alan Turing']")?;
    app.find_text(".toast", "2 candidates moved to Technical screen.")?;

    // The technical screen path, recorded on the card.
    // Dismiss the toasts (they cover Grace's card), as a person would.
    app.script("document.querySelectorAll('.toast .icon-button').forEach(b => b.click());", serde_json::json!([]))?;
    app.click_text("li[data-candidate='Grace Hopper'] button", "Choose path…")?;
    app.click_css("dialog input[type=radio][name=path]")?;
    app.click_text("dialog button[type=submit]", "Record choice")?;
    app.find_text("li[data-candidate='Grace Hopper'] .screen-path", "Async challenge")?;
    app.screenshot(&screens_dir().join("pipeline-board-after.png"))?;

    // It all persists across a restart.
    app.quit()?;
    let app = App::launch(&db.path)?;
    app.find("nav")?;
    app.go(&format!("#/roles/{role_id}"))?;
    app.find("section[data-stage=technical_screen] li[data-candidate='Grace Hopper']")?;
    app.find("section[data-stage=rejected] li[data-candidate='Ada Lovelace']")?;
    app.press(ENTER).ok();
    app.quit()
}

#[test]
fn a_board_of_5000_applications_paints_fast_and_renders_only_what_is_in_view() -> Result<()> {
    let db = fresh_db("board-5000")?;
    let role_id = with_store(&db, async |s| {
        let r = s.create_role(role("Backend Engineer (busy)")).await?;
        s.fill_role(&r.id, 5_000).await?;
        Ok(r.id)
    })?;
    let app = App::launch(&db.path)?;
    app.find("nav")?;
    app.go("#/roles")?;
    app.find(".list-row")?;
    // Warm once (the first load of a board computes its cached card facts), then measure a
    // navigation from the roles list to the painted board.
    let mut samples = Vec::new();
    for round in 0..4 {
        app.script(
            "window.__boardPaint = undefined; window.__navStart = performance.now(); window.location.hash = arguments[0];",
            serde_json::json!([format!("#/roles/{role_id}")]),
        )?;
        let started = Instant::now();
        let paint = loop {
            let v = app.script(
                "return window.__boardPaint ? window.__boardPaint.at - window.__navStart : null;",
                serde_json::json!([]),
            )?;
            if let Some(ms) = v.as_f64() {
                break ms;
            }
            if started.elapsed() > Duration::from_secs(30) {
                bail!("the board never painted");
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        if round > 0 {
            samples.push(paint);
        }
        app.go("#/roles")?;
        app.find(".list-row")?;
    }
    samples.sort_by(f64::total_cmp);
    let median = samples[samples.len() / 2];
    let line = format!(
        "board first paint, 5,000 applications (debug build, Xvfb): median {median:.0} ms of {} runs {samples:?}\n",
        samples.len()
    );
    eprintln!("{line}");
    std::fs::write(screens_dir().join("board-first-paint.txt"), &line)?;

    app.go(&format!("#/roles/{role_id}"))?;
    app.find("li.board-card")?;
    let rendered = app.script("return document.querySelectorAll('li.board-card').length;", serde_json::json!([]))?;
    let rendered = rendered.as_u64().unwrap_or(0);
    assert!(rendered > 10 && rendered < 400, "only cards in view are rendered, got {rendered} of 5,000");
    let counts = app.script(
        "return [...document.querySelectorAll('.board-column-head')].map(h => h.textContent).join(' | ');",
        serde_json::json!([]),
    )?;
    assert!(
        counts.as_str().unwrap_or("").contains("5000") || counts.as_str().unwrap_or("").contains("Sourced"),
        "{counts}"
    );
    // Scrolling a column to the end shows its last cards.
    app.script(
        "const b = document.querySelector('section[data-stage=sourced] .board-column-body'); b.scrollTop = b.scrollHeight;",
        serde_json::json!([]),
    )?;
    std::thread::sleep(Duration::from_millis(300));
    let last = with_store(&db, async |s| {
        let board = s.board(&role_id, support::now()).await?;
        Ok(board.cards.iter().rfind(|c| c.stage == Stage::Sourced).map(|c| c.name.clone()).unwrap_or_default())
    })?;
    app.find(&format!("section[data-stage=sourced] li[data-candidate=\"{last}\"]"))?;
    app.screenshot(&screens_dir().join("pipeline-board-5000.png"))?;
    app.quit()
}

const STANDUP: &str = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n\
BEGIN:VEVENT\r\nDTSTART;TZID=Europe/Berlin:20260105T093000\r\nDTEND;TZID=Europe/Berlin:20260105T100000\r\n\
RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR\r\nSUMMARY:Stand-up\r\nUID:standup@example.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

#[test]
fn availability_from_a_calendar_then_a_two_interviewer_loop_from_suggestions_with_invites() -> Result<()> {
    use shortlist_core::{PersonInput, Plays};
    let db = fresh_db("schedule")?;
    let person = |name: &str, email: &str, zone: &str| PersonInput {
        name: name.into(),
        email: email.into(),
        time_zone: zone.into(),
        plays: vec![Plays::Interviewer, Plays::Recruiter],
    };
    let (candidate_id, ana_id) = with_store(&db, async |s| {
        let ana = s.create_person(person("Ana Ruiz", "ana@example.com", "Europe/Berlin")).await?;
        s.create_person(person("Ben Okafor", "ben@example.com", "America/New_York")).await?;
        s.set_me(Some(&ana.id)).await?;
        let mut r = role("Platform Engineer");
        r.recruiter = "Ana Ruiz".into();
        let r = s.create_role(r).await?;
        let mut c = candidate("Grace Hopper", "grace@example.com");
        c.time_zone = "Europe/London".into();
        let saved = s.create_candidate(c, Some(&r.id)).await?;
        Ok((saved.candidate.id, ana.id))
    })?;
    let ics = db.path.with_file_name("standup.ics");
    std::fs::write(&ics, STANDUP)?;

    let app = App::launch(&db.path)?;
    app.find("nav")?;
    // Ana's availability: trained for deep dives and system design, at most 6 a week, and her
    // stand-up calendar imported.
    app.go("#/people")?;
    app.click_text("li.person-row:first-child button", "Availability")?;
    app.find_text("dialog h2", "Availability: Ana Ruiz")?;
    app.click_css("dialog input[name=trained-deep_dive]")?;
    app.click_css("dialog input[name=trained-system_design]")?;
    app.type_into("dialog input[name=weekly_cap]", "6")?;
    app.click_text("dialog button[type=submit]", "Save availability")?;
    app.find_text(".toast", "Ana Ruiz's availability is saved.")?;
    app.type_into("#calendar-file", &ics.display().to_string())?;
    app.find_text(".toast", "busy blocks from standup.ics")?;
    app.find_text("dialog .busy-calendar", "standup.ics")?;
    app.screenshot(&screens_dir().join("availability.png"))?;
    let saved = with_store(&db, async |s| Ok(s.availability(&ana_id).await?))?;
    assert_eq!(saved.weekly_cap, Some(6));
    assert_eq!(saved.trained_for.len(), 2);
    app.click_text("dialog button", "Close")?;
    app.wait_gone("dialog[open]")?;

    // Schedule a loop: deep dive with Ana, system design with Ana and Ben (New York).
    app.go(&format!("#/candidates/{candidate_id}"))?;
    app.click_text("button", "Schedule…")?;
    app.find_text("dialog h2", "Schedule interviews: Grace Hopper")?;
    app.click_css("dialog .loop-step[data-step=deep-dive] input[name=panel-deep-dive][value]")?;
    let boxes = app.script(
        "return [...document.querySelectorAll('dialog input[name=panel-system-design]')].map(b => b.parentElement.textContent);",
        serde_json::json!([]),
    )?;
    assert!(boxes.to_string().contains("Ben Okafor"), "{boxes}");
    app.script(
        "document.querySelectorAll('dialog input[name=panel-system-design]').forEach(b => { if (!b.checked) b.click(); }); return 1;",
        serde_json::json!([]),
    )?;
    app.click_text("dialog button", "Find times")?;
    app.find("dialog .suggestion.is-picked")?;
    let first = app.text(&app.find("dialog .suggestion.is-picked")?)?;
    assert!(first.contains("Past-project deep dive") && first.contains("candidate"), "times for both sides: {first}");
    app.screenshot(&screens_dir().join("schedule-suggestions.png"))?;
    app.click_text("dialog button", "Schedule loop")?;
    app.find_text("dialog h2", "Scheduled: Grace Hopper")?;
    app.find_text(".toast", "Scheduled 2 interviews for Grace Hopper.")?;
    app.find_text("dialog .message-panel", "To grace@example.com")?;
    let message = app.script(
        "return document.querySelector('dialog textarea[name=candidate_message]').value;",
        serde_json::json!([]),
    )?;
    let message = message.as_str().unwrap_or_default();
    assert!(
        message.starts_with("Hi Grace,") && message.contains("(Europe/London)"),
        "times in the candidate's zone: {message}"
    );

    // Export the system design invite for the panel and read it back.
    app.click_text("dialog .booked-row:nth-child(2) button", "Invite (panel)")?;
    let toast = app.find_text(".toast", "-panel.ics")?;
    let text = app.text(&toast)?;
    let path = text.split("Saved ").nth(1).and_then(|rest| rest.lines().next()).unwrap_or_default().trim().to_string();
    let invite = std::fs::read_to_string(&path)?;
    let _ = std::fs::remove_file(&path);
    assert!(invite.contains("METHOD:REQUEST"), "{invite}");
    assert!(
        invite.contains("mailto:ana@example.com") && invite.contains("mailto:ben@example.com"),
        "both interviewers invited"
    );
    assert!(invite.contains("UID:") && invite.contains("SEQUENCE:0"));
    app.screenshot(&screens_dir().join("schedule-booked.png"))?;

    let stored = with_store(&db, async |s| {
        let detail = s.candidate_detail(&candidate_id).await?;
        Ok(s.interviews_for_application(&detail.applications[0].application.id).await?)
    })?;
    assert_eq!(stored.len(), 2, "the loop is stored");
    assert_eq!(stored.iter().map(|i| i.panel.len()).max(), Some(2), "a two-interviewer system design");
    assert!(stored[1].starts_at >= stored[0].ends_at, "in order");
    app.click_text("dialog button", "Done")?;
    app.wait_gone("dialog[open]")?;

    // My week shows my stalled-free roles, and the interviews when they fall this week.
    app.go("#/week")?;
    app.find_text("h1", "My week")?;
    app.find_text(".week-section", "Interviews")?;
    let week = with_store(&db, async |s| Ok(s.my_week(support::now()).await?))?;
    for item in &week.interviews {
        app.find(&format!(".agenda-row[data-interview='{}']", item.interview.id))?;
    }
    app.screenshot(&screens_dir().join("my-week.png"))?;
    app.quit()
}

#[test]
fn draft_an_offer_see_the_vague_section_warning_approve_it_and_export_the_pdf() -> Result<()> {
    use shortlist_core::{PersonInput, Plays};
    let db = fresh_db("offer")?;
    let candidate_id = with_store(&db, async |s| {
        let dana = s
            .create_person(PersonInput {
                name: "Dana Hiring".into(),
                email: "dana@example.com".into(),
                time_zone: "Europe/Berlin".into(),
                plays: vec![Plays::HiringManager],
            })
            .await?;
        s.set_me(Some(&dana.id)).await?;
        let mut spec = role("Senior Backend Engineer");
        spec.intake.comp_min = Some(8_000_000);
        spec.intake.comp_max = Some(10_000_000);
        spec.intake.currency = "EUR".into();
        let r = s.create_role(spec).await?;
        let saved = s.create_candidate(candidate("Grace Hopper", "grace@example.com"), Some(&r.id)).await?;
        let app = s.role_detail(&r.id).await?.applications[0].application.id.clone();
        s.move_stages(&[app], Stage::Offer, None).await?;
        Ok(saved.candidate.id)
    })?;
    let app = App::launch(&db.path)?;
    app.find("nav")?;
    app.go(&format!("#/candidates/{candidate_id}"))?;
    app.click_text("button", "Offer…")?;
    app.find_text("dialog h2", "Offer: Grace Hopper")?;
    // The empty sections warn, beside the field and over the preview.
    app.find_text("[data-section=decision_ownership] .field-warning", "misalignment")?;
    app.find_text(".offer-preview-bar", "empty section")?;
    app.find_text(".letter h1", "Offer of employment: Senior Backend Engineer")?;
    app.screenshot(&screens_dir().join("offer-draft.png"))?;

    app.type_into("textarea[name=decision_ownership]", "You decide the ledger's schema and release schedule.")?;
    app.type_into("textarea[name=growth_path]", "Staff engineer in 18 to 24 months.")?;
    app.select_option("select[name=approval_rule]", "always")?;
    let dana = with_store(&db, async |s| Ok(s.list_people().await?[0].id.clone()))?;
    app.select_option("select[name=add_approver]", &dana)?;
    app.find("li[data-approver='Dana Hiring']")?;
    app.click_text("dialog button[type=submit]", "Save draft")?;
    app.find_text(".toast", "Saved version 1 of the offer.")?;
    app.click_text("dialog button", "Submit for approval")?;
    app.find_text(".offer-status", "Pending approval")?;
    app.type_into("textarea[name=approval_comment]", "Within the band, clear scope.")?;
    app.click_text(".decide button", "Approve")?;
    app.find_text(".offer-status", "Approved")?;
    app.find_text(".offer-approvals li[data-approver='Dana Hiring']", "approved")?;

    app.click_text(".offer-exports button", "Export PDF")?;
    let toast = app.find_text(".toast", ".pdf")?;
    let text = app.text(&toast)?;
    let path = text.split("Saved ").nth(1).and_then(|rest| rest.lines().next()).unwrap_or_default().trim().to_string();
    let out = std::process::Command::new("pdftotext").arg("-enc").arg("UTF-8").arg(&path).arg("-").output()?;
    let _ = std::fs::remove_file(&path);
    let pdf_text = String::from_utf8_lossy(&out.stdout).split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(pdf_text.contains("Dear Grace,"), "{pdf_text}");
    assert!(pdf_text.contains("You decide the ledger's schema"), "{pdf_text}");
    assert!(pdf_text.contains("Base salary: EUR 90,000 a year"), "{pdf_text}");
    app.screenshot(&screens_dir().join("offer-approved.png"))?;
    let stored = with_store(&db, async |s| {
        Ok(s.offer_for_application(&s.candidate_detail(&candidate_id).await?.applications[0].application.id).await?)
    })?;
    let stored = stored.ok_or_else(|| anyhow::anyhow!("no offer stored"))?;
    assert_eq!(stored.status, shortlist_core::offer::OfferStatus::Approved);
    app.quit()
}

#[test]
fn write_an_outreach_message_see_the_lint_record_it_and_see_the_follow_up() -> Result<()> {
    let db = fresh_db("outreach")?;
    let (candidate_id, role_id) = with_store(&db, async |s| {
        let mut spec = role("Senior Backend Engineer");
        spec.intake.problem_statement = "Moving settlement from a nightly batch to real-time events.".into();
        let r = s.create_role(spec).await?;
        let saved = s.create_candidate(candidate("Grace Hopper", "grace@example.com"), Some(&r.id)).await?;
        Ok((saved.candidate.id, r.id))
    })?;
    let app = App::launch(&db.path)?;
    app.find("nav")?;
    app.go(&format!("#/candidates/{candidate_id}"))?;
    app.click_text("button", "Outreach…")?;
    app.find_text("dialog h2", "Outreach: Grace Hopper")?;
    app.find_text("dialog .lint-finding[data-lint=no_signal]", "Nothing specific to this candidate")?;
    let text = app.script(
        "return document.querySelector('dialog textarea[name=outreach_message]').value;",
        serde_json::json!([]),
    )?;
    assert!(text.as_str().unwrap_or_default().contains("moving settlement from a nightly batch"), "{text}");

    // A buzzword typed into the message is called out; the signal fixes the other finding.
    app.type_into("dialog input[name=field-signal]", "Your COBOL compiler work at Remington Rand")?;
    app.find_text("dialog .lint-ok", "Short, specific and about them")?;
    app.type_into("dialog textarea[name=outreach_message]", "\nWe need a rockstar ninja, reply ASAP!")?;
    app.find_text("dialog .lint-finding[data-lint=buzzword]", "rockstar")?;
    app.find_text("dialog .lint-finding[data-lint=fake_urgency]", "asap")?;
    app.screenshot(&screens_dir().join("outreach-lint.png"))?;

    app.click_text("dialog button", "Refill the message from these")?;
    app.find_text("dialog .lint-ok", "Short, specific and about them")?;
    app.replace_text("dialog input[name=follow_up_days]", "3")?;
    app.click_text("dialog button", "Record as sent")?;
    app.find_text(".toast", "Recorded the message to Grace Hopper; follow up on")?;
    app.wait_gone("dialog[open]")?;
    app.find_text(".outreach-row .follow-up", "Follow up on")?;
    let stored = with_store(&db, async |s| Ok(s.outreach_for_candidate(&candidate_id).await?))?;
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].role_id.as_deref(), Some(role_id.as_str()));
    assert!(stored[0].body.contains("Your COBOL compiler work at Remington Rand stood out"), "{}", stored[0].body);
    let due = stored[0].follow_up_on.ok_or_else(|| anyhow::anyhow!("no follow-up date"))?;
    assert_eq!(due - stored[0].sent_on, chrono::Duration::days(3));
    // Three days on, the follow-up is due in My week.
    let week = with_store(&db, async |s| Ok(s.my_week(support::now() + chrono::Duration::days(3)).await?))?;
    assert_eq!(week.follow_ups.len(), 1);
    app.click_text(".outreach-row button", "Interested")?;
    app.find_text(".outreach-row", "Response: Interested")?;

    // Sourcing strings on the role.
    app.go(&format!("#/roles/{role_id}"))?;
    app.click_text("[role=tab]", "Sourcing")?;
    app.find(".sourcing-cluster")?;
    app.screenshot(&screens_dir().join("sourcing.png"))?;

    // Templates in Settings: copying the built-in outreach template and saving a typo is refused.
    app.script("document.querySelectorAll('.toast .icon-button').forEach(b => b.click());", serde_json::json!([]))?;
    app.go("#/settings")?;
    app.click_text(".templates[data-kind=outreach] .template-row button", "Copy")?;
    app.type_into("textarea[name=outreach-template-body]", " {{ signall }}")?;
    app.click_text(".template-editor button[type=submit]", "Save template")?;
    app.find_text(".template-editor .field-error", "placeholder that does not exist")?;
    app.screenshot(&screens_dir().join("settings-templates.png"))?;
    app.quit()
}
