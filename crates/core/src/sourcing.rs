//! Sourcing search strings built from a role's intake, one per capability cluster (language and
//! framework; cloud and deployment tooling; API ownership and data layer) and platform (GitHub,
//! LinkedIn boolean search, a web search restricted to profile sites), plus the adjacent-profile
//! expansion: people from neighbouring stacks with the same platform skills.

use serde::{Deserialize, Serialize};
use specta::Type;

use crate::intake::RoleIntake;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum Platform {
    GitHub,
    LinkedIn,
    Web,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct SearchString {
    pub cluster: String,
    pub platform: Platform,
    pub query: String,
    /// Why this string, in a sentence.
    pub note: String,
}

/// Alternative spellings a search should include.
fn synonyms(term: &str) -> Vec<String> {
    let t = term.trim();
    let extra: &[&str] = match t.to_lowercase().as_str() {
        "go" | "golang" => &["Go", "Golang"],
        "kubernetes" | "k8s" => &["Kubernetes", "k8s"],
        "postgresql" | "postgres" => &["PostgreSQL", "Postgres"],
        "javascript" | "js" => &["JavaScript", "Node.js"],
        "typescript" | "ts" => &["TypeScript"],
        "aws" => &["AWS", "Amazon Web Services"],
        "gcp" | "google cloud" => &["GCP", "Google Cloud"],
        "azure" => &["Azure"],
        "c#" | "csharp" => &["C#", ".NET"],
        "grpc" => &["gRPC"],
        "terraform" => &["Terraform"],
        _ => &[],
    };
    if extra.is_empty() {
        vec![t.to_string()]
    } else {
        extra.iter().map(|s| s.to_string()).collect()
    }
}

const DATA_LAYER: [&str; 14] = [
    "postgresql",
    "postgres",
    "mysql",
    "kafka",
    "redis",
    "cassandra",
    "dynamodb",
    "mongodb",
    "elasticsearch",
    "clickhouse",
    "bigquery",
    "snowflake",
    "spark",
    "rabbitmq",
];
const API_WORDS: [&str; 5] = ["grpc", "rest", "graphql", "api", "openapi"];

/// Adjacent languages whose engineers often move to this one.
fn adjacent(language: &str) -> &'static [&'static str] {
    match language.to_lowercase().as_str() {
        "go" | "golang" => &["Python", "Java"],
        "rust" => &["C++", "Go"],
        "java" => &["Kotlin", "Scala"],
        "kotlin" => &["Java", "Scala"],
        "python" => &["Go", "Ruby"],
        "ruby" => &["Python", "Elixir"],
        "typescript" | "javascript" | "node.js" => &["Go", "Python"],
        "c#" => &["Java", "Go"],
        _ => &[],
    }
}

