use shortlist_store::{SavedSearch, SearchFilters, SearchResults};
use tauri::State;

use crate::error::CmdResult;
use crate::state::AppState;

/// A boolean query with filters: one page of matches (`limit` from `offset`, best first) and the
/// total; a query mistake comes back as a validation error on `query`.
#[tauri::command]
#[specta::specta]
pub async fn search_candidates(
    state: State<'_, AppState>,
    query: String,
    filters: SearchFilters,
    offset: u32,
    limit: u32,
) -> CmdResult<SearchResults> {
    Ok(state.store()?.search(&query, &filters, offset, limit).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn saved_searches(state: State<'_, AppState>) -> CmdResult<Vec<SavedSearch>> {
    Ok(state.store()?.saved_searches().await?)
}

#[tauri::command]
#[specta::specta]
pub async fn save_search(
    state: State<'_, AppState>,
    name: String,
    query: String,
    filters: SearchFilters,
) -> CmdResult<SavedSearch> {
    Ok(state.store()?.save_search(&name, &query, &filters).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn delete_saved_search(state: State<'_, AppState>, id: String) -> CmdResult<()> {
    Ok(state.store()?.delete_saved_search(&id).await?)
}
