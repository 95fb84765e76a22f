//! Finding slots for a whole interview loop: several steps, each with its own panel, either back
//! to back on one day or spread over days (one step a day, in order). Suggestions are ranked
//! earliest first, fewest days for the candidate, or balanced interviewer load.

use std::collections::HashMap;

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::slots::{find_within, working_windows, Blocked, Interviewer, Slot, SlotRequest, WorkingHours};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum LoopMode {
    /// Every step on the same day, one after the other (with the gap between).
    BackToBack,
    /// One step a day, in order, on different days.
    Spread,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum Ranking {
    Earliest,
    FewestDays,
    /// The busiest interviewer's week stays as light as possible.
    Balanced,
}

#[derive(Debug, Clone)]
pub struct LoopStep {
    pub name: String,
    pub duration: Duration,
    pub panel: Vec<Interviewer>,
}

#[derive(Debug, Clone)]
pub struct LoopRequest {
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    pub buffer: Duration,
    /// Start times are multiples of this.
    pub step: Duration,
    /// A break between back-to-back steps (the next step starts at the first start time after it).
    pub gap: Duration,
    pub steps: Vec<LoopStep>,
    pub candidate: CandidateTimes,
    /// Days are counted on the candidate's calendar, and their working hours read in it.
    pub candidate_zone: Tz,
    pub mode: LoopMode,
    pub ranking: Ranking,
    pub limit: usize,
}

/// When the candidate can interview.
#[derive(Debug, Clone)]
pub enum CandidateTimes {
    /// Any time: only the panel's hours count.
    Any,
    /// The windows they gave.
    Windows(Vec<(DateTime<Utc>, DateTime<Utc>)>),
    /// They gave no windows: their working hours in their own zone
    /// ([`LoopRequest::candidate_zone`]), so nobody is asked to interview at dawn.
    Hours(WorkingHours),
}

impl CandidateTimes {
    /// As windows of instants between `from` and `to`; `None` for any time.
    fn windows(&self, zone: Tz, from: DateTime<Utc>, to: DateTime<Utc>) -> Option<Vec<(DateTime<Utc>, DateTime<Utc>)>> {
        match self {
            CandidateTimes::Any => None,
            CandidateTimes::Windows(w) => Some(w.clone()),
            CandidateTimes::Hours(hours) => Some(working_windows(hours, zone, from, to)),
        }
    }

    /// What the candidate's times are, for "none inside …".
    fn describe(&self, zone: Tz) -> String {
        match self {
            CandidateTimes::Hours(hours) => match hours.span() {
                Some((from, to)) => format!(
                    "the candidate's working hours ({}–{} {})",
                    from.format("%H:%M"),
                    to.format("%H:%M"),
                    zone.name()
                ),
                None => format!("the candidate's working hours ({})", zone.name()),
            },
            _ => "the candidate's windows".into(),
        }
    }
}

/// One way to hold the whole loop.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct LoopOption {
    /// One slot per step, in the steps' order.
    pub slots: Vec<Slot>,
    /// Distinct days on the candidate's calendar.
    pub days: u32,
    /// Interviews in the busiest interviewer's week, this loop included.
    pub max_load: u32,
}

/// At most this many suggestions start on the same candidate day, so the list shows real choices.
const PER_DAY: usize = 3;

fn ms(t: DateTime<Utc>) -> i64 {
    t.timestamp_millis()
}

fn week_of(t: DateTime<Utc>, zone: Tz) -> NaiveDate {
    let d = t.with_timezone(&zone).date_naive();
    d - Duration::days(i64::from(d.weekday().num_days_from_monday()))
}

