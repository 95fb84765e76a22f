//! JSON Resume (jsonresume.org, schema v1.0.0): validated field by field against the schema's
//! types and date pattern, then mapped onto a profile without any guessing.

use serde_json::{Map, Value};

use crate::dates::{DatePrecision, Month};
use crate::extract::ExtractError;
use crate::profile::{Education, Position, Profile, ProfileLink, SkillMention, SkillSource};
use crate::resume::{years_of_experience, Options};
use crate::{contacts, languages, taxonomy};

#[derive(Clone, Copy)]
enum Kind {
    Str,
    Email,
    Date,
    Strings,
    Object(&'static [(&'static str, Kind)]),
    Objects(&'static [(&'static str, Kind)]),
}

const LOCATION: &[(&str, Kind)] = &[
    ("address", Kind::Str),
    ("postalCode", Kind::Str),
    ("city", Kind::Str),
    ("countryCode", Kind::Str),
    ("region", Kind::Str),
];
const PROFILES: &[(&str, Kind)] = &[("network", Kind::Str), ("username", Kind::Str), ("url", Kind::Str)];
const BASICS: &[(&str, Kind)] = &[
    ("name", Kind::Str),
    ("label", Kind::Str),
    ("image", Kind::Str),
    ("email", Kind::Email),
    ("phone", Kind::Str),
    ("url", Kind::Str),
    ("summary", Kind::Str),
    ("location", Kind::Object(LOCATION)),
    ("profiles", Kind::Objects(PROFILES)),
];
const WORK: &[(&str, Kind)] = &[
    ("name", Kind::Str),
    ("location", Kind::Str),
    ("description", Kind::Str),
    ("position", Kind::Str),
    ("url", Kind::Str),
    ("startDate", Kind::Date),
    ("endDate", Kind::Date),
    ("summary", Kind::Str),
    ("highlights", Kind::Strings),
];
const EDUCATION: &[(&str, Kind)] = &[
    ("institution", Kind::Str),
    ("url", Kind::Str),
    ("area", Kind::Str),
    ("studyType", Kind::Str),
    ("startDate", Kind::Date),
    ("endDate", Kind::Date),
    ("score", Kind::Str),
    ("courses", Kind::Strings),
];
const SKILLS: &[(&str, Kind)] = &[("name", Kind::Str), ("level", Kind::Str), ("keywords", Kind::Strings)];
const LANGUAGES: &[(&str, Kind)] = &[("language", Kind::Str), ("fluency", Kind::Str)];
const PROJECTS: &[(&str, Kind)] = &[
    ("name", Kind::Str),
    ("description", Kind::Str),
    ("highlights", Kind::Strings),
    ("keywords", Kind::Strings),
    ("startDate", Kind::Date),
    ("endDate", Kind::Date),
    ("url", Kind::Str),
    ("roles", Kind::Strings),
    ("entity", Kind::Str),
    ("type", Kind::Str),
];
const TOP: &[(&str, Kind)] = &[
    ("basics", Kind::Object(BASICS)),
    ("work", Kind::Objects(WORK)),
    ("volunteer", Kind::Objects(WORK)),
    ("education", Kind::Objects(EDUCATION)),
    ("skills", Kind::Objects(SKILLS)),
    ("languages", Kind::Objects(LANGUAGES)),
    ("projects", Kind::Objects(PROJECTS)),
];

fn is_schema_date(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| r.clone().all(|i| b.get(i).is_some_and(u8::is_ascii_digit));
    match b.len() {
        4 => digits(0..4),
        7 => digits(0..4) && b[4] == b'-' && digits(5..7),
        10 => digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10),
        _ => false,
    }
}

fn check(value: &Value, kind: Kind, path: &str, errors: &mut Vec<String>) {
    match (kind, value) {
        (_, Value::Null) => {}
        (Kind::Str, Value::String(_)) => {}
        (Kind::Email, Value::String(s)) if contacts::emails(s).len() == 1 && !s.contains(' ') => {}
        (Kind::Email, _) => errors.push(format!("{path} is not an email address")),
        (Kind::Date, Value::String(s)) if is_schema_date(s) => {}
        (Kind::Date, other) => errors.push(format!("{path} is {other}, not a date like 2020-03 or 2020-03-15")),
        (Kind::Strings, Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                if !item.is_string() {
                    errors.push(format!("{path}[{i}] should be text"));
                }
            }
        }
        (Kind::Object(fields), Value::Object(map)) => check_fields(map, fields, path, errors),
        (Kind::Objects(fields), Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                match item {
                    Value::Object(map) => check_fields(map, fields, &format!("{path}[{i}]"), errors),
                    _ => errors.push(format!("{path}[{i}] should be an object")),
                }
            }
        }
        (Kind::Str, _) => errors.push(format!("{path} should be text")),
        (Kind::Strings | Kind::Objects(_), _) => errors.push(format!("{path} should be a list")),
        (Kind::Object(_), _) => errors.push(format!("{path} should be an object")),
    }
}

