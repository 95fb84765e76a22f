//! This replica's local settings (not synced): who "me" is on this laptop.

use crate::error::Result;
use crate::Store;
use shortlist_core::{Settings, ValidationErrors};

pub(crate) fn default_display_name() -> String {
    std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .ok()
        .filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| "Me".to_string())
}

impl Store {
    pub async fn settings(&self) -> Result<Settings> {
        Ok(Settings {
            display_name: self.actor(),
            db_path: self.path().display().to_string(),
            replica_id: self.replica_id().to_string(),
            demo_loaded: self.meta("demo_loaded").await?.is_some(),
        })
    }

    pub async fn set_display_name(&self, name: &str) -> Result<Settings> {
        let name = name.trim();
        let mut errors = ValidationErrors::default();
        errors.required_text("display_name", "Your name", name, 120);
        errors.into_result()?;
        self.set_meta("display_name", name).await?;
        self.set_actor(name.to_string());
        self.settings().await
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
