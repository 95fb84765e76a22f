//! The job description generated from a calibrated role: problem first, then the impact summary,
//! must-haves versus what we teach, and how the interviews work. Markdown, plus a small HTML
//! renderer for the subset the generator writes (and a recruiter typically edits in).

use crate::intake::RoleIntake;
use crate::role::Role;

/// A role's job description as the screens show it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize, specta::Type)]
pub struct JobDescription {
    /// What is published: the edited text if there is one, else the generated text.
    pub markdown: String,
    /// What the intake generates today (to reset an edit, or to compare).
    pub generated: String,
    pub edited: bool,
    pub html: String,
}

impl JobDescription {
    pub fn for_role(role: &Role) -> JobDescription {
        let generated = generate(role);
        let edited = !role.intake.job_description.trim().is_empty();
        let markdown = if edited { role.intake.job_description.clone() } else { generated.clone() };
        JobDescription { html: to_html(&markdown), markdown, generated, edited }
    }
}

/// The generated Markdown for `role` (ignores any edited text saved on the role).
pub fn generate(role: &Role) -> String {
    let i = &role.intake;
    let mut md = format!("# {}\n\n", role.title);
    let team = [role.team.as_str(), i.true_level.map(|l| l.label()).unwrap_or("")]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    if !team.is_empty() {
        md.push_str(&format!("*{team}*\n\n"));
    }
    section(&mut md, "The problem you will solve", &i.problem_statement);
    let impact = [
        ("First focus", &i.impact_first_focus),
        ("Systems", &i.impact_systems),
        ("Success looks like", &i.impact_success),
        ("Who you work with", &i.impact_collaboration),
    ];
    if impact.iter().any(|(_, t)| !t.is_empty()) {
        md.push_str("## Your impact\n\n");
        for (label, text) in impact.iter().filter(|(_, t)| !t.is_empty()) {
            md.push_str(&format!("- **{label}:** {text}\n"));
        }
        md.push('\n');
    }
    list(&mut md, "What you bring", &i.must_haves);
    list(&mut md, "What we will teach you", &i.trainable);
    let stack = stack_line(i);
    if !stack.is_empty() {
        md.push_str(&format!("## Our stack\n\n{stack}\n\n"));
    }
    md.push_str(
        "## How we interview\n\n\
         1. A short profile review by the hiring team.\n\
         2. A technical screen: you choose a short take-home challenge or a 90-minute paired session.\n\
         3. A deep dive into a project you owned: what you built, what broke, what you would redesign.\n\
         4. A system design conversation.\n\
         5. A conversation about how you work with others.\n\n\
         Every interviewer writes evidence-based feedback before the team discusses it together.\n",
    );
    if let (Some(min), Some(max)) = (i.comp_min, i.comp_max) {
        md.push_str(&format!(
            "\n## Compensation\n\n{} – {} {} per year.\n",
            major(min, &i.currency),
            major(max, &i.currency),
            i.currency
        ));
    }
    md
}

fn section(md: &mut String, title: &str, text: &str) {
    if !text.is_empty() {
        md.push_str(&format!("## {title}\n\n{text}\n\n"));
    }
}

fn list(md: &mut String, title: &str, items: &[String]) {
    if !items.is_empty() {
        md.push_str(&format!("## {title}\n\n"));
        for item in items {
            md.push_str(&format!("- {item}\n"));
        }
        md.push('\n');
    }
}

fn stack_line(i: &RoleIntake) -> String {
    let mut parts: Vec<String> = Vec::new();
    if !i.languages.is_empty() {
        let adjacent = if i.adjacent_ok { " (strong experience in another backend language is welcome)" } else { "" };
        parts.push(format!("{}{adjacent}", i.languages.join(", ")));
    }
    parts.extend([&i.cloud, &i.ci_cd, &i.containers].into_iter().filter(|s| !s.is_empty()).cloned());
    let mut line = parts.join(" · ");
    if i.on_call && !line.is_empty() {
        line.push_str(". The team shares an on-call rotation.");
    }
    line
}

