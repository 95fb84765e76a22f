//! Ranking a role's applicants, or everyone with a profile, against the role's intake.

use serde::{Deserialize, Serialize};
use shortlist_parse::matching::{score, Criterion};
use shortlist_parse::CandidateProfile;
use specta::Type;

use crate::error::Result;
use crate::Store;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct RankedCandidate {
    pub candidate_id: String,
    pub full_name: String,
    pub headline: String,
    /// The candidate's stage in this role, if they are in its pipeline.
    pub stage: Option<shortlist_core::Stage>,
    pub score: u32,
    pub criteria: Vec<Criterion>,
    pub has_profile: bool,
}

type Row = (
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<f64>,
    Option<String>,
);

impl Store {
    /// The role's applicants (`pool` false) or every candidate with a profile (`pool` true),
    /// best match first; ties by name, so the order is always the same.
    pub async fn rank_for_role(&self, role_id: &str, pool: bool, limit: u32) -> Result<Vec<RankedCandidate>> {
        let role = self.role(role_id).await?;
        let today = self.this_month();
        let sql = if pool {
            "SELECT c.id, c.full_name, p.headline, p.positions, p.education, p.skills, p.languages, p.years_experience, a.stage
             FROM candidate_profiles p JOIN candidates c ON c.id = p.candidate_id
             LEFT JOIN applications a ON a.candidate_id = c.id AND a.role_id = ?1 AND a.deleted_at IS NULL
             WHERE c.deleted_at IS NULL"
        } else {
            "SELECT c.id, c.full_name, p.headline, p.positions, p.education, p.skills, p.languages, p.years_experience, a.stage
             FROM applications a JOIN candidates c ON c.id = a.candidate_id
             LEFT JOIN candidate_profiles p ON p.candidate_id = c.id
             WHERE a.role_id = ?1 AND a.deleted_at IS NULL AND c.deleted_at IS NULL"
        };
        let rows: Vec<Row> = sqlx::query_as(sql).bind(role_id).fetch_all(&self.pool).await?;
        let mut ranked = Vec::with_capacity(rows.len());
        for (id, full_name, headline, positions, education, skills, languages, years, stage) in rows {
            let has_profile = positions.is_some();
            let profile = CandidateProfile {
                headline: headline.clone().unwrap_or_default(),
                positions: positions.map(|p| serde_json::from_str(&p)).transpose()?.unwrap_or_default(),
                education: education.map(|p| serde_json::from_str(&p)).transpose()?.unwrap_or_default(),
                skills: skills.map(|p| serde_json::from_str(&p)).transpose()?.unwrap_or_default(),
                languages: languages.map(|p| serde_json::from_str(&p)).transpose()?.unwrap_or_default(),
                years_experience: years,
                low_confidence: vec![],
            };
            let result = score(&role.intake, &profile, today);
            ranked.push(RankedCandidate {
                candidate_id: id,
                full_name,
                headline: headline.unwrap_or_default(),
                stage: stage.as_deref().and_then(shortlist_core::Stage::parse),
                score: result.score,
                criteria: result.criteria,
                has_profile,
            });
        }
        ranked.sort_by(|a, b| {
            b.score
                .cmp(&a.score)
                .then_with(|| a.full_name.cmp(&b.full_name))
                .then_with(|| a.candidate_id.cmp(&b.candidate_id))
        });
        ranked.truncate(limit.clamp(1, 1000) as usize);
        Ok(ranked)
    }
}
