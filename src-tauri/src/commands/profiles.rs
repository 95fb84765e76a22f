//! A candidate's parsed profile, resumes and likely duplicates.

use shortlist_core::{DuplicateCluster, DuplicateMatch, ResumeInfo};
use shortlist_parse::CandidateProfile;
use tauri::{AppHandle, State};
use tauri_plugin_opener::OpenerExt;

use crate::error::{AppError, CmdResult, ErrorKind};
use crate::state::AppState;

#[tauri::command]
#[specta::specta]
pub async fn candidate_profile(state: State<'_, AppState>, id: String) -> CmdResult<Option<CandidateProfile>> {
    Ok(state.store()?.candidate_profile(&id).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn save_candidate_profile(
    state: State<'_, AppState>,
    id: String,
    profile: CandidateProfile,
) -> CmdResult<CandidateProfile> {
    Ok(state.store()?.save_candidate_profile(&id, profile).await?)
}

/// The review screen's save: contact fields and profile in one transaction.
#[tauri::command]
#[specta::specta]
pub async fn save_review(
    state: State<'_, AppState>,
    id: String,
    input: shortlist_core::CandidateInput,
    profile: CandidateProfile,
) -> CmdResult<CandidateProfile> {
    Ok(state.store()?.save_review(&id, input, profile).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn candidate_resumes(state: State<'_, AppState>, id: String) -> CmdResult<Vec<ResumeInfo>> {
    Ok(state.store()?.resumes_for(&id).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn resume_text(state: State<'_, AppState>, resume_id: String) -> CmdResult<String> {
    Ok(state.store()?.resume_text(&resume_id).await?)
}

/// Opens the stored original with the system's viewer; returns its path.
#[tauri::command]
#[specta::specta]
pub async fn open_resume(app: AppHandle, state: State<'_, AppState>, resume_id: String) -> CmdResult<String> {
    let path = state.store()?.resume_path(&resume_id).await?;
    let shown = path.display().to_string();
    app.opener()
        .open_path(shown.clone(), None::<&str>)
        .map_err(|e| AppError::new(ErrorKind::Io, format!("No application could open {shown}: {e}")))?;
    Ok(shown)
}

#[tauri::command]
#[specta::specta]
pub async fn candidate_duplicates(state: State<'_, AppState>, id: String) -> CmdResult<Vec<DuplicateMatch>> {
    Ok(state.store()?.duplicates_of(&id).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn duplicate_clusters(state: State<'_, AppState>) -> CmdResult<Vec<DuplicateCluster>> {
    Ok(state.store()?.duplicate_clusters().await?)
}

#[tauri::command]
#[specta::specta]
pub async fn set_default_region(state: State<'_, AppState>, region: String) -> CmdResult<shortlist_core::Settings> {
    Ok(state.store()?.set_default_region(&region).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn merge_candidates(
    state: State<'_, AppState>,
    survivor_id: String,
    merged_id: String,
    fields: shortlist_core::CandidateInput,
) -> CmdResult<shortlist_store::MergeRecord> {
    Ok(state.store()?.merge_candidates(&survivor_id, &merged_id, fields).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn undo_merge(state: State<'_, AppState>, merge_id: String) -> CmdResult<shortlist_store::MergeRecord> {
    Ok(state.store()?.undo_merge(&merge_id).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn risk_flags(state: State<'_, AppState>, id: String) -> CmdResult<Vec<shortlist_store::RiskView>> {
    Ok(state.store()?.risk_flags(&id).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn dismiss_risk(state: State<'_, AppState>, id: String, key: String, note: String) -> CmdResult<()> {
    Ok(state.store()?.dismiss_risk(&id, &key, &note).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn restore_risk(state: State<'_, AppState>, id: String, key: String) -> CmdResult<()> {
    Ok(state.store()?.restore_risk(&id, &key).await?)
}

/// A role's applicants (or, with `pool`, everyone with a profile) ranked against its intake.
#[tauri::command]
#[specta::specta]
pub async fn rank_for_role(
    state: State<'_, AppState>,
    role_id: String,
    pool: bool,
) -> CmdResult<Vec<shortlist_store::RankedCandidate>> {
    Ok(state.store()?.rank_for_role(&role_id, pool, 200).await?)
}