fn check_fields(map: &Map<String, Value>, fields: &[(&str, Kind)], path: &str, errors: &mut Vec<String>) {
    for (name, kind) in fields {
        if let Some(v) = map.get(*name) {
            let p = if path.is_empty() { (*name).to_string() } else { format!("{path}.{name}") };
            check(v, *kind, &p, errors);
        }
    }
}

/// Validates a JSON Resume document; every problem is listed with its path.
pub fn validate(json: &Value) -> Result<(), ExtractError> {
    let Value::Object(map) = json else {
        return Err(ExtractError::InvalidJsonResume("the document must be a JSON object".into()));
    };
    if !TOP.iter().any(|(k, _)| map.contains_key(*k)) {
        return Err(ExtractError::InvalidJsonResume("it has none of basics, work, education or skills".into()));
    }
    let mut errors = Vec::new();
    check_fields(map, TOP, "", &mut errors);
    if errors.is_empty() {
        Ok(())
    } else {
        let more = if errors.len() > 5 { format!(" (and {} more)", errors.len() - 5) } else { String::new() };
        errors.truncate(5);
        Err(ExtractError::InvalidJsonResume(format!("{}{more}.", errors.join("; "))))
    }
}

fn text(v: &Value, key: &str) -> String {
    v.get(key).and_then(Value::as_str).unwrap_or_default().trim().to_string()
}

fn month(v: &Value, key: &str, is_end: bool) -> Option<(Month, DatePrecision)> {
    let s = text(v, key);
    match s.len() {
        4 => crate::dates::parse_date_with_precision(&s, is_end),
        7.. => Month::parse_iso(&s).map(|m| (m, DatePrecision::Month)),
        _ => None,
    }
}

fn list<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v.get(key).and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default()
}

