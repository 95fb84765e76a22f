//! The person's name and location, from the top of the resume (or wherever a two-column
//! layout put them).

use shortlist_core::text::fold;

use crate::sections::heading;
use crate::words::{is_location, title_score};

/// Name particles written in lowercase.
const PARTICLES: [&str; 14] =
    ["de", "da", "del", "della", "van", "von", "der", "den", "la", "le", "bin", "al", "y", "dos"];

/// How much a line looks like a person's name (0 = not at all).
fn name_score(line: &str, emails: &[String]) -> i32 {
    let t = line.trim();
    if t.is_empty() || heading(t).is_some() || is_location(t) || title_score(t) > 0 {
        return 0;
    }
    if t.chars().any(|c| c.is_ascii_digit() || matches!(c, '@' | '/' | ':' | '|' | '•' | '·' | ',' | '(' | '+')) {
        return 0;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    if !(2..=5).contains(&words.len()) {
        return 0;
    }
    let shaped = words.iter().all(|w| {
        let first = w.chars().next().unwrap_or(' ');
        (first.is_uppercase() || PARTICLES.contains(w))
            && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
    });
    if !shaped || crate::taxonomy::find(t).len() >= words.len() {
        return 0;
    }
    let mut score = 10;
    // The email often spells the name: "jose.alvarez@" for "José Álvarez".
    let folded = fold(t);
    let parts: Vec<&str> = folded.split(|c: char| !c.is_alphanumeric()).filter(|p| p.len() > 1).collect();
    if emails.iter().any(|e| {
        let local = fold(e.split('@').next().unwrap_or_default());
        parts.iter().any(|p| local.contains(p))
    }) {
        score += 10;
    }
    if words.iter().all(|w| w.chars().all(|c| !c.is_lowercase())) {
        score += 1; // NAME IN CAPITALS at the top is common.
    }
    score
}

/// The name in "Title Case" when written in capitals.
fn tidy_name(line: &str) -> String {
    let t = line.split_whitespace().collect::<Vec<_>>().join(" ");
    if t.chars().any(char::is_lowercase) {
        return t;
    }
    t.split(' ')
        .map(|w| {
            let lower = w.to_lowercase();
            let mut chars = lower.chars();
            chars.next().map_or_else(String::new, |f| f.to_uppercase().chain(chars).collect())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The best name candidate among the first lines; `(name, confident)`.
pub fn name(lines: &[&str], emails: &[String]) -> Option<(String, bool)> {
    let mut best: Option<(i32, usize, &str)> = None;
    for (i, line) in lines.iter().take(40).enumerate() {
        let score = name_score(line, emails);
        if score == 0 {
            continue;
        }
        // Earlier lines win ties; a name far down only wins with the email's support.
        let weighted = score * 100 - i as i32;
        if best.is_none_or(|(b, _, _)| weighted > b) {
            best = Some((weighted, i, line));
        }
    }
    best.map(|(score, i, line)| (tidy_name(line), score >= 2000 - 40 || i < 3))
}

/// "City, Country" in the header lines, split on the usual separators.
pub fn location(lines: &[&str]) -> Option<String> {
    for line in lines.iter().take(40) {
        for piece in line.split(['|', '·', '•', '⋅', '\t', '–', '—', '✉', '☎', '⌂']) {
            let p = piece.trim().trim_start_matches(['📍', '⚲']).trim();
            if p.contains(',') && is_location(p) && !p.eq_ignore_ascii_case("remote") {
                return Some(p.to_string());
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_name_and_place() {
        let lines =
            ["JOSÉ ÁLVAREZ", "Senior Backend Engineer", "jose.alvarez@example.com · +34 612 34 56 78 · Madrid, Spain"];
        let emails = vec!["jose.alvarez@example.com".to_string()];
        assert_eq!(name(&lines, &emails), Some(("José Álvarez".to_string(), true)));
        assert_eq!(location(&lines).as_deref(), Some("Madrid, Spain"));
    }

    #[test]
    fn a_sidebar_first_still_finds_the_name_by_email() {
        let lines = [
            "Contact",
            "zoe@mueller.dev",
            "Skills",
            "Go, Kubernetes",
            "Berlin, Germany",
            "Zoë Müller",
            "Platform Engineer",
        ];
        let emails = vec!["zoe@mueller.dev".to_string()];
        assert_eq!(name(&lines, &emails).map(|n| n.0).as_deref(), Some("Zoë Müller"));
        assert_eq!(location(&lines).as_deref(), Some("Berlin, Germany"));
    }
}
