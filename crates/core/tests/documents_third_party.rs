//! Offer letters read back by independent tools: the PDF by `pdftotext` (poppler-utils), the DOCX
//! by Python's `python-docx` (both installed by scripts/setup.sh).

use chrono::NaiveDate;
use shortlist_core::document::{blocks, docx, pdf};
use shortlist_core::letter::{render, LetterInput, DEFAULT_TEMPLATE};
use shortlist_core::offer::OfferTerms;

fn letter() -> String {
    let terms = OfferTerms {
        title: "Senior Backend Engineer".into(),
        level: "Senior".into(),
        base_salary: 9_500_000,
        currency: "EUR".into(),
        bonus: "10% target".into(),
        equity: "4,000 options over four years".into(),
        start_date: NaiveDate::from_ymd_opt(2027, 2, 1),
        location: "Berlin".into(),
        remote_policy: "hybrid, two office days".into(),
        expires_on: NaiveDate::from_ymd_opt(2026, 12, 15),
        scope: "Own the payments ledger service and lead its migration to PostgreSQL 17 — zero downtime.".into(),
        decision_ownership: "You decide the ledger's schema and its release schedule.".into(),
        growth_path: "Staff engineer in 18–24 months, with a platform remit.".into(),
        team_environment: "Five backend engineers, a PM and an SRE in Berlin and Lisbon.".into(),
    };
    render(
        DEFAULT_TEMPLATE,
        &LetterInput {
            candidate_name: "Zoë Ångström",
            role_title: "Senior Backend Engineer",
            role_team: "Payments",
            terms: &terms,
            sender: "Sam Rivera",
            today: NaiveDate::from_ymd_opt(2026, 11, 28).expect("date"),
        },
    )
    .expect("renders")
}

fn temp(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("shortlist-docs-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write");
    path
}

#[test]
fn pdftotext_reads_the_offer_letter() {
    let path = temp("offer.pdf", &pdf::write("Offer: Senior Backend Engineer", &blocks(&letter())));
    let out = std::process::Command::new("pdftotext")
        .arg("-enc")
        .arg("UTF-8")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(out.status.success(), "pdftotext refused the file: {}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for expected in [
        "Offer of employment: Senior Backend Engineer",
        "Dear Zoë,",
        "Base salary: EUR 95,000 a year",
        "migration to PostgreSQL 17 — zero downtime.",
        "Staff engineer in 18–24 months",
        "valid until 15 December 2026",
        "Sam Rivera",
    ] {
        assert!(flat.contains(expected), "missing “{expected}” in: {flat}");
    }
    let info = std::process::Command::new("pdfinfo").arg(&path).output().expect("pdfinfo runs");
    let info = String::from_utf8_lossy(&info.stdout);
    let field =
        |name: &str| info.lines().find_map(|l| l.strip_prefix(name)).map(|v| v.trim().to_string()).unwrap_or_default();
    assert_eq!(field("Title:"), "Offer: Senior Backend Engineer", "{info}");
    assert_eq!(field("Page size:"), "595 x 842 pts (A4)", "{info}");
}

#[test]
fn python_docx_reads_the_offer_letter() {
    let path = temp("offer.docx", &docx::write("Offer: Senior Backend Engineer", &blocks(&letter())).expect("docx"));
    let script = r#"
import sys, docx
d = docx.Document(sys.argv[1])
print(d.core_properties.title)
for p in d.paragraphs:
    bold = ''.join(r.text for r in p.runs if r.bold)
    print(p.text + ' || ' + bold)
"#;
    let out = std::process::Command::new("python3").arg("-c").arg(script).arg(&path).output().expect("python3 runs");
    assert!(out.status.success(), "python-docx refused the file: {}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("Offer: Senior Backend Engineer"));
    assert!(
        text.contains("Offer of employment: Senior Backend Engineer || Offer of employment: Senior Backend Engineer"),
        "headings are bold"
    );
    assert!(text.contains("Dear Zoë,"));
    assert!(
        text.contains("position of Senior Backend Engineer (Senior)") && text.contains("|| Senior Backend Engineer\n"),
        "the bold title run: {text}"
    );
    assert!(text.contains("•\tBase salary: EUR 95,000 a year"), "{text}");
    assert!(text.contains("— zero downtime."));
}
