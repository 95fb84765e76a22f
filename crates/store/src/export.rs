//! Exports: a candidate as a JSON Resume document, and any list as CSV.

use serde_json::{json, Value};
use shortlist_core::CandidateQuery;

use crate::error::Result;
use crate::search::SearchFilters;
use crate::Store;

/// One CSV field, quoted when it must be (RFC 4180), with formula-looking cells defused so a
/// spreadsheet never runs them.
pub fn csv_field(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@']) { format!("'{value}") } else { value.to_string() };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

pub fn csv(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = header.iter().map(|h| csv_field(h)).collect::<Vec<_>>().join(",");
    out.push_str("\r\n");
    for row in rows {
        out.push_str(&row.iter().map(|v| csv_field(v)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

impl Store {
    /// The candidate as JSON Resume (schema v1.0.0): contacts, work, education, skills grouped
    /// by category, languages.
    pub async fn export_json_resume(&self, candidate_id: &str) -> Result<Value> {
        let c = self.candidate(candidate_id).await?;
        let profile = self.candidate_profile(candidate_id).await?.unwrap_or_default();
        let mut profiles = Vec::new();
        let mut site = None;
        for link in &c.links {
            match link.kind {
                shortlist_core::LinkKind::Github => profiles.push(json!({ "network": "GitHub", "url": link.url })),
                shortlist_core::LinkKind::Linkedin => profiles.push(json!({ "network": "LinkedIn", "url": link.url })),
                shortlist_core::LinkKind::Site if site.is_none() => site = Some(link.url.clone()),
                _ => profiles.push(json!({ "network": "Web", "url": link.url })),
            }
        }
        let mut basics = json!({ "name": c.full_name, "label": profile.headline, "profiles": profiles });
        if let Some(email) = c.emails.first() {
            basics["email"] = json!(email);
        }
        if let Some(phone) = c.phones.first() {
            basics["phone"] = json!(phone);
        }
        if let Some(url) = site {
            basics["url"] = json!(url);
        }
        if !c.location.is_empty() {
            let (city, region) = c.location.split_once(", ").unwrap_or((c.location.as_str(), ""));
            basics["location"] = json!({ "city": city, "region": region });
        }
        let work: Vec<Value> = profile
            .positions
            .iter()
            .map(|p| {
                let mut w = json!({ "name": p.company, "position": p.title });
                if let Some(s) = &p.start {
                    w["startDate"] = json!(s);
                }
                if let Some(e) = p.end.as_ref().filter(|_| !p.current) {
                    w["endDate"] = json!(e);
                }
                w
            })
            .collect();
        let education: Vec<Value> = profile
            .education
            .iter()
            .map(|e| {
                let mut v = json!({ "institution": e.institution, "studyType": e.degree });
                if let Some(y) = e.year {
                    v["endDate"] = json!(format!("{y:04}"));
                }
                v
            })
            .collect();
        let mut groups: Vec<(String, Vec<String>)> = Vec::new();
        for s in &profile.skills {
            match groups.iter_mut().find(|(c, _)| *c == s.category) {
                Some((_, names)) => names.push(s.name.clone()),
                None => groups.push((s.category.clone(), vec![s.name.clone()])),
            }
        }
        let skills: Vec<Value> = groups.into_iter().map(|(c, k)| json!({ "name": c, "keywords": k })).collect();
        let languages: Vec<Value> = profile.languages.iter().map(|l| json!({ "language": l })).collect();
        Ok(json!({
            "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
            "basics": basics, "work": work, "education": education, "skills": skills, "languages": languages,
            "meta": { "canonical": "", "version": "v1.0.0", "lastModified": c.updated_at.to_rfc3339() }
        }))
    }

    /// The candidate list as CSV (the same filter and sort as on screen), every row.
    pub async fn export_candidates_csv(&self, query: &CandidateQuery) -> Result<String> {
        let mut rows = Vec::new();
        let mut q = query.clone();
        q.offset = 0;
        q.limit = 500;
        loop {
            let page = self.list_candidates(&q).await?;
            let n = page.rows.len();
            for r in page.rows {
                rows.push(vec![
                    r.full_name,
                    r.email.unwrap_or_default(),
                    r.location,
                    r.source,
                    r.latest_stage.map(|s| s.as_str().to_string()).unwrap_or_default(),
                    r.latest_role.unwrap_or_default(),
                    r.last_activity_at.to_rfc3339(),
                    r.created_at.to_rfc3339(),
                ]);
            }
            if n < q.limit as usize {
                break;
            }
            q.offset += q.limit;
        }
        Ok(csv(
            &["Name", "Email", "Location", "Source", "Latest stage", "Latest role", "Last activity", "Added"],
            &rows,
        ))
    }

    /// Search results as CSV: every match (page by page), best first, with the roles and stages.
    pub async fn export_search_csv(&self, query: &str, filters: &SearchFilters) -> Result<String> {
        let mut rows: Vec<Vec<String>> = Vec::new();
        loop {
            let page = self.search(query, filters, rows.len() as u32, 500).await?;
            let done = page.hits.is_empty() || rows.len() + page.hits.len() >= page.total as usize;
            rows.extend(page.hits.into_iter().map(|h| {
                let roles: Vec<String> =
                    h.applications.iter().map(|a| format!("{} ({})", a.role_title, a.stage.label())).collect();
                vec![
                    h.full_name,
                    h.headline,
                    h.location,
                    h.years_experience.map(|y| y.to_string()).unwrap_or_default(),
                    roles.join("; "),
                    h.snippet.replace(['⟦', '⟧'], ""),
                ]
            }));
            if done {
                break;
            }
        }
        Ok(csv(&["Name", "Headline", "Location", "Years", "Roles", "Matching passage"], &rows))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_and_defuses() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(csv(&["A", "B"], &[vec!["1".into(), "x\ny".into()]]), "A,B\r\n1,\"x\ny\"\r\n");
    }
}
