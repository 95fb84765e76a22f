//! Interviews: one step of a role's plan, held for one application at a time in a time zone,
//! with a panel of interviewers whose feedback is due after it ends.

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::feedback::FeedbackState;
use crate::validation::ValidationErrors;
use crate::zone::{parse_zone, resolve_local};

pub const MAX_PANEL: usize = 8;

/// What the recruiter enters: a wall-clock start in a zone, how long, and who interviews.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct InterviewInput {
    pub application_id: String,
    pub step_id: String,
    /// "YYYY-MM-DDTHH:MM", read in `time_zone`.
    pub local_start: String,
    pub time_zone: String,
    pub duration_minutes: u32,
    pub interviewer_ids: Vec<String>,
}

/// A checked input: the instants it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterviewTimes {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
}

impl InterviewInput {
    pub fn normalized(mut self) -> Self {
        self.local_start = self.local_start.trim().to_string();
        self.time_zone = self.time_zone.trim().to_string();
        let mut seen = Vec::new();
        self.interviewer_ids.retain(|id| {
            let fresh = !id.trim().is_empty() && !seen.contains(id);
            seen.push(id.clone());
            fresh
        });
        self
    }

    /// Checks every field and returns the interview's start and end instants.
    pub fn validate(&self) -> Result<InterviewTimes, ValidationErrors> {
        let mut errors = ValidationErrors::default();
        if self.step_id.trim().is_empty() {
            errors.add("step_id", "Choose which step of the interview plan this is.");
        }
        let zone = parse_zone(&self.time_zone);
        if zone.is_none() {
            errors.add("time_zone", "Use an IANA time zone such as Europe/Berlin or America/New_York.");
        }
        let local = parse_local(&self.local_start);
        if local.is_none() {
            errors.add("local_start", "Enter the date and start time.");
        }
        if self.duration_minutes < 5 || self.duration_minutes > 480 {
            errors.add("duration_minutes", "An interview lasts between 5 and 480 minutes.");
        }
        if self.interviewer_ids.is_empty() {
            errors.add("interviewer_ids", "Add at least one interviewer: feedback is due from each of them.");
        } else if self.interviewer_ids.len() > MAX_PANEL {
            errors.add("interviewer_ids", format!("A panel has at most {MAX_PANEL} interviewers."));
        }
        let starts_at = match (local, zone) {
            (Some(local), Some(zone)) => match resolve_local(local, zone) {
                Ok(t) => Some(t),
                Err(e) => {
                    errors.add("local_start", e.to_string());
                    None
                }
            },
            _ => None,
        };
        errors.into_result()?;
        let starts_at = starts_at.ok_or_else(|| ValidationErrors::single("local_start", "Enter the start time."))?;
        Ok(InterviewTimes { starts_at, ends_at: starts_at + Duration::minutes(i64::from(self.duration_minutes)) })
    }
}

fn parse_local(s: &str) -> Option<NaiveDateTime> {
    ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum InterviewStatus {
    Scheduled,
    Cancelled,
}

/// One interviewer on a panel and where their feedback stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct PanelSeat {
    pub person_id: String,
    pub name: String,
    pub time_zone: String,
    /// This seat is "me" on this laptop.
    pub mine: bool,
    pub due_at: DateTime<Utc>,
    pub feedback: FeedbackState,
    pub draft_started: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Interview {
    pub id: String,
    pub application_id: String,
    pub step_id: String,
    pub step_name: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub time_zone: String,
    pub status: InterviewStatus,
    /// Bumped on every reschedule or cancellation (the iCalendar SEQUENCE).
    pub sequence: u32,
    pub panel: Vec<PanelSeat>,
}

/// One interview on someone's agenda, with who and for which role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct AgendaItem {
    pub interview: Interview,
    pub candidate_id: String,
    pub candidate_name: String,
    pub role_id: String,
    pub role_title: String,
}

/// One scorecard someone still owes: the rows of the "Needs feedback" view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct FeedbackDue {
    pub interview_id: String,
    pub application_id: String,
    pub candidate_id: String,
    pub candidate_name: String,
    pub role_id: String,
    pub role_title: String,
    pub step_id: String,
    pub step_name: String,
    pub interviewer_id: String,
    pub interviewer_name: String,
    pub mine: bool,
    pub ended_at: DateTime<Utc>,
    pub due_at: DateTime<Utc>,
    pub feedback: FeedbackState,
    pub draft_started: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> InterviewInput {
        InterviewInput {
            application_id: "a".into(),
            step_id: "deep-dive".into(),
            local_start: " 2026-11-30T10:00 ".into(),
            time_zone: "Europe/Berlin".into(),
            duration_minutes: 60,
            interviewer_ids: vec!["p1".into(), "p2".into(), "p1".into(), " ".into()],
        }
    }

    #[test]
    fn a_valid_interview_resolves_its_instants_in_its_zone() {
        let n = input().normalized();
        assert_eq!(n.interviewer_ids, vec!["p1", "p2"], "duplicates and blanks dropped");
        let times = n.validate().expect("valid");
        assert_eq!(times.starts_at.to_rfc3339(), "2026-11-30T09:00:00+00:00");
        assert_eq!(times.ends_at.to_rfc3339(), "2026-11-30T10:00:00+00:00");
    }

    #[test]
    fn every_bad_field_is_named() {
        let bad = InterviewInput {
            step_id: String::new(),
            local_start: "tomorrow".into(),
            time_zone: "Berlin".into(),
            duration_minutes: 0,
            interviewer_ids: vec![],
            ..input()
        };
        let fields: Vec<String> = bad.validate().expect_err("invalid").fields.into_iter().map(|f| f.field).collect();
        assert_eq!(fields, vec!["step_id", "time_zone", "local_start", "duration_minutes", "interviewer_ids"]);
    }

    #[test]
    fn a_start_the_clocks_skip_is_refused() {
        let skipped = InterviewInput { local_start: "2026-03-29T02:30".into(), ..input() }.normalized();
        let err = skipped.validate().expect_err("skipped");
        assert_eq!(err.fields[0].field, "local_start");
        assert!(err.fields[0].message.contains("does not exist"), "{}", err.fields[0].message);
    }
}
