//! Dates given as a year alone ("2014 – 2019"): the resume's exact sentences from issue 12, then
//! properties over generated resumes. An overlap needs month precision on both sides of a
//! boundary; a gap is measured in the reading most favourable to the candidate.

use proptest::prelude::*;

use super::*;

fn today() -> Month {
    Month::new(2026, 11).expect("month")
}

/// The risk flags of a resume's experience section, parsed as the app parses it.
fn flags_of(experience: &str) -> Vec<RiskFlag> {
    let text = format!("Grace Hopper\ngrace@example.com\n\nExperience\n{experience}");
    let parsed = crate::parse_text(&text, &crate::Options::new("US", today()));
    check(&CandidateProfile::from_profile(&parsed), today())
}

fn of_kind(flags: &[RiskFlag], kind: RiskKind) -> Vec<&RiskFlag> {
    flags.iter().filter(|f| f.kind == kind).collect()
}

#[test]
fn year_only_ranges_that_touch_are_not_an_overlap() {
    let flags = flags_of("Staff Engineer — Beta GmbH\n2019 – present\nSenior Engineer — Acme Corp\n2014 – 2019");
    assert_eq!(of_kind(&flags, RiskKind::Overlap), Vec::<&RiskFlag>::new(), "a shared boundary year is no overlap");
}

#[test]
fn year_only_ranges_that_really_overlap_still_flag() {
    let flags = flags_of("Senior Engineer — Acme Corp\n2014 – 2019\nConsultant — Beta GmbH\n2016 – 2018");
    let overlaps = of_kind(&flags, RiskKind::Overlap);
    assert_eq!(overlaps.len(), 1, "2016 – 2018 lies inside 2014 – 2019 whatever the months: {flags:#?}");
    assert!(overlaps[0].detail.contains("from 2016 to 2018"), "the years as the resume gave them: {flags:#?}");
}

#[test]
fn a_year_only_end_in_the_year_a_dated_job_starts_is_not_an_overlap() {
    let flags = flags_of("Staff Engineer — Beta GmbH\nMarch 2019 – present\nSenior Engineer — Acme Corp\n2014 – 2019");
    assert_eq!(of_kind(&flags, RiskKind::Overlap), Vec::<&RiskFlag>::new(), "Acme may have ended in February 2019");
    let flags = flags_of("Staff Engineer — Beta GmbH\nMarch 2018 – present\nSenior Engineer — Acme Corp\n2014 – 2019");
    assert_eq!(of_kind(&flags, RiskKind::Overlap).len(), 1, "but not before 2019: March to December 2018 at least");
}

#[test]
fn month_precise_ranges_keep_the_three_month_rule() {
    let flags =
        flags_of("Staff Engineer — Beta GmbH\nMar 2019 – present\nSenior Engineer — Acme Corp\nJan 2015 – Mar 2019");
    assert_eq!(of_kind(&flags, RiskKind::Overlap), Vec::<&RiskFlag>::new(), "one shared month is a handover");
    let flags =
        flags_of("Staff Engineer — Beta GmbH\nMar 2019 – present\nSenior Engineer — Acme Corp\nJan 2015 – Jun 2019");
    let overlaps = of_kind(&flags, RiskKind::Overlap);
    assert_eq!(overlaps.len(), 1, "four shared months: {flags:#?}");
    assert!(overlaps[0].detail.contains("from 2019-03 to 2019-06"), "{flags:#?}");
}

#[test]
fn year_only_dates_make_no_false_gaps() {
    let flags = flags_of("Staff Engineer — Beta GmbH\n2017 – 2019\nSenior Engineer — Acme Corp\n2014 – 2016");
    assert_eq!(of_kind(&flags, RiskKind::Gap), Vec::<&RiskFlag>::new(), "2016 then 2017 may be back to back");
    let flags = flags_of("Staff Engineer — Beta GmbH\nSeptember 2017 – 2019\nSenior Engineer — Acme Corp\n2014 – 2016");
    let gaps = of_kind(&flags, RiskKind::Gap);
    assert_eq!(gaps.len(), 1, "at least January to August 2017 is a gap: {flags:#?}");
    assert_eq!(gaps[0].title, "An 8-month gap", "{flags:#?}");
    assert!(gaps[0].detail.contains("(until 2016)"), "the year as the resume gave it: {flags:#?}");
}

fn position(company: &str, start: &str, end: &str, precision: (DatePrecision, DatePrecision)) -> Position {
    Position {
        company: company.into(),
        title: "Backend Engineer".into(),
        start: Some(start.into()),
        end: Some(end.into()),
        start_precision: precision.0,
        end_precision: precision.1,
        ..Default::default()
    }
}

#[test]
fn stored_positions_carry_their_precision() {
    use DatePrecision::{Month as M, Year as Y};
    let stored = |beta_start: &str, acme_end: &str| CandidateProfile {
        positions: vec![position("Beta", beta_start, "2026-10", (Y, M)), position("Acme", "2014-01", acme_end, (Y, Y))],
        years_experience: Some(12.8),
        ..Default::default()
    };
    let overlaps = |p: &CandidateProfile| check(p, today()).into_iter().filter(|f| f.kind == RiskKind::Overlap).count();
    assert_eq!(overlaps(&stored("2019-01", "2019-12")), 0, "\"2019\" and \"2019\" share only the boundary year");
    assert_eq!(
        overlaps(&stored("2019-02", "2019-10")),
        1,
        "dates edited to months since (the precision no longer fits) are read as months: February to October"
    );
    let before = CandidateProfile {
        positions: vec![position("Beta", "2019-01", "2026-10", (M, M)), position("Acme", "2014-01", "2019-12", (M, M))],
        ..Default::default()
    };
    assert_eq!(overlaps(&before), 1, "a profile stored without precision keeps the month rule");
}

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// One boundary of a job: a year, a month, and whether the resume writes the month.
#[derive(Debug, Clone, Copy)]
struct Boundary {
    year: i32,
    month: u32,
    year_only: bool,
}

