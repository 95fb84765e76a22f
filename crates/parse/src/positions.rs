//! Jobs: each date range in the experience section anchors one position; its title and company
//! come from the same line and the short lines around it, whichever layout put them there.

use crate::dates::{find_range, DateRange};
use crate::profile::Position;
use crate::words::{company_score, is_location, is_prose, title_score};

/// A position and the lines it spans (for attributing skills to the job that used them).
#[derive(Debug, Clone)]
pub struct Found {
    pub position: Position,
    pub range: DateRange,
    /// Index of the date line in the section's lines.
    pub anchor: usize,
    pub complete: bool,
}

const SEPARATORS: [&str; 7] = [" — ", " – ", " | ", " @ ", " at ", " - ", " · "];

/// Splits "Title — Company" (or "Company, Berlin") into its parts, dropping places.
fn pieces(text: &str) -> Vec<String> {
    let without_places = drop_place_brackets(text);
    let mut parts = vec![without_places];
    for sep in SEPARATORS {
        parts = parts.iter().flat_map(|p| p.split(sep).map(str::to_string).collect::<Vec<_>>()).collect();
    }
    parts
        .into_iter()
        .flat_map(|p| {
            let trimmed = clean(&p);
            match trimmed.split_once(", ") {
                Some((head, tail)) if is_location(tail) => vec![clean(head)],
                // "Backend Engineer, Acme": a title and its company.
                Some((head, tail)) if title_score(head) > 0 && title_score(tail) == 0 => vec![clean(head), clean(tail)],
                // "Acme, Inc" is one name; "Acme Pagos, Madrid" a company and its city.
                Some((head, tail))
                    if title_score(head) == 0
                        && company_score(tail) == 0
                        && title_score(tail) == 0
                        && tail.split_whitespace().count() <= 3 =>
                {
                    vec![clean(head)]
                }
                _ => vec![trimmed],
            }
        })
        .filter(|p| !p.is_empty() && !is_location(p))
        .collect()
}

/// Removes "(San Francisco, CA)", "(Remote)" and similar bracketed places.
fn drop_place_brackets(text: &str) -> String {
    let mut out = text.to_string();
    while let (Some(open), Some(close)) = (out.find('('), out.find(')')) {
        if close < open {
            break;
        }
        let inner = &out[open + 1..close];
        if is_location(inner)
            || inner.eq_ignore_ascii_case("hybrid")
            || inner.split_whitespace().count() <= 3 && title_score(inner) == 0 && company_score(inner) == 0
        {
            out.replace_range(open..=close, "");
        } else {
            break;
        }
    }
    out
}

fn clean(s: &str) -> String {
    s.trim()
        .trim_matches(|c: char| {
            matches!(c, '|' | '·' | '•' | '-' | '–' | '—' | ',' | ':' | '(' | ')' | '\t') || c.is_whitespace()
        })
        .to_string()
}

/// A header line of a position: short, not a bullet, not another date line.
fn is_header_line(line: &str) -> bool {
    !is_prose(line) && find_range(line).is_none() && line.split_whitespace().count() <= 12
}

pub fn find(lines: &[&str]) -> Vec<Found> {
    let anchors: Vec<(usize, DateRange)> =
        lines.iter().enumerate().filter_map(|(i, l)| find_range(l).map(|r| (i, r))).collect();
    let mut used = vec![false; lines.len()];
    let mut out = Vec::new();
    for (k, (i, range)) in anchors.iter().enumerate() {
        let line = lines[*i];
        used[*i] = true;
        // Right of the dates sits a place ("| London") unless it reads like a title.
        let right = &line[range.span.1..];
        let right = if title_score(right) > 0 || company_score(right) > 0 { right } else { "" };
        let residual = format!("{} {}", &line[..range.span.0], right);
        let residual_pieces = pieces(&residual);
        let mut above: Vec<(usize, Vec<String>)> = Vec::new();
        let floor = if k > 0 { anchors[k - 1].0 + 1 } else { 0 };
        let mut j = *i;
        while j > floor && above.len() < 2 {
            j -= 1;
            if used[j] || !is_header_line(lines[j]) {
                break;
            }
            let p = pieces(lines[j]);
            if !p.is_empty() {
                above.push((j, p));
            }
        }
        let next_anchor = anchors.get(k + 1).map_or(lines.len(), |a| a.0);
        let below = (i + 1 < next_anchor && is_header_line(lines[i + 1]) && !used[i + 1])
            .then(|| (i + 1, pieces(lines[i + 1])))
            .filter(|(_, p)| !p.is_empty() && p.iter().all(|x| title_score(x) > 0 || residual_pieces.len() == 1));

        // Candidates nearest first: the date line, the lines above, the line below.
        let mut candidates: Vec<(String, Option<usize>)> = residual_pieces.iter().map(|p| (p.clone(), None)).collect();
        for (j, p) in &above {
            candidates.extend(p.iter().map(|x| (x.clone(), Some(*j))));
        }
        if let Some((j, p)) = &below {
            candidates.extend(p.iter().map(|x| (x.clone(), Some(*j))));
        }
        let (title, company) = assign(&candidates, residual_pieces.len(), below.is_some());
        for (_, line) in [&title, &company].into_iter().flatten() {
            if let Some(j) = line {
                used[*j] = true;
            }
        }
        let title = title.map(|t| t.0).unwrap_or_default();
        let company = company.map(|c| c.0).unwrap_or_default();
        let complete = !title.is_empty() && !company.is_empty();
        out.push(Found {
            position: Position {
                company,
                title,
                start: Some(range.start.iso()),
                end: range.end.map(|e| e.iso()),
                current: range.end.is_none(),
                start_precision: range.start_precision,
                end_precision: range.end_precision,
            },
            range: *range,
            anchor: *i,
            complete,
        });
    }
    out
}

