//! Outreach: short, specific first messages. A template names the team's specific problem, the
//! language or service environment, the cloud context, the ownership area and the one signal in
//! the candidate's background that stood out; a lint points out what costs replies.

use serde::{Deserialize, Serialize};
use specta::Type;

use crate::intake::RoleIntake;
use crate::letter::TemplateError;
use crate::prose::{distinct, fragment, join_and, list_items, lower_lead, strip_lead, strip_tail_words, tidy};

/// The built-in message. Each field is worked in so that any answer reads as a sentence: the
/// problem after a colon (a clause or full sentences both fit), the stack as one list, the focus
/// after a colon (a verb phrase or a noun phrase both fit), and an empty field drops its words.
pub const DEFAULT_OUTREACH: &str = "Hi {{ first_name }},

{% if signal %}{{ signal }} stood out to me.

{% endif %}{% if problem %}Our {{ team }} team's problem: {{ problem }}. {% endif %}\
{% if environment %}The work is in {{ environment }}{% if cloud %} on {{ cloud }}{% endif %}. \
{% elif cloud %}The work runs on {{ cloud }}. {% endif %}\
{% if ownership %}Your first focus: {{ ownership }}.{% endif %}

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

/// Words that would repeat the template's own around a field ("Our {{ team }} team's problem:").
const PROBLEM_LEADS: [&str; 6] =
    ["the problem is", "our problem is", "problem is", "the problem:", "our problem:", "problem:"];
const FOCUS_LEADS: [&str; 8] = [
    "your first focus is",
    "your first focus:",
    "first focus:",
    "you would own",
    "you'd own",
    "you will own",
    "you'll own",
    "you would",
];

impl OutreachFields {
    /// The fields as the template uses them: each a fragment for the middle of a sentence (no
    /// full stop, no doubled words), the team without "our"/"the"/"team", the problem and focus
    /// without a lead-in the template already says, the stack lists without repeats (an item in
    /// `environment` is not repeated in `cloud`). Normalising twice changes nothing.
    pub fn normalized(&self) -> OutreachFields {
        let team = strip_tail_words(&strip_lead(&self.team, &["our", "the"]), &["team", "teams"]);
        let environment = distinct(list_items(&self.environment), &[]);
        let cloud = distinct(list_items(&self.cloud), &environment);
        OutreachFields {
            first_name: fragment(&self.first_name),
            role_title: self.role_title.trim().to_string(),
            team: fragment(&team),
            problem: lower_lead(&strip_lead(&self.problem, &PROBLEM_LEADS)),
            environment: join_and(&environment),
            cloud: join_and(&cloud),
            ownership: lower_lead(&strip_lead(&self.ownership, &FOCUS_LEADS)),
            signal: fragment(&self.signal),
            sender: self.sender.trim().to_string(),
        }
    }
}

/// "Go" → "Go services"; "Go services" stays.
fn as_services(language: String) -> String {
    let last = language.split_whitespace().last().unwrap_or_default().to_lowercase();
    if last == "service" || last == "services" {
        language
    } else {
        format!("{language} services")
    }
}

/// Fields from the role's intake; the candidate's name and signal are added by the caller.
///
/// The stack names each technology once: languages first, then cloud and containers, then up
/// to two must-haves that name a technology (a word or three, not a sentence about behaviour)
/// and are not already listed ("Go" as a must-have of a Go role adds nothing).
pub fn fields_from_intake(intake: &RoleIntake, role_title: &str, team: &str, sender: &str) -> OutreachFields {
    let languages: Vec<String> =
        distinct(intake.languages.iter().flat_map(|l| list_items(l)).map(as_services).collect(), &[]);
    let cloud = distinct([&intake.cloud, &intake.containers].iter().flat_map(|s| list_items(s)).collect(), &languages);
    let technologies: Vec<String> = intake
        .must_haves
        .iter()
        .filter(|m| (1..=3).contains(&m.split_whitespace().count()))
        .flat_map(|m| list_items(m))
        .collect();
    let listed: Vec<String> = languages.iter().chain(&cloud).cloned().collect();
    let mut environment = languages;
    environment.extend(distinct(technologies, &listed).into_iter().take(2));
    let ownership = [&intake.impact_first_focus, &intake.must_do_unaided]
        .into_iter()
        .map(|s| fragment(s))
        .find(|s| !s.is_empty())
        .unwrap_or_default();
    let team = if fragment(team).is_empty() { "engineering" } else { team };
    OutreachFields {
        first_name: String::new(),
        role_title: role_title.to_string(),
        team: team.to_string(),
        problem: intake.problem_statement.clone(),
        environment: join_and(&environment),
        cloud: join_and(&cloud),
        ownership,
        signal: String::new(),
        sender: sender.to_string(),
    }
    .normalized()
}

