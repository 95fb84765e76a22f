//! The calibrated role intake: what the hire must do, at what level, for which business problem,
//! and what would make the manager say no. A role can only open once the intake says enough.

use serde::{Deserialize, Serialize};
use specta::Type;

use crate::validation::ValidationErrors;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum TrueLevel {
    /// Executes in an established architecture.
    Executes,
    /// Owns a service end to end.
    OwnsService,
    /// Leads design discussions.
    LeadsDesign,
}

impl TrueLevel {
    pub fn label(self) -> &'static str {
        match self {
            TrueLevel::Executes => "Executes in an established architecture",
            TrueLevel::OwnsService => "Owns a service end to end",
            TrueLevel::LeadsDesign => "Leads design discussions",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum BusinessProblem {
    SlowApis,
    BrittleIntegrations,
    DataConsistency,
    ScalingPain,
    PlatformMigration,
    InternalToolingDebt,
    Other,
}

impl BusinessProblem {
    pub fn label(self) -> &'static str {
        match self {
            BusinessProblem::SlowApis => "Slow APIs",
            BusinessProblem::BrittleIntegrations => "Brittle integrations",
            BusinessProblem::DataConsistency => "Data consistency",
            BusinessProblem::ScalingPain => "Scaling pain",
            BusinessProblem::PlatformMigration => "Platform migration",
            BusinessProblem::InternalToolingDebt => "Internal tooling debt",
            BusinessProblem::Other => "Other",
        }
    }
}

/// Everything the hiring manager and recruiter agree on before a role opens.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(default)]
pub struct RoleIntake {
    /// Core languages, e.g. ["Go", "Rust"].
    pub languages: Vec<String>,
    /// Whether strong experience in an adjacent backend language is acceptable.
    pub adjacent_ok: bool,
    pub cloud: String,
    pub ci_cd: String,
    pub containers: String,
    pub on_call: bool,
    pub true_level: Option<TrueLevel>,
    pub problem_kind: Option<BusinessProblem>,
    pub problem_statement: String,
    pub must_haves: Vec<String>,
    pub trainable: Vec<String>,
    /// Compensation band in minor units of `currency` (e.g. cents).
    pub comp_min: Option<i64>,
    pub comp_max: Option<i64>,
    /// ISO 4217 code, e.g. "EUR".
    pub currency: String,
    /// What this hire must do without help.
    pub must_do_unaided: String,
    /// What they can learn on the job.
    pub can_learn: String,
    /// What would make the manager reject a final-round candidate.
    pub reject_if: String,
    pub impact_first_focus: String,
    pub impact_systems: String,
    pub impact_success: String,
    pub impact_collaboration: String,
    /// The job description as edited by a person; empty means "use the generated one".
    pub job_description: String,
}

/// One thing a role still needs before it can open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct ReadinessGap {
    /// The form field, e.g. `intake.problem_statement`.
    pub field: String,
    pub label: String,
}

/// More must-haves than this reads like a shopping list rather than a calibrated role.
pub const MUST_HAVE_LIMIT: usize = 6;
pub const INTAKE_TEXT_MAX: usize = 4_000;
pub const INTAKE_ITEM_MAX: usize = 120;
pub const INTAKE_LIST_MAX: usize = 30;
pub const JOB_DESCRIPTION_MAX: usize = 30_000;

impl RoleIntake {
    /// The fields every intake field is stamped by (field-level clocks use `intake.<name>`).
    pub const FIELDS: [&'static str; 22] = [
        "languages",
        "adjacent_ok",
        "cloud",
        "ci_cd",
        "containers",
        "on_call",
        "true_level",
        "problem_kind",
        "problem_statement",
        "must_haves",
        "trainable",
        "comp_min",
        "comp_max",
        "currency",
        "must_do_unaided",
        "can_learn",
        "reject_if",
        "impact_first_focus",
        "impact_systems",
        "impact_success",
        "impact_collaboration",
        "job_description",
    ];

    /// The same fields as stamped on the role row: `intake.<field>`.
    pub const STAMPED: [&'static str; 22] = [
        "intake.languages",
        "intake.adjacent_ok",
        "intake.cloud",
        "intake.ci_cd",
        "intake.containers",
        "intake.on_call",
        "intake.true_level",
        "intake.problem_kind",
        "intake.problem_statement",
        "intake.must_haves",
        "intake.trainable",
        "intake.comp_min",
        "intake.comp_max",
        "intake.currency",
        "intake.must_do_unaided",
        "intake.can_learn",
        "intake.reject_if",
        "intake.impact_first_focus",
        "intake.impact_systems",
        "intake.impact_success",
        "intake.impact_collaboration",
        "intake.job_description",
    ];

