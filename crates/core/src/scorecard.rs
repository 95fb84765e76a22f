//! Scorecards: one per interview step per interviewer. Every rating needs written evidence,
//! the recommendation has no neutral option, and others' feedback stays hidden until you have
//! written your own.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::validation::ValidationErrors;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum Recommendation {
    StrongNo,
    No,
    Yes,
    StrongYes,
}

/// One competency's rating: a score from 1 to 5, or `None` for "not assessed".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Rating {
    pub competency_id: String,
    pub score: Option<u8>,
    pub evidence: String,
}

/// A quick verdict on one item of the profile review checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Pass,
    Concern,
    Fail,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct ChecklistItem {
    pub item: String,
    pub verdict: Option<Verdict>,
    pub note: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(default)]
pub struct ScorecardInput {
    pub ratings: Vec<Rating>,
    pub takeaways: String,
    pub recommendation: Option<Recommendation>,
    /// The profile review checklist (only on the profile review step).
    pub checklist: Vec<ChecklistItem>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum ScorecardStatus {
    Draft,
    Submitted,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Scorecard {
    pub id: String,
    pub application_id: String,
    pub step_id: String,
    pub interviewer_id: String,
    pub interviewer_name: String,
    pub status: ScorecardStatus,
    pub input: ScorecardInput,
    pub submitted_at: Option<DateTime<Utc>>,
    pub updated_at: DateTime<Utc>,
    /// How many times it was amended after submitting (each version is kept).
    pub amendments: u32,
}

/// A scorecard as one viewer may see it: others' content stays hidden until the rules allow.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct ScorecardView {
    pub id: String,
    pub step_id: String,
    pub interviewer_name: String,
    pub status: ScorecardStatus,
    pub mine: bool,
    /// `None` when the content is hidden from this viewer.
    pub card: Option<Scorecard>,
}

/// Who sees a colleague's submitted scorecard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum FeedbackVisibility {
    AlwaysHidden,
    HiddenUntilOwnSubmitted,
    Visible,
}

impl FeedbackVisibility {
    pub fn as_str(self) -> &'static str {
        match self {
            FeedbackVisibility::AlwaysHidden => "always_hidden",
            FeedbackVisibility::HiddenUntilOwnSubmitted => "hidden_until_own_submitted",
            FeedbackVisibility::Visible => "visible",
        }
    }

    pub fn parse(s: &str) -> Option<FeedbackVisibility> {
        [FeedbackVisibility::AlwaysHidden, FeedbackVisibility::HiddenUntilOwnSubmitted, FeedbackVisibility::Visible]
            .into_iter()
            .find(|v| v.as_str() == s)
    }
}

/// Whether `viewer` may read `card`: always their own; others' only once submitted, and then by
/// the visibility rule (independent feedback by default).
pub fn visible_to(
    card: &Scorecard,
    viewer: Option<&str>,
    viewer_submitted_own: bool,
    rule: FeedbackVisibility,
) -> bool {
    if viewer == Some(card.interviewer_id.as_str()) {
        return true;
    }
    card.status == ScorecardStatus::Submitted
        && match rule {
            FeedbackVisibility::AlwaysHidden => false,
            FeedbackVisibility::HiddenUntilOwnSubmitted => viewer_submitted_own,
            FeedbackVisibility::Visible => true,
        }
}

pub const EVIDENCE_MAX: usize = 4_000;
pub const TAKEAWAYS_MAX: usize = 4_000;

impl ScorecardInput {
    /// Checks that always hold, even for a draft: scores in range, bounded text.
    pub fn validate_draft(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::default();
        self.check_common(&mut errors);
        errors.into_result()
    }

    fn check_common(&self, errors: &mut ValidationErrors) {
        for c in &self.checklist {
            errors.max_len(&format!("checklist.{}", c.item), "Note", &c.note, EVIDENCE_MAX);
        }
        for r in &self.ratings {
            let field = format!("ratings.{}", r.competency_id);
            if r.score.is_some_and(|s| !(1..=5).contains(&s)) {
                errors.add(&field, "A rating is from 1 to 5, or “not assessed”.");
            }
            errors.max_len(&field, "Evidence", &r.evidence, EVIDENCE_MAX);
        }
        errors.max_len("takeaways", "Key takeaways", &self.takeaways, TAKEAWAYS_MAX);
    }