type Candidate = (String, Option<usize>);

/// Chooses the title (the most title-like candidate) and the company (the most company-like of
/// the rest, else the nearest).
fn assign(candidates: &[Candidate], on_date_line: usize, has_below: bool) -> (Option<Candidate>, Option<Candidate>) {
    if candidates.is_empty() {
        return (None, None);
    }
    let scored: Vec<(usize, usize)> = candidates.iter().map(|(c, _)| (title_score(c), company_score(c))).collect();
    // "Systems Engineer" has a company word too; it is still a title when title words outweigh.
    let best_title = (0..candidates.len())
        .filter(|&i| scored[i].0 > scored[i].1)
        .max_by_key(|&i| (scored[i].0 - scored[i].1, std::cmp::Reverse(i)));
    let title_idx = best_title.or_else(|| {
        // No title words anywhere: "Company <dates>" over a line below means the title is below;
        // otherwise the date line (or the first line) names the title first.
        if on_date_line == 1 && has_below && candidates.len() > 1 {
            Some(candidates.len() - 1)
        } else {
            (0..candidates.len()).find(|&i| scored[i].1 == 0)
        }
    });
    let company_idx = (0..candidates.len())
        .filter(|&i| Some(i) != title_idx)
        .max_by_key(|&i| (scored[i].1 > 0, scored[i].0 == 0, std::cmp::Reverse(i)));
    (title_idx.map(|i| candidates[i].clone()), company_idx.map(|i| candidates[i].clone()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Vec<(String, String, String, Option<String>)> {
        let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        find(&lines)
            .into_iter()
            .map(|f| (f.position.title, f.position.company, f.position.start.unwrap_or_default(), f.position.end))
            .collect()
    }

    fn row(t: &str, c: &str, s: &str, e: Option<&str>) -> (String, String, String, Option<String>) {
        (t.into(), c.into(), s.into(), e.map(str::to_string))
    }

    #[test]
    fn classic_title_dash_company_then_dates() {
        let text = "Senior Backend Engineer — Cabify\nMarch 2021 – Present\n• Built the pricing service in Go\nBackend Engineer — Acme Pagos S.L.\nJan 2018 – Feb 2021\n• Kafka";
        assert_eq!(
            parse(text),
            vec![
                row("Senior Backend Engineer", "Cabify", "2021-03", None),
                row("Backend Engineer", "Acme Pagos S.L.", "2018-01", Some("2021-02"))
            ]
        );
    }

    #[test]
    fn sidebar_company_then_title_with_dates() {
        let text = "Zalando SE\nStaff Engineer | 03/2019 – 06/2021\n• Led the checkout rewrite\nN26\nSoftware Engineer | 01/2016 – 02/2019";
        assert_eq!(
            parse(text),
            vec![
                row("Staff Engineer", "Zalando SE", "2019-03", Some("2021-06")),
                row("Software Engineer", "N26", "2016-01", Some("2019-02"))
            ]
        );
    }

    #[test]
    fn compact_company_and_dates_then_title_below() {
        let text = "Doctolib \t 2020-01 – now\nPlatform Engineer\n- Terraform\nBlaBlaCar, Paris \t 2017-09 – 2019-12\nSite Reliability Engineer";
        assert_eq!(
            parse(text),
            vec![
                row("Platform Engineer", "Doctolib", "2020-01", None),
                row("Site Reliability Engineer", "BlaBlaCar", "2017-09", Some("2019-12"))
            ]
        );
    }
}
