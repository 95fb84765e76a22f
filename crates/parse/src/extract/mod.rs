//! Turning a file's bytes into plain text, with failures a recruiter understands.

mod docx;
mod pdf;
mod text;

use serde::{Deserialize, Serialize};
use specta::Type;

/// The largest file we read: resumes are kilobytes; anything this big is something else.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;
/// The longest document we treat as a resume.
pub const MAX_PAGES: usize = 12;
pub const MAX_TEXT_CHARS: usize = 80_000;
/// Fewer readable characters than this is not a resume (or a scanned one).
pub const MIN_TEXT_CHARS: usize = 80;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    Pdf,
    Docx,
    Text,
    Markdown,
    JsonResume,
}

impl Format {
    /// The format from the file name's extension, then from the content's first bytes.
    pub fn detect(file_name: &str, bytes: &[u8]) -> Result<Format, ExtractError> {
        let ext = file_name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
        if bytes.starts_with(b"%PDF") {
            return Ok(Format::Pdf);
        }
        if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
            // OLE2 container: an encrypted (password-protected) Office file or a legacy .doc.
            return Err(if ext == "doc" { ExtractError::LegacyDoc } else { ExtractError::PasswordProtected });
        }
        match ext.as_str() {
            "pdf" => Err(ExtractError::Corrupt("it does not start like a PDF".into())),
            "docx" if bytes.starts_with(b"PK") => Ok(Format::Docx),
            "docx" => Err(ExtractError::Corrupt("it is not a Word document inside".into())),
            "doc" => Err(ExtractError::LegacyDoc),
            "json" => Ok(Format::JsonResume),
            "md" | "markdown" => Ok(Format::Markdown),
            "txt" | "text" | "" => Ok(Format::Text),
            other => Err(ExtractError::Unsupported(other.to_string())),
        }
    }
}

/// A document's text and what it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub format: Format,
    pub text: String,
    pub pages: Option<usize>,
}

/// Why a file could not be read, in words for the person importing it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExtractError {
    #[error("This file is empty.")]
    Empty,
    #[error("This file is {0} MB; a resume is far smaller (the limit is 10 MB).")]
    TooLarge(usize),
    #[error("This PDF has no text layer — it is a scanned image. Ask for a text PDF or DOCX.")]
    NoTextLayer,
    #[error("This file is password-protected. Ask the candidate for an unprotected copy.")]
    PasswordProtected,
    #[error("This is an old Word .doc file; save it as .docx or PDF and import that.")]
    LegacyDoc,
    #[error("This is not a resume-sized document ({0}).")]
    NotResumeSized(String),
    #[error("This file looks damaged: {0}.")]
    Corrupt(String),
    #[error("Shortlist cannot read .{0} files; use PDF, DOCX, text, Markdown or JSON Resume.")]
    Unsupported(String),
    #[error("This JSON is not a valid JSON Resume: {0}")]
    InvalidJsonResume(String),
}

/// Text from bytes as the text importer reads it (UTF-8/16 with or without BOM, Latin-1).
pub fn decode_text(bytes: &[u8]) -> Result<String, ExtractError> {
    if bytes.is_empty() {
        return Err(ExtractError::Empty);
    }
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ExtractError::TooLarge(bytes.len().div_ceil(1024 * 1024)));
    }
    text::decode(bytes).map(|t| t.trim_start_matches('\u{feff}').to_string())
}

/// Reads a file's text. Never panics on hostile input.
pub fn extract(file_name: &str, bytes: &[u8]) -> Result<Document, ExtractError> {
    if bytes.is_empty() {
        return Err(ExtractError::Empty);
    }
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ExtractError::TooLarge(bytes.len().div_ceil(1024 * 1024)));
    }
    let format = Format::detect(file_name, bytes)?;
    let (text, pages) = match format {
        Format::Pdf => pdf::text(bytes)?,
        Format::Docx => (docx::text(bytes)?, None),
        Format::Text | Format::JsonResume => (text::decode(bytes)?, None),
        Format::Markdown => (text::strip_markdown(&text::decode(bytes)?), None),
    };
    let text = text::tidy(&text);
    if format != Format::JsonResume {
        check_size(&text, pages, format)?;
    }
    Ok(Document { format, text, pages })
}

fn check_size(text: &str, pages: Option<usize>, format: Format) -> Result<(), ExtractError> {
    if let Some(p) = pages.filter(|p| *p > MAX_PAGES) {
        return Err(ExtractError::NotResumeSized(format!("{p} pages; a resume has at most {MAX_PAGES}")));
    }
    let readable = text.chars().filter(|c| c.is_alphanumeric()).count();
    if readable < MIN_TEXT_CHARS {
        return Err(if format == Format::Pdf {
            ExtractError::NoTextLayer
        } else {
            ExtractError::NotResumeSized(format!("only {readable} letters of text"))
        });
    }
    let chars = text.chars().count();
    if chars > MAX_TEXT_CHARS {
        return Err(ExtractError::NotResumeSized(format!("{chars} characters of text, a book rather than a resume")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_inputs_fail_with_reasons() {
        assert_eq!(extract("a.pdf", b""), Err(ExtractError::Empty));
        assert!(matches!(extract("a.pdf", b"not a pdf at all"), Err(ExtractError::Corrupt(_))));
        assert!(matches!(extract("a.pdf", b"%PDF-1.7\n garbage \x00\x01\x02"), Err(ExtractError::Corrupt(_))));
        assert!(matches!(extract("a.docx", b"PK\x03\x04 truncated"), Err(ExtractError::Corrupt(_))));
        assert_eq!(extract("a.docx", &[0xD0, 0xCF, 0x11, 0xE0, 0, 0]), Err(ExtractError::PasswordProtected));
        assert_eq!(extract("a.doc", &[0xD0, 0xCF, 0x11, 0xE0, 0, 0]), Err(ExtractError::LegacyDoc));
        assert!(matches!(extract("a.exe", b"MZ\x90\x00"), Err(ExtractError::Unsupported(_))));
        assert!(matches!(extract("a.txt", b"hello"), Err(ExtractError::NotResumeSized(_))));
        let huge = vec![b'a'; MAX_FILE_BYTES + 1];
        assert_eq!(extract("a.txt", &huge), Err(ExtractError::TooLarge(11)));
        let binary: Vec<u8> = (0..5000u32).map(|i| (i * 7919 % 251) as u8).collect();
        assert!(extract("junk.txt", &binary).is_err(), "binary junk is refused");
    }
}
