//! A small DOCX (Office Open XML) writer for letters: one document part with headings, paragraphs,
//! bullet paragraphs and bold runs, A4 pages, the title in the document properties.

use std::io::Write;

use zip::write::SimpleFileOptions;

use super::{Block, Span};

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>"#;

const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"#;

fn xml(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn run(text: &str, bold: bool, half_points: Option<u32>) -> String {
    let mut props = String::new();
    if bold {
        props.push_str("<w:b/>");
    }
    if let Some(sz) = half_points {
        props.push_str(&format!("<w:sz w:val=\"{sz}\"/>"));
    }
    let props = if props.is_empty() { String::new() } else { format!("<w:rPr>{props}</w:rPr>") };
    format!("<w:r>{props}<w:t xml:space=\"preserve\">{}</w:t></w:r>", xml(text))
}

fn runs(spans: &[Span]) -> String {
    spans.iter().map(|s| run(&s.text, s.bold, None)).collect()
}

fn paragraph(block: &Block) -> String {
    match block {
        Block::Heading { level, text } => {
            let size = match level {
                1 => 36,
                2 => 26,
                _ => 24,
            };
            format!(
                "<w:p><w:pPr><w:spacing w:before=\"240\" w:after=\"120\"/></w:pPr>{}</w:p>",
                run(text, true, Some(size))
            )
        }
        Block::Paragraph(spans) => format!("<w:p><w:pPr><w:spacing w:after=\"160\"/></w:pPr>{}</w:p>", runs(spans)),
        Block::Bullet(spans) => format!(
            "<w:p><w:pPr><w:spacing w:after=\"60\"/><w:ind w:left=\"360\" w:hanging=\"360\"/></w:pPr>{}{}</w:p>",
            run("•\t", false, None),
            runs(spans)
        ),
    }
}

/// Writes `blocks` as a .docx with `title` in its core properties.
pub fn write(title: &str, blocks: &[Block]) -> Result<Vec<u8>, String> {
    let body: String = blocks.iter().map(paragraph).collect();
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1280" w:right="1280" w:bottom="1280" w:left="1280" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>"#
    );
    let core = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{}</dc:title><dc:creator>Shortlist</dc:creator></cp:coreProperties>"#,
        xml(title)
    );
    let mut out = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut out);
        let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        for (name, text) in [
            ("[Content_Types].xml", CONTENT_TYPES),
            ("_rels/.rels", RELS),
            ("word/document.xml", document.as_str()),
            ("docProps/core.xml", core.as_str()),
        ] {
            zip.start_file(name, options).map_err(|e| e.to_string())?;
            zip.write_all(text.as_bytes()).map_err(|e| e.to_string())?;
        }
        zip.finish().map_err(|e| e.to_string())?;
    }
    Ok(out.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::blocks;

    #[test]
    fn text_is_escaped_and_bold_kept() {
        let bytes = write("Offer <1>", &blocks("# Offer & terms\n\nDear **Grace**,\n\n- R&D budget")).expect("docx");
        assert_eq!(&bytes[..2], b"PK", "a zip package");
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
        let mut doc = String::new();
        std::io::Read::read_to_string(&mut archive.by_name("word/document.xml").expect("part"), &mut doc)
            .expect("read");
        assert!(doc.contains("Offer &amp; terms"));
        assert!(doc.contains("<w:b/></w:rPr><w:t xml:space=\"preserve\">Grace</w:t>"));
        assert!(doc.contains("R&amp;D budget"));
    }
}