    /// Trims text and drops blank or repeated list entries.
    pub fn normalized(mut self) -> Self {
        for list in [&mut self.languages, &mut self.must_haves, &mut self.trainable] {
            let mut seen: Vec<String> = Vec::new();
            for item in list.iter().map(|i| i.trim().to_string()).filter(|i| !i.is_empty()) {
                if !seen.iter().any(|s| s.eq_ignore_ascii_case(&item)) {
                    seen.push(item);
                }
            }
            *list = seen;
        }
        for text in [
            &mut self.cloud,
            &mut self.ci_cd,
            &mut self.containers,
            &mut self.problem_statement,
            &mut self.must_do_unaided,
            &mut self.can_learn,
            &mut self.reject_if,
            &mut self.impact_first_focus,
            &mut self.impact_systems,
            &mut self.impact_success,
            &mut self.impact_collaboration,
        ] {
            *text = text.trim().to_string();
        }
        self.currency = self.currency.trim().to_uppercase();
        self.job_description = self.job_description.trim_end().to_string();
        self
    }

    pub fn validate(&self, errors: &mut ValidationErrors) {
        for (name, label, list) in [
            ("languages", "Language", &self.languages),
            ("must_haves", "Must-have", &self.must_haves),
            ("trainable", "Trainable skill", &self.trainable),
        ] {
            if list.len() > INTAKE_LIST_MAX {
                errors.add(
                    format!("intake.{name}"),
                    format!("Too many entries ({}; the limit is {INTAKE_LIST_MAX}).", list.len()),
                );
            }
            for (i, item) in list.iter().enumerate() {
                errors.max_len(&format!("intake.{name}.{i}"), label, item, INTAKE_ITEM_MAX);
            }
        }
        for (name, label, text) in [
            ("cloud", "Cloud", &self.cloud),
            ("ci_cd", "CI/CD", &self.ci_cd),
            ("containers", "Containers", &self.containers),
            ("problem_statement", "Problem statement", &self.problem_statement),
            ("must_do_unaided", "Must do without help", &self.must_do_unaided),
            ("can_learn", "Can learn on the job", &self.can_learn),
            ("reject_if", "Would reject a finalist who", &self.reject_if),
            ("impact_first_focus", "First focus area", &self.impact_first_focus),
            ("impact_systems", "Systems context", &self.impact_systems),
            ("impact_success", "What success looks like", &self.impact_success),
            ("impact_collaboration", "Collaboration", &self.impact_collaboration),
        ] {
            errors.max_len(&format!("intake.{name}"), label, text, INTAKE_TEXT_MAX);
        }
        errors.max_len("intake.job_description", "Job description", &self.job_description, JOB_DESCRIPTION_MAX);
        if self.comp_min.is_some_and(|v| v < 0) {
            errors.add("intake.comp_min", "The band's minimum cannot be negative.");
        }
        if let (Some(min), Some(max)) = (self.comp_min, self.comp_max) {
            if max < min {
                errors.add("intake.comp_max", "The band's maximum is below its minimum.");
            }
        }
        let has_band = self.comp_min.is_some() || self.comp_max.is_some();
        let code_ok = self.currency.len() == 3 && self.currency.chars().all(|c| c.is_ascii_uppercase());
        if (has_band || !self.currency.is_empty()) && !code_ok {
            errors.add("intake.currency", "Use a three-letter ISO currency code such as EUR or USD.");
        }
    }

    /// What is still missing before the role may open (empty when it is ready).
    pub fn readiness(&self) -> Vec<ReadinessGap> {
        let mut gaps = Vec::new();
        let mut need = |missing: bool, field: &str, label: &str| {
            if missing {
                gaps.push(ReadinessGap { field: format!("intake.{field}"), label: label.to_string() });
            }
        };
        need(self.problem_statement.is_empty(), "problem_statement", "the business problem this hire solves");
        need(self.true_level.is_none(), "true_level", "the true level");
        need(self.must_haves.is_empty(), "must_haves", "at least one must-have skill");
        need(self.must_do_unaided.is_empty(), "must_do_unaided", "what the hire must do without help");
        need(self.can_learn.is_empty(), "can_learn", "what they can learn on the job");
        need(self.reject_if.is_empty(), "reject_if", "what would make you reject a final-round candidate");
        gaps
    }

    /// A warning (not a block) when the must-have list reads like a shopping list.
    pub fn shopping_list_warning(&self) -> Option<String> {
        (self.must_haves.len() > MUST_HAVE_LIMIT).then(|| {
            format!(
                "{} must-haves reads like a shopping list. Keep the {MUST_HAVE_LIMIT} or fewer a finalist truly cannot lack, and move the rest to trainable.",
                self.must_haves.len()
            )
        })
    }

