use serde::{Deserialize, Serialize};
use specta::Type;

/// This laptop's local settings (never synced).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Settings {
    /// The name recorded as the author of stage moves made on this laptop (the "me" person's
    /// name when one is chosen).
    pub display_name: String,
    /// Who "me" is in the people directory, if chosen.
    pub me: Option<String>,
    pub db_path: String,
    pub replica_id: String,
    pub demo_loaded: bool,
    /// Phone numbers written without a country code are read in this region (ISO 3166 code).
    pub default_region: String,
}
