//! The debrief: competencies × interviewers with evidence, recommendations, missing feedback
//! and disagreements a hiring manager should discuss.

use serde::{Deserialize, Serialize};
use specta::Type;

use crate::plan::InterviewPlan;
use crate::scorecard::{Recommendation, Scorecard, ScorecardStatus};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct DebriefCell {
    pub interviewer_name: String,
    pub step_id: String,
    /// None: not assessed.
    pub score: Option<u8>,
    pub evidence: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct DebriefRow {
    pub competency_id: String,
    pub competency: String,
    pub cells: Vec<DebriefCell>,
    /// Highest minus lowest score; two or more points is a discussion point.
    pub spread: u8,
    pub disagreement: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct DebriefVerdict {
    pub interviewer_name: String,
    pub step_id: String,
    pub recommendation: Option<Recommendation>,
    pub takeaways: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Debrief {
    pub candidate_name: String,
    pub role_title: String,
    /// One column per submitted scorecard, in interview order.
    pub columns: Vec<String>,
    pub rows: Vec<DebriefRow>,
    pub verdicts: Vec<DebriefVerdict>,
    /// Steps of the plan with no submitted scorecard yet (by name), and drafts still open.
    pub missing: Vec<String>,
    pub must_haves: Vec<String>,
    pub reject_if: String,
}

/// Builds the matrix from the submitted scorecards (drafts count as missing feedback).
pub fn build(
    candidate_name: &str,
    role_title: &str,
    plan: &InterviewPlan,
    cards: &[Scorecard],
    must_haves: &[String],
    reject_if: &str,
) -> Debrief {
    let order = |step: &str| plan.steps.iter().position(|s| s.id == step).unwrap_or(usize::MAX);
    let mut submitted: Vec<&Scorecard> = cards.iter().filter(|c| c.status == ScorecardStatus::Submitted).collect();
    submitted.sort_by_key(|c| (order(&c.step_id), c.interviewer_name.clone()));
    let step_name =
        |id: &str| plan.steps.iter().find(|s| s.id == id).map(|s| s.name.clone()).unwrap_or_else(|| id.to_string());
    let columns = submitted.iter().map(|c| format!("{} · {}", c.interviewer_name, step_name(&c.step_id))).collect();
    let rows = plan
        .competencies
        .iter()
        .map(|comp| {
            let cells: Vec<DebriefCell> = submitted
                .iter()
                .map(|c| {
                    let rating = c.input.ratings.iter().find(|r| r.competency_id == comp.id);
                    DebriefCell {
                        interviewer_name: c.interviewer_name.clone(),
                        step_id: c.step_id.clone(),
                        score: rating.and_then(|r| r.score),
                        evidence: rating.map(|r| r.evidence.clone()).unwrap_or_default(),
                    }
                })
                .collect();
            let scores: Vec<u8> = cells.iter().filter_map(|c| c.score).collect();
            let spread = match (scores.iter().max(), scores.iter().min()) {
                (Some(max), Some(min)) => max - min,
                _ => 0,
            };
            DebriefRow {
                competency_id: comp.id.clone(),
                competency: comp.name.clone(),
                cells,
                spread,
                disagreement: spread >= 2,
            }
        })
        .collect();
    let verdicts = submitted
        .iter()
        .map(|c| DebriefVerdict {
            interviewer_name: c.interviewer_name.clone(),
            step_id: c.step_id.clone(),
            recommendation: c.input.recommendation,
            takeaways: c.input.takeaways.clone(),
        })
        .collect();
    let mut missing: Vec<String> = plan
        .steps
        .iter()
        .filter(|s| !s.competencies.is_empty() && !submitted.iter().any(|c| c.step_id == s.id))
        .map(|s| format!("{}: no submitted scorecard", s.name))
        .collect();
    missing.extend(
        cards
            .iter()
            .filter(|c| c.status == ScorecardStatus::Draft)
            .map(|c| format!("{} · {}: still a draft", c.interviewer_name, step_name(&c.step_id))),
    );
    Debrief {
        candidate_name: candidate_name.to_string(),
        role_title: role_title.to_string(),
        columns,
        rows,
        verdicts,
        missing,
        must_haves: must_haves.to_vec(),
        reject_if: reject_if.to_string(),
    }
}

/// What the hiring manager decides at the end of a debrief.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    AdvanceToOffer,
    Reject,
    Hold,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scorecard::{Rating, ScorecardInput};

    fn card(name: &str, step: &str, score: u8, status: ScorecardStatus) -> Scorecard {
        Scorecard {
            id: name.into(),
            application_id: "a".into(),
            step_id: step.into(),
            interviewer_id: name.into(),
            interviewer_name: name.into(),
            status,
            input: ScorecardInput {
                ratings: vec![Rating {
                    competency_id: "code-reasoning".into(),
                    score: Some(score),
                    evidence: format!("{name} saw it"),
                }],
                takeaways: String::new(),
                recommendation: Some(Recommendation::Yes),
                checklist: vec![],
            },
            submitted_at: None,
            updated_at: chrono::DateTime::UNIX_EPOCH,
            amendments: 0,
        }
    }

    #[test]
    fn a_spread_of_two_points_is_a_disagreement() {
        let plan = InterviewPlan::default();
        let cards = vec![
            card("Ana", "technical-screen", 4, ScorecardStatus::Submitted),
            card("Ben", "deep-dive", 2, ScorecardStatus::Submitted),
            card("Cy", "system-design", 5, ScorecardStatus::Draft),
        ];
        let d = build("Grace", "Backend", &plan, &cards, &[], "");
        assert_eq!(d.columns.len(), 2, "only submitted scorecards are columns");
        let row = d.rows.iter().find(|r| r.competency_id == "code-reasoning").expect("the row");
        assert_eq!((row.spread, row.disagreement), (2, true), "4 vs 2 is a discussion point");
        assert_eq!(row.cells[0].evidence, "Ana saw it", "evidence travels with the rating");
        assert!(d.missing.iter().any(|m| m.contains("Cy") && m.contains("draft")), "open drafts are called out");
        assert!(
            d.missing.iter().any(|m| m.starts_with("System design conversation")),
            "steps without feedback are called out"
        );
        let calm = d.rows.iter().find(|r| r.competency_id == "collaboration").expect("row");
        assert!(!calm.disagreement, "no scores, no disagreement");
    }
}
