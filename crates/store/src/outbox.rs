//! Reading the mutation outbox (sync pushes it; tests and the change log read it).

use sqlx::FromRow;

use crate::error::Result;
use crate::Store;

/// One recorded mutation.
#[derive(Debug, Clone, PartialEq, Eq, FromRow)]
pub struct OutboxEntry {
    pub mutation_id: i64,
    pub replica_id: String,
    pub name: String,
    pub entity: String,
    pub entity_id: String,
    pub args: String,
    pub changed_fields: String,
    pub hlc: String,
    pub created_at: i64,
}

impl Store {
    /// Mutations after `after_id`, oldest first.
    pub async fn outbox_since(&self, after_id: i64, limit: u32) -> Result<Vec<OutboxEntry>> {
        Ok(sqlx::query_as::<_, OutboxEntry>(
            "SELECT mutation_id, replica_id, name, entity, entity_id, args, changed_fields, hlc, created_at
             FROM outbox WHERE mutation_id > ? ORDER BY mutation_id LIMIT ?",
        )
        .bind(after_id)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?)
    }

    pub async fn outbox_len(&self) -> Result<i64> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM outbox").fetch_one(&self.pool).await?)
    }
}
