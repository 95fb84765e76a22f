//! Scheduling: availability, busy time from calendars and by hand, candidate windows, loop
//! suggestions that respect all of it, scheduling and rescheduling with conflict detection,
//! invites read back by an independent iCalendar parser, and the candidate's message.

mod common;

use chrono::{DateTime, Datelike, Duration, NaiveTime, Utc, Weekday};
use chrono_tz::Tz;
use common::{candidate, count, open_fresh, role};
use shortlist_core::availability::Availability;
use shortlist_core::loops::{LoopMode, Ranking};
use shortlist_core::plan::StepKind;
use shortlist_core::zone::ZoneSource;
use shortlist_core::{InterviewInput, PersonInput, Plays};
use shortlist_store::{BusyInput, InviteAudience, LoopQuery, PlannedInterview, StepPanel, StoreError, WindowInput};

fn person(name: &str, email: &str, zone: &str) -> PersonInput {
    PersonInput { name: name.into(), email: email.into(), time_zone: zone.into(), plays: vec![Plays::Interviewer] }
}

/// The Monday after next, so every test day is in the future.
fn next_monday() -> chrono::NaiveDate {
    let mut d = common::test_now().date_naive() + Duration::days(7);
    while d.weekday() != Weekday::Mon {
        d += Duration::days(1);
    }
    d
}

fn inside_hours(t: DateTime<Utc>, end: DateTime<Utc>, zone: Tz, a: &Availability) -> bool {
    let (s, e) = (t.with_timezone(&zone), end.with_timezone(&zone));
    let Some((from, to)) = a.working_hours.days[s.weekday().num_days_from_monday() as usize] else { return false };
    s.date_naive() == e.date_naive() && s.time() >= from && e.time() <= to
}

const STANDUP: &str = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n\
BEGIN:VEVENT\r\nDTSTART;TZID=Europe/Berlin:20260105T100000\r\nDTEND;TZID=Europe/Berlin:20260105T110000\r\n\
RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR\r\nSUMMARY:Team stand-up\r\nUID:standup@example.com\r\nEND:VEVENT\r\n\
END:VCALENDAR\r\n";

