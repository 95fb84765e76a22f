//! The people directory: the recruiters, hiring managers and interviewers of a team.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::text::is_valid_email;
use crate::validation::ValidationErrors;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum Plays {
    Recruiter,
    HiringManager,
    Interviewer,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Person {
    pub id: String,
    pub name: String,
    pub email: String,
    pub time_zone: String,
    pub plays: Vec<Plays>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct PersonInput {
    pub name: String,
    pub email: String,
    pub time_zone: String,
    pub plays: Vec<Plays>,
}

impl PersonInput {
    pub const FIELDS: [&'static str; 4] = ["name", "email", "time_zone", "plays"];

    pub fn normalized(mut self) -> Self {
        self.name = self.name.split_whitespace().collect::<Vec<_>>().join(" ");
        self.email = crate::text::normalize_email(&self.email);
        self.time_zone = self.time_zone.trim().to_string();
        self.plays.sort();
        self.plays.dedup();
        self
    }

    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::default();
        errors.required_text("name", "Name", &self.name, 200);
        if !self.email.is_empty() && !is_valid_email(&self.email) {
            errors.add("email", format!("“{}” is not a valid email address (expected name@example.com).", self.email));
        }
        errors.max_len("time_zone", "Time zone", &self.time_zone, 64);
        if !self.time_zone.is_empty() && !crate::zone::is_iana_zone(&self.time_zone) {
            errors.add("time_zone", "Use an IANA time zone such as Europe/Berlin or America/New_York.");
        }
        errors.into_result()
    }

    pub fn changed_fields(&self, old: &PersonInput) -> Vec<&'static str> {
        let same =
            [self.name == old.name, self.email == old.email, self.time_zone == old.time_zone, self.plays == old.plays];
        PersonInput::FIELDS.into_iter().zip(same).filter(|(_, same)| !same).map(|(f, _)| f).collect()
    }
}

impl Person {
    pub fn to_input(&self) -> PersonInput {
        PersonInput {
            name: self.name.clone(),
            email: self.email.clone(),
            time_zone: self.time_zone.clone(),
            plays: self.plays.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> PersonInput {
        PersonInput {
            name: " Dana  Kim ".into(),
            email: "Dana@Example.com".into(),
            time_zone: "Europe/Berlin".into(),
            plays: vec![Plays::Interviewer, Plays::HiringManager, Plays::Interviewer],
        }
    }

    #[test]
    fn normalised_input_is_valid() {
        let n = input().normalized();
        assert_eq!(n.name, "Dana Kim", "whitespace collapses");
        assert_eq!(n.email, "dana@example.com", "emails lowercase");
        assert_eq!(n.plays, vec![Plays::HiringManager, Plays::Interviewer], "roles sort and dedup");
        assert_eq!(n.validate(), Ok(()), "valid");
    }

    #[test]
    fn bad_fields_are_named() {
        let mut n = input().normalized();
        n.name = String::new();
        n.email = "dana@".into();
        n.time_zone = "Berlin time".into();
        let fields: Vec<String> = n.validate().expect_err("invalid").fields.into_iter().map(|f| f.field).collect();
        assert_eq!(fields, vec!["name", "email", "time_zone"], "each bad field is reported");
    }
}
