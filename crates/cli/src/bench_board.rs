//! The board benchmark: one role with 5,000 applications, every candidate with a parsed-style
//! profile (so each card is matched and risk-checked), a few hundred interviews; then the time
//! to load the whole board from the store.

use std::time::Duration;

use shortlist_core::Stage;
use shortlist_parse::profile::{Position, SkillMention, SkillSource};
use shortlist_parse::CandidateProfile;
use shortlist_store::demo::Rng;
use shortlist_store::Store;

pub const BOARD_CARDS: usize = 5_000;

const TITLES: &[&str] = &["Backend Engineer", "Senior Software Engineer", "Platform Engineer", "Staff Engineer", "SRE"];
const COMPANIES: &[&str] = &["Stripe", "Zalando", "N26", "Spotify", "Monzo", "Delivery Hero", "Adyen", "Klarna"];

fn profile(rng: &mut Rng, skills: &[(&str, &str)]) -> CandidateProfile {
    let jobs = 2 + rng.below(3);
    let mut year = 2026;
    let positions = (0..jobs)
        .map(|i| {
            let length = 1 + rng.below(4) as i32;
            let p = Position {
                company: rng.pick(COMPANIES).to_string(),
                title: rng.pick(TITLES).to_string(),
                start: Some(format!("{}-{:02}", year - length, 1 + rng.below(12))),
                end: if i == 0 { None } else { Some(format!("{year}-{:02}", 1 + rng.below(12))) },
                current: i == 0,
                ..Default::default()
            };
            year -= length;
            p
        })
        .collect();
    let skills = (0..8)
        .map(|_| {
            let (name, category) = *rng.pick(skills);
            SkillMention {
                name: name.to_string(),
                category: category.to_string(),
                found_in: vec![SkillSource::Experience, SkillSource::SkillsSection],
                last_used: Some("2026-06".into()),
            }
        })
        .collect();
    CandidateProfile {
        headline: String::new(),
        positions,
        education: vec![],
        skills,
        languages: vec!["English".into()],
        years_experience: Some(f64::from(2026 - year)),
        low_confidence: vec![],
    }
}

/// Builds the role (once per database) and returns its id.
pub async fn setup(store: &Store) -> anyhow::Result<String> {
    let existing: Option<String> =
        sqlx::query_scalar("SELECT id FROM roles WHERE title = 'Board benchmark' AND deleted_at IS NULL")
            .fetch_optional(store.pool())
            .await?;
    if let Some(id) = existing {
        return Ok(id);
    }
    let role = store
        .create_role(shortlist_core::RoleInput {
            title: "Board benchmark".into(),
            team: "Platform".into(),
            level: "Senior".into(),
            status: shortlist_core::RoleStatus::Open,
            hiring_manager: String::new(),
            recruiter: String::new(),
            opened_on: store.today(),
            closed_on: None,
            intake: shortlist_store::demo::ready_intake(),
            plan: Default::default(),
        })
        .await?;
    let ids: Vec<String> = sqlx::query_scalar("SELECT id FROM candidates WHERE deleted_at IS NULL ORDER BY id LIMIT ?")
        .bind(BOARD_CARDS as i64)
        .fetch_all(store.pool())
        .await?;
    let taxonomy: Vec<(&str, &str)> =
        shortlist_parse::taxonomy::taxonomy().iter().map(|s| (s.name.as_str(), s.category.as_str())).collect();
    let mut rng = Rng::new(17);
    for (i, id) in ids.iter().enumerate() {
        let stage = Stage::PIPELINE[rng.below(6)];
        store.add_application(id, &role.id, Some(stage)).await?;
        store.save_candidate_profile(id, profile(&mut rng, &taxonomy)).await?;
        if i % 500 == 0 {
            crate::progress_bar(i, ids.len());
        }
    }
    eprintln!();
    Ok(role.id)
}

pub struct BoardTimes {
    /// The first load after the profiles were written: every card scored and its facts cached.
    pub cold: Duration,
    pub median: Duration,
    pub p95: Duration,
    pub cards: usize,
}

/// The first (cold) load, then median and p95 of loading the role's whole board.
pub async fn measure(store: &Store, role_id: &str, samples: usize) -> anyhow::Result<BoardTimes> {
    let started = std::time::Instant::now();
    let cards = store.board(role_id, store.now()).await?.cards.len();
    let cold = started.elapsed();
    let (median, p95) =
        crate::bench::time(samples, || async { store.board(role_id, store.now()).await.map(|_| ()) }).await?;
    Ok(BoardTimes { cold, median, p95, cards })
}