#[tokio::test]
async fn availability_and_calendars_shape_the_suggestions_and_a_loop_is_scheduled_once() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let ana = store.create_person(person("Ana Ruiz", "ana@example.com", "Europe/Berlin")).await?;
    let ben = store.create_person(person("Ben Okafor", "ben@example.com", "America/New_York")).await?;
    let raj = store.create_person(person("Raj Iyer", "raj@example.com", "Asia/Kolkata")).await?;
    let r = store.create_role(role("Platform Engineer")).await?;
    let saved = store.create_candidate(candidate("Grace Hopper", "grace@example.com"), Some(&r.id)).await?;
    let app = store.role_detail(&r.id).await?.applications[0].application.id.clone();
    assert_eq!(saved.candidate.time_zone, "Europe/Berlin");

    // Availability: Ana only does deep dives, at most 3 a week; Raj only system design.
    assert_eq!(store.availability(&ana.id).await?, Availability::default(), "Mon–Fri 09–17 until set");
    let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).expect("time");
    let mut a = Availability {
        weekly_cap: Some(3),
        trained_for: vec![StepKind::DeepDive, StepKind::SystemDesign],
        ..Default::default()
    };
    a.working_hours.days[4] = None; // Fridays off
    let a = store.set_availability(&ana.id, a).await?;
    let mut bad = a.clone();
    bad.working_hours.days[0] = Some((t(17, 0), t(9, 0)));
    assert!(matches!(store.set_availability(&ana.id, bad).await, Err(StoreError::Validation(_))));
    let raj_a = Availability { trained_for: vec![StepKind::Collaboration], ..Default::default() };
    store.set_availability(&raj.id, raj_a).await?;

    // Ana's calendar: a daily stand-up; importing it twice replaces, a bad file changes nothing.
    let first = store.import_calendar(&ana.id, "ana.ics", STANDUP, store.now()).await?;
    assert!(first.blocks > 100, "six months of weekday stand-ups: {}", first.blocks);
    let again = store.import_calendar(&ana.id, "ana.ics", STANDUP, store.now()).await?;
    assert_eq!(again.replaced, first.blocks, "re-importing the same export replaces it");
    let before = count(&store, "busy_blocks").await?;
    assert!(store.import_calendar(&ana.id, "notes.ics", "hello", store.now()).await.is_err());
    assert_eq!(count(&store, "busy_blocks").await?, before, "a bad file writes nothing");
    let monday = next_monday();
    let block = store
        .add_busy_block(BusyInput {
            person_id: ben.id.clone(),
            local_start: format!("{monday}T09:00"),
            local_end: format!("{monday}T12:00"),
            time_zone: "America/New_York".into(),
            title: "Offsite".into(),
        })
        .await?;
    assert_eq!(store.busy_blocks(&ben.id, store.now()).await?, vec![block.clone()]);

    // The candidate can do Monday and Tuesday afternoons in Berlin.
    for d in [monday, monday + Duration::days(1)] {
        store
            .add_candidate_window(WindowInput {
                application_id: app.clone(),
                local_start: format!("{d}T13:00"),
                local_end: format!("{d}T19:00"),
                time_zone: "Europe/Berlin".into(),
            })
            .await?;
    }

    let query = |steps: Vec<StepPanel>, mode| LoopQuery {
        application_id: app.clone(),
        steps,
        from_date: monday,
        days: 5,
        mode,
        ranking: Ranking::Earliest,
        buffer_minutes: 10,
        gap_minutes: 15,
        candidate_zone: None,
        candidate_hours: None,
    };
    // Raj is not trained for system design: the suggestion says so.
    let refused = store
        .suggest_loop(query(
            vec![StepPanel { step_id: "system-design".into(), interviewer_ids: vec![raj.id.clone()] }],
            LoopMode::BackToBack,
        ))
        .await;
    match refused {
        Err(StoreError::Validation(v)) => assert!(v.fields[0].message.contains("Raj Iyer is not trained"), "{v:?}"),
        other => panic!("expected a trained-for refusal, got {other:?}"),
    }

    let steps = vec![
        StepPanel { step_id: "deep-dive".into(), interviewer_ids: vec![ana.id.clone()] },
        StepPanel { step_id: "system-design".into(), interviewer_ids: vec![ana.id.clone(), ben.id.clone()] },
    ];
    let suggestions = store.suggest_loop(query(steps.clone(), LoopMode::BackToBack)).await?;
    assert_eq!(suggestions.candidate_zone, "Europe/Berlin");
    assert!(suggestions.used_candidate_windows);
    assert!(!suggestions.options.is_empty());
    let berlin: Tz = "Europe/Berlin".parse()?;
    let new_york: Tz = "America/New_York".parse()?;
    let ben_a = store.availability(&ben.id).await?;
    let standups = store.busy_blocks(&ana.id, store.now()).await?;
    for o in &suggestions.options {
        for (i, slot) in o.slots.iter().enumerate() {
            assert!(inside_hours(slot.start, slot.end, berlin, &a), "inside Ana's hours: {slot:?}");
            let local = slot.start.with_timezone(&berlin);
            assert!(
                local.time() >= t(13, 0) && slot.end.with_timezone(&berlin).time() <= t(19, 0),
                "inside the candidate's window"
            );
            for b in &standups {
                assert!(
                    slot.end + Duration::minutes(10) <= b.starts_at || slot.start >= b.ends_at + Duration::minutes(10),
                    "clear of stand-ups with the buffer"
                );
            }
            if i == 1 {
                assert!(inside_hours(slot.start, slot.end, new_york, &ben_a), "inside Ben's New York hours: {slot:?}");
                assert!(
                    slot.start >= block.ends_at + Duration::minutes(10)
                        || slot.end + Duration::minutes(10) <= block.starts_at,
                    "not in Ben's offsite"
                );
            }
        }
    }

    // Schedule the first suggestion: two interviews, one transaction.
    let option = &suggestions.options[0];
    let planned: Vec<PlannedInterview> = steps
        .iter()
        .zip(&option.slots)
        .map(|(s, slot)| PlannedInterview {
            step_id: s.step_id.clone(),
            starts_at: slot.start,
            interviewer_ids: s.interviewer_ids.clone(),
        })
        .collect();
    let scheduled = store.schedule_loop(&app, "Europe/Berlin", planned.clone()).await?;
    assert_eq!(scheduled.len(), 2);
    assert_eq!(scheduled[1].panel.len(), 2);
    let interviews_before = count(&store, "interviews").await?;
    match store.schedule_loop(&app, "Europe/Berlin", planned).await {
        Err(StoreError::Conflict(m)) => assert!(m.contains("Ana Ruiz is interviewing Grace Hopper"), "{m}"),
        other => panic!("a second booking of the same time must clash, got {other:?}"),
    }
    assert_eq!(count(&store, "interviews").await?, interviews_before, "nothing of the clashing loop is written");
    // The booked loop now counts as busy: the only common time left inside the candidate's
    // windows is gone, and the answer says what blocks it.
    match store.suggest_loop(query(steps.clone(), LoopMode::BackToBack)).await {
        Err(StoreError::Validation(v)) => {
            assert!(v.fields[0].message.contains("candidate's windows"), "{v:?}")
        }
        other => panic!("the scheduled loop must block the same times, got {other:?}"),
    }

    // Reschedule onto Ben's offsite: refused; to a free time: SEQUENCE goes up.
    let design = &scheduled[1];
    let moved = |local: String| InterviewInput {
        application_id: String::new(),
        step_id: "system-design".into(),
        local_start: local,
        time_zone: "America/New_York".into(),
        duration_minutes: 60,
        interviewer_ids: vec![ben.id.clone()],
    };
    match store.reschedule_interview(&design.id, moved(format!("{monday}T10:00"))).await {
        Err(StoreError::Conflict(m)) => assert!(m.contains("Ben Okafor is busy: Offsite"), "{m}"),
        other => panic!("expected a clash with the offsite, got {other:?}"),
    }
    let bogus = InterviewInput { step_id: "bogus".into(), ..moved(format!("{monday}T15:00")) };
    assert!(
        matches!(store.reschedule_interview(&design.id, bogus).await, Err(StoreError::Validation(_))),
        "the step must exist"
    );
    // A loop whose own steps overlap is refused (the candidate cannot be in both).
    let at = scheduled[0].starts_at + Duration::days(3);
    let overlapping = vec![
        PlannedInterview { step_id: "deep-dive".into(), starts_at: at, interviewer_ids: vec![ana.id.clone()] },
        PlannedInterview {
            step_id: "collaboration".into(),
            starts_at: at + Duration::minutes(30),
            interviewer_ids: vec![ben.id.clone()],
        },
    ];
    assert!(matches!(store.schedule_loop(&app, "Europe/Berlin", overlapping).await, Err(StoreError::Validation(_))));
    // The candidate's own interviews count: another panel cannot take them at the same time.
    let same_time = vec![PlannedInterview {
        step_id: "collaboration".into(),
        starts_at: scheduled[0].starts_at,
        interviewer_ids: vec![raj.id.clone()],
    }];
    match store.schedule_loop(&app, "Europe/Berlin", same_time).await {
        Err(StoreError::Conflict(m)) => assert!(m.contains("Grace Hopper is already interviewing"), "{m}"),
        other => panic!("the candidate is busy then, got {other:?}"),
    }
    let later = monday + Duration::days(2);
    let rescheduled = store.reschedule_interview(&design.id, moved(format!("{later}T10:00"))).await?;
    assert_eq!(rescheduled.sequence, design.sequence + 1);
    assert_eq!(rescheduled.panel.len(), 1, "Ana left the panel");
    assert_eq!(rescheduled.starts_at.with_timezone(&new_york).format("%H:%M").to_string(), "10:00");
    assert_eq!(
        rescheduled.panel[0].due_at,
        rescheduled.ends_at + Duration::hours(24),
        "the scorecard deadline follows the new end (no clock change that week)"
    );
    Ok(())
}

