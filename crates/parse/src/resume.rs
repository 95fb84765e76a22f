//! From a resume's text to a profile: sections, contacts, name and place, jobs, education,
//! skills with where they were found, languages and years of experience.

use crate::dates::Month;
use crate::profile::{Profile, SkillMention, SkillSource};
use crate::sections::{split, Section};
use crate::taxonomy::{find as find_skills, taxonomy};
use crate::{contacts, education, header, languages, positions};

/// What parsing needs to know about where it runs.
#[derive(Debug, Clone)]
pub struct Options {
    /// ISO 3166 region for phone numbers written without a country code.
    pub default_region: String,
    /// The month that "present" means when counting years of experience.
    pub today: Month,
}

impl Options {
    pub fn new(default_region: &str, today: Month) -> Options {
        Options { default_region: default_region.to_string(), today }
    }
}

pub fn parse_text(text: &str, options: &Options) -> Profile {
    let tagged = split(text);
    let all: Vec<&str> = tagged.iter().map(|(_, l)| *l).collect();
    let of = |s: Section| -> Vec<&str> { tagged.iter().filter(|(sec, _)| *sec == s).map(|(_, l)| *l).collect() };
    let mut low = Vec::new();

    let emails = contacts::emails(text);
    let phones = contacts::phones(text, &options.default_region);
    let links = contacts::links(text);
    let header_lines = {
        let h = of(Section::Header);
        if h.len() >= 2 {
            h
        } else {
            all.clone()
        }
    };
    let name = header::name(&header_lines, &emails).or_else(|| header::name(&all, &emails));
    if !name.as_ref().is_some_and(|(_, sure)| *sure) {
        low.push("name".to_string());
    }
    let location = header::location(&header_lines).or_else(|| header::location(&all));
    if location.is_none() {
        low.push("location".to_string());
    }

    let experience_lines = {
        let e = of(Section::Experience);
        if e.is_empty() {
            all.clone()
        } else {
            e
        }
    };
    let found = positions::find(&experience_lines);
    if found.is_empty() || found.iter().any(|f| !f.complete) {
        low.push("positions".to_string());
    }
    let education = education::find(&of(Section::Education));
    let languages = {
        let section = of(Section::Languages);
        let mut l = languages::find(&section.join("\n"));
        if l.is_empty() {
            // "Languages: English, German" on one line somewhere else.
            for line in &all {
                let lower = line.to_lowercase();
                if ["languages:", "sprachen:", "idiomas:", "langues:"].iter().any(|p| lower.starts_with(p)) {
                    l.extend(languages::find(line));
                }
            }
        }
        l
    };

    // Skills with where they were found; words that are also ordinary words only count in a
    // skills list or beside other skills.
    let mut mentions: Vec<SkillMention> = Vec::new();
    let mut exp_index = 0usize;
    for (section, line) in &tagged {
        let hits = find_skills(line);
        let source = match section {
            Section::Skills => SkillSource::SkillsSection,
            Section::Experience => SkillSource::Experience,
            _ => SkillSource::Elsewhere,
        };
        let job_end = if *section == Section::Experience {
            let here = exp_index;
            exp_index += 1;
            found.iter().rev().find(|f| f.anchor <= here + 1).map(|f| f.range.end.unwrap_or(options.today))
        } else {
            None
        };
        for hit in &hits {
            let skill = &taxonomy()[hit.skill];
            if skill.strict && source != SkillSource::SkillsSection && hits.len() < 2 {
                continue;
            }
            let mention = match mentions.iter_mut().position(|m| m.name == skill.name) {
                Some(i) => &mut mentions[i],
                None => {
                    mentions.push(SkillMention {
                        name: skill.name.clone(),
                        category: skill.category.clone(),
                        found_in: Vec::new(),
                        last_used: None,
                    });
                    let last = mentions.len() - 1;
                    &mut mentions[last]
                }
            };
            if !mention.found_in.contains(&source) {
                mention.found_in.push(source);
                mention.found_in.sort();
            }
            if let Some(end) = job_end {
                let iso = end.iso();
                if mention.last_used.as_ref().is_none_or(|l| *l < iso) {
                    mention.last_used = Some(iso);
                }
            }
        }
    }
    mentions.sort_by(|a, b| a.name.cmp(&b.name));

    let years_experience = years_of_experience(found.iter().map(|f| (f.range.start, f.range.end)), options.today);
    Profile {
        name: name.map(|(n, _)| n),
        emails,
        phones,
        links,
        location,
        positions: found.into_iter().map(|f| f.position).collect(),
        education,
        skills: mentions,
        languages,
        years_experience,
        low_confidence: low,
    }
}

