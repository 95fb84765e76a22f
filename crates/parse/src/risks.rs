//! Profile risk checks: things worth asking about in the screen, each with its explanation and
//! evidence. Flags inform a conversation; they never reject anyone.

use serde::{Deserialize, Serialize};
use specta::Type;

use crate::dates::{DatePrecision, Month};
use crate::profile::{CandidateProfile, Position, SkillSource};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum RiskKind {
    Gap,
    ShortStints,
    Overlap,
    UnsupportedSkills,
    TitleAheadOfExperience,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct RiskFlag {
    pub kind: RiskKind,
    /// Stable for the same finding, so a dismissal sticks to it.
    pub key: String,
    pub title: String,
    pub detail: String,
    /// What to ask in the screen.
    pub ask: String,
}

const GAP_MONTHS: i32 = 6;
const SHORT_MONTHS: i32 = 12;
const SIDE_WORDS: [&str; 12] = [
    "part-time",
    "part time",
    "freelance",
    "freelancer",
    "contract",
    "contractor",
    "volunteer",
    "advisor",
    "instructor",
    "teaching",
    "mentor",
    "self-employed",
];
const INTERN_WORDS: [&str; 8] =
    ["intern", "internship", "praktikant", "werkstudent", "stagiaire", "becario", "trainee", "student"];

/// A job's months in the widest reading (a year given alone runs from January to December), so
/// gaps and short stints are never made up by a missing month.
#[derive(Debug, Clone, Copy)]
struct Span<'a> {
    position: &'a Position,
    start: Month,
    end: Month,
    start_is_year: bool,
    end_is_year: bool,
}

fn span(p: &Position, today: Month) -> Option<Span<'_>> {
    let start = Month::parse_iso(p.start.as_deref()?)?;
    let stated_end = if p.current { None } else { p.end.as_deref().and_then(Month::parse_iso) };
    let end = stated_end.unwrap_or(today);
    (end >= start).then_some(Span {
        position: p,
        start,
        end,
        // A precision the month no longer fits (a date edited since) is not trusted.
        start_is_year: p.start_precision == DatePrecision::Year && start.month == 1,
        end_is_year: stated_end.is_some() && p.end_precision == DatePrecision::Year && end.month == 12,
    })
}

impl Span<'_> {
    /// The months the job certainly covered: a year given alone leaves that whole year uncertain
    /// ("2014 – 2019" may have ended in January 2019), so only the years between count.
    fn certain(&self) -> (Month, Month) {
        let start = if self.start_is_year { Month { year: self.start.year + 1, month: 1 } } else { self.start };
        let end = if self.end_is_year { Month { year: self.end.year - 1, month: 12 } } else { self.end };
        (start, end)
    }
}

/// A boundary as the resume gave it: "2016" or "2016-03".
fn shown(month: Month, year_only: bool) -> String {
    if year_only {
        month.year.to_string()
    } else {
        month.iso()
    }
}

fn months(a: Month, b: Month) -> i32 {
    b.index() - a.index() + 1
}

/// "A 9-month gap", "An 8-month gap", "An 11-month gap".
fn article(n: i32) -> &'static str {
    if n.to_string().starts_with('8') || n == 11 || n == 18 {
        "An"
    } else {
        "A"
    }
}

fn has_any(text: &str, words: &[&str]) -> bool {
    let lower = text.to_lowercase();
    words.iter().any(|w| lower.contains(w))
}

fn label(p: &Position) -> String {
    match (p.title.is_empty(), p.company.is_empty()) {
        (false, false) => format!("{} at {}", p.title, p.company),
        (true, false) => p.company.clone(),
        _ => p.title.clone(),
    }
}

