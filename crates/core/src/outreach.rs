//! Outreach: short, specific first messages. A template names the team's specific problem, the
//! language or service environment, the cloud context, the ownership area and the one signal in
//! the candidate's background that stood out; a lint points out what costs replies.

use serde::{Deserialize, Serialize};
use specta::Type;

use crate::intake::RoleIntake;
use crate::letter::TemplateError;

pub const DEFAULT_OUTREACH: &str = "Hi {{ first_name }},

{{ signal }} stood out to me.

Our {{ team }} team is {{ problem }}. The work is in {{ environment }} on {{ cloud }}, and you would own {{ ownership }}.

Would a 20-minute call next week be worth it to hear the details?

{{ sender }}
";

/// The message's ingredients, filled from the role and the candidate, all editable.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct OutreachFields {
    pub first_name: String,
    pub role_title: String,
    pub team: String,
    /// The specific problem the team has.
    pub problem: String,
    /// The language or service environment.
    pub environment: String,
    /// The cloud / infrastructure context.
    pub cloud: String,
    pub ownership: String,
    /// The one thing in the candidate's background that stood out.
    pub signal: String,
    pub sender: String,
}

fn lower_first(s: &str) -> String {
    let mut c = s.trim().trim_end_matches('.').chars();
    match c.next() {
        Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// Fields from the role's intake; the candidate's name and signal are added by the caller.
pub fn fields_from_intake(intake: &RoleIntake, role_title: &str, team: &str, sender: &str) -> OutreachFields {
    let mut env: Vec<String> = intake.languages.iter().map(|l| format!("{l} services")).collect();
    // Must-haves that name a technology (a word or three), not a sentence about behaviour.
    env.extend(intake.must_haves.iter().filter(|m| m.split_whitespace().count() <= 3).take(2).cloned());
    let cloud: Vec<String> = [&intake.cloud, &intake.containers]
        .iter()
        .filter(|s| !s.trim().is_empty())
        .map(|s| s.trim().to_string())
        .collect();
    let ownership = [&intake.impact_first_focus, &intake.must_do_unaided]
        .into_iter()
        .map(|s| lower_first(s))
        .find(|s| !s.is_empty())
        .unwrap_or_default();
    OutreachFields {
        first_name: String::new(),
        role_title: role_title.to_string(),
        team: if team.trim().is_empty() { "engineering".into() } else { team.trim().to_string() },
        problem: lower_first(&intake.problem_statement),
        environment: join_and(&env),
        cloud: join_and(&cloud),
        ownership,
        signal: String::new(),
        sender: sender.to_string(),
    }
}

/// Renders a message from an outreach template (strict placeholders, like letters).
pub fn render(template: &str, fields: &OutreachFields) -> Result<String, TemplateError> {
    let mut env = minijinja::Environment::new();
    env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
    env.set_auto_escape_callback(|_| minijinja::AutoEscape::None);
    env.set_keep_trailing_newline(true);
    let explain = |e: minijinja::Error| {
        TemplateError {
        message: match e.kind() {
            minijinja::ErrorKind::UndefinedError => {
                "The template uses a placeholder that does not exist; use first_name, role_title, team, problem, environment, cloud, ownership, signal or sender.".into()
            }
            _ => format!("The template could not be rendered: {}", e.detail().unwrap_or("check the {{ }} pairs")),
        },
        line: e.line().map(|l| l as u32),
    }
    };
    env.template_from_str(template).map_err(explain)?.render(fields).map_err(explain)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum LintKind {
    Buzzword,
    FakeUrgency,
    CompanyPitch,
    NoProblem,
    NoSignal,
    TooLong,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct LintFinding {
    pub kind: LintKind,
    pub message: String,
    /// The words that triggered it, when there are any.
    pub excerpt: Option<String>,
}

const BUZZWORDS: [&str; 12] = [
    "rockstar",
    "rock star",
    "ninja",
    "guru",
    "wizard",
    "unicorn",
    "exciting opportunity",
    "amazing opportunity",
    "exciting role",
    "world-class",
    "fast-paced",
    "work hard, play hard",
];

const URGENCY: [&str; 9] = [
    "urgent",
    "asap",
    "act now",
    "limited time",
    "don't miss",
    "do not miss",
    "only a few spots",
    "closing soon",
    "respond immediately",
];

pub const WORD_LIMIT: usize = 120;

fn words(text: &str) -> usize {
    text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

/// What in a message costs replies; empty when it is short, specific and about them.
pub fn lint(text: &str, fields: &OutreachFields) -> Vec<LintFinding> {
    let lower = text.to_lowercase();
    let mut out = Vec::new();
    for w in BUZZWORDS {
        if lower.contains(w) {
            out.push(LintFinding {
                kind: LintKind::Buzzword,
                message: format!("“{w}” reads as a mass mailing; say what the work is instead."),
                excerpt: Some(w.to_string()),
            });
        }
    }
    for w in URGENCY {
        if lower.contains(w) {
            out.push(LintFinding {
                kind: LintKind::FakeUrgency,
                message: format!("“{w}” is fake urgency: good engineers ignore pressure from strangers."),
                excerpt: Some(w.to_string()),
            });
        }
    }
    let pitch: Vec<&str> = text
        .split(['.', '!', '?', '\n'])
        .map(str::trim)
        .filter(|s| {
            let l = s.to_lowercase();
            ["we are ", "we're ", "our company", "our mission", "we have ", "founded in", "our product", "we were "]
                .iter()
                .any(|p| l.starts_with(p))
        })
        .collect();
    if pitch.len() >= 3 {
        out.push(LintFinding {
            kind: LintKind::CompanyPitch,
            message: format!(
                "{} sentences about the company: keep one, then get to the problem and to them.",
                pitch.len()
            ),
            excerpt: pitch.first().map(|s| s.to_string()),
        });
    }
    let problem = fields.problem.trim().to_lowercase();
    if problem.is_empty() || !lower.contains(&problem) {
        out.push(LintFinding {
            kind: LintKind::NoProblem,
            message: "No concrete problem: name the specific problem the team has (from the role's intake).".into(),
            excerpt: None,
        });
    }
    let signal = fields.signal.trim().to_lowercase();
    if signal.is_empty() || !lower.contains(&signal) {
        out.push(LintFinding {
            kind: LintKind::NoSignal,
            message: "Nothing specific to this candidate: say the one thing in their background that stood out.".into(),
            excerpt: None,
        });
    }
    let n = words(text);
    if n > WORD_LIMIT {
        out.push(LintFinding {
            kind: LintKind::TooLong,
            message: format!("{n} words: about {WORD_LIMIT} is the most a first message should be."),
            excerpt: None,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields() -> OutreachFields {
        OutreachFields {
            first_name: "Grace".into(),
            role_title: "Senior Backend Engineer".into(),
            team: "Payments".into(),
            problem: "moving settlement off a nightly batch to real-time events".into(),
            environment: "Go services and Kafka".into(),
            cloud: "AWS and Kubernetes".into(),
            ownership: "the settlement service end to end".into(),
            signal: "Your Kafka consumer rewrite at Stripe".into(),
            sender: "Sam".into(),
        }
    }

    #[test]
    fn the_default_message_is_clean() {
        let text = render(DEFAULT_OUTREACH, &fields()).expect("renders");
        assert!(text.starts_with("Hi Grace,\n\nYour Kafka consumer rewrite at Stripe stood out to me."));
        assert!(text.contains("Our Payments team is moving settlement off a nightly batch"));
        assert_eq!(lint(&text, &fields()), vec![], "{text}");
        assert!(words(&text) <= WORD_LIMIT);
    }

    #[test]
    fn what_costs_replies_is_named() {
        let text = "Hi Grace! We are a world-class fintech. We are growing fast. Our mission is to delight. \
                    We have an exciting opportunity for a rockstar ninja. Reply ASAP, spots are limited time only!";
        let kinds: Vec<LintKind> = lint(text, &fields()).into_iter().map(|f| f.kind).collect();
        for k in
            [LintKind::Buzzword, LintKind::FakeUrgency, LintKind::CompanyPitch, LintKind::NoProblem, LintKind::NoSignal]
        {
            assert!(kinds.contains(&k), "{k:?} in {kinds:?}");
        }
        let long = format!("{} {}", render(DEFAULT_OUTREACH, &fields()).expect("renders"), "word ".repeat(100));
        assert!(lint(&long, &fields()).iter().any(|f| f.kind == LintKind::TooLong));
    }

    #[test]
    fn fields_come_from_the_intake() {
        let intake = RoleIntake {
            languages: vec!["Go".into()],
            cloud: "AWS".into(),
            containers: "Kubernetes".into(),
            problem_statement: "Moving settlement to real-time events.".into(),
            must_haves: vec!["Kafka".into(), "PostgreSQL".into(), "gRPC".into()],
            impact_first_focus: "Own the settlement service".into(),
            ..Default::default()
        };
        let f = fields_from_intake(&intake, "Backend Engineer", "Payments", "Sam");
        assert_eq!(f.problem, "moving settlement to real-time events");
        assert_eq!(f.environment, "Go services, Kafka and PostgreSQL");
        assert_eq!(f.cloud, "AWS and Kubernetes");
        assert_eq!(f.ownership, "own the settlement service");
    }
}
