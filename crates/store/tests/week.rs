//! "My week": my interviews in this week (counted in my zone), the feedback I owe, and stalled
//! candidates of the roles I own.

mod common;

use chrono::{DateTime, Duration, Utc};
use common::{candidate, open_fresh, role};
use shortlist_core::{InterviewInput, PersonInput, Plays};

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).expect("a valid instant").with_timezone(&Utc)
}

fn local(t: chrono::DateTime<Utc>) -> String {
    t.with_timezone(&chrono_tz::Europe::Berlin).format("%Y-%m-%dT%H:%M").to_string()
}

#[tokio::test]
async fn my_week_lists_my_interviews_feedback_and_stalled_candidates() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let ana = store
        .create_person(PersonInput {
            name: "Ana Ruiz".into(),
            email: "ana@example.com".into(),
            time_zone: "Europe/Berlin".into(),
            plays: vec![Plays::Recruiter, Plays::Interviewer],
        })
        .await?;
    let raj = store
        .create_person(PersonInput {
            name: "Raj Iyer".into(),
            email: String::new(),
            time_zone: "Asia/Kolkata".into(),
            plays: vec![Plays::Interviewer],
        })
        .await?;
    let mut mine = role("Backend Engineer");
    mine.recruiter = "Ana Ruiz".into();
    let mine = store.create_role(mine).await?;
    let mut theirs = role("Data Engineer");
    theirs.recruiter = "Someone Else".into();
    theirs.hiring_manager = "Also Someone Else".into();
    let theirs = store.create_role(theirs).await?;
    store.create_candidate(candidate("Grace Hopper", "grace@example.com"), Some(&mine.id)).await?;
    store.create_candidate(candidate("Alan Turing", "alan@example.com"), Some(&theirs.id)).await?;

    let empty = store.my_week(store.now()).await?;
    assert_eq!(empty.me, None, "no 'me' chosen: the screen asks who I am");
    assert!(empty.interviews.is_empty() && empty.stalled.is_empty());

    store.set_me(Some(&ana.id)).await?;
    // A Monday morning in Berlin (2027-03-15): the whole week is still ahead.
    let now = at("2027-03-15T07:30:00Z");
    store.clock().set(now);
    let week = store.my_week(now).await?;
    assert_eq!(week.time_zone, "Europe/Berlin");
    assert_eq!(week.week_start.with_timezone(&chrono_tz::Europe::Berlin).format("%a %H:%M").to_string(), "Mon 00:00");
    let app = store.role_detail(&mine.id).await?.applications[0].application.id.clone();
    let schedule = |at: chrono::DateTime<Utc>, panel: Vec<String>| InterviewInput {
        application_id: app.clone(),
        step_id: "deep-dive".into(),
        local_start: local(at),
        time_zone: "Europe/Berlin".into(),
        duration_minutes: 60,
        interviewer_ids: panel,
    };
    let in_week = week.week_start + Duration::hours(24 + 10);
    store.schedule_interview(schedule(in_week, vec![ana.id.clone(), raj.id.clone()])).await?;
    store.schedule_interview(schedule(week.week_start + Duration::days(8), vec![ana.id.clone()])).await?;
    store.schedule_interview(schedule(week.week_start + Duration::hours(30), vec![raj.id.clone()])).await?;
    store.schedule_interview(schedule(week.week_start - Duration::days(3), vec![ana.id.clone()])).await?;

    let week = store.my_week(now).await?;
    assert_eq!(week.me.as_deref(), Some("Ana Ruiz"));
    assert_eq!(week.interviews.len(), 1, "only my interview inside this week: {:#?}", week.interviews);
    let item = &week.interviews[0];
    assert_eq!(item.candidate_name, "Grace Hopper");
    assert_eq!(item.role_title, "Backend Engineer");
    assert_eq!(item.interview.panel.len(), 2, "the whole panel is shown");
    assert_eq!(week.feedback.len(), 1, "the interview before this week owes my scorecard");
    assert!(week.feedback[0].mine);
    assert_eq!(week.stalled.len(), 1, "only the stalled card of the role I recruit for");
    assert_eq!(week.stalled[0].card.name, "Grace Hopper");
    Ok(())
}

/// The week is Monday 00:00 to the next Monday 00:00 in my zone, whatever instant and whichever
/// zone: just after midnight on a Monday, late on a Sunday, across daylight-saving switches.
#[tokio::test]
async fn my_week_is_monday_to_monday_in_my_zone_at_awkward_instants() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let cases = [
        ("2027-03-14T23:30:00Z", "Europe/Berlin", "2027-03-15"), // Monday 00:30 in Berlin
        ("2027-03-14T22:30:00Z", "Europe/Berlin", "2027-03-08"), // Sunday 23:30 in Berlin
        ("2027-03-28T12:00:00Z", "Europe/Berlin", "2027-03-22"), // the Sunday clocks go forward
        ("2027-03-14T12:00:00Z", "America/Los_Angeles", "2027-03-08"), // the US switch
        ("2027-04-04T01:00:00Z", "Australia/Sydney", "2027-03-29"), // Sunday, the day its clocks go back
        ("2028-02-29T20:00:00Z", "Asia/Kolkata", "2028-02-28"),
        ("2027-12-31T23:30:00Z", "Pacific/Auckland", "2027-12-27"), // already 2028 there
    ];
    for (instant, zone, monday) in cases {
        let ana = store
            .create_person(PersonInput {
                name: format!("Ana {zone}"),
                email: String::new(),
                time_zone: zone.into(),
                plays: vec![Plays::Interviewer],
            })
            .await?;
        store.set_me(Some(&ana.id)).await?;
        let now = at(instant);
        let tz: chrono_tz::Tz = zone.parse().map_err(|e| anyhow::anyhow!("{e}"))?;
        let monday = chrono::NaiveDate::parse_from_str(monday, "%Y-%m-%d")?;
        let week = store.my_week(now).await?;
        assert_eq!(week.time_zone, zone, "counted in my zone");
        let start = week.week_start.with_timezone(&tz);
        let end = week.week_end.with_timezone(&tz);
        assert_eq!(start.date_naive(), monday, "{instant} in {zone}: the week starts on that Monday");
        assert_eq!(start.format("%a %H:%M").to_string(), "Mon 00:00", "{instant} in {zone}");
        assert_eq!(end.format("%a %H:%M").to_string(), "Mon 00:00", "{instant} in {zone}: ends at the next Monday");
        assert_eq!(end.date_naive() - start.date_naive(), Duration::days(7), "{instant} in {zone}: seven days");
        assert!(week.week_start <= now && now < week.week_end, "{instant} in {zone}: now is inside the week");
    }
    Ok(())
}
