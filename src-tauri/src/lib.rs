//! The Shortlist desktop app: Tauri builder, app state and the command surface.

mod commands;
mod error;
mod reminders;
mod state;

use tauri::Manager;
use tauri_specta::{collect_commands, Builder};

pub use error::{AppError, ErrorKind};
pub use state::{resolve_db_path, AppState};

/// The one specta builder: it feeds the invoke handler and the TypeScript bindings.
pub fn specta_builder() -> Builder<tauri::Wry> {
    Builder::<tauri::Wry>::new()
        // Money is i64 minor units (ARCHITECTURE.md); every amount we store is far below 2^53.
        .dangerously_cast_bigints_to_number()
        .commands(collect_commands![
            commands::app::startup_status,
            commands::app::get_settings,
            commands::app::set_display_name,
            commands::app::set_time_zone,
            commands::app::load_demo_data,
            commands::roles::list_roles,
            commands::roles::get_role,
            commands::roles::create_role,
            commands::roles::update_role,
            commands::roles::close_role,
            commands::roles::reopen_role,
            commands::job_description::job_description,
            commands::job_description::render_markdown,
            commands::job_description::export_job_description,
            commands::candidates::list_candidates,
            commands::candidates::get_candidate,
            commands::candidates::create_candidate,
            commands::candidates::update_candidate,
            commands::candidates::check_candidate,
            commands::candidates::delete_candidate,
            commands::candidates::restore_candidate,
            commands::applications::add_to_role,
            commands::applications::move_stage,
            commands::applications::get_board,
            commands::applications::stalled_cards,
            commands::applications::move_stages,
            commands::applications::set_screen_choice,
            commands::people::list_people,
            commands::people::create_person,
            commands::people::update_person,
            commands::people::delete_person,
            commands::people::set_me,
            commands::scorecards::my_scorecard,
            commands::scorecards::save_scorecard_draft,
            commands::scorecards::submit_scorecard,
            commands::scorecards::scorecards_for_application,
            commands::scorecards::get_feedback_visibility,
            commands::scorecards::set_feedback_visibility,
            commands::scorecards::get_debrief,
            commands::scorecards::record_decision,
            commands::interviews::schedule_interview,
            commands::interviews::cancel_interview,
            commands::interviews::reinstate_interview,
            commands::interviews::interviews_for_application,
            commands::interviews::needs_feedback,
            commands::interviews::my_week,
            commands::scheduling::candidate_zone,
            commands::scheduling::get_availability,
            commands::scheduling::set_availability,
            commands::scheduling::busy_blocks,
            commands::scheduling::add_busy_block,
            commands::scheduling::delete_busy_block,
            commands::scheduling::import_calendar,
            commands::scheduling::candidate_windows,
            commands::scheduling::add_candidate_window,
            commands::scheduling::delete_candidate_window,
            commands::scheduling::suggest_loop,
            commands::scheduling::schedule_loop,
            commands::scheduling::reschedule_interview,
            commands::scheduling::export_invite,
            commands::scheduling::candidate_message,
            commands::scheduling::open_mail,
            commands::offers::get_offer,
            commands::offers::preview_letter,
            commands::offers::save_offer,
            commands::offers::offer_action,
            commands::offers::decide_offer,
            commands::offers::offer_diff,
            commands::offers::export_offer,
            commands::offers::offer_templates,
            commands::offers::save_offer_template,
            commands::offers::delete_offer_template,
            commands::offers::outreach_draft,
            commands::offers::outreach_preview,
            commands::offers::lint_outreach,
            commands::offers::record_outreach,
            commands::offers::set_outreach_response,
            commands::offers::outreach_for_candidate,
            commands::offers::outreach_templates,
            commands::offers::save_outreach_template,
            commands::offers::export_eml,
            commands::offers::search_strings,
            commands::imports::start_import,
            commands::imports::cancel_import,
            commands::imports::preview_csv,
            commands::profiles::candidate_profile,
            commands::profiles::save_candidate_profile,
            commands::profiles::save_review,
            commands::profiles::candidate_resumes,
            commands::profiles::resume_text,
            commands::profiles::open_resume,
            commands::profiles::candidate_duplicates,
            commands::profiles::duplicate_clusters,
            commands::profiles::set_default_region,
            commands::profiles::merge_candidates,
            commands::profiles::undo_merge,
            commands::profiles::risk_flags,
            commands::profiles::dismiss_risk,
            commands::profiles::restore_risk,
            commands::profiles::rank_for_role,
            commands::export::export_json_resume,
            commands::export::export_candidates_csv,
            commands::export::export_search_csv,
            commands::export::export_ranking_csv,
            commands::search::search_candidates,
            commands::search::saved_searches,
            commands::search::save_search,
            commands::search::delete_saved_search,
        ])
        .events(tauri_specta::collect_events![commands::imports::ImportProgress, commands::imports::ImportFinished])
}

