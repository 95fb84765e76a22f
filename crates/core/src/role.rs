//! Roles (requisitions). The calibrated intake of a later issue adds columns; these are the basics.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::intake::{readiness_errors, ReadinessGap, RoleIntake};
use crate::plan::InterviewPlan;
use crate::validation::ValidationErrors;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum RoleStatus {
    /// Being calibrated: not yet open to candidates.
    Draft,
    Open,
    OnHold,
    Closed,
}

impl RoleStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RoleStatus::Draft => "draft",
            RoleStatus::Open => "open",
            RoleStatus::OnHold => "on_hold",
            RoleStatus::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<RoleStatus> {
        [RoleStatus::Draft, RoleStatus::Open, RoleStatus::OnHold, RoleStatus::Closed]
            .into_iter()
            .find(|r| r.as_str() == s)
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
    pub intake: RoleIntake,
    pub plan: InterviewPlan,
    /// What the intake still needs before the role can open (empty when ready).
    pub readiness: Vec<ReadinessGap>,
    /// Set when the must-have list reads like a shopping list.
    pub must_have_warning: Option<String>,
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
    #[serde(default)]
    pub intake: RoleIntake,
    #[serde(default)]
    pub plan: InterviewPlan,
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
        self.intake = self.intake.normalized();
        self.plan = self.plan.normalized();
        self
    }

    /// A role may only become open once its intake is complete; `previous` is its status before
    /// this change (`None` when creating).
    pub fn check_can_open(&self, previous: Option<RoleStatus>) -> Result<(), ValidationErrors> {
        if self.status != RoleStatus::Open || previous == Some(RoleStatus::Open) {
            return Ok(());
        }
        let gaps = self.intake.readiness();
        if gaps.is_empty() {
            Ok(())
        } else {
            Err(readiness_errors(&gaps))
        }
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
            (RoleStatus::Draft | RoleStatus::Open | RoleStatus::OnHold, Some(_)) => {
                errors.add("closed_on", "Only a closed role has a closed date; clear it or close the role.")
            }
            (RoleStatus::Closed, Some(closed)) if closed < self.opened_on => {
                errors.add("closed_on", "The closed date cannot be before the opened date.")
            }
            _ => {}
        }
        self.intake.validate(&mut errors);
        self.plan.validate(&mut errors);
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
            intake: RoleIntake::default(),
            plan: InterviewPlan::default(),
        }
    }

    #[test]
    fn opening_needs_a_ready_intake() {
        let mut role = input();
        assert!(role.check_can_open(None).is_err(), "creating an open role with an empty intake fails");
        assert!(role.check_can_open(Some(RoleStatus::Open)).is_ok(), "an already open role may be edited");
        role.status = RoleStatus::Draft;
        assert!(role.check_can_open(None).is_ok(), "drafts need nothing");
        role.status = RoleStatus::Open;
        role.intake = crate::intake::tests::ready();
        assert!(role.check_can_open(Some(RoleStatus::Draft)).is_ok(), "a ready intake opens");
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
        for s in [RoleStatus::Draft, RoleStatus::Open, RoleStatus::OnHold, RoleStatus::Closed] {
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
            intake: self.intake.clone(),
            plan: self.plan.clone(),
        }
    }
}

impl RoleInput {
    pub fn changed_fields(&self, old: &RoleInput) -> Vec<&'static str> {
        let mut changed = self.basic_changed_fields(old);
        changed.extend(self.intake.changed_fields(&old.intake));
        if self.plan != old.plan {
            changed.push("plan");
        }
        changed
    }

    fn basic_changed_fields(&self, old: &RoleInput) -> Vec<&'static str> {
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

    pub const BASIC_FIELDS: [&'static str; 8] =
        ["title", "team", "level", "status", "hiring_manager", "recruiter", "opened_on", "closed_on"];

    /// Every stamped field of a role: the basics and each intake field.
    pub fn fields() -> Vec<&'static str> {
        let mut all = RoleInput::BASIC_FIELDS.to_vec();
        all.extend(RoleIntake::STAMPED);
        all.push("plan");
        all
    }
}

/// Everything the role page shows: the role and its applications in board order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct RoleDetail {
    pub role: Role,
    pub applications: Vec<crate::application::ApplicationView>,
}
