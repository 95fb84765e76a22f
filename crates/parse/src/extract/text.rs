//! Plain text and Markdown: decoding and tidying.

use super::ExtractError;

/// UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else with many invalid bytes or
/// control characters is not text.
pub fn decode(bytes: &[u8]) -> Result<String, ExtractError> {
    let text = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        String::from_utf8_lossy(rest).into_owned()
    } else if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        let le = bytes[0] == 0xFF;
        let units: Vec<u16> = bytes[2..]
            .chunks_exact(2)
            .map(|c| if le { u16::from_le_bytes([c[0], c[1]]) } else { u16::from_be_bytes([c[0], c[1]]) })
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        match std::str::from_utf8(bytes) {
            Ok(s) => s.to_string(),
            // Latin-1 text is common in older exports; every byte maps to a character.
            Err(_) if looks_like_latin1(bytes) => bytes.iter().map(|&b| b as char).collect(),
            Err(_) => return Err(ExtractError::Corrupt("it is binary data, not text".into())),
        }
    };
    let control = text.chars().filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}')).count();
    if control * 20 > text.chars().count().max(1) {
        return Err(ExtractError::Corrupt("it is binary data, not text".into()));
    }
    Ok(text)
}

fn looks_like_latin1(bytes: &[u8]) -> bool {
    let odd =
        bytes.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t') || (0x80..0xA0).contains(&b)).count();
    odd * 50 < bytes.len()
}

/// Removes Markdown markup that would confuse parsing, keeping line structure and link targets.
pub fn strip_markdown(md: &str) -> String {
    let link = regex::Regex::new(r"\[([^\]]*)\]\(([^)\s]*)\)").ok();
    md.lines()
        .map(|line| {
            let mut l = line.trim_start_matches('#').trim_start_matches('>').trim().to_string();
            if let Some(re) = &link {
                l = re.replace_all(&l, "$1 $2").into_owned();
            }
            let bullet = l.strip_prefix("* ").or_else(|| l.strip_prefix("+ ")).map(str::to_string);
            if let Some(rest) = bullet {
                l = format!("- {rest}");
            }
            for marker in ["**", "__", "`", "*"] {
                l = l.replace(marker, "");
            }
            if l.chars().all(|c| matches!(c, '-' | '=' | '*' | '_' | ' ')) && l.len() >= 3 {
                l.clear();
            }
            l
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// One text shape for every format: `\n` line ends, no trailing spaces, no runs of blank lines,
/// typographic spaces made plain, ligatures split.
pub fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for raw in text.replace("\r\n", "\n").replace('\r', "\n").split(['\n', '\u{c}']) {
        let line: String = raw
            .chars()
            .map(|c| match c {
                '\u{a0}' | '\u{2007}' | '\u{202f}' | '\u{2009}' | '\u{200a}' => ' ',
                '\u{ad}' | '\u{200b}' | '\u{feff}' => '\u{0}',
                _ => c,
            })
            .filter(|c| *c != '\u{0}')
            .collect::<String>()
            .replace('\u{fb01}', "fi")
            .replace('\u{fb02}', "fl")
            .replace('\u{fb00}', "ff");
        let line = line.split(' ').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ");
        let line = line.trim();
        if line.is_empty() {
            blank += 1;
            if blank == 1 && !out.is_empty() {
                out.push('\n');
            }
            continue;
        }
        blank = 0;
        out.push_str(line);
        out.push('\n');
    }
    out.trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_common_encodings() {
        assert_eq!(decode("Zoë".as_bytes()).as_deref(), Ok("Zoë"));
        assert_eq!(decode(b"\xEF\xBB\xBFZo\xC3\xAB").as_deref(), Ok("Zoë"));
        assert_eq!(decode(b"\xFF\xFEZ\x00o\x00\xEB\x00").as_deref(), Ok("Zoë"));
        assert_eq!(decode(b"Zo\xEB M\xFCller").as_deref(), Ok("Zoë Müller"), "Latin-1");
    }

    #[test]
    fn markdown_markup_goes_and_links_stay() {
        let md = "# Ana Pérez\n**Backend Engineer** at [Acme](https://acme.dev)\n* Go\n---\n";
        assert_eq!(strip_markdown(md), "Ana Pérez\nBackend Engineer at Acme https://acme.dev\n- Go\n");
        assert_eq!(strip_markdown("*6/2022 – Present* · Denver"), "6/2022 – Present · Denver");
    }

    #[test]
    fn tidy_collapses_spaces_and_blank_runs() {
        assert_eq!(tidy("  a\u{a0} b \r\n\r\n\r\n c\u{fb01}ne "), "a b\n\ncfine");
    }
}
