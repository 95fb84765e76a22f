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
    /// The zone days, weeks and times are shown and counted in (IANA name): the one chosen
    /// here, else "me"'s zone in the directory, else this computer's.
    pub time_zone: String,
    /// The zone chosen in Settings; `None` follows "me" and then this computer.
    pub time_zone_choice: Option<String>,
    /// The app's clock when these settings were read, so the UI counts days from the same
    /// instant as the store (tests may start the app at a chosen instant).
    pub now: chrono::DateTime<chrono::Utc>,
}
