//! Spoken languages, named in English whatever language the resume is in.

const LANGUAGES: [(&str, &[&str]); 30] = [
    ("English", &["english", "englisch", "inglés", "ingles", "anglais"]),
    ("German", &["german", "deutsch", "alemán", "aleman", "allemand"]),
    ("Spanish", &["spanish", "spanisch", "español", "espanol", "castellano", "espagnol"]),
    ("French", &["french", "französisch", "francés", "frances", "français", "francais"]),
    ("Italian", &["italian", "italienisch", "italiano", "italien"]),
    ("Portuguese", &["portuguese", "portugiesisch", "portugués", "portugues", "português", "portugais"]),
    ("Dutch", &["dutch", "niederländisch", "neerlandés", "néerlandais", "nederlands"]),
    ("Polish", &["polish", "polnisch", "polaco", "polonais", "polski"]),
    ("Russian", &["russian", "russisch", "ruso", "russe"]),
    ("Ukrainian", &["ukrainian", "ukrainisch", "ucraniano", "ukrainien"]),
    ("Turkish", &["turkish", "türkisch", "turco", "turc", "türkçe"]),
    ("Arabic", &["arabic", "arabisch", "árabe", "arabe"]),
    ("Hindi", &["hindi"]),
    ("Tamil", &["tamil"]),
    ("Bengali", &["bengali", "bangla"]),
    ("Mandarin", &["mandarin", "chinese", "chinesisch", "chino", "chinois"]),
    ("Cantonese", &["cantonese"]),
    ("Japanese", &["japanese", "japanisch", "japonés", "japonais"]),
    ("Korean", &["korean", "koreanisch", "coreano", "coréen"]),
    ("Vietnamese", &["vietnamese", "vietnamesisch", "vietnamita", "vietnamien", "tiếng việt"]),
    ("Swedish", &["swedish", "schwedisch", "sueco", "suédois", "svenska"]),
    ("Norwegian", &["norwegian", "norwegisch", "noruego", "norvégien", "norsk"]),
    ("Danish", &["danish", "dänisch", "danés", "danois", "dansk"]),
    ("Finnish", &["finnish", "finnisch", "finlandés", "finnois", "suomi"]),
    ("Greek", &["greek", "griechisch", "griego", "grec"]),
    ("Czech", &["czech", "tschechisch", "checo", "tchèque"]),
    ("Romanian", &["romanian", "rumänisch", "rumano", "roumain"]),
    ("Hebrew", &["hebrew", "hebräisch", "hebreo", "hébreu"]),
    ("Catalan", &["catalan", "katalanisch", "catalán", "català"]),
    ("Swahili", &["swahili", "kiswahili"]),
];

/// The languages named in a text, in English, in order of first mention.
pub fn find(text: &str) -> Vec<String> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).collect();
    let mut found: Vec<(usize, &str)> = Vec::new();
    for (english, names) in LANGUAGES {
        let first = names.iter().filter_map(|n| position(&lower, &words, n)).min();
        if let Some(at) = first {
            found.push((at, english));
        }
    }
    found.sort();
    found.into_iter().map(|(_, l)| l.to_string()).collect()
}

fn position(lower: &str, words: &[&str], name: &str) -> Option<usize> {
    if name.contains(' ') {
        return lower.find(name);
    }
    words.iter().position(|w| *w == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_any_language_become_english() {
        assert_eq!(find("Deutsch (Muttersprache), Englisch (C1)"), vec!["German", "English"]);
        assert_eq!(find("Español (nativo) · Inglés (B2) · Francés"), vec!["Spanish", "English", "French"]);
        assert_eq!(find("Français — langue maternelle, anglais courant"), vec!["French", "English"]);
        assert!(find("Go, Rust, TypeScript").is_empty());
    }
}