pub fn check(profile: &CandidateProfile, today: Month) -> Vec<RiskFlag> {
    let mut flags = Vec::new();
    let mut jobs: Vec<Span<'_>> = profile.positions.iter().filter_map(|p| span(p, today)).collect();
    jobs.sort_by_key(|j| j.start);

    // Gaps: time not covered by any job between the first and the last (at least this long,
    // since years given alone are read as widely as they allow).
    let mut covered_until: Option<Span<'_>> = None;
    for job in &jobs {
        if let Some(prev) = covered_until {
            let gap = job.start.index() - prev.end.index() - 1;
            if gap > GAP_MONTHS {
                flags.push(RiskFlag {
                    kind: RiskKind::Gap,
                    key: format!("gap:{}:{}", prev.end.iso(), job.start.iso()),
                    title: format!("{} {gap}-month gap", article(gap)),
                    detail: format!(
                        "Between {} (until {}) and {} (from {}).",
                        label(prev.position),
                        shown(prev.end, prev.end_is_year),
                        label(job.position),
                        shown(job.start, job.start_is_year)
                    ),
                    ask:
                        "What were they doing then? Study, caring, a sabbatical and job searching are all fine answers."
                            .into(),
                });
            }
        }
        if covered_until.is_none_or(|u| job.end > u.end) {
            covered_until = Some(*job);
        }
    }

    // Several stints under a year (internships and side work aside, current job aside).
    let short: Vec<&Span<'_>> = jobs
        .iter()
        .filter(|j| {
            !j.position.current
                && months(j.start, j.end) < SHORT_MONTHS
                && !has_any(&j.position.title, &INTERN_WORDS)
                && !has_any(&j.position.title, &SIDE_WORDS)
        })
        .collect();
    if short.len() >= 2 {
        flags.push(RiskFlag {
            kind: RiskKind::ShortStints,
            key: format!("short:{}", short.iter().map(|j| j.start.iso()).collect::<Vec<_>>().join(",")),
            title: format!("{} jobs shorter than a year", short.len()),
            detail: short
                .iter()
                .map(|j| format!("{} ({} months)", label(j.position), months(j.start, j.end)))
                .collect::<Vec<_>>()
                .join("; "),
            ask: "Why did each end? Layoffs, acquisitions and contracts explain most short stints.".into(),
        });
    }

    // Two full-time jobs at once for three months or more, counting only months both certainly
    // covered: where a boundary is a year alone, the year it shares with the other job does not
    // count; with months on both sides, every shared month does.
    for (i, a) in jobs.iter().enumerate() {
        for b in &jobs[i + 1..] {
            let ((a_start, a_end), (b_start, b_end)) = (a.certain(), b.certain());
            let (start, end) = (a_start.max(b_start), a_end.min(b_end));
            if end < start || months(start, end) < 3 {
                continue;
            }
            let side = |p: &Position| {
                has_any(&p.title, &SIDE_WORDS) || has_any(&p.company, &SIDE_WORDS) || has_any(&p.title, &INTERN_WORDS)
            };
            if side(a.position) || side(b.position) {
                continue;
            }
            // The shared stretch as the resume gave it: the later start, the earlier end.
            let from = match a.start.cmp(&b.start) {
                std::cmp::Ordering::Greater => shown(a.start, a.start_is_year),
                std::cmp::Ordering::Less => shown(b.start, b.start_is_year),
                std::cmp::Ordering::Equal => shown(a.start, a.start_is_year && b.start_is_year),
            };
            let until = match a.end.cmp(&b.end) {
                std::cmp::Ordering::Less => shown(a.end, a.end_is_year),
                std::cmp::Ordering::Greater => shown(b.end, b.end_is_year),
                std::cmp::Ordering::Equal => shown(a.end, a.end_is_year && b.end_is_year),
            };
            flags.push(RiskFlag {
                kind: RiskKind::Overlap,
                key: format!("overlap:{}:{}", a.start.iso(), b.start.iso()),
                title: "Two full-time roles at once".into(),
                detail: format!("{} and {} overlap from {from} to {until}.", label(a.position), label(b.position)),
                ask: "Was one of them part-time, a notice period, or a title change at the same company?".into(),
            });
        }
    }

    // Skills listed but never used in any described job.
    let listed: Vec<&str> = profile
        .skills
        .iter()
        .filter(|s| s.found_in.contains(&SkillSource::SkillsSection) && !s.found_in.contains(&SkillSource::Experience))
        .map(|s| s.name.as_str())
        .collect();
    if !listed.is_empty() && !profile.positions.is_empty() {
        flags.push(RiskFlag {
            kind: RiskKind::UnsupportedSkills,
            key: format!("skills:{}", listed.join(",")),
            title: format!("{} skills listed with no job that used them", listed.len()),
            detail: listed.join(", "),
            ask: "Validate in the screen: where did they use these, and how recently?".into(),
        });
    }

    // A senior title with little experience behind it.
    if let (Some(latest), Some(years)) =
        (profile.positions.iter().find(|p| p.current).or(profile.positions.first()), profile.years_experience)
    {
        let lower = latest.title.to_lowercase();
        let needed = if ["head", "director", "vp", "vice president", "cto"].iter().any(|w| lower.contains(w)) {
            8.0
        } else if ["staff", "principal", "architect", "lead"].iter().any(|w| lower.contains(w)) {
            6.0
        } else if lower.contains("senior") || lower.contains("sr.") {
            4.0
        } else {
            0.0
        };
        if years < needed {
            flags.push(RiskFlag {
                kind: RiskKind::TitleAheadOfExperience,
                key: format!("title:{}:{years}", latest.title),
                title: "Title ahead of experience".into(),
                detail: format!(
                    "“{}” after {years} years in total; the title usually comes after about {needed}.",
                    latest.title
                ),
                ask: "What does the title mean at their company: scope, people, systems owned?".into(),
            });
        }
    }
    flags
}

