//! DOCX: the main document part's paragraphs, tabs and table cells, read with hard size limits
//! (a zip bomb must fail, not fill memory).

use std::io::{Cursor, Read};

use quick_xml::events::Event;
use quick_xml::Reader;

use super::ExtractError;

/// The unpacked document.xml of a long resume is well under a megabyte.
const MAX_PART_BYTES: u64 = 20 * 1024 * 1024;
const MAX_ENTRIES: usize = 2_000;

pub fn text(bytes: &[u8]) -> Result<String, ExtractError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|_| ExtractError::Corrupt("it is not a complete Word document".into()))?;
    if archive.len() > MAX_ENTRIES {
        return Err(ExtractError::Corrupt("it holds thousands of parts, not a resume".into()));
    }
    if archive.by_name("EncryptionInfo").is_ok() {
        return Err(ExtractError::PasswordProtected);
    }
    let mut part = archive
        .by_name("word/document.xml")
        .map_err(|_| ExtractError::Corrupt("it has no document text (word/document.xml)".into()))?;
    if part.size() > MAX_PART_BYTES {
        return Err(ExtractError::Corrupt("its text part unpacks to an implausible size".into()));
    }
    let mut xml = Vec::new();
    // `size()` is what the archive claims; `take` enforces it whatever the stream really holds.
    (&mut part)
        .take(MAX_PART_BYTES + 1)
        .read_to_end(&mut xml)
        .map_err(|_| ExtractError::Corrupt("its text part is damaged".into()))?;
    if xml.len() as u64 > MAX_PART_BYTES {
        return Err(ExtractError::Corrupt("its text part unpacks to an implausible size".into()));
    }
    document_text(&xml)
}

/// Paragraphs become lines; tabs and table cells become tab-separated text so that a row
/// ("Company <tab> 2019 – 2021") stays on one line.
fn document_text(xml: &[u8]) -> Result<String, ExtractError> {
    let mut reader = Reader::from_reader(xml);
    let mut out = String::new();
    let mut buf = Vec::new();
    let mut in_text = false;
    // Paragraphs in the cells currently open (tables nest); a one-paragraph cell joins its row.
    let mut cell_paragraphs: Vec<usize> = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) => match e.local_name().as_ref() {
                b"t" => in_text = true,
                b"tab" => out.push('\t'),
                b"tc" => cell_paragraphs.push(0),
                _ => {}
            },
            Ok(Event::Empty(e)) => match e.local_name().as_ref() {
                b"tab" => out.push('\t'),
                b"br" | b"cr" => out.push('\n'),
                _ => {}
            },
            Ok(Event::End(e)) => match e.local_name().as_ref() {
                b"t" => in_text = false,
                b"p" => {
                    out.push('\n');
                    if let Some(n) = cell_paragraphs.last_mut() {
                        *n += 1;
                    }
                }
                // Short cells of one row ("Company | dates") share a line; a cell of many
                // paragraphs (a sidebar column) keeps its lines.
                b"tc" if cell_paragraphs.pop().unwrap_or(0) <= 1 => {
                    if out.ends_with('\n') {
                        out.pop();
                    }
                    out.push('\t');
                }
                b"tr" => {
                    while out.ends_with('\t') {
                        out.pop();
                    }
                    out.push('\n');
                }
                _ => {}
            },
            Ok(Event::Text(t)) if in_text => {
                let raw = String::from_utf8_lossy(t.as_ref());
                out.push_str(&unescape(&raw));
            }
            Ok(Event::GeneralRef(r)) if in_text => {
                let name = String::from_utf8_lossy(r.as_ref());
                out.push_str(&unescape(&format!("&{name};")));
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(_) => return Err(ExtractError::Corrupt("its text part is not valid XML".into())),
        }
        buf.clear();
    }
    Ok(out.replace('\t', " \t "))
}

fn unescape(s: &str) -> String {
    let mut out = s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'");
    while let Some(start) = out.find("&#") {
        let Some(len) = out[start..].find(';') else { break };
        let code = &out[start + 2..start + len];
        let value = code
            .strip_prefix('x')
            .map_or_else(|| code.parse::<u32>().ok(), |hex| u32::from_str_radix(hex, 16).ok())
            .and_then(char::from_u32);
        let Some(ch) = value else { break };
        out.replace_range(start..start + len + 1, &ch.to_string());
    }
    out.replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_tabs_and_rows() {
        let xml = r#"<w:document xmlns:w="x"><w:body>
            <w:p><w:r><w:t>Zo&#235; M&#xFC;ller</w:t></w:r></w:p>
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>Acme &amp; Co</w:t></w:r></w:p></w:tc>
                         <w:tc><w:p><w:r><w:t>2019 – 2021</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            <w:p><w:r><w:t>Go</w:t><w:tab/><w:t>Rust</w:t></w:r></w:p>
        </w:body></w:document>"#;
        let text = document_text(xml.as_bytes()).expect("valid xml");
        let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        assert_eq!(lines, vec!["Zoë Müller", "Acme & Co \t 2019 – 2021", "Go \t Rust"]);
    }
}