    /// What submitting needs: every rating backed by written evidence, at least one competency
    /// assessed, a recommendation, and on a profile review a verdict for every checklist item.
    pub fn validate_submit(&self, focus: &[String], profile_review: bool) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::default();
        self.check_common(&mut errors);
        if profile_review {
            for item in crate::plan::PROFILE_CHECKLIST {
                let verdict = self.checklist.iter().find(|c| c.item == item).and_then(|c| c.verdict);
                if verdict.is_none() {
                    errors.add(format!("checklist.{item}"), format!("Give “{item}” a verdict: pass, concern or fail."));
                }
            }
        }
        for r in &self.ratings {
            if r.score.is_some() && r.evidence.trim().is_empty() {
                errors.add(
                    format!("ratings.{}", r.competency_id),
                    "A rating needs written evidence: what did you see or hear that supports it?",
                );
            }
        }
        let assessed = self.ratings.iter().any(|r| r.score.is_some() && focus.contains(&r.competency_id));
        if !focus.is_empty() && !assessed {
            errors.add("ratings", "Rate at least one of this step's competencies, with evidence.");
        }
        if self.recommendation.is_none() {
            errors.add("recommendation", "Choose a recommendation: strong no, no, yes or strong yes.");
        }
        errors.into_result()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rating(id: &str, score: Option<u8>, evidence: &str) -> Rating {
        Rating { competency_id: id.into(), score, evidence: evidence.into() }
    }

    fn card(interviewer: &str, status: ScorecardStatus) -> Scorecard {
        Scorecard {
            id: "s".into(),
            application_id: "a".into(),
            step_id: "deep-dive".into(),
            interviewer_id: interviewer.into(),
            interviewer_name: interviewer.into(),
            status,
            input: ScorecardInput::default(),
            submitted_at: None,
            updated_at: chrono::DateTime::UNIX_EPOCH,
            amendments: 0,
        }
    }

    #[test]
    fn a_rating_without_evidence_cannot_be_submitted() {
        let focus = vec!["collaboration".to_string()];
        let input = ScorecardInput {
            ratings: vec![rating("collaboration", Some(4), "  ")],
            takeaways: String::new(),
            recommendation: Some(Recommendation::Yes),
            ..Default::default()
        };
        let err = input.validate_submit(&focus, false).expect_err("no evidence");
        assert_eq!(err.fields[0].field, "ratings.collaboration", "the error sits on the rating");
        assert!(err.fields[0].message.contains("evidence"), "and says why");
        assert_eq!(input.validate_draft(), Ok(()), "a draft may still lack evidence");
    }

    #[test]
    fn submitting_needs_a_recommendation_and_one_assessed_focus_competency() {
        let focus = vec!["collaboration".to_string()];
        let input = ScorecardInput {
            ratings: vec![rating("collaboration", None, "")],
            takeaways: String::new(),
            recommendation: None,
            checklist: vec![],
        };
        let fields: Vec<String> =
            input.validate_submit(&focus, false).expect_err("incomplete").fields.into_iter().map(|f| f.field).collect();
        assert_eq!(fields, vec!["ratings", "recommendation"], "both gaps are named");
        let ok = ScorecardInput {
            ratings: vec![rating("collaboration", Some(2), "Blamed the other team for the outage.")],
            takeaways: "Not yet".into(),
            recommendation: Some(Recommendation::No),
            ..Default::default()
        };
        assert_eq!(ok.validate_submit(&focus, false), Ok(()), "a complete card submits");
    }

    #[test]
    fn a_profile_review_needs_a_verdict_per_checklist_item() {
        let mut input = ScorecardInput { recommendation: Some(Recommendation::Yes), ..Default::default() };
        let err = input.validate_submit(&[], true).expect_err("no verdicts");
        assert_eq!(err.fields.len(), 5, "all five items are named");
        input.checklist = crate::plan::PROFILE_CHECKLIST
            .iter()
            .map(|item| ChecklistItem { item: item.to_string(), verdict: Some(Verdict::Pass), note: String::new() })
            .collect();
        assert_eq!(input.validate_submit(&[], true), Ok(()), "verdicts on every item submit");
    }

    #[test]
    fn scores_are_one_to_five() {
        let input = ScorecardInput { ratings: vec![rating("x", Some(6), "e")], ..Default::default() };
        assert!(input.validate_draft().is_err(), "6 is out of range even in a draft");
    }

    #[test]
    fn independent_feedback_rules() {
        use FeedbackVisibility::*;
        let mine = card("ana", ScorecardStatus::Draft);
        assert!(visible_to(&mine, Some("ana"), false, AlwaysHidden), "your own card is always yours");
        let theirs = card("ben", ScorecardStatus::Submitted);
        assert!(!visible_to(&theirs, Some("ana"), false, HiddenUntilOwnSubmitted), "hidden until you submit");
        assert!(visible_to(&theirs, Some("ana"), true, HiddenUntilOwnSubmitted), "visible once you have");
        assert!(!visible_to(&theirs, Some("ana"), true, AlwaysHidden), "always hidden stays hidden");
        assert!(visible_to(&theirs, None, false, Visible), "visible means visible");
        let draft = card("ben", ScorecardStatus::Draft);
        assert!(!visible_to(&draft, Some("ana"), true, Visible), "nobody reads another's draft");
        for rule in [AlwaysHidden, HiddenUntilOwnSubmitted, Visible] {
            assert_eq!(FeedbackVisibility::parse(rule.as_str()), Some(rule), "{rule:?} round-trips");
        }
    }
}
