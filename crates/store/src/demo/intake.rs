//! Calibrated intakes for demo roles: plausible problems, levels, must-haves and the three
//! questions a hiring manager answers before a role opens.

use shortlist_core::{BusinessProblem, RoleIntake, TrueLevel};

use super::Rng;

const PROBLEMS: &[(BusinessProblem, &str)] = &[
    (
        BusinessProblem::SlowApis,
        "Checkout and search APIs have a p99 above two seconds at peak; customers abandon carts.",
    ),
    (
        BusinessProblem::BrittleIntegrations,
        "Partner integrations break every release; each failure is found by customers, not by us.",
    ),
    (
        BusinessProblem::DataConsistency,
        "Ledger and order services disagree after retries; finance reconciles by hand every month.",
    ),
    (
        BusinessProblem::ScalingPain,
        "Traffic tripled this year; the monolith's database is at its limits and on-call is burning out.",
    ),
    (
        BusinessProblem::PlatformMigration,
        "We are moving from VMs to Kubernetes and need services redesigned for it, not lifted and shifted.",
    ),
    (BusinessProblem::InternalToolingDebt, "Internal tools are unowned scripts; releases take a day of manual steps."),
];

const MUST_HAVES: &[&str] = &[
    "Owned a production service end to end",
    "Designs idempotent APIs and retries",
    "PostgreSQL schema design and query tuning",
    "Debugs from metrics, logs and traces",
    "Writes tests that catch regressions",
    "Explains trade-offs to non-engineers",
    "Event-driven designs with at-least-once delivery",
];

const TRAINABLE: &[&str] =
    &["Kafka", "Terraform", "Our deployment tooling", "gRPC", "Kubernetes operators", "The payments domain"];

const UNAIDED: &[&str] = &[
    "Take a slow endpoint from profile to fix to rollout without hand-holding.",
    "Run an incident for their service and write the review.",
    "Break a vague feature into a design, tickets and a rollout plan.",
];

const LEARN: &[&str] = &[
    "Our domain vocabulary and the legacy billing system.",
    "The internal deploy pipeline and feature-flag conventions.",
    "Kafka operations; the platform team pairs on it.",
];

const REJECT: &[&str] = &[
    "Cannot describe a production failure they personally owned and fixed.",
    "Blames other teams for every incident in their story.",
    "Cannot reason about consistency when a request is retried.",
];

const FOCUS: &[&str] = &[
    "Cut checkout p99 below 300 ms within the first quarter.",
    "Make partner integrations observable and self-healing.",
    "Own the ledger reconciliation service.",
];

/// A complete intake (or, for `draft`, one still missing its hardest answers).
pub(super) fn plan_intake(rng: &mut Rng, title: &str, level: &str, draft: bool) -> RoleIntake {
    let language = ["Go", "Rust", "Java", "Kotlin", "Python"].into_iter().find(|l| title.contains(l));
    let languages = match language {
        Some(l) => vec![l.to_string()],
        None => vec![rng.pick(&["Go", "Java", "Kotlin", "Python", "TypeScript"]).to_string()],
    };
    let true_level = if level.starts_with("Leads") {
        TrueLevel::LeadsDesign
    } else if level.starts_with("Owns") {
        TrueLevel::OwnsService
    } else {
        TrueLevel::Executes
    };
    let (kind, statement) = *rng.pick(PROBLEMS);
    let start = rng.below(MUST_HAVES.len());
    let must_haves: Vec<String> =
        (0..3 + rng.below(3)).map(|k| MUST_HAVES[(start + k) % MUST_HAVES.len()].to_string()).collect();
    let t = rng.below(TRAINABLE.len());
    let trainable = vec![TRAINABLE[t].to_string(), TRAINABLE[(t + 1) % TRAINABLE.len()].to_string()];
    let base = 6_500_000 + rng.below(40) as i64 * 100_000;
    RoleIntake {
        languages,
        adjacent_ok: rng.chance(60),
        cloud: rng.pick(&["AWS", "GCP", "Azure"]).to_string(),
        ci_cd: rng.pick(&["GitHub Actions", "GitLab CI", "Buildkite"]).to_string(),
        containers: "Docker, Kubernetes".to_string(),
        on_call: rng.chance(70),
        true_level: Some(true_level),
        problem_kind: Some(kind),
        problem_statement: statement.to_string(),
        must_haves,
        trainable,
        comp_min: Some(base),
        comp_max: Some(base + 2_000_000),
        currency: "EUR".to_string(),
        must_do_unaided: if draft { String::new() } else { rng.pick(UNAIDED).to_string() },
        can_learn: rng.pick(LEARN).to_string(),
        reject_if: if draft { String::new() } else { rng.pick(REJECT).to_string() },
        impact_first_focus: rng.pick(FOCUS).to_string(),
        impact_systems: "Go and Kotlin services on Kubernetes, PostgreSQL, Kafka between domains.".to_string(),
        impact_success: "In six months the service meets its SLOs without heroics and the team trusts its alerts."
            .to_string(),
        impact_collaboration:
            "Works daily with product, SRE and the partner team; reviews designs with the staff engineer.".to_string(),
        job_description: String::new(),
    }
}
