//! Finding interview slots: times when every interviewer is inside their own working hours (in
//! their own time zone, daylight saving included), free of busy blocks with buffers around them,
//! under their weekly interview cap, and inside the candidate's windows. When there is none, the
//! answer says which person or constraint blocks it.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::zone::resolve_local_lenient;

/// Milliseconds since the epoch: interval arithmetic on plain integers.
type Ms = i64;
/// Half-open intervals [start, end), sorted and disjoint.
type Intervals = Vec<(Ms, Ms)>;

/// Working hours per weekday (Monday first), in the person's own zone; `None` is a day off.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct WorkingHours {
    pub days: [Option<(NaiveTime, NaiveTime)>; 7],
}

impl WorkingHours {
    /// Monday to Friday, `start`–`end`.
    pub fn weekdays(start: NaiveTime, end: NaiveTime) -> Self {
        let mut days = [None; 7];
        for d in days.iter_mut().take(5) {
            *d = Some((start, end));
        }
        WorkingHours { days }
    }

    /// The hours every working day shares, when they all share one (`None` when days differ
    /// or none is worked).
    pub fn span(&self) -> Option<(NaiveTime, NaiveTime)> {
        let mut worked = self.days.iter().flatten();
        let first = *worked.next()?;
        worked.all(|d| *d == first).then_some(first)
    }
}

#[derive(Debug, Clone)]
pub struct Interviewer {
    /// Stable identity (the person's id): two people may share a name.
    pub id: String,
    pub name: String,
    pub zone: Tz,
    pub hours: WorkingHours,
    pub busy: Vec<(DateTime<Utc>, DateTime<Utc>)>,
    /// Interviews a week at most (counted Monday to Sunday in their zone); `None`: no cap.
    pub weekly_cap: Option<u32>,
    /// Interviews already booked, by start (for the cap).
    pub booked: Vec<DateTime<Utc>>,
}

#[derive(Debug, Clone)]
pub struct SlotRequest {
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    pub duration: Duration,
    /// Free time each interviewer keeps before and after any busy block.
    pub buffer: Duration,
    /// Start times are multiples of this from the hour.
    pub step: Duration,
    pub panel: Vec<Interviewer>,
    /// When the candidate can do it; `None`: any time.
    pub candidate: Option<Vec<(DateTime<Utc>, DateTime<Utc>)>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Slot {
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
}

/// Why nothing fits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type, thiserror::Error)]
#[error("{0}")]
pub struct Blocked(pub String);

fn ms(t: DateTime<Utc>) -> Ms {
    t.timestamp_millis()
}

fn normalize(mut v: Intervals) -> Intervals {
    v.retain(|(a, b)| b > a);
    v.sort();
    let mut out: Intervals = Vec::with_capacity(v.len());
    for (a, b) in v {
        match out.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => out.push((a, b)),
        }
    }
    out
}

fn intersect(a: &Intervals, b: &Intervals) -> Intervals {
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        let (s, e) = (a[i].0.max(b[j].0), a[i].1.min(b[j].1));
        if s < e {
            out.push((s, e));
        }
        if a[i].1 < b[j].1 {
            i += 1
        } else {
            j += 1
        }
    }
    out
}

fn subtract(a: &Intervals, b: &Intervals) -> Intervals {
    let mut out = Vec::new();
    let mut j = 0;
    for &(mut s, e) in a {
        while j < b.len() && b[j].1 <= s {
            j += 1;
        }
        let mut k = j;
        while k < b.len() && b[k].0 < e {
            if b[k].0 > s {
                out.push((s, b[k].0));
            }
            s = s.max(b[k].1);
            k += 1;
        }
        if s < e {
            out.push((s, e));
        }
    }
    out
}

