//! Explainable matching of a profile against a role's calibrated intake. Inputs are the role's
//! requirements and the candidate's experience only — never a name, photo, age, gender or any
//! other protected attribute — and the same inputs always give the same score.

use serde::{Deserialize, Serialize};
use shortlist_core::{RoleIntake, TrueLevel};
use specta::Type;

use crate::dates::Month;
use crate::profile::{CandidateProfile, Position, SkillMention, SkillSource};
use crate::taxonomy;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum CriterionKind {
    MustHave,
    Trainable,
    Language,
    Level,
    Environment,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Met,
    Partly,
    Missing,
}

impl Status {
    fn credit(self) -> f64 {
        match self {
            Status::Met => 1.0,
            Status::Partly => 0.5,
            Status::Missing => 0.0,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct Criterion {
    pub kind: CriterionKind,
    pub name: String,
    pub status: Status,
    pub evidence: String,
    pub weight: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct MatchResult {
    /// 0–100: the weighted share of criteria met (half credit for "partly").
    pub score: u32,
    pub criteria: Vec<Criterion>,
}

/// Skills used in a job within this many years count as current.
const RECENT_YEARS: i32 = 3;
const BACKEND_LANGUAGES: [&str; 11] =
    ["Go", "Java", "Kotlin", "Python", "Rust", "C#", "Scala", "Ruby", "Elixir", "TypeScript", "Node.js"];

fn job_until<'a>(profile: &'a CandidateProfile, month: &str) -> Option<&'a Position> {
    profile
        .positions
        .iter()
        .find(|p| p.end.as_deref() == Some(month))
        .or_else(|| profile.positions.iter().find(|p| p.current))
}

/// How well the profile shows one skill, with the evidence.
fn skill_status(profile: &CandidateProfile, skill: &str, today: Month) -> (Status, String) {
    let Some(m) = profile.skills.iter().find(|s| s.name == skill) else {
        return (Status::Missing, format!("No mention of {skill}."));
    };
    used_status(profile, m, today)
}

fn used_status(profile: &CandidateProfile, m: &SkillMention, today: Month) -> (Status, String) {
    if m.found_in.contains(&SkillSource::Experience) {
        let last = m.last_used.as_deref().and_then(Month::parse_iso);
        let recent = last.is_none_or(|l| today.year - l.year <= RECENT_YEARS);
        let job = m.last_used.as_deref().and_then(|l| job_until(profile, l));
        let at =
            job.map(|j| if j.company.is_empty() { j.title.clone() } else { j.company.clone() }).unwrap_or_default();
        let when = match (job.is_some_and(|j| j.current), m.last_used.as_deref()) {
            (true, _) => "now".to_string(),
            (false, Some(l)) => format!("until {l}"),
            (false, None) => "in a past job".to_string(),
        };
        if recent {
            (Status::Met, format!("Used in the job at {at} ({when}).").replace("at  (", "in a job ("))
        } else {
            (Status::Partly, format!("Used, but last {when} — not recently."))
        }
    } else if m.found_in.contains(&SkillSource::SkillsSection) {
        (Status::Partly, format!("{} is listed as a skill, with no job that used it — validate in the screen.", m.name))
    } else {
        (Status::Partly, format!("{} is mentioned, not in a job.", m.name))
    }
}

/// The taxonomy skills a requirement names ("Go services in production" → Go).
fn skills_in(requirement: &str) -> Vec<String> {
    let mut names: Vec<String> =
        taxonomy::find(requirement).into_iter().map(|h| taxonomy::taxonomy()[h.skill].name.clone()).collect();
    names.dedup();
    names
}

fn requirement(profile: &CandidateProfile, text: &str, kind: CriterionKind, weight: u32, today: Month) -> Criterion {
    let skills = skills_in(text);
    let (status, evidence) = if skills.is_empty() {
        // Not a skill the taxonomy knows: look for its words in the jobs' titles and companies.
        let lower = text.to_lowercase();
        let hit = profile
            .positions
            .iter()
            .find(|p| lower.split_whitespace().any(|w| w.len() > 3 && p.title.to_lowercase().contains(w)));
        match hit {
            Some(p) => (Status::Partly, format!("Related title: {} at {}.", p.title, p.company)),
            None => (Status::Missing, "Nothing in the profile speaks to this; ask in the screen.".to_string()),
        }
    } else {
        // Every named skill must be there; the weakest one decides.
        let results: Vec<(Status, String)> = skills.iter().map(|s| skill_status(profile, s, today)).collect();
        let worst =
            results.iter().map(|(s, _)| *s).min_by(|a, b| a.credit().total_cmp(&b.credit())).unwrap_or(Status::Missing);
        (worst, results.into_iter().map(|(_, e)| e).collect::<Vec<_>>().join(" "))
    };
    Criterion { kind, name: text.to_string(), status, evidence, weight }
}

fn level(profile: &CandidateProfile, level: TrueLevel) -> Criterion {
    let years = profile.years_experience.unwrap_or(0.0);
    let title = profile
        .positions
        .iter()
        .find(|p| p.current)
        .or(profile.positions.first())
        .map(|p| p.title.to_lowercase())
        .unwrap_or_default();
    let senior = ["senior", "staff", "principal", "lead", "architect"].iter().any(|w| title.contains(w));
    let leads = ["staff", "principal", "lead", "architect", "head"].iter().any(|w| title.contains(w));
    let (name, status) = match level {
        TrueLevel::Executes => (
            "Executes in an established architecture",
            if years >= 2.0 {
                Status::Met
            } else if years >= 1.0 {
                Status::Partly
            } else {
                Status::Missing
            },
        ),
        TrueLevel::OwnsService => (
            "Owns a service end to end",
            if years >= 5.0 && senior || years >= 7.0 {
                Status::Met
            } else if years >= 3.0 {
                Status::Partly
            } else {
                Status::Missing
            },
        ),
        TrueLevel::LeadsDesign => (
            "Leads design discussions",
            if years >= 8.0 && leads || years >= 10.0 && senior {
                Status::Met
            } else if years >= 5.0 {
                Status::Partly
            } else {
                Status::Missing
            },
        ),
    };
    let latest = profile
        .positions
        .iter()
        .find(|p| p.current)
        .or(profile.positions.first())
        .map(|p| p.title.clone())
        .unwrap_or_else(|| "no title".into());
    Criterion {
        kind: CriterionKind::Level,
        name: name.to_string(),
        status,
        evidence: format!("{years} years in total; latest title {latest}."),
        weight: 2,
    }
}

fn environment(profile: &CandidateProfile, label: &str, wanted: &str, categories: &[&str]) -> Option<Criterion> {
    let wanted_skills = skills_in(wanted);
    if wanted.trim().is_empty() {
        return None;
    }
    let have: Vec<&SkillMention> =
        profile.skills.iter().filter(|s| categories.contains(&s.category.as_str())).collect();
    let exact = have.iter().find(|s| wanted_skills.contains(&s.name));
    let (status, evidence) = match (exact, have.first()) {
        (Some(s), _) => (Status::Met, format!("{} in the profile.", s.name)),
        (None, Some(_)) => (
            Status::Partly,
            format!(
                "Similar: {} (the role uses {wanted}).",
                have.iter().map(|s| s.name.as_str()).collect::<Vec<_>>().join(", ")
            ),
        ),
        (None, None) => (Status::Missing, format!("No {label} experience in the profile.")),
    };
    Some(Criterion {
        kind: CriterionKind::Environment,
        name: format!("{label}: {wanted}"),
        status,
        evidence,
        weight: 1,
    })
}

/// Scores a profile against a role's intake, criterion by criterion.
pub fn score(intake: &RoleIntake, profile: &CandidateProfile, today: Month) -> MatchResult {
    let mut criteria = Vec::new();
    for must in intake.must_haves.iter().filter(|m| !m.trim().is_empty()) {
        criteria.push(requirement(profile, must, CriterionKind::MustHave, 3, today));
    }
    if !intake.languages.is_empty() {
        let core: Vec<(Status, String)> = intake
            .languages
            .iter()
            .map(|l| skill_status(profile, &taxonomy::canonical(l).map_or(l.clone(), |s| s.name.clone()), today))
            .collect();
        let best = core
            .iter()
            .max_by(|a, b| a.0.credit().total_cmp(&b.0.credit()))
            .cloned()
            .unwrap_or((Status::Missing, String::new()));
        let (status, evidence) = if best.0 == Status::Missing && intake.adjacent_ok {
            let adjacent: Vec<&str> = BACKEND_LANGUAGES
                .iter()
                .copied()
                .filter(|l| {
                    profile.skills.iter().any(|s| s.name == *l && s.found_in.contains(&SkillSource::Experience))
                })
                .collect();
            if adjacent.is_empty() {
                (Status::Missing, "No backend language used in a job.".to_string())
            } else {
                (
                    Status::Partly,
                    format!("Adjacent backend experience ({}), which this role accepts.", adjacent.join(", ")),
                )
            }
        } else {
            best
        };
        criteria.push(Criterion {
            kind: CriterionKind::Language,
            name: format!("Core language: {}", intake.languages.join(" or ")),
            status,
            evidence,
            weight: 3,
        });
    }
    if let Some(l) = intake.true_level {
        criteria.push(level(profile, l));
    }
    criteria.extend(environment(profile, "Cloud", &intake.cloud, &["cloud"]));
    criteria.extend(environment(profile, "CI/CD", &intake.ci_cd, &["ci_cd"]));
    criteria.extend(environment(profile, "Containers", &intake.containers, &["containers"]));
    for t in intake.trainable.iter().filter(|t| !t.trim().is_empty()) {
        criteria.push(requirement(profile, t, CriterionKind::Trainable, 1, today));
    }
    let total: u32 = criteria.iter().filter(|c| c.kind != CriterionKind::Trainable).map(|c| c.weight).sum();
    let earned: f64 = criteria
        .iter()
        .filter(|c| c.kind != CriterionKind::Trainable)
        .map(|c| f64::from(c.weight) * c.status.credit())
        .sum();
    // Trainables only add: a candidate is never marked down for what the role will teach.
    let bonus: f64 = criteria
        .iter()
        .filter(|c| c.kind == CriterionKind::Trainable)
        .map(|c| f64::from(c.weight) * c.status.credit())
        .sum();
    let base = if total == 0 { 0.0 } else { earned / f64::from(total) * 100.0 };
    let score = (base + bonus * 2.0).round().min(100.0) as u32;
    MatchResult { score, criteria }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(name: &str, category: &str, used: Option<&str>) -> SkillMention {
        SkillMention {
            name: name.into(),
            category: category.into(),
            found_in: if used.is_some() {
                vec![SkillSource::SkillsSection, SkillSource::Experience]
            } else {
                vec![SkillSource::SkillsSection]
            },
            last_used: used.map(str::to_string),
        }
    }

    fn profile() -> CandidateProfile {
        CandidateProfile {
            headline: String::new(),
            positions: vec![
                Position {
                    company: "Stripe".into(),
                    title: "Senior Backend Engineer".into(),
                    start: Some("2021-06".into()),
                    end: None,
                    current: true,
                    ..Default::default()
                },
                Position {
                    company: "Plaid".into(),
                    title: "Backend Engineer".into(),
                    start: Some("2016-02".into()),
                    end: Some("2021-05".into()),
                    current: false,
                    ..Default::default()
                },
            ],
            education: vec![],
            skills: vec![
                mention("Go", "language", Some("2026-11")),
                mention("Kafka", "messaging", Some("2026-11")),
                mention("PostgreSQL", "database", Some("2019-05")),
                mention("Rust", "language", None),
                mention("AWS", "cloud", Some("2021-05")),
                mention("Kubernetes", "containers", Some("2021-05")),
            ],
            languages: vec![],
            years_experience: Some(10.8),
            low_confidence: vec![],
        }
    }

    fn intake() -> RoleIntake {
        RoleIntake {
            languages: vec!["Go".into()],
            adjacent_ok: true,
            cloud: "GCP".into(),
            ci_cd: "GitHub Actions".into(),
            containers: "Kubernetes".into(),
            true_level: Some(TrueLevel::OwnsService),
            must_haves: vec!["Go services in production".into(), "Kafka".into(), "PostgreSQL".into(), "Rust".into()],
            trainable: vec!["Terraform".into()],
            ..Default::default()
        }
    }

    fn today() -> Month {
        Month::new(2026, 11).expect("month")
    }

    #[test]
    fn every_criterion_has_a_status_and_evidence() {
        let r = score(&intake(), &profile(), today());
        let find = |name: &str| r.criteria.iter().find(|c| c.name == name).expect(name);
        assert_eq!(find("Go services in production").status, Status::Met);
        assert!(
            find("Go services in production").evidence.contains("Stripe (now)"),
            "{:?}",
            find("Go services in production")
        );
        assert_eq!(find("PostgreSQL").status, Status::Partly, "last used in 2019");
        assert_eq!(find("Rust").status, Status::Partly, "listed only");
        assert!(find("Rust").evidence.contains("validate"));
        assert_eq!(find("Core language: Go").status, Status::Met);
        assert_eq!(find("Owns a service end to end").status, Status::Met);
        assert_eq!(find("Cloud: GCP").status, Status::Partly, "AWS is similar");
        assert_eq!(find("Containers: Kubernetes").status, Status::Met);
        assert_eq!(find("CI/CD: GitHub Actions").status, Status::Missing);
        assert_eq!(find("Terraform").status, Status::Missing);
        assert!(r.score > 50 && r.score < 100, "{}", r.score);
    }

    #[test]
    fn deterministic_and_trainables_only_add() {
        let a = score(&intake(), &profile(), today());
        assert_eq!(a, score(&intake(), &profile(), today()), "same inputs, same result");
        let mut with_terraform = profile();
        with_terraform.skills.push(mention("Terraform", "devops", Some("2026-11")));
        assert!(score(&intake(), &with_terraform, today()).score > a.score);
        let mut no_trainables = intake();
        no_trainables.trainable.clear();
        assert_eq!(score(&no_trainables, &profile(), today()).score, a.score, "a missing trainable costs nothing");
    }

    #[test]
    fn an_adjacent_language_counts_when_the_role_allows_it() {
        let mut p = profile();
        p.skills.retain(|s| s.name != "Go");
        p.skills.push(mention("Java", "language", Some("2026-11")));
        let r = score(&intake(), &p, today());
        let lang = r.criteria.iter().find(|c| c.kind == CriterionKind::Language).expect("language");
        assert_eq!(lang.status, Status::Partly);
        assert!(lang.evidence.contains("Java"));
        let mut strict = intake();
        strict.adjacent_ok = false;
        let r = score(&strict, &p, today());
        assert_eq!(
            r.criteria.iter().find(|c| c.kind == CriterionKind::Language).map(|c| c.status),
            Some(Status::Missing)
        );
    }
}