/// The TypeScript bindings exactly as they are committed in `ui/src/bindings.ts`.
pub fn render_bindings() -> Result<String, String> {
    let dir = std::env::temp_dir().join(format!("shortlist-bindings-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let file = dir.join("bindings.ts");
    specta_builder()
        .export(
            specta_typescript::Typescript::default()
                .header("// Generated by tauri-specta from the Rust commands. Do not edit.\n"),
            &file,
        )
        .map_err(|e| e.to_string())?;
    let text = std::fs::read_to_string(&file).map_err(|e| e.to_string())?;
    let _ = std::fs::remove_dir_all(&dir);
    Ok(text)
}

/// `--demo`: fills the database with the demo dataset unless it already has it.
fn load_demo_once(store: &shortlist_store::Store) {
    match tauri::async_runtime::block_on(store.load_demo_data()) {
        Ok(report) => {
            eprintln!("shortlist: loaded demo data ({} roles, {} candidates)", report.roles, report.candidates)
        }
        Err(shortlist_store::StoreError::Conflict(_)) => {}
        Err(err) => eprintln!("shortlist: could not load demo data: {err}"),
    }
}

/// Builds and runs the app (the entry point of `main`).
pub fn run() {
    run_app(tauri::Builder::default());
}

/// Runs the app on a given builder.
pub fn run_app(builder: tauri::Builder<tauri::Wry>) {
    let specta = specta_builder();
    let app = builder
        .plugin(tauri_plugin_notification::init())
        .plugin(tauri_plugin_opener::init())
        .invoke_handler(specta.invoke_handler())
        .setup(move |app| {
            specta.mount_events(app);
            let args: Vec<String> = std::env::args().collect();
            let data_dir = app.path().app_data_dir().ok();
            let db_path = resolve_db_path(&args, std::env::var("SHORTLIST_DB").ok(), data_dir.as_deref())
                .unwrap_or_else(|| std::path::PathBuf::from("shortlist.db"));
            // SHORTLIST_NOW (set only by the end-to-end tests) starts the app's clock at a chosen instant.
            let store = shortlist_store::Clock::from_env().and_then(|clock| {
                tauri::async_runtime::block_on(shortlist_store::Store::open_with_clock(&db_path, clock))
                    .map_err(|e| e.to_string())
            });
            match &store {
                Err(message) => eprintln!("shortlist: could not open {}: {message}", db_path.display()),
                Ok(store) if args.iter().any(|a| a == "--demo") => load_demo_once(store),
                Ok(_) => {}
            }
            // Exports go where the OS keeps downloads (home if it has no such folder).
            let export_dir =
                app.path().download_dir().or_else(|_| app.path().home_dir()).unwrap_or_else(|_| std::env::temp_dir());
            if let Ok(store) = &store {
                reminders::start(app.handle().clone(), store.clone());
            }
            app.manage(AppState { db_path, store, export_dir, imports: Default::default() });
            Ok(())
        })
        .build(tauri::generate_context!());
    match app {
        Ok(app) => app.run(|_, _| {}),
        Err(err) => {
            eprintln!("shortlist: the window could not start: {err}");
            std::process::exit(1);
        }
    }
}

#[cfg(test)]
mod tests {
    /// Fails when `ui/src/bindings.ts` no longer matches the commands; `UPDATE_BINDINGS=1` rewrites it.
    #[test]
    fn bindings_are_current() {
        let rendered = super::render_bindings().expect("bindings must render");
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/bindings.ts");
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::write(&path, &rendered).expect("bindings must be writable");
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == rendered,
            "ui/src/bindings.ts is stale: run `UPDATE_BINDINGS=1 cargo test --workspace bindings_are_current` and commit it"
        );
    }
}
