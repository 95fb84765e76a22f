//! The demo hiring team and its interviews: people spread over four continents, and panels for
//! the candidates now in interviews or debrief, some with feedback due, some overdue, some ahead.

use chrono::NaiveTime;
use serde_json::json;
use shortlist_core::availability::Availability;
use shortlist_core::plan::StepKind;
use shortlist_core::slots::WorkingHours;
use shortlist_core::{PersonInput, Plays, Stage};
use sqlx::SqliteConnection;

use super::{insert_outbox, OutboxRow, PlannedApplication, Rng, DAY_MS};
use crate::error::Result;
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
/// The demo roles' hiring managers and recruiters are people of the team, so "my roles" (My week,
/// Stalled) mean something for whoever is chosen as "me".
pub(super) const HIRING_MANAGERS: [&str; 2] = [TEAM[0].0, TEAM[5].0];
pub(super) const RECRUITERS: [&str; 1] = [TEAM[4].0];
/// Hours from and until (hour, minute), working days Monday first, weekly cap, trained-for steps.
type DemoAvailability = ((u32, u32), (u32, u32), [bool; 7], Option<u32>, &'static [StepKind]);

/// Each team member's availability, in TEAM's order.
const AVAILABILITY: [DemoAvailability; 6] = [
    (
        (8, 30),
        (16, 30),
        [true, true, true, true, false, false, false],
        Some(6),
        &[StepKind::DeepDive, StepKind::SystemDesign],
    ),
    (
        (9, 0),
        (17, 0),
        [true, true, true, true, true, false, false],
        Some(5),
        &[StepKind::SystemDesign, StepKind::Collaboration, StepKind::TechnicalScreen],
    ),
    (
        (10, 0),
        (18, 0),
        [true, true, true, true, true, false, false],
        Some(4),
        &[StepKind::DeepDive, StepKind::TechnicalScreen],
    ),
    ((8, 0), (16, 0), [true, true, true, true, true, false, false], Some(3), &[]),
    ((9, 0), (17, 30), [true, true, true, true, true, false, false], None, &[]),
    (
        (9, 0),
        (17, 0),
        [true, true, true, true, true, false, false],
        Some(5),
        &[StepKind::Collaboration, StepKind::DeepDive],
    ),
];
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
    let now = store.now_ms();
    let mut outbox = Vec::new();
    let mut people = Vec::new();
    for ((name, email, zone, plays), (from, until, days, cap, trained)) in TEAM.into_iter().zip(AVAILABILITY) {
        let id = shortlist_core::new_id();
        let hlc = store.tick(store.now_ms()).to_string();
        let input =
            PersonInput { name: name.into(), email: email.into(), time_zone: zone.into(), plays: plays.to_vec() };
        let time = |(h, m): (u32, u32)| NaiveTime::from_hms_opt(h, m, 0).unwrap_or(NaiveTime::MIN);
        let mut hours = WorkingHours { days: [None; 7] };
        for (day, works) in hours.days.iter_mut().zip(days) {
            if works {
                *day = Some((time(from), time(until)));
            }
        }
        let availability = Availability { working_hours: hours, weekly_cap: cap, trained_for: trained.to_vec() };
        sqlx::query(
            "INSERT INTO people (id, name, email, time_zone, plays, working_hours, weekly_cap, trained_for, created_at, updated_at, hlc)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&id)
        .bind(name)
        .bind(email)
        .bind(zone)
        .bind(serde_json::to_string(plays)?)
        .bind(serde_json::to_string(&availability.working_hours)?)
        .bind(availability.weekly_cap.map(i64::from))
        .bind(serde_json::to_string(&availability.trained_for)?)
        .bind(now)
        .bind(now)
        .bind(&hlc)
        .execute(&mut *conn)
        .await?;
        let mut changed: Vec<&str> = PersonInput::FIELDS.to_vec();
        changed.extend(Availability::FIELDS);
        outbox.push(OutboxRow {
            name: "person.create",
            entity: "person",
            entity_id: id.clone(),
            args: json!({ "person": input, "availability": availability }).to_string(),
            changed: super::fields_json(&changed),
            hlc,
            at: now,
        });
        people.push(id);
    }

    // A half-hour team sync every weekday at 11:00 in each interviewer's zone, for three weeks:
    // busy time the slot finder works around.
    let today = store.today();
    for &who in &INTERVIEWERS {
        let zone: chrono_tz::Tz = TEAM[who].2.parse().unwrap_or(chrono_tz::UTC);
        for offset in 0..21 {
            let day = today + chrono::Duration::days(offset);
            if chrono::Datelike::weekday(&day).number_from_monday() > 5 {
                continue;
            }
            let start = shortlist_core::zone::resolve_local_lenient(
                day.and_time(NaiveTime::from_hms_opt(11, 0, 0).unwrap_or(NaiveTime::MIN)),
                zone,
            );
            let end = start + chrono::Duration::minutes(30);
            let id = shortlist_core::new_id();
            let hlc = store.tick(store.now_ms()).to_string();
            sqlx::query(
                "INSERT INTO busy_blocks (id, person_id, starts_at, ends_at, title, source, created_at, updated_at, hlc)
                 VALUES (?, ?, ?, ?, 'Team sync', 'manual', ?, ?, ?)",
            )
            .bind(&id)
            .bind(&people[who])
            .bind(start.timestamp_millis())
            .bind(end.timestamp_millis())
            .bind(now)
            .bind(now)
            .bind(&hlc)
            .execute(&mut *conn)
            .await?;
            outbox.push(OutboxRow {
                name: "busy_block.create",
                entity: "busy_block",
                entity_id: id,
                args: json!({ "person_id": people[who], "starts_at": start, "ends_at": end, "title": "Team sync", "source": "manual" }).to_string(),
                changed: super::fields_json(&["person_id", "starts_at", "ends_at", "title", "source"]),
                hlc,
                at: now,
            });
        }
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
        let hlc = store.tick(store.now_ms()).to_string();
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
