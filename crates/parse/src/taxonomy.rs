//! The skills taxonomy (data/skills.tsv): canonical names, categories, aliases, and a matcher
//! that finds them in text with word boundaries.

use std::sync::LazyLock;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skill {
    pub name: String,
    pub category: String,
    /// Every spelling that names it, the canonical name included.
    pub spellings: Vec<String>,
    /// Also an ordinary word (Go, Vault, Agile): counted only in lists, with its usual casing.
    pub strict: bool,
}

static TAXONOMY: LazyLock<Vec<Skill>> = LazyLock::new(|| load(include_str!("../data/skills.tsv")));

pub fn taxonomy() -> &'static [Skill] {
    &TAXONOMY
}

pub fn load(tsv: &str) -> Vec<Skill> {
    tsv.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|line| {
            let mut cols = line.split('\t');
            let name = cols.next()?.trim().to_string();
            let category = cols.next()?.trim().to_string();
            let aliases = cols.next().unwrap_or_default();
            let strict = cols.next().is_some_and(|c| c.trim() == "strict");
            let mut spellings = vec![name.clone()];
            spellings.extend(aliases.split('|').map(str::trim).filter(|a| !a.is_empty()).map(str::to_string));
            Some(Skill { name, category, spellings, strict })
        })
        .collect()
}

static BY_SPELLING: LazyLock<std::collections::HashMap<String, usize>> = LazyLock::new(|| {
    let mut map = std::collections::HashMap::new();
    for (i, skill) in taxonomy().iter().enumerate() {
        for spelling in &skill.spellings {
            map.entry(spelling.to_lowercase()).or_insert(i);
        }
    }
    map
});

/// The canonical skill for a name or alias ("k8s" → Kubernetes), ignoring case.
pub fn canonical(name: &str) -> Option<&'static Skill> {
    BY_SPELLING.get(&name.trim().to_lowercase()).map(|&i| &taxonomy()[i])
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// A match of a skill in a text: which skill and where (byte offsets).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub skill: usize,
    pub start: usize,
    pub end: usize,
}

/// Every mention of every skill in `text`, longest spelling first at each position, without
/// overlaps (so "Spring Boot" is not also "Spring", "C++" not also "C").
pub fn find(text: &str) -> Vec<Hit> {
    let lower = text.to_lowercase();
    // Lowercasing can change byte lengths for a few scripts; then match case-sensitively only.
    let same_len = lower.len() == text.len();
    let mut hits: Vec<Hit> = Vec::new();
    for (i, skill) in taxonomy().iter().enumerate() {
        for spelling in &skill.spellings {
            let (hay, needle) = if skill.strict || !same_len {
                (text, spelling.clone())
            } else {
                (lower.as_str(), spelling.to_lowercase())
            };
            for (start, _) in hay.match_indices(needle.as_str()) {
                let end = start + needle.len();
                let before = hay[..start].chars().next_back();
                let after = hay[end..].chars().next();
                let bounded_before = before.is_none_or(|c| !(is_word_char(c) || c == '.' && needle.starts_with('.')));
                // "C" in "C++"/"C#", "Go" in "Go-to", ".NET" in "ASP.NET" are not mentions.
                let bounded_after = after.is_none_or(|c| !is_word_char(c) && !matches!(c, '+' | '#'))
                    && !(after == Some('-') && hay[end..].chars().nth(1).is_some_and(is_word_char) && skill.strict)
                    && !(after == Some('.') && hay[end..].chars().nth(1).is_some_and(|c| c.is_alphanumeric()));
                if bounded_before && bounded_after {
                    hits.push(Hit { skill: i, start, end });
                }
            }
        }
    }
    hits.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
    let mut kept: Vec<Hit> = Vec::new();
    for h in hits {
        if kept.last().is_some_and(|k| h.start < k.end) {
            continue;
        }
        kept.push(h);
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        let mut n: Vec<String> = find(text).iter().map(|h| taxonomy()[h.skill].name.clone()).collect();
        n.sort();
        n.dedup();
        n
    }

    #[test]
    fn the_data_file_loads_with_aliases() {
        assert!(taxonomy().len() > 100);
        assert_eq!(canonical("k8s").map(|s| s.name.as_str()), Some("Kubernetes"));
        assert_eq!(canonical("postgres").map(|s| s.name.as_str()), Some("PostgreSQL"));
        assert_eq!(canonical("Golang").map(|s| s.name.as_str()), Some("Go"));
        assert_eq!(canonical("JS").map(|s| s.name.as_str()), Some("JavaScript"));
        let go = canonical("Go").expect("Go");
        assert_eq!((go.category.as_str(), go.strict), ("language", true));
    }

    #[test]
    fn boundaries_and_longest_spelling_win() {
        assert_eq!(names("Built with C++ and C#, plus some C."), vec!["C", "C#", "C++"]);
        assert_eq!(names("Spring Boot services on k8s with Postgres"), vec!["Kubernetes", "PostgreSQL", "Spring Boot"]);
        assert_eq!(names("ASP.NET and Node.js"), vec![".NET", "Node.js"]);
        assert_eq!(
            names("a go-to person who loves to go hiking"),
            Vec::<String>::new(),
            "ordinary words are not skills"
        );
        assert_eq!(names("Services in Go, gRPC and Kafka"), vec!["Go", "Kafka", "gRPC"]);
        assert_eq!(names("TypeScript, not JavaScript"), vec!["JavaScript", "TypeScript"]);
    }
}
