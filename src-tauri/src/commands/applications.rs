use shortlist_core::{ApplicationView, Board, MoveStage, ScreenChoice, Stage, StalledCard};
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

/// A role's pipeline board: every card with the facts that decide the next action.
#[tauri::command]
#[specta::specta]
pub async fn get_board(state: State<'_, AppState>, role_id: String) -> CmdResult<Board> {
    Ok(state.store()?.board(&role_id, state.store()?.now()).await?)
}

/// Cards past their stage's time limit, across every role that is not closed.
#[tauri::command]
#[specta::specta]
pub async fn stalled_cards(state: State<'_, AppState>) -> CmdResult<Vec<StalledCard>> {
    Ok(state.store()?.stalled(state.store()?.now()).await?)
}

/// Moves several cards at once; all move or none does.
#[tauri::command]
#[specta::specta]
pub async fn move_stages(
    state: State<'_, AppState>,
    application_ids: Vec<String>,
    to: Stage,
    reason: Option<String>,
) -> CmdResult<Vec<ApplicationView>> {
    Ok(state.store()?.move_stages(&application_ids, to, reason.as_deref()).await?)
}

/// Records which path through the technical screen the candidate chose (None clears it).
#[tauri::command]
#[specta::specta]
pub async fn set_screen_choice(
    state: State<'_, AppState>,
    application_id: String,
    choice: Option<ScreenChoice>,
) -> CmdResult<()> {
    Ok(state.store()?.set_screen_choice(&application_id, choice).await?)
}
