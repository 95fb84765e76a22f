//! Letters as documents: the Markdown subset letters use (headings, paragraphs, bullet lists,
//! **bold**) parsed into blocks, and written as PDF and DOCX files generated here, byte by byte.

pub mod docx;
pub mod pdf;

/// A run of text, bold or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub bold: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Heading { level: u8, text: String },
    Paragraph(Vec<Span>),
    Bullet(Vec<Span>),
}

/// Splits `**bold**` runs out of a line of text.
pub fn spans(line: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(start) = rest.find("**") {
        let after = &rest[start + 2..];
        let Some(end) = after.find("**") else { break };
        if start > 0 {
            out.push(Span { text: rest[..start].to_string(), bold: false });
        }
        out.push(Span { text: after[..end].to_string(), bold: true });
        rest = &after[end + 2..];
    }
    if !rest.is_empty() {
        out.push(Span { text: rest.to_string(), bold: false });
    }
    out
}

/// Parses the letter Markdown into blocks; consecutive text lines join into one paragraph.
pub fn blocks(markdown: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut paragraph: Vec<String> = Vec::new();
    let flush = |out: &mut Vec<Block>, paragraph: &mut Vec<String>| {
        if !paragraph.is_empty() {
            out.push(Block::Paragraph(spans(&paragraph.join(" "))));
            paragraph.clear();
        }
    };
    for line in markdown.lines() {
        let t = line.trim();
        if t.is_empty() {
            flush(&mut out, &mut paragraph);
        } else if let Some(level) = (1..=3u8).rev().find(|n| t.starts_with(&format!("{} ", "#".repeat(*n as usize)))) {
            flush(&mut out, &mut paragraph);
            out.push(Block::Heading { level, text: t[level as usize + 1..].trim().replace("**", "") });
        } else if let Some(item) = t.strip_prefix("- ").or_else(|| t.strip_prefix("* ")) {
            flush(&mut out, &mut paragraph);
            out.push(Block::Bullet(spans(item.trim())));
        } else {
            paragraph.push(t.to_string());
        }
    }
    flush(&mut out, &mut paragraph);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_becomes_blocks() {
        let b = blocks("# Offer\n\nDear **Grace**,\nwelcome.\n\n- Base: EUR 1\n- Bonus\n\n## Team\nFive people.");
        assert_eq!(b[0], Block::Heading { level: 1, text: "Offer".into() });
        assert_eq!(
            b[1],
            Block::Paragraph(vec![
                Span { text: "Dear ".into(), bold: false },
                Span { text: "Grace".into(), bold: true },
                Span { text: ", welcome.".into(), bold: false },
            ])
        );
        assert_eq!(b[2], Block::Bullet(vec![Span { text: "Base: EUR 1".into(), bold: false }]));
        assert_eq!(b[4], Block::Heading { level: 2, text: "Team".into() });
        assert_eq!(b.len(), 6);
    }
}