/// Renders a message from an outreach template (strict placeholders, like letters). The template
/// sees the [normalized](OutreachFields::normalized) fields, and the result gets a last
/// [tidy](crate::prose::tidy): capitals at sentence starts, no doubled words, no stray marks.
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
    let text = env.template_from_str(template).map_err(explain)?.render(fields.normalized()).map_err(explain)?;
    Ok(tidy(&text))
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

/// A text's words without case (upper then lower, so "ß" and "SS", "ς" and "Σ" compare alike),
/// punctuation dropped.
fn word_sequence(text: &str) -> Vec<String> {
    let caseless: String = text.chars().flat_map(char::to_uppercase).flat_map(char::to_lowercase).collect();
    caseless.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_string).collect()
}

/// Whether `said` contains `phrase`'s words in a row (an empty phrase is never mentioned).
fn mentions(said: &[String], phrase: &str) -> bool {
    let phrase = word_sequence(phrase);
    !phrase.is_empty() && said.windows(phrase.len()).any(|w| w == phrase.as_slice())
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
    // The fields as the message shows them; compared word by word, so the capitals and marks a
    // render adds or mends do not hide them.
    let fields = fields.normalized();
    let said = word_sequence(text);
    if !mentions(&said, &fields.problem) {
        out.push(LintFinding {
            kind: LintKind::NoProblem,
            message: "No concrete problem: name the specific problem the team has (from the role's intake).".into(),
            excerpt: None,
        });
    }
    if !mentions(&said, &fields.signal) {
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
mod wording_tests;

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
        assert_eq!(
            text,
            "Hi Grace,\n\nYour Kafka consumer rewrite at Stripe stood out to me.\n\n\
             Our Payments team's problem: moving settlement off a nightly batch to real-time events. \
             The work is in Go services and Kafka on AWS and Kubernetes. \
             Your first focus: the settlement service end to end.\n\n\
             Would a 20-minute call next week be worth it to hear the details?\n\nSam\n",
            "every field worked into its sentence"
        );
        assert_eq!(lint(&text, &fields()), vec![], "{text}");
        assert!(words(&text) <= WORD_LIMIT, "{text}");
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
    fn empty_fields_drop_their_words() {
        let only_name = OutreachFields { first_name: "Grace".into(), ..Default::default() };
        assert_eq!(
            render(DEFAULT_OUTREACH, &only_name).expect("renders"),
            "Hi Grace,\n\nWould a 20-minute call next week be worth it to hear the details?\n",
            "no half sentences around empty fields"
        );
        let cloud_only = OutreachFields { cloud: "GCP".into(), ownership: "you would own the API".into(), ..fields() };
        let text = render(DEFAULT_OUTREACH, &cloud_only).expect("renders");
        assert!(text.contains("The work is in Go services and Kafka on GCP. Your first focus: the API."), "{text}");
        let no_environment = OutreachFields { environment: String::new(), ..cloud_only };
        let text = render(DEFAULT_OUTREACH, &no_environment).expect("renders");
        assert!(text.contains("The work runs on GCP."), "{text}");
    }

    #[test]
    fn normalising_twice_changes_nothing() {
        let odd = OutreachFields {
            team: "the Platform team".into(),
            problem: "The problem is: Every team builds its own pipeline..".into(),
            environment: "Go services, go and Kafka,".into(),
            cloud: "kafka / AWS".into(),
            ownership: "You would own own the pipeline.".into(),
            ..fields()
        };
        let once = odd.normalized();
        assert_eq!(
            (once.team.as_str(), once.problem.as_str(), once.environment.as_str(), once.cloud.as_str()),
            ("Platform", "every team builds its own pipeline", "Go services and Kafka", "AWS"),
            "lead-ins, tails, repeats and marks are gone"
        );
        assert_eq!(once.ownership, "the pipeline", "\"you would own\" is the template's to say");
        assert_eq!(once.normalized(), once, "normalised fields are stable");
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
