//! Availability, busy time, candidate windows, loop suggestions, scheduling, invites and the
//! candidate's message.

use shortlist_core::availability::Availability;
use shortlist_core::message::CandidateMessage;
use shortlist_core::zone::CandidateZone;
use shortlist_core::{Interview, InterviewInput};
use shortlist_store::{
    BusyBlock, BusyInput, CalendarImport, CandidateWindow, InviteAudience, LoopQuery, LoopSuggestions,
    PlannedInterview, WindowInput,
};
use tauri::State;

use crate::error::CmdResult;
use crate::state::AppState;

#[tauri::command]
#[specta::specta]
pub async fn get_availability(state: State<'_, AppState>, person_id: String) -> CmdResult<Availability> {
    Ok(state.store()?.availability(&person_id).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn set_availability(
    state: State<'_, AppState>,
    person_id: String,
    availability: Availability,
) -> CmdResult<Availability> {
    Ok(state.store()?.set_availability(&person_id, availability).await?)
}

/// Busy blocks from a week ago on.
#[tauri::command]
#[specta::specta]
pub async fn busy_blocks(state: State<'_, AppState>, person_id: String) -> CmdResult<Vec<BusyBlock>> {
    let store = state.store()?;
    Ok(store.busy_blocks(&person_id, store.now() - chrono::Duration::days(7)).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn add_busy_block(state: State<'_, AppState>, input: BusyInput) -> CmdResult<BusyBlock> {
    Ok(state.store()?.add_busy_block(input).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn delete_busy_block(state: State<'_, AppState>, id: String) -> CmdResult<()> {
    Ok(state.store()?.delete_busy_block(&id).await?)
}

/// Busy time from a calendar export (the file's text, read by the window).
#[tauri::command]
#[specta::specta]
pub async fn import_calendar(
    state: State<'_, AppState>,
    person_id: String,
    file_name: String,
    text: String,
) -> CmdResult<CalendarImport> {
    let store = state.store()?;
    Ok(store.import_calendar(&person_id, &file_name, &text, store.now()).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn candidate_windows(state: State<'_, AppState>, application_id: String) -> CmdResult<Vec<CandidateWindow>> {
    Ok(state.store()?.candidate_windows(&application_id).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn add_candidate_window(state: State<'_, AppState>, input: WindowInput) -> CmdResult<CandidateWindow> {
    Ok(state.store()?.add_candidate_window(input).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn delete_candidate_window(state: State<'_, AppState>, id: String) -> CmdResult<()> {
    Ok(state.store()?.delete_candidate_window(&id).await?)
}

/// The candidate's zone and where it comes from (their profile, their location, or unknown), so
/// the schedule dialog can show it, or ask for it, before it searches.
#[tauri::command]
#[specta::specta]
pub async fn candidate_zone(state: State<'_, AppState>, application_id: String) -> CmdResult<CandidateZone> {
    Ok(state.store()?.candidate_zone(&application_id, None).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn suggest_loop(state: State<'_, AppState>, query: LoopQuery) -> CmdResult<LoopSuggestions> {
    Ok(state.store()?.suggest_loop(query).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn schedule_loop(
    state: State<'_, AppState>,
    application_id: String,
    time_zone: String,
    interviews: Vec<PlannedInterview>,
) -> CmdResult<Vec<Interview>> {
    Ok(state.store()?.schedule_loop(&application_id, &time_zone, interviews).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn reschedule_interview(
    state: State<'_, AppState>,
    id: String,
    input: InterviewInput,
) -> CmdResult<Interview> {
    Ok(state.store()?.reschedule_interview(&id, input).await?)
}

/// Writes the interview's invite (.ics) for the panel or the candidate; returns the path.
#[tauri::command]
#[specta::specta]
pub async fn export_invite(state: State<'_, AppState>, id: String, audience: InviteAudience) -> CmdResult<String> {
    let (name, text) = state.store()?.interview_invite(&id, audience).await?;
    super::export::write(&state, &name, &text)
}

#[tauri::command]
#[specta::specta]
pub async fn candidate_message(
    state: State<'_, AppState>,
    application_id: String,
    interview_ids: Vec<String>,
) -> CmdResult<CandidateMessage> {
    Ok(state.store()?.candidate_message(&application_id, &interview_ids).await?)
}

/// Opens the candidate's message in the mail client (a mailto: link).
#[tauri::command]
#[specta::specta]
pub async fn open_mail(app: tauri::AppHandle, message: CandidateMessage) -> CmdResult<()> {
    use tauri_plugin_opener::OpenerExt;
    let url = shortlist_core::message::mailto(&message);
    app.opener().open_url(url, None::<&str>).map_err(|e| {
        crate::error::AppError::new(
            crate::error::ErrorKind::Io,
            format!("No mail client could open the message ({e}). Copy it instead and paste it into your mail."),
        )
    })
}
