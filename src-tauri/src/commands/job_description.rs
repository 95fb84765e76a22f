use serde::Deserialize;
use shortlist_core::job_description::{html_document, to_html, JobDescription};
use specta::Type;
use tauri::State;

use crate::error::{AppError, CmdResult, ErrorKind};
use crate::state::AppState;

#[tauri::command]
#[specta::specta]
pub async fn job_description(state: State<'_, AppState>, id: String) -> CmdResult<JobDescription> {
    Ok(JobDescription::for_role(&state.store()?.role(&id).await?))
}

/// Live preview of an edit: the same renderer as the export.
#[tauri::command]
#[specta::specta]
pub fn render_markdown(markdown: String) -> String {
    to_html(&markdown)
}

#[derive(Debug, Clone, Copy, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    Markdown,
    Html,
}

/// Writes the role's job description into the Downloads folder and returns the file's path.
#[tauri::command]
#[specta::specta]
pub async fn export_job_description(state: State<'_, AppState>, id: String, format: ExportFormat) -> CmdResult<String> {
    let role = state.store()?.role(&id).await?;
    let jd = JobDescription::for_role(&role);
    let (extension, body) = match format {
        ExportFormat::Markdown => ("md", jd.markdown),
        ExportFormat::Html => ("html", html_document(&role.title, &jd.markdown)),
    };
    std::fs::create_dir_all(&state.export_dir).map_err(io_error)?;
    let path = state.export_dir.join(format!("{}.{extension}", file_stem(&role.title)));
    std::fs::write(&path, body).map_err(io_error)?;
    Ok(path.display().to_string())
}

fn io_error(err: impl std::fmt::Display) -> AppError {
    AppError::new(ErrorKind::Storage, format!("The file could not be written: {err}"))
}

/// "Senior Go Engineer (Payments)" → "senior-go-engineer-payments-job-description".
fn file_stem(title: &str) -> String {
    let slug: String = title.to_lowercase().chars().map(|c| if c.is_alphanumeric() { c } else { '-' }).collect();
    let slug = slug.split('-').filter(|p| !p.is_empty()).collect::<Vec<_>>().join("-");
    format!("{}-job-description", if slug.is_empty() { "role" } else { &slug })
}

#[cfg(test)]
mod tests {
    #[test]
    fn file_names_are_safe_slugs() {
        assert_eq!(
            super::file_stem("Senior Go Engineer (Payments)"),
            "senior-go-engineer-payments-job-description",
            "punctuation folds to dashes"
        );
        assert_eq!(super::file_stem("../../etc"), "etc-job-description", "no path traversal");
        assert_eq!(super::file_stem("!!!"), "role-job-description", "never empty");
    }
}
