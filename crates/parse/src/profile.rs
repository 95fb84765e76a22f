//! The structured profile a resume parses into (also `shortlist-cli parse`'s JSON output).

use serde::{Deserialize, Serialize};
use shortlist_core::LinkKind;
use specta::Type;

pub use crate::dates::DatePrecision;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct ProfileLink {
    pub kind: LinkKind,
    pub url: String,
}

/// One job. Months are "YYYY-MM"; `end` is `None` for a current role.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Position {
    pub company: String,
    pub title: String,
    pub start: Option<String>,
    pub end: Option<String>,
    pub current: bool,
    /// `"year"` when the resume gave only a year for `start` (kept as January). Absent for a
    /// month, and in profiles stored before it existed.
    #[serde(default, skip_serializing_if = "DatePrecision::is_month")]
    pub start_precision: DatePrecision,
    /// `"year"` when the resume gave only a year for `end` (kept as December).
    #[serde(default, skip_serializing_if = "DatePrecision::is_month")]
    pub end_precision: DatePrecision,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Education {
    pub institution: String,
    pub degree: String,
    pub year: Option<i32>,
}

/// Where in the resume a skill was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum SkillSource {
    /// A skills section (listed).
    SkillsSection,
    /// The text of a job (used).
    Experience,
    /// Anywhere else (summary, projects, header).
    Elsewhere,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct SkillMention {
    /// The canonical name from the taxonomy.
    pub name: String,
    pub category: String,
    pub found_in: Vec<SkillSource>,
    /// The most recent end month of a job whose text mentions it ("YYYY-MM"), if any.
    pub last_used: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Type)]
pub struct Profile {
    pub name: Option<String>,
    pub emails: Vec<String>,
    /// E.164.
    pub phones: Vec<String>,
    pub links: Vec<ProfileLink>,
    pub location: Option<String>,
    pub positions: Vec<Position>,
    pub education: Vec<Education>,
    pub skills: Vec<SkillMention>,
    /// English names of spoken languages.
    pub languages: Vec<String>,
    /// Professional experience in years, overlapping jobs counted once (one decimal).
    pub years_experience: f64,
    /// Fields the parser is unsure of, for the review screen to mark.
    pub low_confidence: Vec<String>,
}

/// What a candidate record keeps of a profile (contacts live on the candidate itself).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Type)]
pub struct CandidateProfile {
    /// "Title at Company" of the current (or latest) job.
    pub headline: String,
    pub positions: Vec<Position>,
    pub education: Vec<Education>,
    pub skills: Vec<SkillMention>,
    pub languages: Vec<String>,
    pub years_experience: Option<f64>,
    pub low_confidence: Vec<String>,
}

impl CandidateProfile {
    pub const FIELDS: [&'static str; 7] =
        ["headline", "positions", "education", "skills", "languages", "years_experience", "low_confidence"];

    pub fn from_profile(p: &Profile) -> CandidateProfile {
        let latest = p.positions.iter().find(|x| x.current).or_else(|| p.positions.first());
        let headline = latest
            .map(|x| match (x.title.is_empty(), x.company.is_empty()) {
                (false, false) => format!("{} at {}", x.title, x.company),
                (false, true) => x.title.clone(),
                (true, false) => x.company.clone(),
                (true, true) => String::new(),
            })
            .unwrap_or_default();
        CandidateProfile {
            headline,
            positions: p.positions.clone(),
            education: p.education.clone(),
            skills: p.skills.clone(),
            languages: p.languages.clone(),
            years_experience: (!p.positions.is_empty()).then_some(p.years_experience),
            low_confidence: p.low_confidence.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precision_is_optional_in_json() -> Result<(), serde_json::Error> {
        let stored =
            r#"{"company": "Acme", "title": "Engineer", "start": "2014-01", "end": "2019-12", "current": false}"#;
        let old: Position = serde_json::from_str(stored)?;
        assert_eq!(
            (old.start_precision, old.end_precision),
            (DatePrecision::Month, DatePrecision::Month),
            "profiles stored before precision existed still read, as months"
        );
        assert_eq!(
            serde_json::to_value(&old)?,
            serde_json::from_str::<serde_json::Value>(stored)?,
            "and write back unchanged"
        );
        let years = Position { end_precision: DatePrecision::Year, ..old };
        let json = serde_json::to_value(&years)?;
        assert_eq!(json["end_precision"], "year", "a year alone is said: {json}");
        assert!(json.get("start_precision").is_none(), "a month is the default and is left out: {json}");
        assert_eq!(serde_json::from_value::<Position>(json)?, years, "and reads back");
        Ok(())
    }
}
