use serde::Serialize;
use shortlist_core::Settings;
use specta::Type;
use tauri::State;

use crate::error::CmdResult;
use crate::state::AppState;

/// Whether the database opened; the UI shows an error screen instead of the app when it did not.
#[derive(Debug, Clone, Serialize, Type)]
pub struct StartupStatus {
    pub ok: bool,
    pub error: Option<String>,
    pub db_path: String,
    pub backup_path: Option<String>,
}

#[tauri::command]
#[specta::specta]
pub fn startup_status(state: State<'_, AppState>) -> StartupStatus {
    StartupStatus {
        ok: state.store.is_ok(),
        error: state.store.as_ref().err().cloned(),
        db_path: state.db_path.display().to_string(),
        backup_path: state.store.as_ref().ok().and_then(|s| s.backup_path()).map(|p| p.display().to_string()),
    }
}

#[tauri::command]
#[specta::specta]
pub async fn get_settings(state: State<'_, AppState>) -> CmdResult<Settings> {
    Ok(state.store()?.settings().await?)
}

#[tauri::command]
#[specta::specta]
pub async fn set_display_name(state: State<'_, AppState>, name: String) -> CmdResult<Settings> {
    Ok(state.store()?.set_display_name(&name).await?)
}

/// Chooses the zone days and times are shown in (null: follow "me", then this computer).
#[tauri::command]
#[specta::specta]
pub async fn set_time_zone(state: State<'_, AppState>, zone: Option<String>) -> CmdResult<Settings> {
    Ok(state.store()?.set_time_zone(zone.as_deref()).await?)
}

#[derive(Debug, Clone, Serialize, Type)]
pub struct DemoSummary {
    pub roles: u32,
    pub candidates: u32,
    pub applications: u32,
}

#[tauri::command]
#[specta::specta]
pub async fn load_demo_data(state: State<'_, AppState>) -> CmdResult<DemoSummary> {
    let report = state.store()?.load_demo_data().await?;
    Ok(DemoSummary {
        roles: report.roles as u32,
        candidates: report.candidates as u32,
        applications: report.applications as u32,
    })
}