/// The union of job spans in years (one decimal): months worked in two jobs count once.
pub fn years_of_experience(spans: impl Iterator<Item = (Month, Option<Month>)>, today: Month) -> f64 {
    let mut intervals: Vec<(i32, i32)> = spans
        .map(|(s, e)| (s.index(), e.unwrap_or(today).index().min(today.index())))
        .filter(|(s, e)| e >= s)
        .collect();
    intervals.sort();
    let mut months = 0;
    let mut current: Option<(i32, i32)> = None;
    for (s, e) in intervals {
        match current {
            Some((cs, ce)) if s <= ce + 1 => current = Some((cs, ce.max(e))),
            Some((cs, ce)) => {
                months += ce - cs + 1;
                current = Some((s, e));
            }
            None => current = Some((s, e)),
        }
    }
    if let Some((cs, ce)) = current {
        months += ce - cs + 1;
    }
    (f64::from(months) / 12.0 * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(y: i32, mo: u32) -> Month {
        Month::new(y, mo).expect("month")
    }

    #[test]
    fn overlapping_jobs_count_once() {
        let today = m(2026, 11);
        let spans = vec![(m(2018, 1), Some(m(2020, 12))), (m(2019, 6), Some(m(2019, 12))), (m(2021, 1), None)];
        assert_eq!(years_of_experience(spans.into_iter(), today), 8.9, "2018-01..2026-11 is 107 months");
        let gap = vec![(m(2015, 1), Some(m(2015, 12))), (m(2017, 1), Some(m(2017, 6)))];
        assert_eq!(years_of_experience(gap.into_iter(), today), 1.5);
    }

    #[test]
    fn a_whole_resume() {
        let text = "Ana Pérez\nana.perez@example.com · +34 612 34 56 78 · Madrid, Spain · github.com/anap\n\nExperience\nSenior Backend Engineer — Cabify\nMarch 2021 – Present\n• Built pricing in Go, gRPC and Kafka on k8s\nBackend Engineer — Acme Pagos S.L.\n01/2018 – 02/2021\n• Postgres tuning\n\nEducation\nMSc Computer Science, Universidad Politécnica de Madrid, 2017\n\nSkills\nGo, Rust, PostgreSQL, Terraform\n\nLanguages\nEspañol (nativo), Inglés (C1)";
        let p = parse_text(text, &Options::new("ES", m(2026, 11)));
        assert_eq!(p.name.as_deref(), Some("Ana Pérez"));
        assert_eq!(p.phones, vec!["+34612345678"]);
        assert_eq!(p.location.as_deref(), Some("Madrid, Spain"));
        assert_eq!(p.positions.len(), 2);
        assert_eq!(p.positions[1].company, "Acme Pagos S.L.");
        assert_eq!(p.education[0].year, Some(2017));
        assert_eq!(p.languages, vec!["Spanish", "English"]);
        let names: Vec<&str> = p.skills.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, vec!["Go", "Kafka", "Kubernetes", "PostgreSQL", "Rust", "Terraform", "gRPC"]);
        let go = p.skills.iter().find(|s| s.name == "Go").expect("Go");
        assert_eq!(go.found_in, vec![SkillSource::SkillsSection, SkillSource::Experience]);
        assert_eq!(go.last_used.as_deref(), Some("2026-11"), "used in the current job");
        assert_eq!(p.years_experience, 8.9);
        assert!(p.low_confidence.is_empty(), "{:?}", p.low_confidence);
    }
}
