use shortlist_core::ValidationErrors;

/// Everything a store operation can fail with, in terms a caller can act on.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{0}")]
    Validation(#[from] ValidationErrors),
    #[error("{what} was not found; it may have been deleted.")]
    NotFound { what: &'static str },
    #[error("{0}")]
    Conflict(String),
    #[error("The database could not complete the operation: {0}")]
    Storage(sqlx::Error),
    #[error("Stored data could not be read: {0}")]
    Corrupt(String),
    #[error("A file could not be written: {0}")]
    Io(String),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

impl From<sqlx::Error> for StoreError {
    /// Database errors are classified once, here: constraint violations become conflicts with a
    /// message a person understands, a missing row becomes `NotFound`, the rest is `Storage`.
    fn from(err: sqlx::Error) -> Self {
        match &err {
            sqlx::Error::RowNotFound => StoreError::NotFound { what: "The record" },
            sqlx::Error::Database(db) => {
                let message = db.message();
                if message.contains("applications.candidate_id, applications.role_id") {
                    StoreError::Conflict("This candidate is already in that role's pipeline.".into())
                } else if db.is_foreign_key_violation() {
                    StoreError::Conflict("A record this change refers to no longer exists.".into())
                } else if db.is_unique_violation() {
                    StoreError::Conflict(format!("That would duplicate an existing record ({message})."))
                } else if message.contains("append-only") {
                    StoreError::Conflict("History entries cannot be changed or removed.".into())
                } else {
                    StoreError::Storage(err)
                }
            }
            _ => StoreError::Storage(err),
        }
    }
}

impl From<serde_json::Error> for StoreError {
    fn from(err: serde_json::Error) -> Self {
        StoreError::Corrupt(err.to_string())
    }
}