const READER: &str = r#"
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
ev = next(c for c in cal.walk('VEVENT'))
att = ev.get('ATTENDEE')
att = att if isinstance(att, list) else [att]
print(cal.get('METHOD'))
print(ev.get('UID'))
print(ev.get('SEQUENCE'))
print(ev.decoded('DTSTART').astimezone(__import__('datetime').timezone.utc).isoformat())
print(','.join(str(a) for a in att))
print(ev.get('SUMMARY'))
"#;

fn read_back(text: &str) -> anyhow::Result<Vec<String>> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("invite.ics");
    std::fs::write(&path, text)?;
    let out = std::process::Command::new("python3").arg("-c").arg(READER).arg(&path).output()?;
    anyhow::ensure!(out.status.success(), "icalendar refused it: {}", String::from_utf8_lossy(&out.stderr));
    Ok(String::from_utf8_lossy(&out.stdout).lines().map(str::to_string).collect())
}

#[tokio::test]
async fn invites_for_panel_and_candidate_and_the_candidate_message() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let sam = store.create_person(person("Sam Rivera", "sam@example.com", "Europe/London")).await?;
    store.set_me(Some(&sam.id)).await?;
    let ana = store.create_person(person("Ana Ruiz", "ana@example.com", "Europe/Berlin")).await?;
    let r = store.create_role(role("Platform Engineer")).await?;
    let mut c = candidate("Grace Hopper", "grace@example.com");
    c.time_zone = "America/Los_Angeles".into();
    store.create_candidate(c, Some(&r.id)).await?;
    let app = store.role_detail(&r.id).await?.applications[0].application.id.clone();
    let monday = next_monday();
    let interview = store
        .schedule_interview(InterviewInput {
            application_id: app.clone(),
            step_id: "deep-dive".into(),
            local_start: format!("{monday}T18:00"),
            time_zone: "Europe/Berlin".into(),
            duration_minutes: 60,
            interviewer_ids: vec![ana.id.clone()],
        })
        .await?;

    let (name, panel) = store.interview_invite(&interview.id, InviteAudience::Panel).await?;
    assert!(name.ends_with("-panel.ics"), "{name}");
    let p = read_back(&panel)?;
    assert_eq!(p[0], "REQUEST");
    assert_eq!(p[1], format!("{}-panel@shortlist", interview.id));
    assert_eq!(p[2], "0");
    assert_eq!(p[3], interview.starts_at.to_rfc3339());
    assert!(
        p[4].contains("ana@example.com") && !p[4].contains("grace@"),
        "the panel invite goes to the panel: {}",
        p[4]
    );
    assert!(p[5].contains("Grace Hopper"));

    let (_, for_candidate) = store.interview_invite(&interview.id, InviteAudience::Candidate).await?;
    let c = read_back(&for_candidate)?;
    assert_eq!(c[1], format!("{}-candidate@shortlist", interview.id), "a separate, stable UID");
    assert!(c[4].contains("grace@example.com") && !c[4].contains("ana@"));

    // Cancelled: METHOD:CANCEL with a higher SEQUENCE, same UID.
    store.cancel_interview(&interview.id).await?;
    let (_, cancelled) = store.interview_invite(&interview.id, InviteAudience::Candidate).await?;
    let x = read_back(&cancelled)?;
    assert_eq!((x[0].as_str(), x[1].as_str(), x[2].as_str()), ("CANCEL", c[1].as_str(), "1"));

    store.reinstate_interview(&interview.id).await?;
    let message = store.candidate_message(&app, std::slice::from_ref(&interview.id)).await?;
    assert_eq!(message.to, "grace@example.com");
    let la = interview.starts_at.with_timezone(&"America/Los_Angeles".parse::<Tz>()?);
    assert!(message.body.contains(&format!("{}", la.format("%H:%M"))), "times in Los Angeles: {}", message.body);
    assert!(message.body.contains("(America/Los_Angeles)"));
    assert!(message.body.ends_with("Sam Rivera\n"));
    Ok(())
}

