//! The accuracy scorer: parses every file of a labelled corpus (`pdf/`, `docx/`, `text/` beside
//! `truth/`) and reports precision, recall and F1 per field against the ground truth.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use serde::Deserialize;
use shortlist_core::text::fold;

use crate::profile::{Education, Position, Profile, ProfileLink};
use crate::{parse_file, Options};

/// The ground truth of one resume (crates/parse/tests/corpus/README.md).
#[derive(Debug, Clone, Deserialize)]
pub struct Truth {
    pub name: Option<String>,
    pub emails: Vec<String>,
    pub phones: Vec<String>,
    pub links: Vec<ProfileLink>,
    pub location: Option<String>,
    pub positions: Vec<Position>,
    pub education: Vec<Education>,
    pub skills: Vec<String>,
    pub languages: Vec<String>,
    pub years_experience: f64,
}

/// True positives, false positives, false negatives.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Set comparison of normalised items.
fn compare(found: Vec<String>, truth: Vec<String>) -> Counts {
    let mut unmatched = truth.clone();
    let mut c = Counts::default();
    for f in found {
        if let Some(i) = unmatched.iter().position(|t| *t == f) {
            unmatched.remove(i);
            c.tp += 1;
        } else {
            c.fp += 1;
        }
    }
    c.fn_ = unmatched.len();
    c
}

fn norm(s: &str) -> String {
    fold(s)
}

fn position_key(p: &Position) -> String {
    format!(
        "{}|{}|{}|{}",
        norm(&p.company),
        norm(&p.title),
        p.start.clone().unwrap_or_default(),
        p.end.clone().unwrap_or_default()
    )
}

/// The fields scored, in report order.
pub const FIELDS: [&str; 10] = [
    "contacts",
    "positions",
    "skills",
    "name",
    "location",
    "education",
    "languages",
    "years (±0.5)",
    "companies",
    "titles",
];

/// Scores one parsed profile against its truth, per field.
pub fn score(found: &Profile, truth: &Truth) -> BTreeMap<&'static str, Counts> {
    let mut out = BTreeMap::new();
    let contacts = |emails: &[String], phones: &[String], links: &[ProfileLink]| -> Vec<String> {
        emails
            .iter()
            .map(|e| e.to_lowercase())
            .chain(phones.iter().cloned())
            .chain(links.iter().map(|l| l.url.to_lowercase()))
            .collect()
    };
    out.insert(
        "contacts",
        compare(
            contacts(&found.emails, &found.phones, &found.links),
            contacts(&truth.emails, &truth.phones, &truth.links),
        ),
    );
    out.insert(
        "positions",
        compare(found.positions.iter().map(position_key).collect(), truth.positions.iter().map(position_key).collect()),
    );
    out.insert(
        "companies",
        compare(
            found.positions.iter().map(|p| norm(&p.company)).collect(),
            truth.positions.iter().map(|p| norm(&p.company)).collect(),
        ),
    );
    out.insert(
        "titles",
        compare(
            found.positions.iter().map(|p| norm(&p.title)).collect(),
            truth.positions.iter().map(|p| norm(&p.title)).collect(),
        ),
    );
    out.insert("skills", compare(found.skills.iter().map(|s| s.name.clone()).collect(), truth.skills.clone()));
    let single = |f: &Option<String>, t: &Option<String>| -> Counts {
        compare(f.iter().map(|s| norm(s)).collect(), t.iter().map(|s| norm(s)).collect())
    };
    out.insert("name", single(&found.name, &truth.name));
    out.insert("location", single(&found.location, &truth.location));
    out.insert(
        "education",
        compare(
            found.education.iter().map(|e| format!("{}|{:?}", norm(&e.institution), e.year)).collect(),
            truth.education.iter().map(|e| format!("{}|{:?}", norm(&e.institution), e.year)).collect(),
        ),
    );
    out.insert("languages", compare(found.languages.clone(), truth.languages.clone()));
    let close = (found.years_experience - truth.years_experience).abs() <= 0.5;
    out.insert("years (±0.5)", Counts { tp: usize::from(close), fp: usize::from(!close), fn_: usize::from(!close) });
    out
}

/// One file's outcome, for the detailed listing.
#[derive(Debug, Clone)]
pub struct FileResult {
    pub file: String,
    pub fields: BTreeMap<&'static str, Counts>,
    pub error: Option<String>,
    pub profile: Option<Profile>,
    pub truth: Truth,
}

#[derive(Debug, Clone, Default)]
pub struct Report {
    pub files: Vec<FileResult>,
    pub by_format: BTreeMap<String, BTreeMap<&'static str, Counts>>,
    pub total: BTreeMap<&'static str, Counts>,
}

/// Parses every rendered file of the corpus and scores it.
pub fn score_corpus(dir: &Path, options: &Options) -> std::io::Result<Report> {
    let mut report = Report::default();
    let mut truths: Vec<_> = std::fs::read_dir(dir.join("truth"))?.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    truths.sort();
    for truth_path in truths {
        let Some(stem) = truth_path.file_stem().and_then(|s| s.to_str()).map(str::to_string) else { continue };
        let truth: Truth = serde_json::from_str(&std::fs::read_to_string(&truth_path)?)
            .map_err(|e| std::io::Error::other(format!("{}: {e}", truth_path.display())))?;
        for (folder, ext) in [("pdf", "pdf"), ("docx", "docx"), ("text", "txt"), ("text", "md")] {
            let file = dir.join(folder).join(format!("{stem}.{ext}"));
            let Ok(bytes) = std::fs::read(&file) else { continue };
            let name = format!("{stem}.{ext}");
            let (fields, error, profile) = match parse_file(&name, &bytes, options) {
                Ok(parsed) => (score(&parsed.profile, &truth), None, Some(parsed.profile)),
                Err(e) => {
                    let empty = Profile::default();
                    (score(&empty, &truth), Some(e.to_string()), None)
                }
            };
            let format = report.by_format.entry(ext.to_string()).or_default();
            for (k, v) in &fields {
                format.entry(k).or_default().add(*v);
                report.total.entry(k).or_default().add(*v);
            }
            report.files.push(FileResult { file: name, fields, error, profile, truth: truth.clone() });
        }
    }
    Ok(report)
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut per_format: BTreeMap<&str, usize> = BTreeMap::new();
        for file in &self.files {
            *per_format.entry(file.file.rsplit('.').next().unwrap_or_default()).or_default() += 1;
        }
        let formats: Vec<String> = per_format.iter().map(|(k, v)| format!("{k}: {v}")).collect();
        writeln!(f, "{} files scored ({})", self.files.len(), formats.join(", "))?;
        writeln!(f, "{:<14} {:>9} {:>9} {:>9}   F1 by format", "field", "precision", "recall", "F1")?;
        for field in FIELDS {
            let Some(c) = self.total.get(field) else { continue };
            let per: Vec<String> = self
                .by_format
                .iter()
                .filter_map(|(fmt_name, m)| m.get(field).map(|c| format!("{fmt_name} {:.3}", c.f1())))
                .collect();
            writeln!(
                f,
                "{field:<14} {:>9.3} {:>9.3} {:>9.3}   {}",
                c.precision(),
                c.recall(),
                c.f1(),
                per.join(" · ")
            )?;
        }
        let failed: Vec<&FileResult> = self.files.iter().filter(|r| r.error.is_some()).collect();
        for r in failed {
            writeln!(f, "failed: {}: {}", r.file, r.error.as_deref().unwrap_or_default())?;
        }
        Ok(())
    }
}
