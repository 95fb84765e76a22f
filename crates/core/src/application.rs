//! Applications (a candidate in a role's pipeline) and their append-only stage history.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::stage::Stage;
use crate::validation::ValidationErrors;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Application {
    pub id: String,
    pub candidate_id: String,
    pub role_id: String,
    pub stage: Stage,
    pub stage_entered_at: DateTime<Utc>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// An application with the names the screens show beside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct ApplicationView {
    pub application: Application,
    pub candidate_name: String,
    pub role_title: String,
    /// The reason recorded when the application entered its current stage (e.g. why rejected).
    pub stage_reason: Option<String>,
}

/// One stage move. Rows are inserted, never updated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct StageEvent {
    pub id: String,
    pub application_id: String,
    pub role_title: String,
    pub from_stage: Option<Stage>,
    pub to_stage: Stage,
    pub reason: Option<String>,
    pub actor: String,
    pub occurred_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct MoveStage {
    pub application_id: String,
    pub to: Stage,
    pub reason: Option<String>,
}

pub const REASON_MAX: usize = 2_000;

/// Checks a stage move: it must change the stage, a rejection needs a reason, and reasons are bounded.
pub fn validate_move(from: Stage, to: Stage, reason: Option<&str>) -> Result<(), ValidationErrors> {
    let mut errors = ValidationErrors::default();
    let reason = reason.map(str::trim).filter(|r| !r.is_empty());
    if from == to {
        errors.add("to", format!("The application is already in {}.", to.label()));
    }
    if to == Stage::Rejected && reason.is_none() {
        errors.add("reason", "Say why the candidate is rejected; the reason is kept in the stage history.");
    }
    if let Some(reason) = reason {
        errors.max_len("reason", "Reason", reason, REASON_MAX);
    }
    errors.into_result()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejection_needs_a_reason() {
        let err = validate_move(Stage::Interviews, Stage::Rejected, Some("  ")).expect_err("blank reason must fail");
        assert_eq!(err.fields[0].field, "reason", "the error points at the reason");
        assert_eq!(
            validate_move(Stage::Interviews, Stage::Rejected, Some("No system design depth")),
            Ok(()),
            "a reason is enough"
        );
    }

    #[test]
    fn withdrawal_reason_is_optional() {
        assert_eq!(validate_move(Stage::Offer, Stage::Withdrawn, None), Ok(()), "withdrawal needs no reason");
    }

    #[test]
    fn moving_to_the_same_stage_fails() {
        assert!(validate_move(Stage::Applied, Stage::Applied, None).is_err(), "a no-op move is refused");
    }

    #[test]
    fn any_other_move_is_allowed() {
        for from in Stage::ALL {
            for to in Stage::ALL {
                if from != to && to != Stage::Rejected {
                    assert_eq!(validate_move(from, to, None), Ok(()), "{from:?} -> {to:?} must be allowed");
                }
            }
        }
    }
}
