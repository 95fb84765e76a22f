//! A small PDF 1.4 writer for letters: A4 pages, the standard Helvetica fonts in WinAnsi encoding
//! (Western European text, curly quotes, dashes, the euro sign), headings, paragraphs and bullets
//! wrapped to the page width, page numbers. No fonts are embedded: every PDF reader has these.

use super::{Block, Span};

const PAGE_W: f32 = 595.0;
const PAGE_H: f32 = 842.0;
const MARGIN: f32 = 64.0;
const BODY: f32 = 11.0;
const LEADING: f32 = 1.38;

/// Helvetica and Helvetica-Bold advance widths (1/1000 em) for ASCII 32–126.
const REGULAR: [u16; 95] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
    556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
    722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
    556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
    260, 334, 584,
];
const BOLD: [u16; 95] = [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
    556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833,
    722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611,
    556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389,
    280, 389, 584,
];

/// A character in WinAnsiEncoding, '?' when it has none.
fn win_ansi(c: char) -> u8 {
    match c {
        ' '..='~' => c as u8,
        '\u{a0}'..='\u{ff}' => c as u32 as u8,
        '€' => 0x80,
        '‚' => 0x82,
        '„' => 0x84,
        '…' => 0x85,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '™' => 0x99,
        _ => b'?',
    }
}

fn width(byte: u8, bold: bool) -> f32 {
    let table = if bold { &BOLD } else { &REGULAR };
    let w = match byte {
        32..=126 => table[(byte - 32) as usize],
        0x95 => 350,
        0x97 => 1000,
        0x85 => 1000,
        _ => {
            if bold {
                611
            } else {
                556
            }
        }
    };
    f32::from(w)
}

fn text_width(bytes: &[u8], bold: bool, size: f32) -> f32 {
    bytes.iter().map(|b| width(*b, bold)).sum::<f32>() * size / 1000.0
}

/// One laid-out line: runs of (bold, bytes) at an indent.
struct Line {
    runs: Vec<(bool, Vec<u8>)>,
    size: f32,
    x: f32,
    /// Space above the line (paragraph and heading spacing).
    gap: f32,
    bullet: bool,
}

/// Wraps spans into lines no wider than `max`.
fn wrap(spans: &[Span], size: f32, max: f32) -> Vec<Vec<(bool, Vec<u8>)>> {
    // Words with their weight and whether a space comes before them.
    let mut words: Vec<(bool, Vec<u8>, bool)> = Vec::new();
    let mut space = false;
    for span in spans {
        for (i, piece) in span.text.split(' ').enumerate() {
            if i > 0 {
                space = true;
            }
            if piece.is_empty() {
                continue;
            }
            words.push((span.bold, piece.chars().map(win_ansi).collect(), space && !words.is_empty()));
            space = false;
        }
    }
    let mut lines: Vec<Vec<(bool, Vec<u8>)>> = vec![Vec::new()];
    let mut used = 0.0;
    for (bold, word, space_before) in words {
        let w = text_width(&word, bold, size);
        let gap = if space_before { text_width(b" ", bold, size) } else { 0.0 };
        let line_empty = lines.last().is_none_or(Vec::is_empty);
        let mut bytes = word;
        if !line_empty && used + gap + w > max {
            lines.push(Vec::new());
            used = w;
        } else {
            if !line_empty && space_before {
                bytes.insert(0, b' ');
            }
            used += if line_empty { w } else { gap + w };
        }
        if let Some(line) = lines.last_mut() {
            match line.last_mut() {
                Some((b, run)) if *b == bold => run.extend(bytes),
                _ => line.push((bold, bytes)),
            }
        }
    }
    lines.retain(|l| !l.is_empty());
    lines
}

fn layout(blocks: &[Block]) -> Vec<Line> {
    let width = PAGE_W - 2.0 * MARGIN;
    let mut out = Vec::new();
    for block in blocks {
        match block {
            Block::Heading { level, text } => {
                let size = match level {
                    1 => 18.0,
                    2 => 13.0,
                    _ => 12.0,
                };
                let spans = [Span { text: text.clone(), bold: true }];
                for (i, runs) in wrap(&spans, size, width).into_iter().enumerate() {
                    out.push(Line { runs, size, x: MARGIN, gap: if i == 0 { size * 0.9 } else { 0.0 }, bullet: false });
                }
            }
            Block::Paragraph(spans) => {
                for (i, runs) in wrap(spans, BODY, width).into_iter().enumerate() {
                    out.push(Line {
                        runs,
                        size: BODY,
                        x: MARGIN,
                        gap: if i == 0 { BODY * 0.6 } else { 0.0 },
                        bullet: false,
                    });
                }
            }
            Block::Bullet(spans) => {
                for (i, runs) in wrap(spans, BODY, width - 16.0).into_iter().enumerate() {
                    out.push(Line {
                        runs,
                        size: BODY,
                        x: MARGIN + 16.0,
                        gap: if i == 0 { BODY * 0.25 } else { 0.0 },
                        bullet: i == 0,
                    });
                }
            }
        }
    }
    out
}

fn escape(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() + 4);
    for b in bytes {
        if matches!(b, b'(' | b')' | b'\\') {
            out.push(b'\\');
        }
        out.push(*b);
    }
    out
}