/// Issue 12.3: a candidate in Seattle with no windows was offered 05:45 their time. The finder
/// ignored their working hours and took the user's New York zone for theirs.
#[tokio::test]
async fn without_windows_a_seattle_candidate_gets_their_working_hours_in_their_zone() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let sam = store.create_person(person("Sam Rivera", "sam@example.com", "America/New_York")).await?;
    store.set_me(Some(&sam.id)).await?;
    let ben = store.create_person(person("Ben Okafor", "ben@example.com", "America/New_York")).await?;
    let ana = store.create_person(person("Ana Ruiz", "ana@example.com", "Europe/Berlin")).await?;
    let r = store.create_role(role("Platform Engineer")).await?;
    let mut c = candidate("Grace Hopper", "grace@example.com");
    c.location = "Seattle, WA".into();
    c.time_zone = String::new();
    store.create_candidate(c, Some(&r.id)).await?;
    let app = store.role_detail(&r.id).await?.applications[0].application.id.clone();
    let monday = next_monday();
    // A window weeks later says nothing about the week searched.
    let later = monday + Duration::days(30);
    store
        .add_candidate_window(WindowInput {
            application_id: app.clone(),
            local_start: format!("{later}T06:00"),
            local_end: format!("{later}T08:00"),
            time_zone: "America/Los_Angeles".into(),
        })
        .await?;
    let query = |panel: Vec<String>| LoopQuery {
        application_id: app.clone(),
        steps: vec![StepPanel { step_id: "deep-dive".into(), interviewer_ids: panel }],
        from_date: monday,
        days: 5,
        mode: LoopMode::BackToBack,
        ranking: Ranking::Earliest,
        buffer_minutes: 0,
        gap_minutes: 15,
        candidate_zone: None,
        candidate_hours: None,
    };
    let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).expect("time");
    let zone = store.candidate_zone(&app, None).await?;
    assert_eq!(zone.zone.as_deref(), Some("America/Los_Angeles"), "read from “Seattle, WA”, not the user's New York");
    assert_eq!(zone.source, ZoneSource::Location);

    let suggestions = store.suggest_loop(query(vec![ben.id.clone()])).await?;
    let seattle: Tz = "America/Los_Angeles".parse()?;
    let new_york: Tz = "America/New_York".parse()?;
    let nine_to_five = Availability::default();
    assert!(!suggestions.options.is_empty(), "New York afternoons are Seattle mornings");
    for o in &suggestions.options {
        let slot = o.slots[0];
        assert!(
            inside_hours(slot.start, slot.end, seattle, &nine_to_five),
            "inside 09:00–17:00 in Seattle: {} there",
            slot.start.with_timezone(&seattle)
        );
        assert!(inside_hours(slot.start, slot.end, new_york, &nine_to_five), "inside Ben's New York hours: {slot:?}");
    }
    assert_eq!(suggestions.candidate_zone, "America/Los_Angeles", "Seattle is on Pacific time, not the user's");
    assert_eq!(suggestions.zone_source, ZoneSource::Location);
    assert!(!suggestions.used_candidate_windows, "the only window is outside the dates searched");
    assert_eq!(suggestions.candidate_hours, Some((t(9, 0), t(17, 0))));
    assert_eq!(
        suggestions.candidate_note,
        "No windows entered: using Grace Hopper's working hours 09:00–17:00, Monday–Friday, America/Los_Angeles (from their location Seattle, WA)."
    );

    // The hours in the dialog are the hours used.
    let short_day = LoopQuery { candidate_hours: Some((t(10, 0), t(12, 0))), ..query(vec![ben.id.clone()]) };
    let suggestions = store.suggest_loop(short_day).await?;
    assert!(!suggestions.options.is_empty());
    for o in &suggestions.options {
        let (s, e) = (o.slots[0].start.with_timezone(&seattle), o.slots[0].end.with_timezone(&seattle));
        assert!(s.time() >= t(10, 0) && e.time() <= t(12, 0), "inside the 10:00–12:00 given: {s}–{e}");
    }
    assert!(suggestions.candidate_note.contains("10:00–12:00"), "{}", suggestions.candidate_note);
    let backwards = LoopQuery { candidate_hours: Some((t(17, 0), t(9, 0))), ..query(vec![ben.id.clone()]) };
    match store.suggest_loop(backwards).await {
        Err(StoreError::Validation(v)) => assert_eq!(v.fields[0].field, "candidate_hours", "{v:?}"),
        other => panic!("a day that ends before it starts is refused, got {other:?}"),
    }

    // A Berlin interviewer's day is over before Seattle's starts: the answer says so.
    match store.suggest_loop(query(vec![ana.id.clone()])).await {
        Err(StoreError::Validation(v)) => assert!(
            v.fields[0].message.contains("none inside the candidate's working hours (09:00–17:00 America/Los_Angeles)"),
            "{v:?}"
        ),
        other => panic!("Berlin and Seattle days never meet, got {other:?}"),
    }
    Ok(())
}

