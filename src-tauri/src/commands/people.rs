use shortlist_core::{Person, PersonInput, Settings};
use tauri::State;

use crate::error::CmdResult;
use crate::state::AppState;

#[tauri::command]
#[specta::specta]
pub async fn list_people(state: State<'_, AppState>) -> CmdResult<Vec<Person>> {
    Ok(state.store()?.list_people().await?)
}

#[tauri::command]
#[specta::specta]
pub async fn create_person(state: State<'_, AppState>, input: PersonInput) -> CmdResult<Person> {
    Ok(state.store()?.create_person(input).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn update_person(state: State<'_, AppState>, id: String, input: PersonInput) -> CmdResult<Person> {
    Ok(state.store()?.update_person(&id, input).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn delete_person(state: State<'_, AppState>, id: String) -> CmdResult<()> {
    Ok(state.store()?.delete_person(&id).await?)
}

/// Chooses who "me" is on this laptop (null: use the display name).
#[tauri::command]
#[specta::specta]
pub async fn set_me(state: State<'_, AppState>, person_id: Option<String>) -> CmdResult<Settings> {
    Ok(state.store()?.set_me(person_id.as_deref()).await?)
}