/// An intake field that may list several things ("Docker, Kubernetes", "GitHub Actions / Argo CD").
fn items(field: &str) -> Vec<String> {
    field
        .split([',', ';', '/'])
        .flat_map(|part| part.split(" and "))
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

fn or_group(terms: &[String]) -> String {
    let quoted: Vec<String> = terms.iter().map(|t| format!("\"{t}\"")).collect();
    if quoted.len() == 1 {
        quoted[0].clone()
    } else {
        format!("({})", quoted.join(" OR "))
    }
}

/// Builds the strings for one cluster on every platform. `language`: the GitHub language
/// qualifier; `first_is_language`: the first group spells that language (the qualifier covers it).
fn cluster(
    name: &str,
    groups: &[Vec<String>],
    language: Option<&str>,
    first_is_language: bool,
    location: &str,
    note: &str,
) -> Vec<SearchString> {
    let groups: Vec<&Vec<String>> = groups.iter().filter(|g| !g.is_empty()).collect();
    if groups.is_empty() {
        return Vec::new();
    }
    let linkedin = groups.iter().map(|g| or_group(g)).collect::<Vec<_>>().join(" AND ");
    let mut github = Vec::new();
    if let Some(l) = language {
        github.push(format!("language:{}", l.to_lowercase().replace(' ', "-")));
    }
    if !location.trim().is_empty() {
        github.push(format!("location:\"{}\"", location.trim()));
    }
    // GitHub's user search matches words in bios and profile READMEs.
    for g in groups.iter().skip(usize::from(first_is_language && language.is_some())).take(2) {
        if let Some(first) = g.first() {
            github.push(if first.contains(' ') { format!("\"{first}\"") } else { first.to_lowercase() });
        }
    }
    let mut web = vec!["(site:linkedin.com/in OR site:github.com)".to_string()];
    web.extend(groups.iter().map(|g| or_group(g)));
    if !location.trim().is_empty() {
        web.push(format!("\"{}\"", location.trim()));
    }
    vec![
        SearchString { cluster: name.into(), platform: Platform::GitHub, query: github.join(" "), note: note.into() },
        SearchString {
            cluster: name.into(),
            platform: Platform::LinkedIn,
            query: if location.trim().is_empty() {
                linkedin
            } else {
                format!("{linkedin} AND \"{}\"", location.trim())
            },
            note: note.into(),
        },
        SearchString { cluster: name.into(), platform: Platform::Web, query: web.join(" "), note: note.into() },
    ]
}

/// Every search string for a role: three capability clusters and the adjacent expansion.
pub fn search_strings(intake: &RoleIntake, location: &str) -> Vec<SearchString> {
    let language = intake.languages.first().map(String::as_str);
    let langs: Vec<String> = intake.languages.iter().flat_map(|l| synonyms(l)).collect();
    let is = |t: &String, list: &[&str]| list.iter().any(|w| t.to_lowercase().contains(w));
    // Search terms are technologies (a word or three), not sentences about behaviour.
    let terms: Vec<&String> = intake.must_haves.iter().filter(|m| m.split_whitespace().count() <= 3).collect();
    let frameworks: Vec<String> = terms
        .iter()
        .copied()
        .filter(|m| !is(m, &DATA_LAYER) && !is(m, &API_WORDS))
        .take(2)
        .flat_map(|m| synonyms(m))
        .collect();
    let data: Vec<String> = intake.must_haves.iter().filter(|m| is(m, &DATA_LAYER)).flat_map(|m| synonyms(m)).collect();
    let mut api: Vec<String> =
        intake.must_haves.iter().filter(|m| is(m, &API_WORDS)).flat_map(|m| synonyms(m)).collect();
    if api.is_empty() {
        api = vec!["API".into(), "gRPC".into(), "REST".into()];
    }
    let cloud: Vec<String> = items(&intake.cloud).iter().flat_map(|c| synonyms(c)).collect();
    let deploy: Vec<String> =
        items(&intake.containers).iter().chain(&items(&intake.ci_cd)).flat_map(|c| synonyms(c)).collect();

    let mut out = Vec::new();
    out.extend(cluster(
        "Language + framework",
        &[langs.clone(), frameworks],
        language,
        true,
        location,
        "People who write the role's language with the frameworks it uses.",
    ));
    out.extend(cluster(
        "Cloud + deployment tooling",
        &[cloud, deploy.clone()],
        language,
        false,
        location,
        "People who ship and run services on the same infrastructure.",
    ));
    out.extend(cluster(
        "API ownership + data layer",
        &[api, data],
        language,
        false,
        location,
        "People who own APIs and the data stores behind them.",
    ));
    // Only when the intake accepts strong experience in an adjacent backend language.
    if let Some(lang) = language.filter(|_| intake.adjacent_ok) {
        let neighbours = adjacent(lang);
        if !neighbours.is_empty() {
            let mut platform: Vec<String> = deploy;
            if platform.is_empty() {
                platform = vec!["Kubernetes".into(), "Docker".into()];
            }
            let observability: Vec<String> =
                ["Prometheus", "OpenTelemetry", "Grafana", "observability"].iter().map(|s| s.to_string()).collect();
            let note = format!(
                "Adjacent profiles: {} platform engineers with containers and observability often move to {lang} services.",
                neighbours.join("/")
            );
            let neighbour_terms: Vec<String> = neighbours.iter().map(|s| s.to_string()).collect();
            let mut strings =
                cluster("Adjacent profiles", &[neighbour_terms, platform, observability], None, false, location, &note);
            // GitHub's language qualifier takes one language: search the first neighbour.
            if let Some(gh) = strings.iter_mut().find(|s| s.platform == Platform::GitHub) {
                gh.query = format!("language:{} {}", neighbours[0].to_lowercase().replace("++", "pp"), gh.query);
            }
            out.extend(strings);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn intake() -> RoleIntake {
        RoleIntake {
            languages: vec!["Go".into()],
            cloud: "AWS".into(),
            containers: "Kubernetes".into(),
            ci_cd: "GitHub Actions".into(),
            must_haves: vec!["gRPC".into(), "PostgreSQL".into(), "Kafka".into()],
            adjacent_ok: true,
            ..Default::default()
        }
    }

    #[test]
    fn three_clusters_on_three_platforms_and_the_adjacent_expansion() {
        let s = search_strings(&intake(), "Berlin");
        let clusters: Vec<&str> = s.iter().map(|x| x.cluster.as_str()).collect();
        assert_eq!(s.len(), 12, "{clusters:?}");
        let lang_li =
            s.iter().find(|x| x.cluster == "Language + framework" && x.platform == Platform::LinkedIn).expect("li");
        assert!(lang_li.query.starts_with("(\"Go\" OR \"Golang\")"), "{}", lang_li.query);
        let cloud_gh =
            s.iter().find(|x| x.cluster == "Cloud + deployment tooling" && x.platform == Platform::GitHub).expect("gh");
        assert_eq!(cloud_gh.query, "language:go location:\"Berlin\" aws kubernetes");
        let data_li = s
            .iter()
            .find(|x| x.cluster == "API ownership + data layer" && x.platform == Platform::LinkedIn)
            .expect("li");
        assert_eq!(data_li.query, "\"gRPC\" AND (\"PostgreSQL\" OR \"Postgres\" OR \"Kafka\") AND \"Berlin\"");
        let web = s.iter().find(|x| x.cluster == "Adjacent profiles" && x.platform == Platform::Web).expect("web");
        assert!(
            web.query.starts_with(
                "(site:linkedin.com/in OR site:github.com) (\"Python\" OR \"Java\") (\"Kubernetes\" OR \"k8s\""
            ),
            "{}",
            web.query
        );
        assert!(web.note.contains("Python/Java platform engineers with containers and observability often move to Go"));
    }

    #[test]
    fn no_adjacent_profiles_when_the_intake_says_no() {
        let strict = RoleIntake { adjacent_ok: false, ..intake() };
        assert!(search_strings(&strict, "").iter().all(|s| s.cluster != "Adjacent profiles"));
    }

    #[test]
    fn listed_tools_become_separate_terms() {
        let intake = RoleIntake { containers: "Docker, Kubernetes".into(), cloud: "GCP".into(), ..Default::default() };
        let s = search_strings(&intake, "");
        let li = s
            .iter()
            .find(|x| x.cluster == "Cloud + deployment tooling" && x.platform == Platform::LinkedIn)
            .expect("li");
        assert_eq!(li.query, "(\"GCP\" OR \"Google Cloud\") AND (\"Docker\" OR \"Kubernetes\" OR \"k8s\")");
    }

    #[test]
    fn an_empty_intake_gives_only_what_it_can() {
        let s = search_strings(&RoleIntake::default(), "");
        assert!(
            s.iter().all(|x| x.cluster == "API ownership + data layer"),
            "only the API cluster has defaults: {s:?}"
        );
    }
}
