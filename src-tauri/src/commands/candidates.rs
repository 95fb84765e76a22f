use shortlist_core::{
    Candidate, CandidateDetail, CandidateInput, CandidatePage, CandidateQuery, CandidateSaved, Warning,
};
use tauri::State;

use crate::error::CmdResult;
use crate::state::AppState;

#[tauri::command]
#[specta::specta]
pub async fn list_candidates(state: State<'_, AppState>, query: CandidateQuery) -> CmdResult<CandidatePage> {
    Ok(state.store()?.list_candidates(&query).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn get_candidate(state: State<'_, AppState>, id: String) -> CmdResult<CandidateDetail> {
    Ok(state.store()?.candidate_detail(&id).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn create_candidate(
    state: State<'_, AppState>,
    input: CandidateInput,
    role_id: Option<String>,
) -> CmdResult<CandidateSaved> {
    Ok(state.store()?.create_candidate(input, role_id.as_deref()).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn update_candidate(
    state: State<'_, AppState>,
    id: String,
    input: CandidateInput,
) -> CmdResult<CandidateSaved> {
    Ok(state.store()?.update_candidate(&id, input).await?)
}

/// Warnings (not errors) for a form being filled in, e.g. an email another candidate already has.
#[tauri::command]
#[specta::specta]
pub async fn check_candidate(
    state: State<'_, AppState>,
    input: CandidateInput,
    exclude_id: Option<String>,
) -> CmdResult<Vec<Warning>> {
    Ok(state.store()?.candidate_warnings(&input, exclude_id.as_deref()).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn delete_candidate(state: State<'_, AppState>, id: String) -> CmdResult<()> {
    Ok(state.store()?.delete_candidate(&id).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn restore_candidate(state: State<'_, AppState>, id: String) -> CmdResult<Candidate> {
    Ok(state.store()?.restore_candidate(&id).await?)
}
