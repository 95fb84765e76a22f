//! Education entries: institution, degree and graduation year.

use crate::dates::years;
use crate::profile::Education;
use crate::words::{is_degree, is_institution, is_location, is_prose};

fn parts(line: &str) -> Vec<String> {
    line.split([',', '|', '·', '—', '–', '\t'])
        .map(|p| p.trim().trim_matches(|c: char| matches!(c, '(' | ')' | '-' | ':')).trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

fn strip_years(s: &str) -> String {
    let cleaned: String = s
        .split_whitespace()
        .filter(|w| {
            let digits: String = w.chars().filter(char::is_ascii_digit).collect();
            !(digits.len() == 4 && (digits.starts_with("19") || digits.starts_with("20")))
                && !matches!(*w, "-" | "–" | "—" | "to" | "bis" | "a")
        })
        .collect::<Vec<_>>()
        .join(" ");
    cleaned.trim_matches(|c: char| matches!(c, ',' | '(' | ')' | '-' | '–')).trim().to_string()
}

pub fn find(lines: &[&str]) -> Vec<Education> {
    let mut out: Vec<Education> = Vec::new();
    let mut current: Option<Education> = None;
    for line in lines.iter().filter(|l| !is_prose(l) || is_institution(l)) {
        let pieces: Vec<String> = parts(line).into_iter().map(|p| strip_years(&p)).filter(|p| !p.is_empty()).collect();
        let institution = pieces.iter().find(|p| is_institution(p)).cloned();
        let degree = pieces.iter().find(|p| is_degree(p) && !is_institution(p)).cloned();
        let year = years(line).into_iter().max();
        // A second institution, or a degree when the entry has one, starts a new entry.
        let starts_new = current.as_ref().is_some_and(|c| {
            (institution.is_some() && !c.institution.is_empty()) || (degree.is_some() && !c.degree.is_empty())
        });
        if starts_new {
            out.extend(current.take());
        }
        let entry =
            current.get_or_insert_with(|| Education { institution: String::new(), degree: String::new(), year: None });
        if let Some(i) = institution {
            entry.institution = i;
        }
        if let Some(d) = degree {
            entry.degree = d;
        }
        if let Some(y) = year {
            entry.year = Some(entry.year.map_or(y, |e| e.max(y)));
        }
        if entry.institution.is_empty() && entry.degree.is_empty() {
            // A line naming neither (a place, a grade) belongs to no entry yet.
            if !pieces.iter().all(|p| is_location(p)) && pieces.len() == 1 && year.is_some() {
                entry.institution = pieces[0].clone();
            }
        }
    }
    out.extend(current);
    out.retain(|e| !e.institution.is_empty() || !e.degree.is_empty());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_on_one_line_or_several() {
        let lines = [
            "MSc Computer Science, Technische Universität München, 2016",
            "Universidad de Sevilla",
            "Grado en Ingeniería Informática",
            "2010 – 2014",
        ];
        let found = find(&lines);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].institution, "Technische Universität München");
        assert_eq!(found[0].degree, "MSc Computer Science");
        assert_eq!(found[0].year, Some(2016));
        assert_eq!(found[1].institution, "Universidad de Sevilla");
        assert_eq!(found[1].degree, "Grado en Ingeniería Informática");
        assert_eq!(found[1].year, Some(2014));
    }
}