#[cfg(test)]
mod precision_tests;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::SkillMention;

    fn job(title: &str, company: &str, start: &str, end: Option<&str>) -> Position {
        Position {
            company: company.into(),
            title: title.into(),
            start: Some(start.into()),
            end: end.map(str::to_string),
            current: end.is_none(),
            ..Default::default()
        }
    }

    fn profile(positions: Vec<Position>, years: f64) -> CandidateProfile {
        CandidateProfile { positions, years_experience: Some(years), ..Default::default() }
    }

    fn today() -> Month {
        Month::new(2026, 11).expect("month")
    }

    fn kinds(p: &CandidateProfile) -> Vec<RiskKind> {
        check(p, today()).into_iter().map(|f| f.kind).collect()
    }

    #[test]
    fn a_steady_career_raises_nothing() {
        let p = profile(
            vec![job("Senior Engineer", "B", "2020-01", None), job("Engineer", "A", "2015-01", Some("2019-12"))],
            11.9,
        );
        assert!(kinds(&p).is_empty());
    }

    #[test]
    fn gaps_short_stints_and_overlaps() {
        let p = profile(
            vec![
                job("Engineer", "D", "2022-01", None),
                job("Engineer", "C", "2020-06", Some("2021-03")),
                job("Engineer", "B", "2019-01", Some("2019-08")),
                job("Engineer", "A", "2015-01", Some("2018-03")),
                job("Engineer", "E", "2016-01", Some("2016-12")),
            ],
            9.0,
        );
        let flags = check(&p, today());
        let gap = flags.iter().filter(|f| f.kind == RiskKind::Gap).count();
        assert_eq!(gap, 3, "2018-03→2019-01, 2019-08→2020-06 and 2021-03→2022-01, 9 months each: {flags:#?}");
        assert!(flags.iter().any(|f| f.kind == RiskKind::ShortStints && f.title.starts_with("2 jobs")), "{flags:#?}");
        assert!(
            flags.iter().any(|f| f.kind == RiskKind::Overlap && f.detail.contains("2016-01 to 2016-12")),
            "{flags:#?}"
        );
    }

    #[test]
    fn side_work_and_internships_are_not_flagged() {
        let p = profile(
            vec![
                job("Backend Engineer", "Acme", "2018-01", None),
                job("Part-time Instructor", "Bootcamp", "2020-01", Some("2020-09")),
                job("Software Engineering Intern", "Beta", "2017-06", Some("2017-09")),
                job("Freelance Developer", "Self-employed", "2017-10", Some("2017-12")),
            ],
            9.0,
        );
        assert!(kinds(&p).is_empty(), "{:#?}", check(&p, today()));
    }

    #[test]
    fn listed_only_skills_and_senior_titles() {
        let mut p = profile(vec![job("Staff Engineer", "Acme", "2023-01", None)], 3.9);
        p.skills = vec![
            SkillMention {
                name: "Rust".into(),
                category: "language".into(),
                found_in: vec![SkillSource::SkillsSection],
                last_used: None,
            },
            SkillMention {
                name: "Go".into(),
                category: "language".into(),
                found_in: vec![SkillSource::SkillsSection, SkillSource::Experience],
                last_used: None,
            },
        ];
        let flags = check(&p, today());
        assert!(flags.iter().any(|f| f.kind == RiskKind::UnsupportedSkills && f.detail == "Rust"), "{flags:#?}");
        assert!(flags.iter().any(|f| f.kind == RiskKind::TitleAheadOfExperience), "{flags:#?}");
        let keys: Vec<String> = flags.iter().map(|f| f.key.clone()).collect();
        assert_eq!(keys, check(&p, today()).into_iter().map(|f| f.key).collect::<Vec<_>>(), "keys are stable");
    }
}
