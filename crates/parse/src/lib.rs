//! Resume parsing: a file's text (PDF, DOCX, plain text, Markdown, JSON Resume) and the
//! structured profile in it. Pure: no database, no UI; the same code serves the app, the
//! `shortlist-cli parse` command and the accuracy scorer.

pub mod extract;
pub mod profile;

pub use extract::{extract, Document, ExtractError, Format};
pub use profile::{
    CandidateProfile, DatePrecision, Education, Position, Profile, ProfileLink, SkillMention, SkillSource,
};
pub mod contacts;
pub mod csv;
pub mod dates;
pub mod education;
pub mod header;
pub mod languages;
pub mod matching;
pub mod positions;
pub mod resume;
pub mod risks;
pub mod sections;
pub mod taxonomy;
pub mod words;

pub use resume::{parse_text, Options};
pub mod json_resume;

/// A parsed file: its format, its text (for search and the review screen) and its profile.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub format: Format,
    pub text: String,
    pub pages: Option<usize>,
    pub profile: Profile,
}

/// Reads and parses one file. Every failure is an [`ExtractError`] with a readable message.
pub fn parse_file(file_name: &str, bytes: &[u8], options: &Options) -> Result<Parsed, ExtractError> {
    let doc = extract(file_name, bytes)?;
    if doc.format == Format::JsonResume {
        let (profile, text) = json_resume::parse(&doc.text, options)?;
        return Ok(Parsed { format: doc.format, text, pages: None, profile });
    }
    let profile = parse_text(&doc.text, options);
    Ok(Parsed { format: doc.format, text: doc.text, pages: doc.pages, profile })
}
pub mod score;
