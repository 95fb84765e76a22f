use shortlist_core::{FeedbackDue, Interview, InterviewInput};
use tauri::State;

use crate::error::CmdResult;
use crate::state::AppState;

#[tauri::command]
#[specta::specta]
pub async fn schedule_interview(state: State<'_, AppState>, input: InterviewInput) -> CmdResult<Interview> {
    Ok(state.store()?.schedule_interview(input).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn cancel_interview(state: State<'_, AppState>, id: String) -> CmdResult<Interview> {
    Ok(state.store()?.cancel_interview(&id).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn reinstate_interview(state: State<'_, AppState>, id: String) -> CmdResult<Interview> {
    Ok(state.store()?.reinstate_interview(&id).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn interviews_for_application(
    state: State<'_, AppState>,
    application_id: String,
) -> CmdResult<Vec<Interview>> {
    Ok(state.store()?.interviews_for_application(&application_id).await?)
}

/// Every scorecard still owed for an interview that has ended, most urgent first.
#[tauri::command]
#[specta::specta]
pub async fn needs_feedback(state: State<'_, AppState>) -> CmdResult<Vec<FeedbackDue>> {
    Ok(state.store()?.needs_feedback(state.store()?.now()).await?)
}

/// My interviews this week, the feedback I owe and stalled candidates in the roles I own.
#[tauri::command]
#[specta::specta]
pub async fn my_week(state: State<'_, AppState>) -> CmdResult<shortlist_store::MyWeek> {
    Ok(state.store()?.my_week(state.store()?.now()).await?)
}
