//! Field-level validation results that forms can show beside each field.

use serde::{Deserialize, Serialize};
use specta::Type;

/// One problem with one field of a form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct FieldError {
    /// The input field's name as the UI knows it, e.g. `emails` or `emails.1`.
    pub field: String,
    pub message: String,
}

/// Every problem found in one input, so the form can show them all at once.
#[derive(Debug, Clone, Default, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.summary())]
pub struct ValidationErrors {
    pub fields: Vec<FieldError>,
}

impl ValidationErrors {
    pub fn add(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.fields.push(FieldError { field: field.into(), message: message.into() });
    }

    pub fn single(field: impl Into<String>, message: impl Into<String>) -> Self {
        let mut errors = Self::default();
        errors.add(field, message);
        errors
    }

    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }

    pub fn into_result(self) -> Result<(), ValidationErrors> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(self)
        }
    }

    pub fn summary(&self) -> String {
        match self.fields.as_slice() {
            [] => "no problems".to_string(),
            [one] => one.message.clone(),
            [first, rest @ ..] => format!("{} (and {} more)", first.message, rest.len()),
        }
    }

    /// Checks a required single-line text field: present after trimming and within `max` characters.
    pub fn required_text(&mut self, field: &str, label: &str, value: &str, max: usize) {
        if value.trim().is_empty() {
            self.add(field, format!("{label} is required."));
        } else {
            self.max_len(field, label, value, max);
        }
    }

    pub fn max_len(&mut self, field: &str, label: &str, value: &str, max: usize) {
        let len = value.chars().count();
        if len > max {
            self.add(field, format!("{label} is too long ({len} characters; the limit is {max})."));
        }
    }
}

/// Something worth a second look that does not block saving (e.g. an email another candidate has).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Warning {
    pub field: String,
    pub message: String,
    /// The other record the warning is about, when there is one (to offer a link).
    pub related_id: Option<String>,
}
