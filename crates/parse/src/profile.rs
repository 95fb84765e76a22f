//! The structured profile a resume parses into (also `shortlist-cli parse`'s JSON output).

use serde::{Deserialize, Serialize};
use shortlist_core::LinkKind;
use specta::Type;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct ProfileLink {
    pub kind: LinkKind,
    pub url: String,
}

/// One job. Months are "YYYY-MM"; `end` is `None` for a current role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Position {
    pub company: String,
    pub title: String,
    pub start: Option<String>,
    pub end: Option<String>,
    pub current: bool,
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
