//! The pipeline stages an application moves through.

use serde::{Deserialize, Serialize};
use specta::Type;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Sourced,
    Applied,
    ProfileReview,
    TechnicalScreen,
    Interviews,
    Debrief,
    Offer,
    Hired,
    Rejected,
    Withdrawn,
}

impl Stage {
    /// Every stage in board order: the pipeline first, then the terminal exits.
    pub const ALL: [Stage; 10] = [
        Stage::Sourced,
        Stage::Applied,
        Stage::ProfileReview,
        Stage::TechnicalScreen,
        Stage::Interviews,
        Stage::Debrief,
        Stage::Offer,
        Stage::Hired,
        Stage::Rejected,
        Stage::Withdrawn,
    ];

    /// The stages a candidate progresses through, in order.
    pub const PIPELINE: [Stage; 8] = [
        Stage::Sourced,
        Stage::Applied,
        Stage::ProfileReview,
        Stage::TechnicalScreen,
        Stage::Interviews,
        Stage::Debrief,
        Stage::Offer,
        Stage::Hired,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Sourced => "sourced",
            Stage::Applied => "applied",
            Stage::ProfileReview => "profile_review",
            Stage::TechnicalScreen => "technical_screen",
            Stage::Interviews => "interviews",
            Stage::Debrief => "debrief",
            Stage::Offer => "offer",
            Stage::Hired => "hired",
            Stage::Rejected => "rejected",
            Stage::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(s: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|stage| stage.as_str() == s)
    }

    pub fn label(self) -> &'static str {
        match self {
            Stage::Sourced => "Sourced",
            Stage::Applied => "Applied",
            Stage::ProfileReview => "Profile review",
            Stage::TechnicalScreen => "Technical screen",
            Stage::Interviews => "Interviews",
            Stage::Debrief => "Debrief",
            Stage::Offer => "Offer",
            Stage::Hired => "Hired",
            Stage::Rejected => "Rejected",
            Stage::Withdrawn => "Withdrawn",
        }
    }

    /// Rejected and Withdrawn end an application; Hired ends it successfully.
    pub fn is_terminal(self) -> bool {
        matches!(self, Stage::Hired | Stage::Rejected | Stage::Withdrawn)
    }

    /// Still in the running: neither hired nor out.
    pub fn is_active(self) -> bool {
        !self.is_terminal()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_round_trip_through_their_names() {
        for stage in Stage::ALL {
            assert_eq!(Stage::parse(stage.as_str()), Some(stage), "{stage:?} must round-trip");
            let json = serde_json::to_string(&stage).expect("stages serialize");
            assert_eq!(json, format!("\"{}\"", stage.as_str()), "serde name must equal the stored name");
        }
        assert_eq!(Stage::parse("nope"), None, "unknown names must not parse");
    }

    #[test]
    fn terminal_stages() {
        let terminal: Vec<_> = Stage::ALL.into_iter().filter(|s| s.is_terminal()).collect();
        assert_eq!(terminal, vec![Stage::Hired, Stage::Rejected, Stage::Withdrawn], "exits are terminal");
    }
}
