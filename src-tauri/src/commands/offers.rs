//! Offers (drafting, approvals, status, versions, letters) and outreach (drafts, lint, records,
//! follow-ups, templates, search strings).

use shortlist_core::message::CandidateMessage;
use shortlist_core::offer::{ApprovalRule, OfferAction, OfferTerms};
use shortlist_core::outreach::OutreachFields;
use shortlist_core::sourcing::SearchString;
use shortlist_store::{
    ApprovalDecision, LetterFormat, LetterPreview, OfferDiff, OfferInput, OfferView, Outreach, OutreachDraft,
    OutreachInput, OutreachResponse, Template,
};
use tauri::State;

use crate::error::CmdResult;
use crate::state::AppState;

#[tauri::command]
#[specta::specta]
pub async fn get_offer(state: State<'_, AppState>, application_id: String) -> CmdResult<Option<OfferView>> {
    Ok(state.store()?.offer_for_application(&application_id).await?)
}

/// The letter as the terms being typed would render it, with warnings and whether approval is needed.
#[tauri::command]
#[specta::specta]
pub async fn preview_letter(
    state: State<'_, AppState>,
    application_id: String,
    terms: OfferTerms,
    template_id: String,
    approval_rule: ApprovalRule,
) -> CmdResult<LetterPreview> {
    Ok(state.store()?.preview_letter(&application_id, &terms.normalized(), &template_id, approval_rule).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn save_offer(state: State<'_, AppState>, input: OfferInput) -> CmdResult<OfferView> {
    Ok(state.store()?.save_offer(input).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn offer_action(
    state: State<'_, AppState>,
    id: String,
    action: OfferAction,
    note: Option<String>,
) -> CmdResult<OfferView> {
    Ok(state.store()?.offer_action(&id, action, note.as_deref()).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn decide_offer(
    state: State<'_, AppState>,
    id: String,
    decision: ApprovalDecision,
    comment: String,
) -> CmdResult<OfferView> {
    Ok(state.store()?.decide_offer(&id, decision, &comment).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn offer_diff(state: State<'_, AppState>, id: String, from: u32, to: u32) -> CmdResult<OfferDiff> {
    Ok(state.store()?.offer_diff(&id, from, to).await?)
}

/// Writes the letter as PDF, DOCX or HTML to the Downloads folder; returns the path.
#[tauri::command]
#[specta::specta]
pub async fn export_offer(state: State<'_, AppState>, id: String, format: LetterFormat) -> CmdResult<String> {
    let (name, bytes) = state.store()?.offer_document(&id, format).await?;
    super::export::write_bytes(&state, &name, &bytes)
}

#[tauri::command]
#[specta::specta]
pub async fn offer_templates(state: State<'_, AppState>) -> CmdResult<Vec<Template>> {
    Ok(state.store()?.offer_templates().await?)
}

#[tauri::command]
#[specta::specta]
pub async fn save_offer_template(
    state: State<'_, AppState>,
    id: Option<String>,
    name: String,
    body: String,
) -> CmdResult<Template> {
    Ok(state.store()?.save_offer_template(id.as_deref(), &name, &body).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn delete_offer_template(state: State<'_, AppState>, id: String) -> CmdResult<()> {
    Ok(state.store()?.delete_offer_template(&id).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn outreach_draft(
    state: State<'_, AppState>,
    candidate_id: String,
    role_id: String,
    template_id: String,
) -> CmdResult<OutreachDraft> {
    Ok(state.store()?.outreach_draft(&candidate_id, &role_id, &template_id).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn outreach_preview(
    state: State<'_, AppState>,
    to: String,
    role_title: String,
    template_id: String,
    fields: OutreachFields,
) -> CmdResult<OutreachDraft> {
    Ok(state.store()?.outreach_preview(&to, &role_title, &template_id, fields).await?)
}

/// The lint of a message as edited by hand.
#[tauri::command]
#[specta::specta]
pub fn lint_outreach(text: String, fields: OutreachFields) -> Vec<shortlist_core::outreach::LintFinding> {
    shortlist_core::outreach::lint(&text, &fields)
}

#[tauri::command]
#[specta::specta]
pub async fn record_outreach(state: State<'_, AppState>, input: OutreachInput) -> CmdResult<Outreach> {
    let store = state.store()?;
    Ok(store.record_outreach(input, store.today()).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn set_outreach_response(
    state: State<'_, AppState>,
    id: String,
    response: OutreachResponse,
) -> CmdResult<Outreach> {
    let store = state.store()?;
    Ok(store.set_outreach_response(&id, response, store.today()).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn outreach_for_candidate(state: State<'_, AppState>, candidate_id: String) -> CmdResult<Vec<Outreach>> {
    Ok(state.store()?.outreach_for_candidate(&candidate_id).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn outreach_templates(state: State<'_, AppState>) -> CmdResult<Vec<Template>> {
    Ok(state.store()?.outreach_templates().await?)
}

#[tauri::command]
#[specta::specta]
pub async fn save_outreach_template(
    state: State<'_, AppState>,
    id: Option<String>,
    name: String,
    body: String,
) -> CmdResult<Template> {
    Ok(state.store()?.save_outreach_template(id.as_deref(), &name, &body).await?)
}

/// Saves a message as an .eml draft in the Downloads folder; returns the path.
#[tauri::command]
#[specta::specta]
pub async fn export_eml(state: State<'_, AppState>, message: CandidateMessage) -> CmdResult<String> {
    let store = state.store()?;
    let settings = store.settings().await?;
    let (name, email) = match &settings.me {
        Some(id) => {
            let p = store.person(id).await?;
            (p.name, p.email)
        }
        None => (settings.display_name.clone(), String::new()),
    };
    let text =
        shortlist_core::message::eml(&name, &email, &message, store.now().with_timezone(&store.zone()).fixed_offset());
    let stem: String = message
        .to
        .split('@')
        .next()
        .unwrap_or("message")
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    super::export::write(&state, &format!("outreach-{stem}.eml"), &text)
}

#[tauri::command]
#[specta::specta]
pub async fn search_strings(
    state: State<'_, AppState>,
    role_id: String,
    location: String,
) -> CmdResult<Vec<SearchString>> {
    Ok(state.store()?.search_strings(&role_id, &location).await?)
}
