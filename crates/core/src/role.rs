//! Roles (requisitions). The calibrated intake of a later issue adds columns; these are the basics.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::validation::ValidationErrors;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum RoleStatus {
    Open,
    OnHold,
    Closed,
}

impl RoleStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RoleStatus::Open => "open",
            RoleStatus::OnHold => "on_hold",
            RoleStatus::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<RoleStatus> {
        [RoleStatus::Open, RoleStatus::OnHold, RoleStatus::Closed].into_iter().find(|r| r.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Role {
    pub id: String,
    pub title: String,
    pub team: String,
    pub level: String,
    pub status: RoleStatus,
    pub hiring_manager: String,
    pub recruiter: String,
    pub opened_on: NaiveDate,
    pub closed_on: Option<NaiveDate>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// What a person fills in to create or edit a role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct RoleInput {
    pub title: String,
    pub team: String,
    pub level: String,
    pub status: RoleStatus,
    pub hiring_manager: String,
    pub recruiter: String,
    pub opened_on: NaiveDate,
    pub closed_on: Option<NaiveDate>,
}

/// A role in the roles list, with the counts that decide what to look at next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct RoleSummary {
    pub role: Role,
    pub active_applications: u32,
    pub total_applications: u32,
    pub hired: u32,
}

pub const TITLE_MAX: usize = 120;
pub const SHORT_TEXT_MAX: usize = 120;

impl RoleInput {
    /// Trims every text field so stored values never carry stray whitespace.
    pub fn normalized(mut self) -> Self {
        for field in [&mut self.title, &mut self.team, &mut self.level, &mut self.hiring_manager, &mut self.recruiter] {
            *field = field.trim().to_string();
        }
        self
    }

    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::default();
        errors.required_text("title", "Title", &self.title, TITLE_MAX);
        errors.max_len("team", "Team", &self.team, SHORT_TEXT_MAX);
        errors.max_len("level", "Level", &self.level, SHORT_TEXT_MAX);
        errors.max_len("hiring_manager", "Hiring manager", &self.hiring_manager, SHORT_TEXT_MAX);
        errors.max_len("recruiter", "Recruiter", &self.recruiter, SHORT_TEXT_MAX);
        match (self.status, self.closed_on) {
            (RoleStatus::Closed, None) => errors.add("closed_on", "A closed role needs the date it closed."),
            (RoleStatus::Open | RoleStatus::OnHold, Some(_)) => {
                errors.add("closed_on", "Only a closed role has a closed date; clear it or close the role.")
            }
            (RoleStatus::Closed, Some(closed)) if closed < self.opened_on => {
                errors.add("closed_on", "The closed date cannot be before the opened date.")
            }
            _ => {}
        }
        errors.into_result()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> RoleInput {
        RoleInput {
            title: "Senior Backend Engineer".into(),
            team: "Payments".into(),
            level: "Senior".into(),
            status: RoleStatus::Open,
            hiring_manager: "Dana".into(),
            recruiter: "Sam".into(),
            opened_on: NaiveDate::from_ymd_opt(2026, 1, 5).expect("valid date"),
            closed_on: None,
        }
    }

    #[test]
    fn a_complete_role_is_valid() {
        assert_eq!(input().validate(), Ok(()), "a filled-in open role must validate");
    }

    #[test]
    fn title_is_required_and_limited() {
        let mut role = input();
        role.title = "   ".into();
        let errors = role.validate().expect_err("blank title must fail");
        assert_eq!(errors.fields[0].field, "title", "the error must point at the title");
        role.title = "x".repeat(TITLE_MAX + 1);
        assert!(role.validate().is_err(), "an over-long title must fail");
    }

    #[test]
    fn closed_date_follows_status() {
        let mut role = input();
        role.status = RoleStatus::Closed;
        assert!(role.validate().is_err(), "closed without a date must fail");
        role.closed_on = NaiveDate::from_ymd_opt(2025, 1, 1);
        assert!(role.validate().is_err(), "closing before opening must fail");
        role.closed_on = NaiveDate::from_ymd_opt(2026, 2, 1);
        assert_eq!(role.validate(), Ok(()), "closed with a later date is fine");
        role.status = RoleStatus::Open;
        assert!(role.validate().is_err(), "an open role with a closed date must fail");
    }

    #[test]
    fn status_names_round_trip() {
        for s in [RoleStatus::Open, RoleStatus::OnHold, RoleStatus::Closed] {
            assert_eq!(RoleStatus::parse(s.as_str()), Some(s), "{s:?} must round-trip");
        }
    }
}

impl Role {
    pub fn to_input(&self) -> RoleInput {
        RoleInput {
            title: self.title.clone(),
            team: self.team.clone(),
            level: self.level.clone(),
            status: self.status,
            hiring_manager: self.hiring_manager.clone(),
            recruiter: self.recruiter.clone(),
            opened_on: self.opened_on,
            closed_on: self.closed_on,
        }
    }
}

impl RoleInput {
    pub fn changed_fields(&self, old: &RoleInput) -> Vec<&'static str> {
        let pairs: [(&'static str, bool); 8] = [
            ("title", self.title == old.title),
            ("team", self.team == old.team),
            ("level", self.level == old.level),
            ("status", self.status == old.status),
            ("hiring_manager", self.hiring_manager == old.hiring_manager),
            ("recruiter", self.recruiter == old.recruiter),
            ("opened_on", self.opened_on == old.opened_on),
            ("closed_on", self.closed_on == old.closed_on),
        ];
        pairs.into_iter().filter(|(_, same)| !same).map(|(name, _)| name).collect()
    }

    pub const FIELDS: [&'static str; 8] =
        ["title", "team", "level", "status", "hiring_manager", "recruiter", "opened_on", "closed_on"];
}

/// Everything the role page shows: the role and its applications in board order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct RoleDetail {
    pub role: Role,
    pub applications: Vec<crate::application::ApplicationView>,
}
