//! The one way to write a shared table: a transaction that records a named mutation in the outbox.

use std::collections::BTreeMap;

use shortlist_core::Hlc;
use sqlx::{Sqlite, SqliteConnection, Transaction};

use crate::error::{Result, StoreError};
use crate::{Actor, Store};

/// A named change to one entity, as sync will replay it elsewhere.
pub(crate) struct Mutation<'a> {
    /// e.g. `candidate.update`, `application.move_stage`.
    pub name: &'static str,
    pub entity: &'static str,
    pub entity_id: &'a str,
    pub args: serde_json::Value,
    pub changed_fields: Vec<&'static str>,
}

/// An open write: holds the writer lock, the transaction, and this write's clock stamp.
pub(crate) struct Write {
    tx: Transaction<'static, Sqlite>,
    pub hlc: Hlc,
    pub now: i64,
    replica_id: String,
    _guard: tokio::sync::OwnedMutexGuard<()>,
}

impl Store {
    pub(crate) async fn begin_write(&self) -> Result<Write> {
        let guard = self.write_guard().await;
        let tx = self.pool.begin().await?;
        let now = self.now_ms();
        let hlc = self.tick(now);
        Ok(Write { tx, hlc, now, replica_id: self.inner.replica_id.clone(), _guard: guard })
    }

    async fn write_guard(&self) -> tokio::sync::OwnedMutexGuard<()> {
        self.inner.write_lock.clone().lock_owned().await
    }

    pub(crate) fn tick(&self, now: i64) -> Hlc {
        match self.inner.clock.lock() {
            Ok(mut clock) => clock.tick(now),
            Err(poisoned) => poisoned.into_inner().tick(now),
        }
    }

    pub(crate) fn actor(&self) -> Actor {
        match self.inner.actor.lock() {
            Ok(a) => a.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    pub(crate) fn set_actor(&self, actor: Actor) {
        match self.inner.actor.lock() {
            Ok(mut a) => *a = actor,
            Err(poisoned) => *poisoned.into_inner() = actor,
        }
    }
}

impl Write {
    pub fn conn(&mut self) -> &mut SqliteConnection {
        &mut self.tx
    }

    pub fn hlc_text(&self) -> String {
        self.hlc.to_string()
    }

    /// Field stamps after an update. A row's `field_hlc` is empty until its first update, which
    /// means "every field carries the row's stamp" (and keeps bulk inserts small); the first
    /// update spells that out, then `changed` fields get this write's stamp.
    pub fn restamp(
        &self,
        existing: &str,
        row_hlc: &str,
        all: &[&'static str],
        changed: &[&'static str],
    ) -> Result<String> {
        let mut map: BTreeMap<String, String> = serde_json::from_str(existing).map_err(StoreError::from)?;
        if map.is_empty() {
            map = all.iter().map(|f| ((*f).to_string(), row_hlc.to_string())).collect();
        }
        for field in changed {
            map.insert((*field).to_string(), self.hlc_text());
        }
        Ok(serde_json::to_string(&map)?)
    }

    /// Reads a row's stamps and returns them updated for `changed` (see [`Write::restamp`]);
    /// `NotFound` names `what` when the row is missing.
    pub async fn restamp_row(
        &mut self,
        table: &'static str,
        id: &str,
        what: &'static str,
        all: &[&'static str],
        changed: &[&'static str],
    ) -> Result<String> {
        self.restamp_where(table, id, "", what, all, changed).await
    }

    /// Like [`Write::restamp_row`] for a row that must be live (not tombstoned): a write to a
    /// deleted row is refused before anything changes.
    pub async fn restamp_live_row(
        &mut self,
        table: &'static str,
        id: &str,
        what: &'static str,
        all: &[&'static str],
        changed: &[&'static str],
    ) -> Result<String> {
        self.restamp_where(table, id, " AND deleted_at IS NULL", what, all, changed).await
    }

    async fn restamp_where(
        &mut self,
        table: &'static str,
        id: &str,
        filter: &'static str,
        what: &'static str,
        all: &[&'static str],
        changed: &[&'static str],
    ) -> Result<String> {
        let (stamps, row_hlc): (String, String) =
            sqlx::query_as(&format!("SELECT field_hlc, hlc FROM {table} WHERE id = ?{filter}"))
                .bind(id)
                .fetch_optional(&mut *self.tx)
                .await?
                .ok_or(StoreError::NotFound { what })?;
        self.restamp(&stamps, &row_hlc, all, changed)
    }

    /// Appends the mutation to the outbox inside this transaction.
    pub async fn record(&mut self, mutation: Mutation<'_>) -> Result<()> {
        let hlc = self.hlc_text();
        sqlx::query(
            "INSERT INTO outbox (replica_id, name, entity, entity_id, args, changed_fields, hlc, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&self.replica_id)
        .bind(mutation.name)
        .bind(mutation.entity)
        .bind(mutation.entity_id)
        .bind(mutation.args.to_string())
        .bind(serde_json::to_string(&mutation.changed_fields)?)
        .bind(hlc)
        .bind(self.now)
        .execute(&mut *self.tx)
        .await?;
        Ok(())
    }

    /// Tombstones one live row of `table` and records the deletion as `mutation` on `entity`;
    /// `what` names the row in the not-found message.
    pub async fn tombstone(
        &mut self,
        table: &'static str,
        id: &str,
        what: &'static str,
        mutation: &'static str,
        entity: &'static str,
    ) -> Result<()> {
        let done = sqlx::query(&format!(
            "UPDATE {table} SET deleted_at = ?, updated_at = ?, hlc = ? WHERE id = ? AND deleted_at IS NULL"
        ))
        .bind(self.now)
        .bind(self.now)
        .bind(self.hlc_text())
        .bind(id)
        .execute(&mut *self.tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound { what });
        }
        self.record(Mutation {
            name: mutation,
            entity,
            entity_id: id,
            args: serde_json::json!({}),
            changed_fields: vec!["deleted_at"],
        })
        .await
    }

    pub async fn commit(self) -> Result<()> {
        self.tx.commit().await?;
        Ok(())
    }
}
