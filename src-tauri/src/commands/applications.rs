use shortlist_core::{ApplicationView, MoveStage, Stage};
use tauri::State;

use crate::error::CmdResult;
use crate::state::AppState;

#[tauri::command]
#[specta::specta]
pub async fn add_to_role(
    state: State<'_, AppState>,
    candidate_id: String,
    role_id: String,
    stage: Option<Stage>,
) -> CmdResult<ApplicationView> {
    Ok(state.store()?.add_application(&candidate_id, &role_id, stage).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn move_stage(state: State<'_, AppState>, input: MoveStage) -> CmdResult<ApplicationView> {
    Ok(state.store()?.move_stage(input).await?)
}
