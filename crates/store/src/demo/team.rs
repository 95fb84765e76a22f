//! The demo hiring team and its interviews: people spread over four continents, and panels for
//! the candidates now in interviews or debrief, some with feedback due, some overdue, some ahead.

use serde_json::json;
use shortlist_core::{PersonInput, Plays, Stage};
use sqlx::SqliteConnection;

use super::{insert_outbox, OutboxRow, PlannedApplication, Rng, DAY_MS};
use crate::error::Result;
use crate::time::now_ms;
use crate::Store;

const TEAM: [(&str, &str, &str, &[Plays]); 6] = [
    ("Dana Whitfield", "dana@shortlist.test", "America/Los_Angeles", &[Plays::HiringManager, Plays::Interviewer]),
    ("Jonas Becker", "jonas@shortlist.test", "Europe/Berlin", &[Plays::Interviewer]),
    ("Priya Raman", "priya@shortlist.test", "Asia/Kolkata", &[Plays::Interviewer]),
    ("Liam O'Connor", "liam@shortlist.test", "Australia/Sydney", &[Plays::Interviewer]),
    ("Sam Okafor", "sam@shortlist.test", "Europe/London", &[Plays::Recruiter]),
    ("Maya Chen", "maya@shortlist.test", "America/New_York", &[Plays::HiringManager, Plays::Interviewer]),
];
const INTERVIEWERS: [usize; 5] = [0, 1, 2, 3, 5];
const STEPS: [(&str, i64); 3] = [("deep-dive", 60), ("system-design", 60), ("collaboration", 45)];
const HOUR_MS: i64 = 3_600_000;
/// Enough to fill the "Needs feedback" view without drowning it.
const MAX_INTERVIEWS: usize = 40;

/// Writes the team and the interviews inside the demo's transaction; returns how many interviews.
pub(super) async fn insert_team(
    store: &Store,
    conn: &mut SqliteConnection,
    replica: &str,
    rng: &mut Rng,
    applications: &[PlannedApplication],
) -> Result<usize> {
    let now = now_ms();
    let mut outbox = Vec::new();
    let mut people = Vec::new();
    for (name, email, zone, plays) in TEAM {
        let id = shortlist_core::new_id();
        let hlc = store.tick(now_ms()).to_string();
        let input =
            PersonInput { name: name.into(), email: email.into(), time_zone: zone.into(), plays: plays.to_vec() };
        sqlx::query("INSERT INTO people (id, name, email, time_zone, plays, created_at, updated_at, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(&id)
            .bind(name)
            .bind(email)
            .bind(zone)
            .bind(serde_json::to_string(plays)?)
            .bind(now)
            .bind(now)
            .bind(&hlc)
            .execute(&mut *conn)
            .await?;
        outbox.push(OutboxRow {
            name: "person.create",
            entity: "person",
            entity_id: id.clone(),
            args: json!(input).to_string(),
            changed: super::fields_json(&PersonInput::FIELDS),
            hlc,
            at: now,
        });
        people.push(id);
    }

    let in_loop = applications
        .iter()
        .filter(|a| matches!(a.events[a.events.len() - 1].1, Stage::Interviews | Stage::Debrief))
        .take(MAX_INTERVIEWS);
    let mut count = 0;
    for (n, app) in in_loop.enumerate() {
        let (step, minutes) = STEPS[n % STEPS.len()];
        // Most ended in the last four days; every fifth is still ahead.
        let start = if n % 5 == 4 {
            now + (1 + rng.below(72) as i64) * HOUR_MS
        } else {
            now - (2 + rng.below(96) as i64) * HOUR_MS
        };
        let start = start - start % (15 * 60_000);
        let first = INTERVIEWERS[rng.below(INTERVIEWERS.len())];
        let second = INTERVIEWERS[rng.below(INTERVIEWERS.len())];
        let panel: Vec<&String> =
            if first == second { vec![&people[first]] } else { vec![&people[first], &people[second]] };
        let zone = TEAM[first].2;
        let id = shortlist_core::new_id();
        let hlc = store.tick(now_ms()).to_string();
        sqlx::query(
            "INSERT INTO interviews (id, application_id, step_id, starts_at, ends_at, time_zone, created_at, updated_at, hlc)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&id)
        .bind(&app.id)
        .bind(step)
        .bind(start)
        .bind(start + minutes * 60_000)
        .bind(zone)
        .bind(now.min(start - DAY_MS))
        .bind(now)
        .bind(&hlc)
        .execute(&mut *conn)
        .await?;
        for person in &panel {
            sqlx::query(
                "INSERT INTO interview_panel (id, interview_id, person_id, created_at, updated_at, hlc) VALUES (?, ?, ?, ?, ?, ?)",
            )
            .bind(shortlist_core::new_id())
            .bind(&id)
            .bind(*person)
            .bind(now)
            .bind(now)
            .bind(&hlc)
            .execute(&mut *conn)
            .await?;
        }
        outbox.push(OutboxRow {
            name: "interview.schedule",
            entity: "interview",
            entity_id: id.clone(),
            args: json!({ "application_id": app.id, "step_id": step, "starts_at": start, "minutes": minutes,
                          "time_zone": zone, "interviewer_ids": panel })
            .to_string(),
            changed: super::fields_json(&["step_id", "starts_at", "ends_at", "time_zone", "status", "panel"]),
            hlc,
            at: now,
        });
        count += 1;
    }
    insert_outbox(conn, replica, &outbox).await?;
    Ok(count)
}