/// Working time in [from, to), as instants: each local day's hours read in `zone`.
fn working(hours: &WorkingHours, zone: Tz, from: DateTime<Utc>, to: DateTime<Utc>) -> Intervals {
    let first = from.with_timezone(&zone).date_naive() - Duration::days(1);
    let last = to.with_timezone(&zone).date_naive() + Duration::days(1);
    let mut out = Vec::new();
    let mut day: NaiveDate = first;
    while day <= last {
        if let Some((start, end)) = hours.days[day.weekday().num_days_from_monday() as usize] {
            let s = resolve_local_lenient(day.and_time(start), zone);
            let e = resolve_local_lenient(day.and_time(end), zone);
            out.push((ms(s).max(ms(from)), ms(e).min(ms(to))));
        }
        day += Duration::days(1);
    }
    normalize(out)
}

/// Someone's working hours in their own zone between `from` and `to`, as windows of instants
/// (daylight saving included): what a candidate who gave no windows can do.
pub fn working_windows(
    hours: &WorkingHours,
    zone: Tz,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Vec<(DateTime<Utc>, DateTime<Utc>)> {
    working(hours, zone, from, to)
        .into_iter()
        .filter_map(|(s, e)| Some((Utc.timestamp_millis_opt(s).single()?, Utc.timestamp_millis_opt(e).single()?)))
        .collect()
}

/// Weeks (Monday 00:00 in their zone) in which the person has reached their cap.
fn capped_weeks(p: &Interviewer) -> Intervals {
    let Some(cap) = p.weekly_cap else { return Vec::new() };
    let mut weeks: Vec<(NaiveDate, u32)> = Vec::new();
    for b in &p.booked {
        let local = b.with_timezone(&p.zone).date_naive();
        let monday = local - Duration::days(i64::from(local.weekday().num_days_from_monday()));
        match weeks.iter_mut().find(|(m, _)| *m == monday) {
            Some((_, n)) => *n += 1,
            None => weeks.push((monday, 1)),
        }
    }
    normalize(
        weeks
            .into_iter()
            .filter(|(_, n)| *n >= cap)
            .map(|(monday, _)| {
                let start = resolve_local_lenient(monday.and_time(NaiveTime::MIN), p.zone);
                let end = resolve_local_lenient((monday + Duration::days(7)).and_time(NaiveTime::MIN), p.zone);
                (ms(start), ms(end))
            })
            .collect(),
    )
}

/// When one interviewer could start an interview of the request's length.
fn free(p: &Interviewer, req: &SlotRequest) -> Intervals {
    let buffer = req.buffer.num_milliseconds();
    let busy = normalize(p.busy.iter().map(|(s, e)| (ms(*s) - buffer, ms(*e) + buffer)).collect());
    let open = subtract(&working(&p.hours, p.zone, req.from, req.to), &busy);
    subtract(&open, &capped_weeks(p))
}

fn starts(windows: &Intervals, req: &SlotRequest) -> Vec<Slot> {
    let step = req.step.num_milliseconds().max(60_000);
    let length = req.duration.num_milliseconds();
    let mut out = Vec::new();
    for &(s, e) in windows {
        let mut t = s.div_euclid(step) * step;
        if t < s {
            t += step;
        }
        while t + length <= e {
            if let (Some(a), Some(b)) =
                (Utc.timestamp_millis_opt(t).single(), Utc.timestamp_millis_opt(t + length).single())
            {
                out.push(Slot { start: a, end: b });
            }
            t += step;
        }
    }
    out
}

fn common(req: &SlotRequest, skip: Option<usize>) -> Intervals {
    let mut windows: Intervals = vec![(ms(req.from), ms(req.to))];
    if let Some(c) = &req.candidate {
        windows = intersect(&windows, &normalize(c.iter().map(|(s, e)| (ms(*s), ms(*e))).collect()));
    }
    for (i, p) in req.panel.iter().enumerate() {
        if Some(i) != skip {
            windows = intersect(&windows, &free(p, req));
        }
    }
    windows
}

/// Every start time that fits everyone, earliest first; or what blocks it.
pub fn find(req: &SlotRequest) -> Result<Vec<Slot>, Blocked> {
    find_within(req, "the candidate's windows")
}

/// Like [`find`], where `candidate` says what `req.candidate` is ("the candidate's windows",
/// "the candidate's working hours (…)") when nothing fits inside it.
pub fn find_within(req: &SlotRequest, candidate: &str) -> Result<Vec<Slot>, Blocked> {
    if req.panel.is_empty() {
        return Err(Blocked("Add at least one interviewer.".into()));
    }
    let slots = starts(&common(req, None), req);
    if !slots.is_empty() {
        return Ok(slots);
    }
    let minutes = req.duration.num_minutes();
    // Who cannot make any such slot even alone, then whose absence would open one.
    for p in &req.panel {
        let alone = SlotRequest { panel: vec![p.clone()], candidate: None, ..req.clone() };
        if starts(&common(&alone, None), &alone).is_empty() {
            let reason = if p.weekly_cap.is_some() && !capped_weeks(p).is_empty() {
                format!("{} has no free {minutes} minutes in their working hours in this range (weekly cap reached, busy, or off).", p.name)
            } else {
                format!("{} has no free {minutes} minutes in their working hours in this range.", p.name)
            };
            return Err(Blocked(reason));
        }
    }
    if req.candidate.is_some() {
        let without = SlotRequest { candidate: None, ..req.clone() };
        if !starts(&common(&without, None), &without).is_empty() {
            return Err(Blocked(format!("The panel has common time, but none inside {candidate}.")));
        }
    }
    for (i, p) in req.panel.iter().enumerate() {
        if !starts(&common(req, Some(i)), req).is_empty() {
            return Err(Blocked(format!(
                "{}'s free time never overlaps with the others'; without them there are slots.",
                p.name
            )));
        }
    }
    Err(Blocked(
        "The panel's working hours never overlap for this long; try fewer interviewers or a shorter interview.".into(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::zone::parse_zone;

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).expect("time")
    }

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).expect("rfc3339").with_timezone(&Utc)
    }

    fn person(name: &str, zone: &str) -> Interviewer {
        Interviewer {
            id: name.into(),
            name: name.into(),
            zone: parse_zone(zone).expect("zone"),
            hours: WorkingHours::weekdays(t(9, 0), t(17, 0)),
            busy: vec![],
            weekly_cap: None,
            booked: vec![],
        }
    }

    fn request(panel: Vec<Interviewer>, from: &str, to: &str) -> SlotRequest {
        SlotRequest {
            from: utc(from),
            to: utc(to),
            duration: Duration::minutes(60),
            buffer: Duration::minutes(0),
            step: Duration::minutes(30),
            panel,
            candidate: None,
        }
    }

    #[test]
    fn berlin_and_new_york_overlap_in_the_afternoon() {
        // Mon 2 Nov 2026: Berlin 9–17 is 08–16 UTC, New York 9–17 is 14–22 UTC → 14–16 UTC.
        let req = request(
            vec![person("Jonas", "Europe/Berlin"), person("Maya", "America/New_York")],
            "2026-11-02T00:00:00Z",
            "2026-11-03T00:00:00Z",
        );
        let slots = find(&req).expect("slots");
        assert_eq!(slots.first().map(|s| s.start), Some(utc("2026-11-02T14:00:00Z")));
        assert_eq!(slots.last().map(|s| s.end), Some(utc("2026-11-02T16:00:00Z")));
        assert_eq!(slots.len(), 3, "14:00, 14:30, 15:00");
    }

    #[test]
    fn daylight_saving_moves_working_hours_in_utc() {
        // Berlin changes on Sun 29 Mar 2026; New York already changed on 8 Mar. In the week
        // between, the overlap is an hour longer than usual.
        let panel = || vec![person("Jonas", "Europe/Berlin"), person("Maya", "America/New_York")];
        let before = find(&request(panel(), "2026-03-23T00:00:00Z", "2026-03-24T00:00:00Z")).expect("slots");
        let after = find(&request(panel(), "2026-03-30T00:00:00Z", "2026-03-31T00:00:00Z")).expect("slots");
        assert_eq!(before.first().map(|s| s.start), Some(utc("2026-03-23T13:00:00Z")), "NY on EDT, Berlin still CET");
        assert_eq!(before.last().map(|s| s.end), Some(utc("2026-03-23T16:00:00Z")));
        assert_eq!(after.first().map(|s| s.start), Some(utc("2026-03-30T13:00:00Z")));
        assert_eq!(after.last().map(|s| s.end), Some(utc("2026-03-30T15:00:00Z")), "Berlin on CEST ends at 15:00 UTC");
    }

    #[test]
    fn kolkata_and_sydney_and_los_angeles_explain_who_blocks() {
        let panel = vec![
            person("Priya", "Asia/Kolkata"),
            person("Liam", "Australia/Sydney"),
            person("Dana", "America/Los_Angeles"),
        ];
        let err = find(&request(panel, "2026-10-05T00:00:00Z", "2026-10-06T00:00:00Z")).expect_err("no common hours");
        assert!(err.0.contains("never overlaps") || err.0.contains("no free"), "{err}");
        let mut busy = person("Priya", "Asia/Kolkata");
        busy.busy = vec![(utc("2026-10-05T00:00:00Z"), utc("2026-10-06T00:00:00Z"))];
        let err = find(&request(
            vec![busy, person("Liam", "Australia/Sydney")],
            "2026-10-05T00:00:00Z",
            "2026-10-06T00:00:00Z",
        ))
        .expect_err("busy");
        assert!(err.0.starts_with("Priya has no free 60 minutes"), "{err}");
    }

    #[test]
    fn buffers_caps_and_candidate_windows() {
        let mut jonas = person("Jonas", "Europe/Berlin");
        jonas.busy = vec![(utc("2026-11-02T10:00:00Z"), utc("2026-11-02T11:00:00Z"))];
        let mut req = request(vec![jonas.clone()], "2026-11-02T00:00:00Z", "2026-11-03T00:00:00Z");
        req.buffer = Duration::minutes(15);
        let slots = find(&req).expect("slots");
        assert!(
            slots.iter().all(|s| s.end <= utc("2026-11-02T09:45:00Z") || s.start >= utc("2026-11-02T11:15:00Z")),
            "buffers kept"
        );
        req.candidate = Some(vec![(utc("2026-11-02T13:00:00Z"), utc("2026-11-02T14:30:00Z"))]);
        let slots = find(&req).expect("slots");
        assert_eq!(
            slots.iter().map(|s| s.start).collect::<Vec<_>>(),
            vec![utc("2026-11-02T13:00:00Z"), utc("2026-11-02T13:30:00Z")]
        );
        req.candidate = Some(vec![(utc("2026-11-02T18:00:00Z"), utc("2026-11-02T20:00:00Z"))]);
        assert!(find(&req).expect_err("outside").0.contains("candidate's windows"));

        jonas.weekly_cap = Some(2);
        jonas.booked = vec![utc("2026-10-27T10:00:00Z"), utc("2026-11-03T09:00:00Z"), utc("2026-11-04T09:00:00Z")];
        let req = request(vec![jonas], "2026-11-02T00:00:00Z", "2026-11-09T00:00:00Z");
        assert!(find(&req).is_err(), "two this week already: the week is full");
    }

    #[test]
    fn working_windows_follow_the_zone_across_a_clock_change() {
        // Los Angeles moves to PDT on Sun 8 Mar 2026: 09:00–17:00 is 17–01 UTC on Friday,
        // 16–00 UTC on Monday; the weekend is off.
        let la = parse_zone("America/Los_Angeles").expect("zone");
        let windows = working_windows(
            &WorkingHours::weekdays(t(9, 0), t(17, 0)),
            la,
            utc("2026-03-06T00:00:00Z"),
            utc("2026-03-10T00:00:00Z"),
        );
        assert_eq!(
            windows,
            vec![
                (utc("2026-03-06T00:00:00Z"), utc("2026-03-06T01:00:00Z")),
                (utc("2026-03-06T17:00:00Z"), utc("2026-03-07T01:00:00Z")),
                (utc("2026-03-09T16:00:00Z"), utc("2026-03-10T00:00:00Z")),
            ],
            "Thursday's last hour (clipped to the range), Friday on PST, Monday on PDT"
        );
        assert_eq!(WorkingHours::weekdays(t(9, 0), t(17, 0)).span(), Some((t(9, 0), t(17, 0))));
        let mut uneven = WorkingHours::weekdays(t(9, 0), t(17, 0));
        uneven.days[4] = Some((t(9, 0), t(13, 0)));
        assert_eq!(uneven.span(), None, "Friday ends early: no single span");
    }

    /// Property: for random busy calendars, the slots are exactly the step-aligned starts a
    /// brute-force check accepts — inside everyone's local working hours, clear of busy blocks
    /// and buffers, inside the candidate's windows.
    #[test]
    fn matches_a_brute_force_search() {
        let zones = ["America/Los_Angeles", "Europe/Berlin", "Asia/Kolkata", "Australia/Sydney"];
        let mut seed: u64 = 7;
        let mut next = |n: u64| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        // Two weeks around Sydney's and Berlin's 2026 switches.
        for base in ["2026-03-23T00:00:00Z", "2026-09-28T00:00:00Z", "2026-10-19T00:00:00Z"] {
            for _ in 0..8 {
                let from = utc(base);
                let to = from + Duration::days(14);
                let panel: Vec<Interviewer> = (0..(1 + next(3)))
                    .map(|i| {
                        let mut p = person(&format!("P{i}"), zones[next(4) as usize]);
                        p.hours = WorkingHours::weekdays(t(7 + next(4) as u32, 0), t(15 + next(6) as u32, 30));
                        p.busy = (0..40)
                            .map(|_| {
                                let s = from + Duration::minutes(next(14 * 24 * 4) as i64 * 15);
                                (s, s + Duration::minutes(15 * (1 + next(8) as i64)))
                            })
                            .collect();
                        p
                    })
                    .collect();
                let mut req = SlotRequest {
                    duration: Duration::minutes(45),
                    buffer: Duration::minutes(10),
                    ..request(panel, base, base)
                };
                req.to = to;
                if next(2) == 0 {
                    req.candidate = Some(vec![(from + Duration::days(2), from + Duration::days(9))]);
                }
                let found: Vec<DateTime<Utc>> =
                    find(&req).map(|s| s.into_iter().map(|x| x.start).collect()).unwrap_or_default();
                let mut brute = Vec::new();
                let mut start = from;
                while start + req.duration <= to {
                    let end = start + req.duration;
                    let ok = req.panel.iter().all(|p| {
                        let ls = start.with_timezone(&p.zone);
                        let le = end.with_timezone(&p.zone);
                        let day = p.hours.days[ls.weekday().num_days_from_monday() as usize];
                        let inside = day.is_some_and(|(a, b)| {
                            ls.date_naive() == le.date_naive() && ls.time() >= a && le.time() <= b
                        });
                        let clear = p.busy.iter().all(|(bs, be)| end + req.buffer <= *bs || start >= *be + req.buffer);
                        inside && clear
                    }) && req
                        .candidate
                        .as_ref()
                        .is_none_or(|c| c.iter().any(|(cs, ce)| start >= *cs && end <= *ce));
                    if ok {
                        brute.push(start);
                    }
                    start += req.step;
                }
                assert_eq!(found, brute, "panel of {} from {base}", req.panel.len());
            }
        }
    }
}