/// With neither a time zone nor a location that says one, the suggestions ask rather than guess
/// (the user's zone is not the candidate's); a zone chosen in the dialog is used.
#[tokio::test]
async fn a_candidate_of_unknown_zone_is_asked_for_and_a_chosen_zone_is_used() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let sam = store.create_person(person("Sam Rivera", "sam@example.com", "America/New_York")).await?;
    store.set_me(Some(&sam.id)).await?;
    let ben = store.create_person(person("Ben Okafor", "ben@example.com", "America/New_York")).await?;
    let r = store.create_role(role("Platform Engineer")).await?;
    let mut c = candidate("Linus Park", "linus@example.com");
    c.location = "Remote (US)".into();
    c.time_zone = String::new();
    store.create_candidate(c, Some(&r.id)).await?;
    let app = store.role_detail(&r.id).await?.applications[0].application.id.clone();
    let zone = store.candidate_zone(&app, None).await?;
    assert_eq!((zone.zone, zone.source), (None, ZoneSource::Unknown), "“Remote (US)” spans six zones");

    let query = |chosen: Option<&str>| LoopQuery {
        application_id: app.clone(),
        steps: vec![StepPanel { step_id: "deep-dive".into(), interviewer_ids: vec![ben.id.clone()] }],
        from_date: next_monday(),
        days: 5,
        mode: LoopMode::BackToBack,
        ranking: Ranking::Earliest,
        buffer_minutes: 0,
        gap_minutes: 15,
        candidate_zone: chosen.map(str::to_string),
        candidate_hours: None,
    };
    match store.suggest_loop(query(None)).await {
        Err(StoreError::Validation(v)) => {
            assert_eq!(v.fields[0].field, "candidate_zone", "{v:?}");
            assert!(v.fields[0].message.contains("Which time zone is Linus Park in?"), "{v:?}");
        }
        other => panic!("an unknown zone must be asked for, got {other:?}"),
    }
    match store.suggest_loop(query(Some("Pacific time"))).await {
        Err(StoreError::Validation(v)) => assert_eq!(v.fields[0].field, "candidate_zone", "{v:?}"),
        other => panic!("a zone that is not an IANA name is refused, got {other:?}"),
    }
    let denver: Tz = "America/Denver".parse()?;
    let suggestions = store.suggest_loop(query(Some("America/Denver"))).await?;
    assert_eq!((suggestions.candidate_zone.as_str(), suggestions.zone_source), ("America/Denver", ZoneSource::Chosen));
    assert!(suggestions.candidate_note.ends_with("America/Denver (chosen here)."), "{}", suggestions.candidate_note);
    for o in &suggestions.options {
        assert!(inside_hours(o.slots[0].start, o.slots[0].end, denver, &Availability::default()), "{o:?}");
    }
    Ok(())
}
