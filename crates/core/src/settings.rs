use serde::{Deserialize, Serialize};
use specta::Type;

/// This laptop's local settings (never synced).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Settings {
    /// The name recorded as the author of stage moves made on this laptop.
    pub display_name: String,
    pub db_path: String,
    pub replica_id: String,
    pub demo_loaded: bool,
}
