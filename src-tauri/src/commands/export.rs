//! Exports written to the Downloads folder; each returns the path it wrote.

use shortlist_core::CandidateQuery;
use shortlist_store::export::csv;
use shortlist_store::SearchFilters;
use tauri::State;

use crate::error::{AppError, CmdResult, ErrorKind};
use crate::state::AppState;

pub(crate) fn write(state: &AppState, name: &str, body: &str) -> CmdResult<String> {
    write_bytes(state, name, body.as_bytes())
}

pub(crate) fn write_bytes(state: &AppState, name: &str, body: &[u8]) -> CmdResult<String> {
    let io = |e: std::io::Error| AppError::new(ErrorKind::Io, format!("The file could not be written: {e}"));
    std::fs::create_dir_all(&state.export_dir).map_err(io)?;
    let path = state.export_dir.join(name);
    std::fs::write(&path, body).map_err(io)?;
    Ok(path.display().to_string())
}

fn slug(s: &str) -> String {
    let lower: String =
        shortlist_core::text::fold(s).chars().map(|c| if c.is_alphanumeric() { c } else { '-' }).collect();
    let joined = lower.split('-').filter(|p| !p.is_empty()).collect::<Vec<_>>().join("-");
    if joined.is_empty() {
        "candidate".into()
    } else {
        joined
    }
}

/// Today in the user's zone, for file names.
fn today(state: &AppState) -> Result<String, AppError> {
    Ok(state.store()?.today().format("%Y-%m-%d").to_string())
}

#[tauri::command]
#[specta::specta]
pub async fn export_json_resume(state: State<'_, AppState>, id: String) -> CmdResult<String> {
    let store = state.store()?;
    let doc = store.export_json_resume(&id).await?;
    let name = doc["basics"]["name"].as_str().unwrap_or("candidate").to_string();
    let body = serde_json::to_string_pretty(&doc).map_err(|e| AppError::new(ErrorKind::Storage, e.to_string()))?;
    write(&state, &format!("{}.resume.json", slug(&name)), &body)
}

#[tauri::command]
#[specta::specta]
pub async fn export_candidates_csv(state: State<'_, AppState>, query: CandidateQuery) -> CmdResult<String> {
    let body = state.store()?.export_candidates_csv(&query).await?;
    write(&state, &format!("candidates-{}.csv", today(&state)?), &body)
}

#[tauri::command]
#[specta::specta]
pub async fn export_search_csv(state: State<'_, AppState>, query: String, filters: SearchFilters) -> CmdResult<String> {
    let body = state.store()?.export_search_csv(&query, &filters).await?;
    write(&state, &format!("search-{}.csv", today(&state)?), &body)
}

/// A ranked list for a role as CSV (score and every criterion's status).
#[tauri::command]
#[specta::specta]
pub async fn export_ranking_csv(state: State<'_, AppState>, role_id: String, pool: bool) -> CmdResult<String> {
    let store = state.store()?;
    let role = store.role(&role_id).await?;
    let ranked = store.rank_for_role(&role_id, pool, 1000).await?;
    let rows: Vec<Vec<String>> = ranked
        .into_iter()
        .map(|r| {
            let summary = r
                .criteria
                .iter()
                .map(|c| format!("{}: {:?}", c.name, c.status).to_lowercase())
                .collect::<Vec<_>>()
                .join("; ");
            vec![
                r.full_name,
                r.score.to_string(),
                r.headline,
                r.stage.map(|s| s.as_str().to_string()).unwrap_or_default(),
                summary,
            ]
        })
        .collect();
    let body = csv(&["Name", "Score", "Headline", "Stage", "Criteria"], &rows);
    write(&state, &format!("{}-ranking-{}.csv", slug(&role.title), today(&state)?), &body)
}
