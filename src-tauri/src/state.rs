//! App state: the open store, or why it could not be opened (shown by the UI's error screen).

use std::path::{Path, PathBuf};

use shortlist_store::Store;

use crate::error::{AppError, ErrorKind};

pub struct AppState {
    pub db_path: PathBuf,
    pub store: Result<Store, String>,
    /// Where exported files (job descriptions) are written.
    pub export_dir: PathBuf,
    pub imports: ImportJobs,
}

impl AppState {
    pub fn store(&self) -> Result<&Store, AppError> {
        self.store.as_ref().map_err(|message| AppError::new(ErrorKind::Startup, message.clone()))
    }
}

/// The database path: `--db PATH` (or `--db=PATH`) wins, then `SHORTLIST_DB`, then the app-data folder.
pub fn resolve_db_path(args: &[String], env: Option<String>, app_data_dir: Option<&Path>) -> Option<PathBuf> {
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        if arg == "--db" {
            if let Some(path) = iter.next() {
                return Some(PathBuf::from(path));
            }
        } else if let Some(path) = arg.strip_prefix("--db=") {
            return Some(PathBuf::from(path));
        }
    }
    if let Some(path) = env.filter(|p| !p.trim().is_empty()) {
        return Some(PathBuf::from(path));
    }
    app_data_dir.map(shortlist_store::default_db_path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flag_beats_env_beats_default() {
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let data = Path::new("/data");
        assert_eq!(
            resolve_db_path(&args(&["app", "--db", "/a.db"]), Some("/b.db".into()), Some(data)),
            Some("/a.db".into()),
            "--db wins"
        );
        assert_eq!(
            resolve_db_path(&args(&["app", "--db=/c.db"]), None, Some(data)),
            Some("/c.db".into()),
            "--db= form works"
        );
        assert_eq!(
            resolve_db_path(&args(&["app"]), Some("/b.db".into()), Some(data)),
            Some("/b.db".into()),
            "env beats default"
        );
        assert_eq!(
            resolve_db_path(&args(&["app"]), None, Some(data)),
            Some("/data/shortlist.db".into()),
            "default is app data"
        );
    }
}

/// Running import jobs and their cancel flags.
#[derive(Default)]
pub struct ImportJobs {
    next: std::sync::atomic::AtomicU32,
    running: std::sync::Mutex<std::collections::HashMap<u32, std::sync::Arc<std::sync::atomic::AtomicBool>>>,
}

impl ImportJobs {
    pub fn start(&self) -> (u32, std::sync::Arc<std::sync::atomic::AtomicBool>) {
        let job = self.next.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
        let flag = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        if let Ok(mut running) = self.running.lock() {
            running.insert(job, flag.clone());
        }
        (job, flag)
    }

    pub fn cancel(&self, job: u32) {
        if let Some(flag) = self.running.lock().ok().and_then(|r| r.get(&job).cloned()) {
            flag.store(true, std::sync::atomic::Ordering::Relaxed);
        }
    }

    pub fn finish(&self, job: u32) {
        if let Ok(mut running) = self.running.lock() {
            running.remove(&job);
        }
    }
}
