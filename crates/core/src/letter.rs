//! Offer letters: Markdown templates with placeholders, rendered with MiniJinja. Placeholders
//! that do not exist are errors (a typo must not silently print nothing in a letter).

use chrono::NaiveDate;
use minijinja::{Environment, UndefinedBehavior};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::offer::{format_money, OfferTerms};

/// The id of the built-in template (it is not stored; stored templates have UUIDs).
pub const DEFAULT_TEMPLATE_ID: &str = "default";

pub const DEFAULT_TEMPLATE: &str = "# Offer of employment: {{ offer.title }}

Dear {{ candidate.first_name }},

We are delighted to offer you the position of **{{ offer.title }}**{% if offer.level %} ({{ offer.level }}){% endif %} in the {{ role.team }} team. This letter sets out what you would own, how you would grow and what we offer in return.

## What you will own first

{{ offer.scope }}

## What you decide

{{ offer.decision_ownership }}

## How you grow

{{ offer.growth_path }}

## Your team

{{ offer.team_environment }}

## Compensation

- Base salary: {{ offer.base_salary }} a year
{% if offer.bonus %}- Bonus: {{ offer.bonus }}
{% endif %}{% if offer.equity %}- Equity: {{ offer.equity }}
{% endif %}
## Start and place of work

- Start date: {{ offer.start_date }}
- Location: {{ offer.location }}{% if offer.remote_policy %} ({{ offer.remote_policy }}){% endif %}

This offer is valid until {{ offer.expires_on }}. Reply to this letter or call me with any question; I am happy to walk you through it.

Sincerely,

{{ sender }}
";

/// The placeholders a template may use, for the editor's help.
pub const PLACEHOLDERS: [(&str, &str); 20] = [
    ("candidate.name", "Full name"),
    ("candidate.first_name", "First name"),
    ("role.title", "The role's title"),
    ("role.team", "The role's team"),
    ("offer.title", "Title offered"),
    ("offer.level", "Level"),
    ("offer.base_salary", "Base salary, formatted (EUR 95,000)"),
    ("offer.currency", "Currency code"),
    ("offer.bonus", "Bonus"),
    ("offer.equity", "Equity"),
    ("offer.start_date", "Start date (1 February 2027)"),
    ("offer.location", "Location"),
    ("offer.remote_policy", "Remote policy"),
    ("offer.expires_on", "Expiry date"),
    ("offer.scope", "Immediate scope"),
    ("offer.decision_ownership", "Decision ownership"),
    ("offer.growth_path", "Growth path"),
    ("offer.team_environment", "Team environment"),
    ("sender", "Who signs (me)"),
    ("today", "Today's date"),
];

/// Everything a letter can say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LetterInput<'a> {
    pub candidate_name: &'a str,
    pub role_title: &'a str,
    pub role_team: &'a str,
    pub terms: &'a OfferTerms,
    pub sender: &'a str,
    pub today: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type, thiserror::Error)]
#[error("{message}")]
pub struct TemplateError {
    pub message: String,
    pub line: Option<u32>,
}

fn long_date(d: Option<NaiveDate>) -> String {
    d.map(|d| d.format("%-d %B %Y").to_string()).unwrap_or_else(|| "to be agreed".into())
}

fn context(input: &LetterInput<'_>) -> serde_json::Value {
    let t = input.terms;
    let first = input.candidate_name.split_whitespace().next().unwrap_or(input.candidate_name);
    serde_json::json!({
        "candidate": { "name": input.candidate_name, "first_name": first },
        "role": { "title": input.role_title, "team": input.role_team },
        "offer": {
            "title": t.title,
            "level": t.level,
            "base_salary": format_money(t.base_salary, &t.currency),
            "currency": t.currency,
            "bonus": t.bonus,
            "equity": t.equity,
            "start_date": long_date(t.start_date),
            "location": t.location,
            "remote_policy": t.remote_policy,
            "expires_on": long_date(t.expires_on),
            "scope": t.scope,
            "decision_ownership": t.decision_ownership,
            "growth_path": t.growth_path,
            "team_environment": t.team_environment,
        },
        "sender": input.sender,
        "today": long_date(Some(input.today)),
    })
}

fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    // Letters are Markdown, not HTML: no escaping here (the HTML export escapes).
    env.set_auto_escape_callback(|_| minijinja::AutoEscape::None);
    env.set_keep_trailing_newline(true);
    env
}

fn explain(e: &minijinja::Error) -> TemplateError {
    let line = e.line().map(|l| l as u32);
    let at = line.map(|l| format!(" (line {l})")).unwrap_or_default();
    let message = match e.kind() {
        minijinja::ErrorKind::UndefinedError => {
            format!("The template uses a placeholder that does not exist{at}. Use one from the list beside the editor.")
        }
        minijinja::ErrorKind::SyntaxError => {
            format!("The template has a syntax error{at}: {}", e.detail().unwrap_or("check the {{ }} and {% %} pairs"))
        }
        _ => format!("The template could not be rendered{at}: {}", e.detail().unwrap_or("unknown error")),
    };
    TemplateError { message, line }
}

/// Renders a letter (Markdown) from a template.
pub fn render(template: &str, input: &LetterInput<'_>) -> Result<String, TemplateError> {
    let env = environment();
    let tmpl = env.template_from_str(template).map_err(|e| explain(&e))?;
    tmpl.render(context(input)).map_err(|e| explain(&e))
}

/// Checks a template before it is saved: it must render against a sample offer.
pub fn check(template: &str) -> Result<(), TemplateError> {
    let terms = OfferTerms {
        title: "Senior Backend Engineer".into(),
        level: "Senior".into(),
        base_salary: 9_500_000,
        currency: "EUR".into(),
        bonus: "10%".into(),
        equity: String::new(),
        start_date: None,
        location: "Berlin".into(),
        remote_policy: String::new(),
        expires_on: None,
        scope: "scope".into(),
        decision_ownership: "ownership".into(),
        growth_path: "growth".into(),
        team_environment: "team".into(),
    };
    let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
    render(
        template,
        &LetterInput {
            candidate_name: "Grace Hopper",
            role_title: "Backend Engineer",
            role_team: "Payments",
            terms: &terms,
            sender: "Sam",
            today,
        },
    )
    .map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::offer::tests::terms;

    fn input(t: &OfferTerms) -> LetterInput<'_> {
        LetterInput {
            candidate_name: "Grace Hopper",
            role_title: "Senior Backend Engineer",
            role_team: "Payments",
            terms: t,
            sender: "Sam Rivera",
            today: NaiveDate::from_ymd_opt(2026, 11, 28).expect("date"),
        }
    }

    #[test]
    fn the_default_letter_spells_out_the_terms() {
        let t = terms();
        let letter = render(DEFAULT_TEMPLATE, &input(&t)).expect("renders");
        assert!(letter.starts_with("# Offer of employment: Senior Backend Engineer\n\nDear Grace,"));
        assert!(letter.contains("- Base salary: EUR 95,000 a year"));
        assert!(letter.contains("- Bonus: 10% target\n"));
        assert!(!letter.contains("Equity:"), "an empty equity line is left out");
        assert!(letter.contains("- Start date: 1 February 2027"));
        assert!(letter.contains("valid until 15 December 2026"));
        assert!(letter.contains("Own the payments ledger service"));
        assert!(letter.trim_end().ends_with("Sam Rivera"));
    }

    #[test]
    fn unknown_placeholders_and_syntax_errors_are_named() {
        let t = terms();
        let err = render("Hello {{ candidate.nmae }}", &input(&t)).expect_err("typo");
        assert!(err.message.contains("placeholder that does not exist"), "{err}");
        let err = render("Line one\n{% if offer.bonus %}unterminated", &input(&t)).expect_err("syntax");
        assert!(err.message.contains("syntax error"), "{err}");
        assert!(check(DEFAULT_TEMPLATE).is_ok());
    }
}
