//! Likely duplicates: who else in the database is probably the same person, and why.

use serde::{Deserialize, Serialize};
use specta::Type;

/// One reason two records look like the same person, with how sure it makes us (0–1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct DuplicateReason {
    pub text: String,
    pub confidence: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct DuplicateMatch {
    pub candidate_id: String,
    pub full_name: String,
    pub reasons: Vec<DuplicateReason>,
    /// Every reason combined: 1 − Π(1 − confidence).
    pub confidence: f64,
}

impl DuplicateMatch {
    pub fn combine(reasons: &[DuplicateReason]) -> f64 {
        let miss: f64 = reasons.iter().map(|r| 1.0 - r.confidence.clamp(0.0, 1.0)).product();
        ((1.0 - miss) * 1000.0).round() / 1000.0
    }

    /// Strong enough to merge an import into the existing record without asking.
    pub fn is_certain(&self) -> bool {
        self.confidence >= 0.95
    }
}

/// A group of records that are probably one person (the "Find duplicates" view).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct DuplicateCluster {
    pub members: Vec<ClusterMember>,
    pub reasons: Vec<String>,
    pub confidence: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct ClusterMember {
    pub id: String,
    pub full_name: String,
    pub emails: Vec<String>,
    pub location: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_combine_towards_certainty() {
        let r = |c: f64| DuplicateReason { text: String::new(), confidence: c };
        assert_eq!(DuplicateMatch::combine(&[r(0.7)]), 0.7);
        assert_eq!(DuplicateMatch::combine(&[r(0.7), r(0.7)]), 0.91);
        assert_eq!(DuplicateMatch::combine(&[]), 0.0);
    }
}
