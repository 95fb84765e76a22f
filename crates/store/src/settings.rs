//! This replica's local settings (not synced): who "me" is on this laptop.

use chrono_tz::Tz;
use shortlist_core::zone::parse_zone;
use shortlist_core::{Settings, ValidationErrors};
use sqlx::SqlitePool;

use crate::error::{Result, StoreError};
use crate::{Actor, Store};

pub(crate) fn default_display_name() -> String {
    std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .ok()
        .filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| "Me".to_string())
}

/// "Me": the chosen person in the directory, else the display name typed in Settings, else the
/// operating-system user name.
pub(crate) async fn load_actor(pool: &SqlitePool) -> Result<Actor> {
    let me: Option<(String, String)> = sqlx::query_as(
        "SELECT p.id, p.name FROM meta m JOIN people p ON p.id = m.value WHERE m.key = 'me_person_id' AND p.deleted_at IS NULL",
    )
    .fetch_optional(pool)
    .await?;
    if let Some((id, name)) = me {
        return Ok(Actor { id: Some(id), name });
    }
    let name: Option<String> =
        sqlx::query_scalar("SELECT value FROM meta WHERE key = 'display_name'").fetch_optional(pool).await?;
    Ok(Actor { id: None, name: name.unwrap_or_else(default_display_name) })
}

/// The user's zone: chosen in Settings, else "me"'s zone, else this computer's, else UTC.
pub(crate) async fn load_zone(pool: &SqlitePool) -> Result<Tz> {
    let chosen: Option<String> =
        sqlx::query_scalar("SELECT value FROM meta WHERE key = 'time_zone'").fetch_optional(pool).await?;
    if let Some(zone) = chosen.as_deref().and_then(parse_zone) {
        return Ok(zone);
    }
    let mine: Option<String> = sqlx::query_scalar(
        "SELECT p.time_zone FROM meta m JOIN people p ON p.id = m.value WHERE m.key = 'me_person_id' AND p.deleted_at IS NULL",
    )
    .fetch_optional(pool)
    .await?;
    Ok(mine.as_deref().and_then(parse_zone).unwrap_or_else(machine_zone))
}

/// This computer's zone: `TZ` when it names an IANA zone, else the system setting, else UTC.
pub fn machine_zone() -> Tz {
    let from_env = std::env::var("TZ").ok().and_then(|tz| parse_zone(tz.trim_start_matches(':')));
    from_env.or_else(|| iana_time_zone::get_timezone().ok().and_then(|z| parse_zone(&z))).unwrap_or(Tz::UTC)
}

impl Store {
    pub async fn settings(&self) -> Result<Settings> {
        let actor = self.actor();
        Ok(Settings {
            display_name: actor.name,
            me: actor.id,
            db_path: self.path().display().to_string(),
            replica_id: self.replica_id().to_string(),
            demo_loaded: self.meta("demo_loaded").await?.is_some(),
            default_region: self.default_region().await?,
            time_zone: self.zone().name().to_string(),
            time_zone_choice: self.meta("time_zone").await?,
            now: self.now(),
        })
    }

    /// Chooses the zone days and times are counted in (`None` follows "me", then this computer).
    pub async fn set_time_zone(&self, zone: Option<&str>) -> Result<Settings> {
        match zone.map(str::trim).filter(|z| !z.is_empty()) {
            Some(name) => {
                let Some(zone) = parse_zone(name) else {
                    return Err(ValidationErrors::single(
                        "time_zone",
                        "Use a time zone name such as Europe/Berlin or America/New_York.",
                    )
                    .into());
                };
                self.set_meta("time_zone", zone.name()).await?;
            }
            None => {
                sqlx::query("DELETE FROM meta WHERE key = 'time_zone'")
                    .execute(&self.pool)
                    .await
                    .map_err(StoreError::from)?;
            }
        }
        self.refresh_actor().await?;
        self.settings().await
    }

    /// The name used when no person in the directory is chosen as "me".
    pub async fn set_display_name(&self, name: &str) -> Result<Settings> {
        let name = name.trim();
        let mut errors = ValidationErrors::default();
        errors.required_text("display_name", "Your name", name, 120);
        errors.into_result()?;
        self.set_meta("display_name", name).await?;
        self.set_actor(load_actor(&self.pool).await?);
        self.settings().await
    }

    /// Chooses who "me" is on this laptop (`None` goes back to the display name).
    pub async fn set_me(&self, person_id: Option<&str>) -> Result<Settings> {
        match person_id {
            Some(id) => {
                self.person(id).await?;
                self.set_meta("me_person_id", id).await?;
            }
            None => {
                sqlx::query("DELETE FROM meta WHERE key = 'me_person_id'")
                    .execute(&self.pool)
                    .await
                    .map_err(StoreError::from)?;
            }
        }
        self.refresh_actor().await?;
        self.settings().await
    }

    /// The region phone numbers without a country code belong to (ISO 3166 code; default US).
    pub async fn default_region(&self) -> Result<String> {
        Ok(self.meta("default_region").await?.unwrap_or_else(|| "US".to_string()))
    }

    pub async fn set_default_region(&self, region: &str) -> Result<Settings> {
        let region = region.trim().to_uppercase();
        if region.len() != 2
            || !region.chars().all(|c| c.is_ascii_uppercase())
            || shortlist_parse::contacts::e164("+1 415 555 0134", &region).is_none()
        {
            return Err(ValidationErrors::single(
                "default_region",
                "Use a two-letter country code such as US, DE or IN.",
            )
            .into());
        }
        self.set_meta("default_region", &region).await?;
        // Numbers without a country code now mean something else: their keys follow.
        self.rebuild_candidate_keys().await?;
        self.settings().await
    }

    /// Re-reads who "me" is and the zone that follows from it (after "me" or Settings change).
    pub(crate) async fn refresh_actor(&self) -> Result<()> {
        self.set_actor(load_actor(&self.pool).await?);
        let zone = load_zone(&self.pool).await?;
        *self.inner.zone.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = zone;
        Ok(())
    }

    pub(crate) async fn meta(&self, key: &str) -> Result<Option<String>> {
        Ok(sqlx::query_scalar("SELECT value FROM meta WHERE key = ?").bind(key).fetch_optional(&self.pool).await?)
    }

    pub(crate) async fn set_meta(&self, key: &str, value: &str) -> Result<()> {
        sqlx::query(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .bind(key)
        .bind(value)
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}
