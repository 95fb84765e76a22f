//! End-to-end: keyboard manners in the real window (issue 12.1). Dialogs open with the cursor in
//! their first field, keep focus inside, single-key shortcuts never fire while typing in them,
//! and Esc on typed input asks before throwing it away.

mod support;

use anyhow::Result;
use serde_json::json;
use shortlist_core::Stage;
use support::webdriver::App;
use support::{candidate, fresh_db, role, screens_dir, with_store};

const ESC: &str = "\u{E00C}";
const TAB: &str = "\u{E004}";

/// What has focus: its tag, name attribute and whether it is inside the open dialog.
fn focused(app: &App) -> Result<String> {
    let v = app.script(
        "const a = document.activeElement; \
         return [a.tagName.toLowerCase(), a.getAttribute('name') || a.getAttribute('data-dialog-close') !== null && 'close' || '', \
                 !!a.closest('dialog[open]')].join('|');",
        json!([]),
    )?;
    Ok(v.as_str().unwrap_or_default().to_string())
}

#[test]
fn reject_from_the_board_by_keyboard_types_the_reason_and_esc_asks_before_discarding() -> Result<()> {
    let db = fresh_db("keyboard")?;
    let role_id = with_store(&db, async |s| {
        let r = s.create_role(role("Platform Engineer")).await?;
        s.create_candidate(candidate("Grace Hopper", "grace@example.com"), Some(&r.id)).await?;
        s.create_candidate(candidate("Alan Turing", "alan@example.com"), Some(&r.id)).await?;
        Ok(r.id)
    })?;
    let app = App::launch(&db.path)?;
    app.find("nav")?;
    app.go(&format!("#/roles/{role_id}"))?;
    app.script(
        "document.querySelector(\"section[data-stage=sourced] li[data-candidate='Grace Hopper']\").focus();",
        json!([]),
    )?;
    app.press("r")?;
    app.find_text("dialog[open] h2", "Reject Grace Hopper")?;
    assert_eq!(focused(&app)?, "textarea|reason|true", "the dialog opens in its first field, not on ×");

    // Space, n and e are text here: the dialog stays, nothing else opens.
    app.press("Too junior; needs more on-call experience")?;
    let value = app.script("return document.querySelector('dialog[open] textarea[name=reason]').value;", json!([]))?;
    assert_eq!(value.as_str(), Some("Too junior; needs more on-call experience"), "every key went into the reason");
    let open =
        app.script("return [...document.querySelectorAll('dialog[open] h2')].map(h => h.textContent);", json!([]))?;
    assert_eq!(open, json!(["Reject Grace Hopper"]), "no shortcut opened another dialog");

    // Tab stays inside the dialog however often it is pressed.
    for _ in 0..8 {
        app.press(TAB)?;
        assert!(focused(&app)?.ends_with("|true"), "focus left the dialog: {}", focused(&app)?);
    }

    // Esc with a typed reason asks; Esc again keeps editing with the text intact.
    app.press(ESC)?;
    app.find_text("[data-discard-confirm]", "Discard your changes?")?;
    app.screenshot(&screens_dir().join("discard-confirm.png"))?;
    app.press(ESC)?;
    app.wait_gone("[data-discard-confirm]")?;
    app.find_text("dialog[open] h2", "Reject Grace Hopper")?;
    app.click_text("dialog[open] button[type=submit]", "Reject candidate")?;
    app.find_text("section[data-stage=rejected] li[data-candidate='Grace Hopper']", "Too junior")?;
    let stage = with_store(&db, async |s| {
        let board = s.board(&role_id, support::now()).await?;
        Ok(board.cards.into_iter().find(|c| c.name == "Grace Hopper").map(|c| c.stage))
    })?;
    assert_eq!(stage, Some(Stage::Rejected), "the rejection with its reason is stored");

    // A clean form closes on Esc at once; the page's own shortcuts still work outside dialogs.
    app.press("n")?;
    app.find("dialog[open]")?;
    app.press(ESC)?;
    app.wait_gone("dialog[open]")?;
    app.quit()
}
