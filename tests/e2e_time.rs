//! End-to-end: the window counts days and weeks on the app's clock (started at the tests'
//! instant through `SHORTLIST_NOW`) in the user's zone from Settings, not on this computer's clock
//! and zone.

mod support;

use anyhow::Result;
use chrono::{DateTime, Utc};
use shortlist_core::{PersonInput, Plays};
use shortlist_store::{Clock, Store};
use support::webdriver::App;
use support::{candidate, fresh_db, role, screens_dir, with_store};

fn at(s: &str) -> Result<DateTime<Utc>> {
    Ok(DateTime::parse_from_rfc3339(s)?.with_timezone(&Utc))
}

#[test]
fn days_in_stage_and_my_week_follow_the_app_clock_in_the_user_zone() -> Result<()> {
    let db = fresh_db("time")?;
    // Grace entered Sourced at 01:00 on Tuesday 12 January in Auckland (12:00 on the 11th in UTC).
    // The tests' world is at Wednesday the 13th, 22:30 in Auckland: one day in stage there, two
    // in UTC (this machine's zone in CI), none on the real calendar of late 2026.
    let entered = at("2027-01-11T12:00:00Z")?;
    let role_id = {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
        rt.block_on(async {
            let store = Store::open_with_clock(&db.path, Clock::fixed(entered)).await?;
            let r = store.create_role(role("Platform Engineer")).await?;
            store.create_candidate(candidate("Grace Hopper", "grace@example.com"), Some(&r.id)).await?;
            let ana = store
                .create_person(PersonInput {
                    name: "Ana Ruiz".into(),
                    email: "ana@example.com".into(),
                    time_zone: "America/Los_Angeles".into(),
                    plays: vec![Plays::Recruiter],
                })
                .await?;
            store.set_me(Some(&ana.id)).await?;
            // Chosen in Settings: beats "me"'s zone and the computer's.
            store.set_time_zone(Some("Pacific/Auckland")).await?;
            store.close().await;
            anyhow::Ok(r.id)
        })?
    };
    let world = support::now();
    assert!(
        world >= at("2027-01-13T09:30:00Z")? && world < at("2027-01-13T10:30:00Z")?,
        "the tests' world starts on Wednesday 13 January 2027 (UTC morning): {world}"
    );

    let app = App::launch(&db.path)?;
    app.find("nav")?;
    app.go(&format!("#/roles/{role_id}"))?;
    app.find_text("section[data-stage=sourced] li[data-candidate='Grace Hopper'] .fact", "1 day in stage")?;

    app.go("#/week")?;
    app.find_text("h1", "My week")?;
    let header = app.text(&app.find_text(".page-header p", "Pacific/Auckland")?)?;
    assert!(
        header.contains("11") && header.contains("17") && header.contains("Jan"),
        "Monday 11 to Sunday 17 January 2027, counted in Auckland: {header}"
    );
    // The store agrees with the window: the same week, in the same zone.
    let week = with_store(&db, async |s| Ok(s.my_week(support::now()).await?))?;
    assert_eq!(week.time_zone, "Pacific/Auckland");
    assert_eq!(week.week_start, at("2027-01-10T11:00:00Z")?, "Monday 00:00 in Auckland (UTC+13)");

    app.go("#/settings")?;
    app.find_text("#zone-title", "Time zone")?;
    app.wait_for_text("Pacific/Auckland")?;
    app.screenshot(&screens_dir().join("settings-time-zone.png"))?;
    app.quit()
}