/// A validated document as a profile, and a plain-text rendering for search.
pub fn parse(source: &str, options: &Options) -> Result<(Profile, String), ExtractError> {
    let json: Value = serde_json::from_str(source)
        .map_err(|e| ExtractError::InvalidJsonResume(format!("it is not valid JSON ({e})")))?;
    validate(&json)?;
    let basics = json.get("basics").cloned().unwrap_or(Value::Null);
    let mut rendered: Vec<String> = Vec::new();
    let name = text(&basics, "name");
    rendered.extend([name.clone(), text(&basics, "label"), text(&basics, "summary")]);

    let mut links: Vec<ProfileLink> = Vec::new();
    let urls = std::iter::once(text(&basics, "url")).chain(list(&basics, "profiles").iter().map(|p| text(p, "url")));
    for url in urls.filter(|u| !u.is_empty()) {
        if let Some(u) = contacts::normalise(&url) {
            if !links.iter().any(|l| l.url == u) {
                links.push(ProfileLink { kind: contacts::classify(&u), url: u });
            }
        }
    }
    let loc = basics.get("location").cloned().unwrap_or(Value::Null);
    let place: Vec<String> = [text(&loc, "city"), text(&loc, "region"), text(&loc, "countryCode")]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();

    let mut positions = Vec::new();
    let mut spans = Vec::new();
    let mut mentions: Vec<SkillMention> = Vec::new();
    for w in list(&json, "work") {
        let (start, start_precision) = month(w, "startDate", false).unzip();
        let (end, end_precision) = month(w, "endDate", true).unzip();
        if let Some(s) = start {
            spans.push((s, end));
        }
        positions.push(Position {
            company: text(w, "name"),
            title: text(w, "position"),
            start: start.map(Month::iso),
            end: end.map(Month::iso),
            current: end.is_none(),
            start_precision: start_precision.unwrap_or_default(),
            end_precision: end_precision.unwrap_or_default(),
        });
        let body: Vec<String> = std::iter::once(text(w, "summary"))
            .chain(list(w, "highlights").iter().filter_map(Value::as_str).map(str::to_string))
            .collect();
        let used_until = end.unwrap_or(options.today).iso();
        note_skills(&mut mentions, &body.join("\n"), SkillSource::Experience, Some(&used_until));
        rendered.push(format!("{} — {}", text(w, "position"), text(w, "name")));
        rendered.extend(body);
    }
    for s in list(&json, "skills") {
        let words: Vec<String> = std::iter::once(text(s, "name"))
            .chain(list(s, "keywords").iter().filter_map(Value::as_str).map(str::to_string))
            .collect();
        note_skills(&mut mentions, &words.join(", "), SkillSource::SkillsSection, None);
        rendered.push(words.join(", "));
    }
    mentions.sort_by(|a, b| a.name.cmp(&b.name));
    let education = list(&json, "education")
        .iter()
        .map(|e| Education {
            institution: text(e, "institution"),
            degree: [text(e, "studyType"), text(e, "area")]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" "),
            year: month(e, "endDate", true).map(|(m, _)| m.year),
        })
        .collect::<Vec<_>>();
    let spoken: Vec<String> = list(&json, "languages")
        .iter()
        .map(|l| {
            let name = text(l, "language");
            languages::find(&name).into_iter().next().unwrap_or(name)
        })
        .filter(|l| !l.is_empty())
        .collect();
    let email = text(&basics, "email").to_lowercase();
    let profile = Profile {
        name: (!name.is_empty()).then_some(name),
        emails: if email.is_empty() { vec![] } else { vec![email] },
        phones: contacts::phones(&text(&basics, "phone"), &options.default_region),
        links,
        location: (!place.is_empty()).then(|| place.join(", ")),
        years_experience: years_of_experience(spans.into_iter(), options.today),
        positions,
        education,
        skills: mentions,
        languages: spoken,
        low_confidence: Vec::new(),
    };
    Ok((profile, rendered.into_iter().filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n")))
}

fn note_skills(mentions: &mut Vec<SkillMention>, text: &str, source: SkillSource, used_until: Option<&str>) {
    for hit in taxonomy::find(text) {
        let skill = &taxonomy::taxonomy()[hit.skill];
        let i = match mentions.iter().position(|m| m.name == skill.name) {
            Some(i) => i,
            None => {
                mentions.push(SkillMention {
                    name: skill.name.clone(),
                    category: skill.category.clone(),
                    found_in: vec![],
                    last_used: None,
                });
                mentions.len() - 1
            }
        };
        let m = &mut mentions[i];
        if !m.found_in.contains(&source) {
            m.found_in.push(source);
            m.found_in.sort();
        }
        if let Some(u) = used_until {
            if m.last_used.as_deref().is_none_or(|l| l < u) {
                m.last_used = Some(u.to_string());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options() -> Options {
        Options::new("US", Month::new(2026, 11).expect("month"))
    }

    #[test]
    fn a_valid_document_maps_without_guessing() {
        let doc = r#"{
          "basics": {"name": "Grace Hopper", "email": "Grace@Example.com", "phone": "(415) 555-0134",
                     "url": "https://grace.dev/", "location": {"city": "Arlington", "region": "VA"},
                     "profiles": [{"network": "GitHub", "url": "https://github.com/ghopper"}]},
          "work": [{"name": "Navy Labs", "position": "Staff Engineer", "startDate": "2019-03",
                    "highlights": ["Built the compiler service in Go and Postgres"]},
                   {"name": "UNIVAC", "position": "Engineer", "startDate": "2015-01", "endDate": "2019-02-28"}],
          "education": [{"institution": "Yale", "studyType": "PhD", "area": "Mathematics", "endDate": "2014"}],
          "skills": [{"name": "Backend", "keywords": ["Go", "Kubernetes"]}],
          "languages": [{"language": "English", "fluency": "Native"}]
        }"#;
        let (p, text) = parse(doc, &options()).expect("valid");
        assert_eq!(p.name.as_deref(), Some("Grace Hopper"));
        assert_eq!(p.emails, vec!["grace@example.com"]);
        assert_eq!(p.phones, vec!["+14155550134"]);
        assert_eq!(p.links.len(), 2);
        assert_eq!(p.location.as_deref(), Some("Arlington, VA"));
        assert_eq!((p.positions[0].current, p.positions[1].end.as_deref()), (true, Some("2019-02")));
        assert_eq!(p.positions[1].start_precision, DatePrecision::Month, "ISO dates name their month");
        assert_eq!(p.education[0].degree, "PhD Mathematics");
        let go = p.skills.iter().find(|s| s.name == "Go").expect("Go");
        assert_eq!(go.found_in, vec![SkillSource::SkillsSection, SkillSource::Experience]);
        assert_eq!(p.years_experience, 11.9);
        assert!(text.contains("Staff Engineer — Navy Labs"));
    }

    #[test]
    fn a_year_alone_is_recorded_as_a_year() {
        let doc = r#"{"basics": {"name": "Grace Hopper"},
          "work": [{"name": "Navy Labs", "position": "Engineer", "startDate": "2014", "endDate": "2019"}]}"#;
        let (p, _) = parse(doc, &options()).expect("valid");
        let job = &p.positions[0];
        assert_eq!((job.start.as_deref(), job.end.as_deref()), (Some("2014-01"), Some("2019-12")), "widest months");
        assert_eq!((job.start_precision, job.end_precision), (DatePrecision::Year, DatePrecision::Year));
    }

    #[test]
    fn schema_violations_name_their_path() {
        let bad = r#"{"basics": {"name": 42, "email": "not-an-email"}, "work": [{"startDate": "March 2020"}]}"#;
        let err = parse(bad, &options()).expect_err("invalid").to_string();
        assert!(err.contains("basics.name should be text"), "{err}");
        assert!(err.contains("basics.email is not an email address"), "{err}");
        assert!(err.contains("work[0].startDate"), "{err}");
        assert!(parse("[1, 2]", &options()).is_err());
        assert!(parse("{\"hello\": 1}", &options()).is_err(), "an unrelated JSON file is not a resume");
        assert!(parse("{ truncated", &options()).is_err());
    }
}
