//! PDF text layers (lopdf + pdf-extract), with encrypted, scanned and damaged files told apart.

use std::panic::{catch_unwind, AssertUnwindSafe};

use super::{ExtractError, MAX_PAGES};

pub fn text(bytes: &[u8]) -> Result<(String, Option<usize>), ExtractError> {
    // The PDF libraries can panic on malformed content; a bad file must never take the app down.
    let loaded = catch_unwind(AssertUnwindSafe(|| lopdf::Document::load_mem(bytes)))
        .map_err(|_| ExtractError::Corrupt("its structure cannot be read".into()))?;
    let mut doc = loaded.map_err(|e| corrupt(&e.to_string()))?;
    if doc.is_encrypted() {
        // Many PDFs are encrypted only against editing and open with an empty password.
        if doc.decrypt("").is_err() {
            return Err(ExtractError::PasswordProtected);
        }
    }
    let pages = doc.get_pages().len();
    if pages == 0 {
        return Err(ExtractError::Corrupt("it has no pages".into()));
    }
    if pages > MAX_PAGES {
        return Err(ExtractError::NotResumeSized(format!("{pages} pages; a resume has at most {MAX_PAGES}")));
    }
    let mut out = String::new();
    let result = catch_unwind(AssertUnwindSafe(|| {
        let mut output = pdf_extract::PlainTextOutput::new(&mut out);
        pdf_extract::output_doc(&doc, &mut output)
    }));
    match result {
        Ok(Ok(())) => Ok((out, Some(pages))),
        Ok(Err(e)) => Err(corrupt(&e.to_string())),
        Err(_) => Err(ExtractError::Corrupt("its text cannot be read".into())),
    }
}

fn corrupt(detail: &str) -> ExtractError {
    let lower = detail.to_lowercase();
    if lower.contains("encrypt") || lower.contains("password") || lower.contains("decrypt") {
        return ExtractError::PasswordProtected;
    }
    ExtractError::Corrupt(if lower.contains("header") || lower.contains("xref") || lower.contains("trailer") {
        "it is truncated or not a complete PDF".into()
    } else {
        "its contents cannot be read".into()
    })
}
