//! Splitting a resume into sections by their headings (English, German, Spanish, French).

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Header,
    Summary,
    Experience,
    Education,
    Skills,
    Languages,
    Projects,
    Other,
}

const HEADINGS: [(Section, &[&str]); 7] = [
    (
        Section::Experience,
        &[
            "experience",
            "work experience",
            "professional experience",
            "employment",
            "employment history",
            "work history",
            "career",
            "career history",
            "relevant experience",
            "experience & projects",
            "berufserfahrung",
            "berufliche erfahrung",
            "beruflicher werdegang",
            "erfahrung",
            "praxiserfahrung",
            "experiencia",
            "experiencia profesional",
            "experiencia laboral",
            "expérience",
            "expérience professionnelle",
            "expériences professionnelles",
            "expériences",
            "parcours professionnel",
        ],
    ),
    (
        Section::Education,
        &[
            "education",
            "academic background",
            "studies",
            "education & training",
            "ausbildung",
            "bildung",
            "studium",
            "bildungsweg",
            "akademischer werdegang",
            "educación",
            "formación",
            "formación académica",
            "estudios",
            "formation",
            "études",
            "parcours académique",
            "diplômes",
        ],
    ),
    (
        Section::Skills,
        &[
            "skills",
            "technical skills",
            "core skills",
            "key skills",
            "technologies",
            "tech stack",
            "tools",
            "skills & tools",
            "tools & technologies",
            "competencies",
            "core competencies",
            "expertise",
            "kenntnisse",
            "fähigkeiten",
            "technische kenntnisse",
            "it-kenntnisse",
            "fachkenntnisse",
            "kompetenzen",
            "skills & technologien",
            "habilidades",
            "competencias",
            "conocimientos",
            "habilidades técnicas",
            "conocimientos técnicos",
            "compétences",
            "compétences techniques",
            "savoir-faire",
            "technologies & outils",
        ],
    ),
    (
        Section::Languages,
        &["languages", "spoken languages", "language skills", "sprachen", "sprachkenntnisse", "idiomas", "langues"],
    ),
    (
        Section::Summary,
        &[
            "summary",
            "profile",
            "about",
            "about me",
            "objective",
            "professional summary",
            "personal profile",
            "profil",
            "zusammenfassung",
            "über mich",
            "kurzprofil",
            "perfil",
            "perfil profesional",
            "resumen",
            "sobre mí",
            "à propos",
            "résumé",
            "profil professionnel",
        ],
    ),
    (
        Section::Projects,
        &["projects", "side projects", "open source", "projekte", "proyectos", "projets", "selected projects"],
    ),
    (
        Section::Other,
        &[
            "interests",
            "hobbies",
            "awards",
            "publications",
            "volunteering",
            "references",
            "certifications",
            "certificates",
            "contact",
            "kontakt",
            "contacto",
            "links",
            "interessen",
            "zertifikate",
            "intereses",
            "certificaciones",
            "centres d'intérêt",
            "centres d’intérêt",
            "loisirs",
            "certificats",
        ],
    ),
];

/// The section a line heads, if it is a heading.
pub fn heading(line: &str) -> Option<Section> {
    let t = line.trim().trim_end_matches(':').trim().to_lowercase();
    if t.is_empty() || t.chars().count() > 40 {
        return None;
    }
    HEADINGS.iter().find(|(_, words)| words.contains(&t.as_str())).map(|(s, _)| *s)
}

/// A resume's lines, each tagged with its section (lines before the first heading: Header).
pub fn split(text: &str) -> Vec<(Section, &str)> {
    let mut current = Section::Header;
    let mut out = Vec::new();
    for line in text.lines() {
        if let Some(s) = heading(line) {
            current = s;
            continue;
        }
        let t = line.trim();
        // Rules under headings ("=====", "-----") carry no text.
        if !t.is_empty() && !t.chars().all(|c| matches!(c, '=' | '-' | '_' | '*' | '~' | '—' | '–' | '#')) {
            out.push((current, t));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_in_four_languages() {
        assert_eq!(heading("EXPERIENCE"), Some(Section::Experience));
        assert_eq!(heading("Berufserfahrung:"), Some(Section::Experience));
        assert_eq!(heading("Formación académica"), Some(Section::Education));
        assert_eq!(heading("Compétences"), Some(Section::Skills));
        assert_eq!(heading("Idiomas"), Some(Section::Languages));
        assert_eq!(heading("Experience building payment systems at scale"), None);
    }
}
