use shortlist_core::{FeedbackVisibility, Scorecard, ScorecardInput, ScorecardView};
use tauri::State;

use crate::error::CmdResult;
use crate::state::AppState;

/// My scorecard for one step of an application (an empty draft the first time).
#[tauri::command]
#[specta::specta]
pub async fn my_scorecard(state: State<'_, AppState>, application_id: String, step_id: String) -> CmdResult<Scorecard> {
    Ok(state.store()?.my_scorecard(&application_id, &step_id).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn save_scorecard_draft(
    state: State<'_, AppState>,
    id: String,
    input: ScorecardInput,
) -> CmdResult<Scorecard> {
    Ok(state.store()?.save_scorecard_draft(&id, input).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn submit_scorecard(state: State<'_, AppState>, id: String, input: ScorecardInput) -> CmdResult<Scorecard> {
    Ok(state.store()?.submit_scorecard(&id, input).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn scorecards_for_application(
    state: State<'_, AppState>,
    application_id: String,
) -> CmdResult<Vec<ScorecardView>> {
    Ok(state.store()?.scorecards_for_application(&application_id).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn get_feedback_visibility(state: State<'_, AppState>) -> CmdResult<FeedbackVisibility> {
    Ok(state.store()?.feedback_visibility().await?)
}

#[tauri::command]
#[specta::specta]
pub async fn set_feedback_visibility(state: State<'_, AppState>, rule: FeedbackVisibility) -> CmdResult<()> {
    Ok(state.store()?.set_feedback_visibility(rule).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn get_debrief(
    state: State<'_, AppState>,
    application_id: String,
) -> CmdResult<shortlist_core::debrief::Debrief> {
    Ok(state.store()?.debrief(&application_id).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn record_decision(
    state: State<'_, AppState>,
    application_id: String,
    decision: shortlist_core::debrief::Decision,
    rationale: String,
) -> CmdResult<shortlist_core::ApplicationView> {
    Ok(state.store()?.record_decision(&application_id, decision, &rationale).await?)
}