/// Whole currency units with thousands separators (minor units assumed to be cents, except for
/// the common zero-decimal currencies).
fn major(minor: i64, currency: &str) -> String {
    let divisor = if matches!(currency, "JPY" | "KRW" | "CLP" | "ISK" | "VND") { 1 } else { 100 };
    let digits = (minor / divisor).to_string();
    let mut out = String::new();
    for (n, c) in digits.chars().enumerate() {
        if n > 0 && (digits.len() - n) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Inline Markdown: **bold** and *emphasis*, on escaped text.
fn inline(text: &str) -> String {
    let mut out = String::new();
    let escaped = escape(text);
    let mut rest = escaped.as_str();
    while let Some(start) = rest.find('*') {
        let (marker, tag) = if rest[start..].starts_with("**") { ("**", "strong") } else { ("*", "em") };
        let body_start = start + marker.len();
        match rest[body_start..].find(marker) {
            Some(len) if len > 0 => {
                out.push_str(&rest[..start]);
                out.push_str(&format!("<{tag}>{}</{tag}>", &rest[body_start..body_start + len]));
                rest = &rest[body_start + len + marker.len()..];
            }
            _ => {
                out.push_str(&rest[..body_start]);
                rest = &rest[body_start..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Renders the Markdown subset job descriptions use: headings, paragraphs, bullet and numbered
/// lists, bold and emphasis. Everything else is escaped text, so the output is safe to embed.
pub fn to_html(markdown: &str) -> String {
    let mut html = String::new();
    let mut list: Option<&str> = None;
    let mut paragraph: Vec<String> = Vec::new();
    let flush = |html: &mut String, paragraph: &mut Vec<String>| {
        if !paragraph.is_empty() {
            html.push_str(&format!("<p>{}</p>\n", paragraph.join(" ")));
            paragraph.clear();
        }
    };
    for line in markdown.lines() {
        let trimmed = line.trim();
        let bullet = trimmed.strip_prefix("- ").or_else(|| trimmed.strip_prefix("* "));
        let numbered = trimmed
            .split_once(". ")
            .filter(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
            .map(|(_, t)| t);
        let (kind, item) = match (bullet, numbered) {
            (Some(t), _) => (Some("ul"), t),
            (None, Some(t)) => (Some("ol"), t),
            _ => (None, trimmed),
        };
        if list.is_some() && list != kind {
            html.push_str(&format!("</{}>\n", list.unwrap_or("ul")));
            list = None;
        }
        if let Some(kind) = kind {
            flush(&mut html, &mut paragraph);
            if list.is_none() {
                html.push_str(&format!("<{kind}>\n"));
                list = Some(kind);
            }
            html.push_str(&format!("<li>{}</li>\n", inline(item)));
        } else if trimmed.is_empty() {
            flush(&mut html, &mut paragraph);
        } else if let Some(level) = (1..=3).rev().find(|n| trimmed.starts_with(&format!("{} ", "#".repeat(*n)))) {
            flush(&mut html, &mut paragraph);
            html.push_str(&format!("<h{level}>{}</h{level}>\n", inline(trimmed[level + 1..].trim())));
        } else {
            paragraph.push(inline(trimmed));
        }
    }
    flush(&mut html, &mut paragraph);
    if let Some(kind) = list {
        html.push_str(&format!("</{kind}>\n"));
    }
    html
}

/// A complete HTML document for export.
pub fn html_document(title: &str, markdown: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n</head>\n<body>\n{}</body>\n</html>\n",
        escape(title),
        to_html(markdown)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intake::tests::ready;
    use crate::role::RoleStatus;

    fn role() -> Role {
        let mut intake = ready();
        intake.impact_success = "p99 under 300 ms".into();
        intake.comp_min = Some(8_000_000);
        intake.comp_max = Some(10_000_000);
        intake.currency = "EUR".into();
        Role {
            id: "r".into(),
            title: "Senior Go Engineer".into(),
            team: "Payments".into(),
            level: "Senior".into(),
            status: RoleStatus::Open,
            hiring_manager: "Dana".into(),
            recruiter: "Sam".into(),
            opened_on: chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("valid date"),
            closed_on: None,
            intake,
            plan: crate::plan::InterviewPlan::default(),
            readiness: vec![],
            must_have_warning: None,
            created_at: chrono::DateTime::UNIX_EPOCH,
            updated_at: chrono::DateTime::UNIX_EPOCH,
        }
    }

    #[test]
    fn the_problem_comes_first_then_impact_skills_and_process() {
        let md = generate(&role());
        let at = |needle: &str| md.find(needle).unwrap_or_else(|| panic!("{needle:?} missing from:\n{md}"));
        assert!(at("## The problem you will solve") < at("## Your impact"), "problem before impact");
        assert!(at("## Your impact") < at("## What you bring"), "impact before must-haves");
        assert!(at("## What you bring") < at("## What we will teach you"), "must-haves before trainable");
        assert!(at("## What we will teach you") < at("## How we interview"), "skills before process");
        assert!(md.contains("- Production Go services"), "must-haves listed");
        assert!(md.contains("80,000 – 100,000 EUR"), "the band in whole units: {md}");
        assert!(md.contains("90-minute paired session"), "both screen paths described");
    }

    #[test]
    fn html_renders_the_subset_and_escapes_everything_else() {
        let html = to_html(
            "# Title <x>\n\nSome **bold** and *em* text\nwrapped.\n\n- one\n- two & three\n\n1. first\n2. second\n",
        );
        assert_eq!(
            html,
            "<h1>Title &lt;x&gt;</h1>\n<p>Some <strong>bold</strong> and <em>em</em> text wrapped.</p>\n<ul>\n<li>one</li>\n<li>two &amp; three</li>\n</ul>\n<ol>\n<li>first</li>\n<li>second</li>\n</ol>\n",
            "headings, paragraphs, lists and inline marks"
        );
        assert!(!to_html("<script>alert(1)</script>").contains("<script>"), "raw HTML is escaped");
        assert!(html_document("A & B", "hi").contains("<title>A &amp; B</title>"), "the document title is escaped");
    }

    #[test]
    fn unmatched_markers_stay_text() {
        assert_eq!(to_html("5 * 3 = 15"), "<p>5 * 3 = 15</p>\n", "a lone star is not emphasis");
    }
}