/// Ranked ways to hold the loop, or what blocks it (naming the step and the person).
pub fn find_loop(req: &LoopRequest) -> Result<Vec<LoopOption>, Blocked> {
    if req.steps.is_empty() {
        return Err(Blocked("Choose at least one step of the interview plan.".into()));
    }
    // Each step alone first: its own free starts (panel, candidate's times, caps, buffers).
    let candidate = req.candidate.windows(req.candidate_zone, req.from, req.to);
    let candidate_is = req.candidate.describe(req.candidate_zone);
    let mut starts: Vec<Vec<Slot>> = Vec::with_capacity(req.steps.len());
    for s in &req.steps {
        let one = SlotRequest {
            from: req.from,
            to: req.to,
            duration: s.duration,
            buffer: req.buffer,
            step: req.step,
            panel: s.panel.clone(),
            candidate: candidate.clone(),
        };
        starts.push(find_within(&one, &candidate_is).map_err(|b| Blocked(format!("{}: {}", s.name, b.0)))?);
    }
    let day = |t: DateTime<Utc>| t.with_timezone(&req.candidate_zone).date_naive();
    let mut options = Vec::new();
    for first in &starts[0] {
        let mut chosen = vec![*first];
        for slots in starts.iter().skip(1) {
            let Some(prev) = chosen.last().copied() else { break };
            let next = match req.mode {
                LoopMode::BackToBack => {
                    // The first start after the gap, if it comes within one start step of it.
                    let at = prev.end + req.gap;
                    let i = slots.partition_point(|s| s.start < at);
                    slots.get(i).filter(|s| s.start < at + req.step.max(Duration::minutes(1))).copied()
                }
                LoopMode::Spread => {
                    let after = slots.partition_point(|s| s.start < prev.end + req.gap);
                    slots[after..].iter().find(|s| day(s.start) > day(prev.start)).copied()
                }
            };
            match next {
                Some(slot) => chosen.push(slot),
                None => break,
            }
        }
        if chosen.len() == req.steps.len() {
            if let Some(option) = judge(req, chosen, day) {
                options.push(option);
            }
        }
    }
    if options.is_empty() {
        return Err(Blocked(match req.mode {
            LoopMode::BackToBack => {
                "Every step has free time, but never back to back on one day: spread the loop over days, or widen the range.".into()
            }
            LoopMode::Spread => {
                "Every step has free time, but not in order on separate days in this range (or it would break a weekly cap): widen the range.".into()
            }
        }));
    }
    match req.ranking {
        Ranking::Earliest => options.sort_by_key(|o| (ms(o.slots[0].start), o.days)),
        Ranking::FewestDays => options.sort_by_key(|o| (o.days, ms(o.slots[0].start))),
        Ranking::Balanced => options.sort_by_key(|o| (o.max_load, o.days, ms(o.slots[0].start))),
    }
    let mut per_day: HashMap<NaiveDate, usize> = HashMap::new();
    let mut out = Vec::new();
    for o in options {
        let n = per_day.entry(day(o.slots[0].start)).or_default();
        if *n < PER_DAY {
            *n += 1;
            out.push(o);
        }
        if out.len() >= req.limit.max(1) {
            break;
        }
    }
    Ok(out)
}

