//! The error type every command returns: a stable `kind` the UI switches on, a message written
//! for the person at the keyboard, and field-level details for forms.

use serde::Serialize;
use shortlist_core::FieldError;
use shortlist_store::StoreError;
use specta::Type;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    Validation,
    NotFound,
    Conflict,
    Storage,
    /// A file could not be read or written.
    Io,
    /// The database could not be opened at start-up; nothing else can work.
    Startup,
}

#[derive(Debug, Clone, Serialize, Type, thiserror::Error)]
#[error("{message}")]
pub struct AppError {
    pub kind: ErrorKind,
    pub message: String,
    pub fields: Vec<FieldError>,
}

impl AppError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        AppError { kind, message: message.into(), fields: Vec::new() }
    }
}

impl From<StoreError> for AppError {
    fn from(err: StoreError) -> Self {
        match err {
            StoreError::Validation(v) => AppError {
                kind: ErrorKind::Validation,
                // A status error speaks for the whole form (e.g. why a role cannot open yet).
                message: match v.fields.iter().find(|f| f.field == "status") {
                    Some(status) => status.message.clone(),
                    None if v.fields.len() == 1 => v.summary(),
                    None => "Some fields need attention.".into(),
                },
                fields: v.fields,
            },
            StoreError::NotFound { .. } => AppError::new(ErrorKind::NotFound, err.to_string()),
            StoreError::Conflict(message) => AppError::new(ErrorKind::Conflict, message),
            StoreError::Storage(_) | StoreError::Corrupt(_) => AppError::new(ErrorKind::Storage, err.to_string()),
            StoreError::Io(_) => AppError::new(ErrorKind::Io, err.to_string()),
        }
    }
}

pub type CmdResult<T> = Result<T, AppError>;
