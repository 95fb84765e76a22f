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
        let board = s.board(&role_id, chrono::Utc::now()).await?;
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
        let board = s.board(&role_id, chrono::Utc::now()).await?;
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
        let board = s.board(&role_id, chrono::Utc::now()).await?;
        Ok(board.cards.iter().rfind(|c| c.stage == Stage::Sourced).map(|c| c.name.clone()).unwrap_or_default())
    })?;
    app.find(&format!("section[data-stage=sourced] li[data-candidate=\"{last}\"]"))?;
    app.screenshot(&screens_dir().join("pipeline-board-5000.png"))?;
    app.quit()
}