/// Checks weekly caps across the whole loop (a person on two steps books two interviews) and
/// measures the option; None when it would break a cap.
fn judge(req: &LoopRequest, slots: Vec<Slot>, day: impl Fn(DateTime<Utc>) -> NaiveDate) -> Option<LoopOption> {
    let mut load: HashMap<(&str, NaiveDate), u32> = HashMap::new();
    let mut caps: HashMap<&str, Option<u32>> = HashMap::new();
    for (step, slot) in req.steps.iter().zip(&slots) {
        for p in &step.panel {
            let week = week_of(slot.start, p.zone);
            let entry = load
                .entry((p.name.as_str(), week))
                .or_insert_with(|| p.booked.iter().filter(|b| week_of(**b, p.zone) == week).count() as u32);
            *entry += 1;
            caps.insert(p.id.as_str(), p.weekly_cap);
        }
    }
    for ((id, _), n) in &load {
        if let Some(Some(cap)) = caps.get(id) {
            if n > cap {
                return None;
            }
        }
    }
    let mut days: Vec<NaiveDate> = slots.iter().map(|s| day(s.start)).collect();
    days.sort();
    days.dedup();
    Some(LoopOption { max_load: load.values().copied().max().unwrap_or(0), days: days.len() as u32, slots })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::slots::WorkingHours;
    use crate::zone::parse_zone;
    use chrono::NaiveTime;

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).expect("rfc3339").with_timezone(&Utc)
    }

    fn person(name: &str, zone: &str) -> Interviewer {
        let t = |h| NaiveTime::from_hms_opt(h, 0, 0).expect("time");
        Interviewer {
            id: name.into(),
            name: name.into(),
            zone: parse_zone(zone).expect("zone"),
            hours: WorkingHours::weekdays(t(9), t(17)),
            busy: vec![],
            weekly_cap: None,
            booked: vec![],
        }
    }

    fn request(steps: Vec<LoopStep>, mode: LoopMode, ranking: Ranking) -> LoopRequest {
        LoopRequest {
            // Mon 2 – Fri 6 Nov 2026.
            from: utc("2026-11-02T00:00:00Z"),
            to: utc("2026-11-07T00:00:00Z"),
            buffer: Duration::zero(),
            step: Duration::minutes(30),
            gap: Duration::minutes(15),
            steps,
            candidate: CandidateTimes::Any,
            candidate_zone: parse_zone("Europe/London").expect("zone"),
            mode,
            ranking,
            limit: 10,
        }
    }

    fn step(name: &str, minutes: i64, panel: Vec<Interviewer>) -> LoopStep {
        LoopStep { name: name.into(), duration: Duration::minutes(minutes), panel }
    }

    #[test]
    fn back_to_back_steps_follow_each_other_with_the_gap() {
        let berlin = person("Ana", "Europe/Berlin");
        let london = person("Ben", "Europe/London");
        let req = request(
            vec![step("Deep dive", 60, vec![berlin.clone()]), step("System design", 60, vec![berlin, london])],
            LoopMode::BackToBack,
            Ranking::Earliest,
        );
        let options = find_loop(&req).expect("options");
        let first = &options[0];
        // Ana starts at 09:00 Berlin (08:00 UTC); Ben joins from 09:00 London (09:00 UTC).
        assert_eq!(first.slots[0].start, utc("2026-11-02T08:00:00Z"));
        assert_eq!(first.slots[1].start, utc("2026-11-02T09:30:00Z"), "09:00 + the 15-minute gap, on the half hour");
        assert_eq!(first.days, 1);
        for o in &options {
            let pause = o.slots[1].start - o.slots[0].end;
            assert!(pause >= Duration::minutes(15) && pause < Duration::minutes(45), "back to back: {pause}");
            assert!(o.slots[1].start >= utc("2026-11-02T09:00:00Z"), "Ben is never asked before 09:00 London");
        }
    }

    #[test]
    fn spread_puts_each_step_on_a_later_candidate_day_and_fewest_days_prefers_one_day() {
        let ana = person("Ana", "Europe/Berlin");
        let steps = vec![step("Deep dive", 60, vec![ana.clone()]), step("Design", 60, vec![ana])];
        let spread = find_loop(&request(steps.clone(), LoopMode::Spread, Ranking::Earliest)).expect("options");
        let london = parse_zone("Europe/London").expect("zone");
        for o in &spread {
            assert!(
                o.slots[1].start.with_timezone(&london).date_naive()
                    > o.slots[0].start.with_timezone(&london).date_naive()
            );
            assert_eq!(o.days, 2);
        }
        let together = find_loop(&request(steps, LoopMode::BackToBack, Ranking::FewestDays)).expect("options");
        assert!(together.iter().all(|o| o.days == 1));
    }

    #[test]
    fn a_person_on_two_steps_counts_twice_against_the_weekly_cap() {
        let mut ana = person("Ana", "Europe/Berlin");
        ana.weekly_cap = Some(1);
        let req = request(
            vec![step("Deep dive", 60, vec![ana.clone()]), step("Design", 60, vec![ana])],
            LoopMode::BackToBack,
            Ranking::Earliest,
        );
        let err = find_loop(&req).expect_err("two interviews in a week break a cap of one");
        assert!(err.0.contains("back to back"), "{err}");
    }

    #[test]
    fn balanced_ranking_avoids_the_busy_interviewer_week() {
        let mut ana = person("Ana", "Europe/Berlin");
        // Three interviews already this week (2–6 Nov), none the next.
        ana.booked = vec![utc("2026-11-02T12:00:00Z"), utc("2026-11-03T12:00:00Z"), utc("2026-11-04T12:00:00Z")];
        let mut req = request(vec![step("Deep dive", 60, vec![ana])], LoopMode::BackToBack, Ranking::Balanced);
        req.to = utc("2026-11-14T00:00:00Z");
        let options = find_loop(&req).expect("options");
        assert!(options[0].slots[0].start >= utc("2026-11-09T00:00:00Z"), "next week is lighter: {:?}", options[0]);
        assert_eq!(options[0].max_load, 1);
    }

    #[test]
    fn a_candidate_without_windows_keeps_their_own_working_hours() {
        // Issue 12.3: a Seattle candidate was offered 05:45. New York 09:00–17:00 is 06:00–14:00
        // in Los Angeles: only 09:00–14:00 of it fits the candidate's day.
        let la = parse_zone("America/Los_Angeles").expect("zone");
        let t = |h| NaiveTime::from_hms_opt(h, 0, 0).expect("time");
        let mut req = request(
            vec![step("Deep dive", 60, vec![person("Ben", "America/New_York")])],
            LoopMode::BackToBack,
            Ranking::Earliest,
        );
        req.candidate = CandidateTimes::Hours(WorkingHours::weekdays(t(9), t(17)));
        req.candidate_zone = la;
        req.limit = 100;
        let options = find_loop(&req).expect("New York afternoons are Seattle mornings");
        for o in &options {
            let (s, e) = (o.slots[0].start.with_timezone(&la), o.slots[0].end.with_timezone(&la));
            assert!(s.time() >= t(9) && e.time() <= t(14), "inside both days: {s}–{e}");
        }
        assert_eq!(options[0].slots[0].start, utc("2026-11-02T17:00:00Z"), "09:00 in Los Angeles");

        // A Berlin panel never overlaps a Los Angeles day; the answer names the candidate's hours.
        req.steps = vec![step("Deep dive", 60, vec![person("Ana", "Europe/Berlin")])];
        let err = find_loop(&req).expect_err("no overlap");
        assert!(err.0.contains("none inside the candidate's working hours (09:00–17:00 America/Los_Angeles)"), "{err}");
    }

    #[test]
    fn a_step_nobody_can_make_is_named() {
        let mut ana = person("Ana", "Europe/Berlin");
        ana.hours = WorkingHours { days: [None; 7] };
        let req = request(
            vec![step("Deep dive", 60, vec![person("Ben", "Europe/London")]), step("System design", 60, vec![ana])],
            LoopMode::BackToBack,
            Ranking::Earliest,
        );
        let err = find_loop(&req).expect_err("Ana never works");
        assert!(err.0.starts_with("System design: Ana"), "{err}");
    }
}
