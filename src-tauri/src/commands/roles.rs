use shortlist_core::{Role, RoleDetail, RoleInput, RoleSummary};
use tauri::State;

use crate::error::CmdResult;
use crate::state::AppState;

#[tauri::command]
#[specta::specta]
pub async fn list_roles(state: State<'_, AppState>) -> CmdResult<Vec<RoleSummary>> {
    Ok(state.store()?.list_roles().await?)
}

#[tauri::command]
#[specta::specta]
pub async fn get_role(state: State<'_, AppState>, id: String) -> CmdResult<RoleDetail> {
    Ok(state.store()?.role_detail(&id).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn create_role(state: State<'_, AppState>, input: RoleInput) -> CmdResult<Role> {
    Ok(state.store()?.create_role(input).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn update_role(state: State<'_, AppState>, id: String, input: RoleInput) -> CmdResult<Role> {
    Ok(state.store()?.update_role(&id, input).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn close_role(state: State<'_, AppState>, id: String) -> CmdResult<Role> {
    Ok(state.store()?.close_role(&id).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn reopen_role(state: State<'_, AppState>, id: String) -> CmdResult<Role> {
    Ok(state.store()?.reopen_role(&id).await?)
}
