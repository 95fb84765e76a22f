//! A team member's availability for interviews: working hours per weekday in their own zone, a
//! weekly interview cap, and the interview step kinds they are trained for.

use chrono::NaiveTime;
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::plan::StepKind;
use crate::slots::WorkingHours;
use crate::validation::ValidationErrors;

pub const MAX_WEEKLY_CAP: u32 = 100;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Availability {
    pub working_hours: WorkingHours,
    /// Interviews a week at most (Monday to Sunday in their zone); None: no cap.
    pub weekly_cap: Option<u32>,
    /// Step kinds they may interview for; empty means any.
    pub trained_for: Vec<StepKind>,
}

impl Default for Availability {
    /// Monday to Friday, 09:00–17:00, no cap, any interview.
    fn default() -> Self {
        let nine = NaiveTime::from_hms_opt(9, 0, 0).unwrap_or(NaiveTime::MIN);
        let five = NaiveTime::from_hms_opt(17, 0, 0).unwrap_or(NaiveTime::MIN);
        Availability { working_hours: WorkingHours::weekdays(nine, five), weekly_cap: None, trained_for: vec![] }
    }
}

const DAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

impl Availability {
    pub const FIELDS: [&'static str; 3] = ["working_hours", "weekly_cap", "trained_for"];

    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::default();
        for (i, day) in self.working_hours.days.iter().enumerate() {
            if let Some((start, end)) = day {
                if start >= end {
                    errors.add(format!("working_hours.{i}"), format!("{}: the day must end after it starts.", DAYS[i]));
                }
            }
        }
        if self.weekly_cap.is_some_and(|c| c > MAX_WEEKLY_CAP) {
            errors.add("weekly_cap", format!("A weekly cap is at most {MAX_WEEKLY_CAP} interviews."));
        }
        errors.into_result()
    }

    /// Whether they may interview for a step of this kind.
    pub fn trained(&self, kind: StepKind) -> bool {
        self.trained_for.is_empty() || self.trained_for.contains(&kind)
    }

    pub fn normalized(mut self) -> Self {
        self.trained_for.sort_by_key(|k| *k as u8);
        self.trained_for.dedup();
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_that_ends_before_it_starts_is_named() {
        let mut a = Availability::default();
        let t = |h| NaiveTime::from_hms_opt(h, 0, 0).expect("time");
        a.working_hours.days[2] = Some((t(17), t(9)));
        a.weekly_cap = Some(500);
        let err = a.validate().expect_err("invalid");
        assert_eq!(err.fields[0].field, "working_hours.2");
        assert!(err.fields[0].message.starts_with("Wednesday"));
        assert_eq!(err.fields[1].field, "weekly_cap");
    }

    #[test]
    fn empty_trained_for_means_any_step() {
        let mut a = Availability::default();
        assert!(a.trained(StepKind::SystemDesign));
        a.trained_for = vec![StepKind::DeepDive];
        assert!(!a.trained(StepKind::SystemDesign));
        assert!(a.trained(StepKind::DeepDive));
    }

    #[test]
    fn hours_read_from_the_ui_without_seconds() {
        let a: Availability = serde_json::from_str(
            r#"{"working_hours":{"days":[["08:30","16:00"],null,null,null,null,null,null]},"weekly_cap":4,"trained_for":["deep_dive"]}"#,
        )
        .expect("HH:MM parses");
        assert_eq!(a.working_hours.days[0].map(|d| d.0), NaiveTime::from_hms_opt(8, 30, 0));
    }
}
