//! Candidates: the people in the pipeline.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::stage::Stage;
use crate::text::{is_valid_email, is_valid_phone, normalize_email};
use crate::validation::ValidationErrors;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum LinkKind {
    Github,
    Linkedin,
    Site,
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Link {
    pub kind: LinkKind,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Candidate {
    pub id: String,
    pub full_name: String,
    pub emails: Vec<String>,
    pub phones: Vec<String>,
    pub links: Vec<Link>,
    pub location: String,
    pub time_zone: String,
    pub source: String,
    pub tags: Vec<String>,
    pub notes: String,
    pub last_activity_at: DateTime<Utc>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// What a person fills in to create or edit a candidate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct CandidateInput {
    pub full_name: String,
    pub emails: Vec<String>,
    pub phones: Vec<String>,
    pub links: Vec<Link>,
    pub location: String,
    pub time_zone: String,
    pub source: String,
    pub tags: Vec<String>,
    pub notes: String,
}

/// One line of the candidate list: the facts that decide the next action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct CandidateRow {
    pub id: String,
    pub full_name: String,
    pub email: Option<String>,
    pub location: String,
    pub source: String,
    pub tags: Vec<String>,
    pub last_activity_at: DateTime<Utc>,
    pub created_at: DateTime<Utc>,
    pub active_applications: u32,
    /// The stage and role of the most recently moved application, if any.
    pub latest_stage: Option<Stage>,
    pub latest_role: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum CandidateSort {
    LastActivity,
    Name,
    Created,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum SortDirection {
    Asc,
    Desc,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct CandidateQuery {
    /// A name prefix (any word of the name), or an email prefix when it contains `@`.
    pub filter: String,
    pub sort: CandidateSort,
    pub direction: SortDirection,
    pub offset: u32,
    pub limit: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct CandidatePage {
    pub total: u32,
    pub offset: u32,
    pub rows: Vec<CandidateRow>,
}

pub const NAME_MAX: usize = 200;
pub const FIELD_MAX: usize = 200;
pub const URL_MAX: usize = 500;
pub const NOTES_MAX: usize = 20_000;
pub const LIST_MAX: usize = 20;
pub const TAG_MAX: usize = 40;

impl CandidateInput {
    /// Trims text, lowercases emails, drops blank list entries and exact repeats.
    pub fn normalized(mut self) -> Self {
        self.full_name = self.full_name.split_whitespace().collect::<Vec<_>>().join(" ");
        self.emails = dedup(self.emails.iter().map(|e| normalize_email(e)).filter(|e| !e.is_empty()));
        self.phones = dedup(self.phones.iter().map(|p| p.trim().to_string()).filter(|p| !p.is_empty()));
        self.tags = dedup(self.tags.iter().map(|t| t.trim().to_string()).filter(|t| !t.is_empty()));
        self.links.retain_mut(|l| {
            l.url = l.url.trim().to_string();
            !l.url.is_empty()
        });
        for field in [&mut self.location, &mut self.time_zone, &mut self.source] {
            *field = field.trim().to_string();
        }
        self.notes = self.notes.trim_end().to_string();
        self
    }

    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::default();
        errors.required_text("full_name", "Full name", &self.full_name, NAME_MAX);
        check_list(&mut errors, "emails", "email addresses", self.emails.len());
        for (i, email) in self.emails.iter().enumerate() {
            if !is_valid_email(email) {
                errors.add(
                    format!("emails.{i}"),
                    format!("“{email}” is not a valid email address (expected name@example.com)."),
                );
            }
        }
        check_list(&mut errors, "phones", "phone numbers", self.phones.len());
        for (i, phone) in self.phones.iter().enumerate() {
            if !is_valid_phone(phone) {
                errors.add(
                    format!("phones.{i}"),
                    format!("“{phone}” is not a valid phone number (7–15 digits, optionally starting with +)."),
                );
            }
        }
        check_list(&mut errors, "links", "links", self.links.len());
        for (i, link) in self.links.iter().enumerate() {
            errors.max_len(&format!("links.{i}"), "Link", &link.url, URL_MAX);
            if !(link.url.starts_with("https://") || link.url.starts_with("http://"))
                || link.url.contains(char::is_whitespace)
            {
                errors.add(
                    format!("links.{i}"),
                    format!("“{}” is not a web address (it should start with https://).", link.url),
                );
            }
        }
        errors.max_len("location", "Location", &self.location, FIELD_MAX);
        errors.max_len("time_zone", "Time zone", &self.time_zone, FIELD_MAX);
        errors.max_len("source", "Source", &self.source, FIELD_MAX);
        check_list(&mut errors, "tags", "tags", self.tags.len());
        for (i, tag) in self.tags.iter().enumerate() {
            errors.max_len(&format!("tags.{i}"), "Tag", tag, TAG_MAX);
        }
        errors.max_len("notes", "Notes", &self.notes, NOTES_MAX);
        errors.into_result()
    }
}

fn check_list(errors: &mut ValidationErrors, field: &str, what: &str, len: usize) {
    if len > LIST_MAX {
        errors.add(field, format!("Too many {what} ({len}; the limit is {LIST_MAX})."));
    }
}

fn dedup(items: impl Iterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

/// Guesses what a pasted URL is, so a recruiter can paste links without choosing a kind.
pub fn classify_link(url: &str) -> LinkKind {
    let lower = url.to_lowercase();
    if lower.contains("github.com/") {
        LinkKind::Github
    } else if lower.contains("linkedin.com/") {
        LinkKind::Linkedin
    } else if lower.starts_with("http") {
        LinkKind::Site
    } else {
        LinkKind::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> CandidateInput {
        CandidateInput {
            full_name: "  Ada   Lovelace ".into(),
            emails: vec![" Ada@Example.com".into(), "ada@example.com".into(), "".into()],
            phones: vec!["+44 20 7946 0958".into()],
            links: vec![Link { kind: LinkKind::Github, url: " https://github.com/ada ".into() }],
            location: "London".into(),
            time_zone: "Europe/London".into(),
            source: "Referral".into(),
            tags: vec!["rust".into(), " rust ".into()],
            notes: String::new(),
        }
    }

    #[test]
    fn normalisation_trims_and_dedups() {
        let n = input().normalized();
        assert_eq!(n.full_name, "Ada Lovelace", "name whitespace collapses");
        assert_eq!(n.emails, vec!["ada@example.com".to_string()], "emails lowercase and dedup");
        assert_eq!(n.tags, vec!["rust".to_string()], "tags dedup");
        assert_eq!(n.links[0].url, "https://github.com/ada", "links trim");
        assert_eq!(n.validate(), Ok(()), "the normalised input is valid");
    }

    #[test]
    fn every_bad_field_is_reported() {
        let mut n = input().normalized();
        n.full_name = String::new();
        n.emails = vec!["ok@example.com".into(), "not-an-email".into()];
        n.phones = vec!["12".into()];
        n.links = vec![Link { kind: LinkKind::Site, url: "example.com".into() }];
        let errors = n.validate().expect_err("bad input must fail");
        let fields: Vec<_> = errors.fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, vec!["full_name", "emails.1", "phones.0", "links.0"], "each bad field is named");
        assert!(errors.fields[1].message.contains("not-an-email"), "the message quotes the bad value");
    }

    #[test]
    fn limits_apply() {
        let mut n = input().normalized();
        n.notes = "x".repeat(NOTES_MAX + 1);
        n.tags = (0..=LIST_MAX).map(|i| format!("t{i}")).collect();
        let errors = n.validate().expect_err("over-limit input must fail");
        assert!(errors.fields.iter().any(|f| f.field == "notes"), "notes limit reported");
        assert!(errors.fields.iter().any(|f| f.field == "tags"), "tag count limit reported");
    }

    #[test]
    fn links_classify() {
        assert_eq!(classify_link("https://github.com/ada"), LinkKind::Github, "github");
        assert_eq!(classify_link("https://www.linkedin.com/in/ada"), LinkKind::Linkedin, "linkedin");
        assert_eq!(classify_link("https://ada.dev"), LinkKind::Site, "site");
    }
}

impl Candidate {
    /// The editable part of a candidate, e.g. to prefill an edit form or diff an update.
    pub fn to_input(&self) -> CandidateInput {
        CandidateInput {
            full_name: self.full_name.clone(),
            emails: self.emails.clone(),
            phones: self.phones.clone(),
            links: self.links.clone(),
            location: self.location.clone(),
            time_zone: self.time_zone.clone(),
            source: self.source.clone(),
            tags: self.tags.clone(),
            notes: self.notes.clone(),
        }
    }
}

impl CandidateInput {
    /// The fields whose values differ from `old`, named as stored (for field-level clock stamps).
    pub fn changed_fields(&self, old: &CandidateInput) -> Vec<&'static str> {
        let mut changed = Vec::new();
        let mut check = |name: &'static str, same: bool| {
            if !same {
                changed.push(name);
            }
        };
        check("full_name", self.full_name == old.full_name);
        check("emails", self.emails == old.emails);
        check("phones", self.phones == old.phones);
        check("links", self.links == old.links);
        check("location", self.location == old.location);
        check("time_zone", self.time_zone == old.time_zone);
        check("source", self.source == old.source);
        check("tags", self.tags == old.tags);
        check("notes", self.notes == old.notes);
        changed
    }

    pub const FIELDS: [&'static str; 9] =
        ["full_name", "emails", "phones", "links", "location", "time_zone", "source", "tags", "notes"];
}

/// A saved candidate with anything worth a second look (e.g. an email shared with someone else).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct CandidateSaved {
    pub candidate: Candidate,
    pub warnings: Vec<crate::validation::Warning>,
}

/// Everything the candidate page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct CandidateDetail {
    pub candidate: Candidate,
    pub applications: Vec<crate::application::ApplicationView>,
    /// Every stage move of every application, newest first.
    pub history: Vec<crate::application::StageEvent>,
}
