//! End-to-end: daily-use manners from issue 12 in the real window — the candidate opens in a panel
//! over the board and Back closes it, closing a role asks and can be undone, and the board stays
//! usable in a small window (screenshot at 960×600 for the docs).

mod support;

use anyhow::Result;
use serde_json::json;
use shortlist_core::RoleStatus;
use support::webdriver::App;
use support::{candidate, fresh_db, role, screens_dir, with_store};

const ALT: &str = "\u{E00A}";
const LEFT: &str = "\u{E012}";

#[test]
fn the_board_opens_a_candidate_in_a_panel_back_closes_it_and_closing_a_role_can_be_undone() -> Result<()> {
    let db = fresh_db("layout")?;
    let role_id = with_store(&db, async |s| {
        let r = s.create_role(role("Platform Engineer")).await?;
        for (name, email) in [("Grace Hopper", "grace@example.com"), ("Alan Turing", "alan@example.com")] {
            s.create_candidate(candidate(name, email), Some(&r.id)).await?;
        }
        s.fill_role(&r.id, 40).await?;
        Ok(r.id)
    })?;
    let app = App::launch(&db.path)?;
    app.find("nav")?;
    app.go(&format!("#/roles/{role_id}"))?;

    // The name opens the panel over the board; the board stays; Back (Alt+←) closes it.
    app.click_css("li[data-candidate='Grace Hopper'] a.board-card-name")?;
    app.find_text("[data-board-panel] aside[aria-label='Candidate details']", "Grace Hopper")?;
    app.find("[role=group][aria-label='Pipeline board']")?;
    let hash = app.script("return window.location.hash;", json!([]))?;
    assert!(hash.as_str().unwrap_or_default().starts_with(&format!("#/roles/{role_id}/candidates/")), "{hash}");
    app.script("document.body.focus();", json!([]))?;
    app.chord(&[ALT, LEFT])?;
    app.wait_gone("[data-board-panel]")?;
    let hash = app.script("return window.location.hash;", json!([]))?;
    assert_eq!(hash.as_str(), Some(format!("#/roles/{role_id}").as_str()), "Back returns to the board");

    // Closing the role asks first, says what happens, and the toast can undo it.
    app.click_css("button[data-role-status-action='close']")?;
    app.find("dialog[open] button[data-confirm]")?;
    app.screenshot(&screens_dir().join("close-role-confirm.png"))?;
    app.click_css("dialog[open] button[data-confirm]")?;
    app.find_text(".toast", "is closed")?;
    let status = with_store(&db, async |s| Ok(s.role(&role_id).await?.status))?;
    assert_eq!(status, RoleStatus::Closed, "the close is stored");
    app.click_text(".toast button", "Undo")?;
    app.find("button[data-role-status-action='close']")?;
    let status = with_store(&db, async |s| Ok(s.role(&role_id).await?.status))?;
    assert_eq!(status, RoleStatus::Open, "undo reopened it");

    // A small window: several cards per column, the header on one line, no sideways scroll.
    app.set_window_size(960, 600)?;
    app.go(&format!("#/roles/{role_id}"))?;
    app.find("li[data-candidate='Grace Hopper']")?;
    let shown = app.script(
        "const col = document.querySelector('section[data-stage=sourced] .board-column-body'); \
         const r = col.getBoundingClientRect(); \
         return [...col.querySelectorAll('li[data-candidate]')].filter(c => { const b = c.getBoundingClientRect(); \
           return b.top >= r.top - 1 && b.bottom <= r.bottom + 1; }).length;",
        json!([]),
    )?;
    assert!(shown.as_u64().unwrap_or(0) >= 3, "at least three whole cards per column at 960x600, saw {shown}");
    let sideways = app.script("return document.documentElement.scrollWidth > window.innerWidth;", json!([]))?;
    assert_eq!(sideways, json!(false), "the page does not scroll sideways at 960 px");
    app.screenshot(&screens_dir().join("board-960x600.png"))?;
    app.quit()
}
