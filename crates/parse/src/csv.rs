//! CSV candidate lists: reading (RFC 4180 quoting, BOM, comma/semicolon/tab detected) and
//! mapping columns to candidate fields, with a guess from the header names.

use serde::{Deserialize, Serialize};
use specta::Type;

use crate::extract::ExtractError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum CsvColumn {
    Ignore,
    FullName,
    FirstName,
    LastName,
    Email,
    Phone,
    Location,
    Source,
    Tags,
    Notes,
    Link,
}

pub const MAX_ROWS: usize = 50_000;

/// Rows of cells. Fails on binary data or an unclosed quote, saying where.
pub fn read(bytes: &[u8]) -> Result<Vec<Vec<String>>, ExtractError> {
    let text = crate::extract::decode_text(bytes)?;
    let first_line = text.lines().next().unwrap_or_default();
    let delimiter = [',', ';', '\t'].into_iter().max_by_key(|d| first_line.matches(*d).count()).unwrap_or(',');
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut line = 1;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            ('"', true) => quoted = false,
            ('"', false) if cell.trim().is_empty() => {
                cell.clear();
                quoted = true;
            }
            (d, false) if d == delimiter => row.push(std::mem::take(&mut cell).trim().to_string()),
            ('\r', false) => {}
            ('\n', false) => {
                line += 1;
                row.push(std::mem::take(&mut cell).trim().to_string());
                if row.iter().any(|c| !c.is_empty()) {
                    rows.push(std::mem::take(&mut row));
                } else {
                    row.clear();
                }
                if rows.len() > MAX_ROWS {
                    return Err(ExtractError::NotResumeSized(format!("more than {MAX_ROWS} rows; split the file")));
                }
            }
            (c, _) => {
                if c == '\n' {
                    line += 1;
                }
                cell.push(c);
            }
        }
    }
    if quoted {
        return Err(ExtractError::Corrupt(format!("a quoted cell is never closed (from around line {line})")));
    }
    row.push(cell.trim().to_string());
    if row.iter().any(|c| !c.is_empty()) {
        rows.push(row);
    }
    if rows.is_empty() {
        return Err(ExtractError::Empty);
    }
    Ok(rows)
}

/// A column's likely meaning from its header.
pub fn guess(header: &str) -> CsvColumn {
    let h = shortlist_core::text::fold(header).replace(['_', '-', '.'], " ");
    let has = |words: &[&str]| words.iter().any(|w| h == *w || h.split(' ').any(|t| t == *w));
    if has(&["email", "e mail", "mail", "courriel", "correo"]) {
        CsvColumn::Email
    } else if has(&["phone", "mobile", "tel", "telephone", "telefon", "cell"]) {
        CsvColumn::Phone
    } else if h.contains("first") || has(&["given", "vorname", "prenom"]) {
        CsvColumn::FirstName
    } else if h.contains("last") || has(&["surname", "family", "nachname"]) {
        CsvColumn::LastName
    } else if has(&["name", "candidate", "full name", "nombre", "nom"]) {
        CsvColumn::FullName
    } else if has(&["location", "city", "place", "ort", "ville", "ciudad"]) {
        CsvColumn::Location
    } else if has(&["source", "channel", "origin"]) {
        CsvColumn::Source
    } else if has(&["tags", "tag", "labels", "skills"]) {
        CsvColumn::Tags
    } else if has(&["notes", "note", "comment", "comments"]) {
        CsvColumn::Notes
    } else if has(&["linkedin", "github", "url", "link", "website", "profile"]) {
        CsvColumn::Link
    } else {
        CsvColumn::Ignore
    }
}

/// One row as candidate fields, by the chosen mapping; `default_source` when no column gives one.
pub fn to_input(row: &[String], mapping: &[CsvColumn], default_source: &str) -> shortlist_core::CandidateInput {
    let mut input = shortlist_core::CandidateInput {
        full_name: String::new(),
        emails: vec![],
        phones: vec![],
        links: vec![],
        location: String::new(),
        time_zone: String::new(),
        source: String::new(),
        tags: vec![],
        notes: String::new(),
    };
    let (mut first, mut last) = (String::new(), String::new());
    let split = |s: &str| {
        s.split([';', ',', '|']).map(str::trim).filter(|x| !x.is_empty()).map(str::to_string).collect::<Vec<_>>()
    };
    for (cell, column) in row.iter().zip(mapping) {
        let cell = cell.trim();
        if cell.is_empty() {
            continue;
        }
        match column {
            CsvColumn::Ignore => {}
            CsvColumn::FullName => input.full_name = cell.to_string(),
            CsvColumn::FirstName => first = cell.to_string(),
            CsvColumn::LastName => last = cell.to_string(),
            CsvColumn::Email => input.emails.extend(split(cell)),
            CsvColumn::Phone => {
                input.phones.extend(cell.split([';', '|']).map(str::trim).filter(|x| !x.is_empty()).map(str::to_string))
            }
            CsvColumn::Location => input.location = cell.to_string(),
            CsvColumn::Source => input.source = cell.to_string(),
            CsvColumn::Tags => input.tags.extend(split(cell)),
            CsvColumn::Notes => input.notes = cell.to_string(),
            CsvColumn::Link => {
                for raw in split(cell) {
                    if let Some(url) = crate::contacts::normalise(&raw) {
                        input.links.push(shortlist_core::Link { kind: crate::contacts::classify(&url), url });
                    }
                }
            }
        }
    }
    if input.full_name.is_empty() {
        input.full_name = format!("{first} {last}").trim().to_string();
    }
    if input.source.is_empty() {
        input.source = default_source.to_string();
    }
    input.normalized()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_delimiters_and_guesses() {
        let rows = read("\u{feff}Name;Email;Notes\r\n\"Pérez, Ana\";ana@example.com;\"said \"\"hi\"\"\nsecond line\"\r\n\r\nBo;bo@example.com;\n".as_bytes()).expect("valid");
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[1], vec!["Pérez, Ana", "ana@example.com", "said \"hi\"\nsecond line"]);
        assert_eq!(rows[2], vec!["Bo", "bo@example.com", ""]);
        assert!(read(b"a,\"b\n").is_err(), "an unclosed quote is an error");
        let headers = ["Full name", "E-mail", "First Name", "Surname", "Mobile", "City", "LinkedIn URL", "Whatever"];
        let guessed: Vec<CsvColumn> = headers.iter().map(|h| guess(h)).collect();
        assert_eq!(
            guessed,
            vec![
                CsvColumn::FullName,
                CsvColumn::Email,
                CsvColumn::FirstName,
                CsvColumn::LastName,
                CsvColumn::Phone,
                CsvColumn::Location,
                CsvColumn::Link,
                CsvColumn::Ignore
            ]
        );
    }
}