impl Boundary {
    fn written(self) -> String {
        if self.year_only {
            self.year.to_string()
        } else {
            format!("{} {}", MONTHS[self.month as usize - 1], self.year)
        }
    }

    /// The month as stored: January or December for a year alone.
    fn stored(self, is_end: bool) -> Month {
        let month = match (self.year_only, is_end) {
            (false, _) => self.month,
            (true, false) => 1,
            (true, true) => 12,
        };
        Month { year: self.year, month }
    }
}

fn boundary(years: std::ops::RangeInclusive<i32>) -> impl Strategy<Value = Boundary> {
    (years, 1..=12u32, any::<bool>()).prop_map(|(year, month, year_only)| Boundary { year, month, year_only })
}

/// A finished job written as a resume writes it, its end not before its start.
fn job() -> impl Strategy<Value = (Boundary, Boundary)> {
    (boundary(2005..=2020), 0..8i32, 1..=12u32, any::<bool>()).prop_map(|(start, years, month, year_only)| {
        let mut end = Boundary { year: start.year + years, month, year_only };
        if years == 0 && !start.year_only && !end.year_only && end.month < start.month {
            end.month = start.month;
        }
        (start, end)
    })
}

fn resume(jobs: &[(Boundary, Boundary)]) -> String {
    jobs.iter()
        .zip(["A", "B"])
        .map(|((s, e), name)| format!("Backend Engineer — Company{name}\n{} – {}\n", s.written(), e.written()))
        .collect()
}

/// The fewest months two jobs can have shared in any reading of their dates: a year alone could
/// mean any month of it.
fn fewest_shared_months(a: (Boundary, Boundary), b: (Boundary, Boundary)) -> i32 {
    let latest_start = |s: Boundary| if s.year_only { Month { year: s.year, month: 12 } } else { s.stored(false) };
    let earliest_end = |e: Boundary| if e.year_only { Month { year: e.year, month: 1 } } else { e.stored(true) };
    let start = latest_start(a.0).max(latest_start(b.0));
    let end = earliest_end(a.1).min(earliest_end(b.1));
    (end.index() - start.index() + 1).max(0)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// The parser records which boundaries were years, so the check can tell.
    #[test]
    fn years_alone_are_recorded_as_years(a in job()) {
        let text = format!("Grace Hopper\n\nExperience\n{}", resume(&[a]));
        let parsed = crate::parse_text(&text, &crate::Options::new("US", today()));
        prop_assert_eq!(parsed.positions.len(), 1, "{:?}", parsed.positions);
        let p = &parsed.positions[0];
        prop_assert_eq!(p.start.clone(), Some(a.0.stored(false).iso()));
        prop_assert_eq!(p.end.clone(), Some(a.1.stored(true).iso()));
        let precision = |year_only: bool| if year_only { DatePrecision::Year } else { DatePrecision::Month };
        prop_assert_eq!((p.start_precision, p.end_precision), (precision(a.0.year_only), precision(a.1.year_only)));
    }

    /// No made-up overlaps: a flagged overlap holds in every reading of the dates; with months on
    /// every boundary the rule is as before (three shared months or more).
    #[test]
    fn an_overlap_is_flagged_only_when_certain(a in job(), b in job()) {
        let flags = flags_of(&resume(&[a, b]));
        let flagged = !of_kind(&flags, RiskKind::Overlap).is_empty();
        if flagged {
            prop_assert!(fewest_shared_months(a, b) >= 3, "{:?} {:?}: {:#?}", a, b, flags);
        }
        if [a.0, a.1, b.0, b.1].iter().all(|x| !x.year_only) {
            let start = a.0.stored(false).max(b.0.stored(false));
            let end = a.1.stored(true).min(b.1.stored(true));
            prop_assert_eq!(flagged, end.index() - start.index() + 1 >= 3, "{:?} {:?}: {:#?}", a, b, flags);
        }
    }

    /// "Y1 – Y2" then "Y2 – Y3", or years that follow on: no overlap, no gap.
    #[test]
    fn year_ranges_that_touch_or_follow_on_raise_nothing(
        y in 2000..2018i32, first in 0..6i32, second in 0..6i32, touch in any::<bool>()
    ) {
        let year = |y: i32| Boundary { year: y, month: 1, year_only: true };
        let a = (year(y), year(y + first));
        let next = if touch { y + first } else { y + first + 1 };
        let b = (year(next), year(next + second));
        let flags = flags_of(&resume(&[b, a]));
        prop_assert!(of_kind(&flags, RiskKind::Overlap).is_empty(), "{:#?}", flags);
        prop_assert!(of_kind(&flags, RiskKind::Gap).is_empty(), "{:#?}", flags);
    }

    /// A gap is flagged exactly when it is longer than six months in every reading (a year alone
    /// read as widely as it allows: from January, until December).
    #[test]
    fn a_gap_is_flagged_only_when_certain(a in job(), b in job()) {
        let flags = flags_of(&resume(&[a, b]));
        let (first, second) = if a.0.stored(false) <= b.0.stored(false) { (a, b) } else { (b, a) };
        let shortest_gap = second.0.stored(false).index() - first.1.stored(true).index() - 1;
        prop_assert_eq!(!of_kind(&flags, RiskKind::Gap).is_empty(), shortest_gap > 6, "{:?} {:?}: {:#?}", a, b, flags);
    }
}