/// PDF text strings in metadata: ASCII only, the rest as '?'.
fn meta(s: &str) -> String {
    let ascii: String = s.chars().map(|c| if (' '..='~').contains(&c) { c } else { '?' }).collect();
    ascii.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)")
}

/// Writes `blocks` as a PDF with `title` in its metadata.
pub fn write(title: &str, blocks: &[Block]) -> Vec<u8> {
    // Page content streams.
    let mut pages: Vec<Vec<u8>> = Vec::new();
    let mut content: Vec<u8> = Vec::new();
    let mut y = PAGE_H - MARGIN;
    for line in layout(blocks) {
        let advance = line.gap + line.size * LEADING;
        if y - advance < MARGIN + 20.0 && !content.is_empty() {
            pages.push(std::mem::take(&mut content));
            y = PAGE_H - MARGIN;
        }
        y -= advance;
        if line.bullet {
            content.extend_from_slice(format!("BT /F1 {} Tf {:.2} {:.2} Td (", line.size, line.x - 12.0, y).as_bytes());
            content.push(0x95);
            content.extend_from_slice(b") Tj ET\n");
        }
        content.extend_from_slice(format!("BT {:.2} {:.2} Td ", line.x, y).as_bytes());
        for (bold, bytes) in &line.runs {
            content.extend_from_slice(format!("/F{} {} Tf (", if *bold { 2 } else { 1 }, line.size).as_bytes());
            content.extend(escape(bytes));
            content.extend_from_slice(b") Tj ");
        }
        content.extend_from_slice(b"ET\n");
    }
    if !content.is_empty() || pages.is_empty() {
        pages.push(content);
    }
    let count = pages.len();
    for (i, page) in pages.iter_mut().enumerate() {
        let label = format!("{} / {count}", i + 1);
        let w = text_width(label.as_bytes(), false, 9.0);
        page.extend_from_slice(
            format!("BT /F1 9 Tf {:.2} {:.2} Td ({label}) Tj ET\n", (PAGE_W - w) / 2.0, MARGIN / 2.0).as_bytes(),
        );
    }

    // Objects: 1 catalog, 2 pages, 3 Helvetica, 4 Helvetica-Bold, 5 info, then page + content pairs.
    let mut objects: Vec<Vec<u8>> = Vec::new();
    let kids: Vec<String> = (0..count).map(|i| format!("{} 0 R", 6 + 2 * i)).collect();
    objects.push(b"<< /Type /Catalog /Pages 2 0 R >>".to_vec());
    objects.push(format!("<< /Type /Pages /Kids [{}] /Count {count} >>", kids.join(" ")).into_bytes());
    objects.push(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_vec());
    objects.push(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>".to_vec());
    objects.push(format!("<< /Title ({}) /Producer (Shortlist) /Creator (Shortlist) >>", meta(title)).into_bytes());
    for (i, page) in pages.iter().enumerate() {
        objects.push(
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {} 0 R >>",
                7 + 2 * i
            )
            .into_bytes(),
        );
        let mut stream = format!("<< /Length {} >>\nstream\n", page.len()).into_bytes();
        stream.extend_from_slice(page);
        stream.extend_from_slice(b"\nendstream");
        objects.push(stream);
    }
    let mut out: Vec<u8> = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec();
    let mut offsets = Vec::with_capacity(objects.len());
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!("trailer\n<< /Size {} /Root 1 0 R /Info 5 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1)
            .as_bytes(),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::blocks;

    #[test]
    fn a_letter_is_a_well_formed_pdf_with_every_page_listed() {
        let long: String = (0..1200).map(|i| format!("word{i} ")).collect();
        let pdf = write(
            "Offer (draft)",
            &blocks(&format!("# Offer\n\nDear **Grace**,\n\n{long}\n\n- Base: EUR 95,000 – €\n")),
        );
        let text = String::from_utf8_lossy(&pdf);
        assert!(text.starts_with("%PDF-1.4"));
        let count: usize =
            text.split("/Count ").nth(1).and_then(|r| r.split(' ').next()).and_then(|n| n.parse().ok()).expect("count");
        assert!(count >= 2, "1,200 words run over several pages, got {count}");
        assert_eq!(text.matches("/Type /Page ").count(), count, "every page is in the page tree");
        assert!(text.contains("/Title (Offer \\(draft\\))"));
        assert!(text.trim_end().ends_with("%%EOF"));
        // Every xref offset points at its object.
        let xref = text.rfind("xref\n").expect("xref");
        for (n, line) in text[xref..].lines().skip(3).take_while(|l| l.ends_with(" n ")).enumerate() {
            let offset: usize = line[..10].parse().expect("offset");
            assert!(text[offset..].starts_with(&format!("{} 0 obj", n + 1)), "object {}", n + 1);
        }
    }

    #[test]
    fn characters_map_to_win_ansi() {
        assert_eq!(win_ansi('é'), 0xE9);
        assert_eq!(win_ansi('€'), 0x80);
        assert_eq!(win_ansi('–'), 0x96);
        assert_eq!(win_ansi('中'), b'?');
    }
}
