//! Candidate profiles: the structured part of a candidate (jobs, education, skills, languages),
//! one stamped row per candidate.

use serde_json::json;
use shortlist_parse::CandidateProfile;

use crate::error::Result;
use crate::write::{Mutation, Write};
use crate::Store;

/// Writes a candidate's profile inside an open write (insert or update, with stamps).
pub(crate) async fn set_profile_in(w: &mut Write, candidate_id: &str, profile: &CandidateProfile) -> Result<()> {
    let existing: Option<(String, String)> =
        sqlx::query_as("SELECT field_hlc, hlc FROM candidate_profiles WHERE candidate_id = ?")
            .bind(candidate_id)
            .fetch_optional(w.conn())
            .await?;
    let stamps = match &existing {
        Some((stamps, row_hlc)) => w.restamp(stamps, row_hlc, &CandidateProfile::FIELDS, &CandidateProfile::FIELDS)?,
        None => "{}".to_string(),
    };
    sqlx::query(
        "INSERT INTO candidate_profiles (candidate_id, headline, positions, education, skills, languages, years_experience,
                                         low_confidence, created_at, updated_at, hlc, field_hlc)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (candidate_id) DO UPDATE SET headline = excluded.headline, positions = excluded.positions,
             education = excluded.education, skills = excluded.skills, languages = excluded.languages,
             years_experience = excluded.years_experience, low_confidence = excluded.low_confidence,
             updated_at = excluded.updated_at, hlc = excluded.hlc, field_hlc = excluded.field_hlc",
    )
    .bind(candidate_id)
    .bind(&profile.headline)
    .bind(serde_json::to_string(&profile.positions)?)
    .bind(serde_json::to_string(&profile.education)?)
    .bind(serde_json::to_string(&profile.skills)?)
    .bind(serde_json::to_string(&profile.languages)?)
    .bind(profile.years_experience)
    .bind(serde_json::to_string(&profile.low_confidence)?)
    .bind(w.now)
    .bind(w.now)
    .bind(w.hlc_text())
    .bind(stamps)
    .execute(w.conn())
    .await?;
    crate::search::reindex(w.conn(), candidate_id).await?;
    w.record(Mutation {
        name: "candidate.set_profile",
        entity: "candidate",
        entity_id: candidate_id,
        args: json!(profile),
        changed_fields: CandidateProfile::FIELDS.to_vec(),
    })
    .await
}

type ProfileRow = (String, String, String, String, String, Option<f64>, String);

fn from_row(row: ProfileRow) -> Result<CandidateProfile> {
    let (headline, positions, education, skills, languages, years_experience, low) = row;
    Ok(CandidateProfile {
        headline,
        positions: serde_json::from_str(&positions)?,
        education: serde_json::from_str(&education)?,
        skills: serde_json::from_str(&skills)?,
        languages: serde_json::from_str(&languages)?,
        years_experience,
        low_confidence: serde_json::from_str(&low)?,
    })
}

/// A candidate's profile as an open write sees it.
pub(crate) async fn profile_in(w: &mut Write, candidate_id: &str) -> Result<Option<CandidateProfile>> {
    let row: Option<ProfileRow> = sqlx::query_as(
        "SELECT headline, positions, education, skills, languages, years_experience, low_confidence
         FROM candidate_profiles WHERE candidate_id = ?",
    )
    .bind(candidate_id)
    .fetch_optional(w.conn())
    .await?;
    row.map(from_row).transpose()
}

impl Store {
    /// A candidate's structured profile, if one was imported or entered.
    pub async fn candidate_profile(&self, candidate_id: &str) -> Result<Option<CandidateProfile>> {
        let row: Option<ProfileRow> = sqlx::query_as(
            "SELECT headline, positions, education, skills, languages, years_experience, low_confidence
             FROM candidate_profiles WHERE candidate_id = ?",
        )
        .bind(candidate_id)
        .fetch_optional(&self.pool)
        .await?;
        row.map(from_row).transpose()
    }

    /// Saves the review screen in one transaction: the contact fields and the profile together.
    pub async fn save_review(
        &self,
        candidate_id: &str,
        input: shortlist_core::CandidateInput,
        profile: CandidateProfile,
    ) -> Result<CandidateProfile> {
        let input = input.normalized();
        input.validate()?;
        let region = self.default_region().await?;
        let mut w = self.begin_write().await?;
        let old = crate::candidates::candidate_in(&mut w, candidate_id).await?;
        crate::candidates::update_candidate_in(&mut w, candidate_id, &old, &input, &region).await?;
        set_profile_in(&mut w, candidate_id, &profile).await?;
        w.commit().await?;
        Ok(self.candidate_profile(candidate_id).await?.unwrap_or(profile))
    }

    /// Saves a reviewed profile (the review screen); confirmed fields are no longer "unsure".
    pub async fn save_candidate_profile(
        &self,
        candidate_id: &str,
        profile: CandidateProfile,
    ) -> Result<CandidateProfile> {
        self.candidate(candidate_id).await?;
        let mut w = self.begin_write().await?;
        set_profile_in(&mut w, candidate_id, &profile).await?;
        w.commit().await?;
        Ok(self.candidate_profile(candidate_id).await?.unwrap_or(profile))
    }
}