    /// Intake fields whose values differ from `old`, named as stamped (`intake.<field>`).
    pub fn changed_fields(&self, old: &RoleIntake) -> Vec<&'static str> {
        let (new, old) = (serde_json::to_value(self), serde_json::to_value(old));
        let (Ok(new), Ok(old)) = (new, old) else { return RoleIntake::STAMPED.to_vec() };
        RoleIntake::FIELDS
            .into_iter()
            .zip(RoleIntake::STAMPED)
            .filter(|(f, _)| new.get(*f) != old.get(*f))
            .map(|(_, stamped)| stamped)
            .collect()
    }
}

/// Says why a role cannot open, naming every missing field.
pub fn readiness_errors(gaps: &[ReadinessGap]) -> ValidationErrors {
    let mut errors = ValidationErrors::default();
    let list: Vec<&str> = gaps.iter().map(|g| g.label.as_str()).collect();
    let summary = format!("This role cannot open yet. Still missing: {}.", list.join("; "));
    errors.add("status", summary);
    for gap in gaps {
        errors.add(gap.field.clone(), format!("Needed before the role can open: {}.", gap.label));
    }
    errors
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn ready() -> RoleIntake {
        RoleIntake {
            languages: vec!["Go".into()],
            true_level: Some(TrueLevel::OwnsService),
            problem_kind: Some(BusinessProblem::SlowApis),
            problem_statement: "Checkout API p99 is 2 s; we need it under 300 ms.".into(),
            must_haves: vec!["Production Go services".into(), "PostgreSQL query tuning".into()],
            trainable: vec!["Kafka".into()],
            must_do_unaided: "Profile and fix a slow endpoint end to end.".into(),
            can_learn: "Our deployment tooling.".into(),
            reject_if: "Cannot explain a production incident they owned.".into(),
            ..RoleIntake::default()
        }
    }

    #[test]
    fn a_complete_intake_is_ready() {
        assert!(ready().readiness().is_empty(), "every required field is filled");
    }

    #[test]
    fn readiness_names_every_missing_field() {
        let gaps = RoleIntake::default().readiness();
        let fields: Vec<&str> = gaps.iter().map(|g| g.field.as_str()).collect();
        assert_eq!(
            fields,
            vec![
                "intake.problem_statement",
                "intake.true_level",
                "intake.must_haves",
                "intake.must_do_unaided",
                "intake.can_learn",
                "intake.reject_if"
            ],
            "an empty intake misses all six"
        );
        let errors = readiness_errors(&gaps);
        assert!(
            errors.fields[0].message.contains("the true level"),
            "the summary names the gaps: {}",
            errors.fields[0].message
        );
    }

    #[test]
    fn too_many_must_haves_warn_but_do_not_block() {
        let mut intake = ready();
        intake.must_haves = (0..7).map(|i| format!("skill {i}")).collect();
        assert!(intake.shopping_list_warning().is_some(), "seven must-haves warn");
        assert!(intake.readiness().is_empty(), "but the role can still open");
        intake.must_haves.truncate(6);
        assert!(intake.shopping_list_warning().is_none(), "six is fine");
    }

    #[test]
    fn compensation_band_rules() {
        let mut intake = ready();
        intake.comp_min = Some(9_000_000);
        intake.comp_max = Some(8_000_000);
        intake.currency = "eur".into();
        let intake = intake.normalized();
        let mut errors = ValidationErrors::default();
        intake.validate(&mut errors);
        let fields: Vec<&str> = errors.fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, vec!["intake.comp_max"], "max below min is an error; eur is normalised to EUR");
        let mut bad = ready();
        bad.comp_min = Some(1);
        bad.currency = "euros".into();
        let mut errors = ValidationErrors::default();
        bad.normalized().validate(&mut errors);
        assert!(errors.fields.iter().any(|f| f.field == "intake.currency"), "a band needs an ISO code");
    }

    #[test]
    fn changed_fields_are_per_intake_field() {
        let old = ready();
        let mut new = old.clone();
        new.reject_if = "Blames others for incidents.".into();
        new.on_call = true;
        assert_eq!(new.changed_fields(&old), vec!["intake.on_call", "intake.reject_if"], "only edited fields change");
        for (field, stamped) in RoleIntake::FIELDS.iter().zip(RoleIntake::STAMPED) {
            assert_eq!(format!("intake.{field}"), stamped, "the two field lists line up");
        }
    }

    #[test]
    fn normalisation_trims_and_dedups_lists() {
        let mut intake = ready();
        intake.must_haves = vec![" Go ".into(), "go".into(), "".into()];
        assert_eq!(intake.normalized().must_haves, vec!["Go".to_string()], "case-insensitive dedup");
    }
}
