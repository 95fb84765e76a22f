//! Interview plans and kits: each step has a distinct job, focus competencies, a duration and
//! prompts; the role's scorecard template is its list of competencies with what to look for.

use serde::{Deserialize, Serialize};
use specta::Type;

use crate::validation::ValidationErrors;

/// One competency of the scorecard template, with the criteria interviewers rate against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Competency {
    /// Stable within the role (steps refer to it); made from the first name it was given.
    pub id: String,
    pub name: String,
    pub look_for: String,
    pub strong: String,
    pub weak: String,
    pub mixed: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    ProfileReview,
    TechnicalScreen,
    DeepDive,
    SystemDesign,
    Collaboration,
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct PlanStep {
    pub id: String,
    pub kind: StepKind,
    pub name: String,
    /// The step's distinct job: what only this step finds out.
    pub purpose: String,
    pub duration_minutes: u32,
    /// Competency ids this step rates.
    pub competencies: Vec<String>,
    pub prompts: Vec<String>,
    /// Alternatives the candidate chooses between (the technical screen's two paths).
    pub paths: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct InterviewPlan {
    pub steps: Vec<PlanStep>,
    pub competencies: Vec<Competency>,
    /// Scorecards are due this many hours after each interview ends.
    #[serde(default = "default_feedback_hours")]
    pub feedback_hours: u32,
    /// How long a card may wait in each stage before it shows as stalled.
    #[serde(default = "crate::board::default_slas")]
    pub stage_slas: Vec<crate::board::StageSla>,
}

fn default_feedback_hours() -> u32 {
    crate::feedback::DEFAULT_FEEDBACK_HOURS
}

/// The profile review checklist: each item gets a quick verdict and a note.
pub const PROFILE_CHECKLIST: [&str; 5] =
    ["Service ownership", "Stack realism", "Environment fit", "Career narrative", "Evidence of communication"];

fn competency(name: &str, look_for: &str, strong: &str, weak: &str) -> Competency {
    Competency {
        id: slug(name),
        name: name.to_string(),
        look_for: look_for.to_string(),
        strong: strong.to_string(),
        weak: weak.to_string(),
        mixed: "Some strong moments but needed prompting, or evidence only from one angle.".to_string(),
    }
}

/// A stable id from a name: "System Design Judgment" → "system-design-judgment".
pub fn slug(name: &str) -> String {
    let lower = crate::text::fold(name);
    let s: String = lower.chars().map(|c| if c.is_alphanumeric() { c } else { '-' }).collect();
    s.split('-').filter(|p| !p.is_empty()).collect::<Vec<_>>().join("-")
}

impl Default for InterviewPlan {
    /// The default loop: profile review, a technical screen with two paths, a past-project deep
    /// dive, a system design conversation and a collaboration interview; seven competencies.
    fn default() -> Self {
        let competencies = vec![
            competency(
                "Technical Communication",
                "Explains decisions and trade-offs clearly to the audience in front of them.",
                "Adapts depth to the listener; checks understanding; precise vocabulary.",
                "Rambles or hides behind jargon; cannot summarise their own work.",
            ),
            competency(
                "Problem Decomposition",
                "Breaks a vague problem into parts that can be built, tested and shipped.",
                "Finds the core problem fast, sequences work, names what to defer.",
                "Dives into details before understanding the problem.",
            ),
            competency(
                "System Design Judgment",
                "Chooses designs for stated constraints and knows what they cost.",
                "Quantifies load, names failure modes, changes the design when constraints change.",
                "Draws boxes without numbers; one design for every problem.",
            ),
            competency(
                "Debugging and Ownership",
                "Finds root causes in production and owns the fix through to prevention.",
                "Concrete incidents they drove to root cause and follow-up.",
                "Blames others; stops at the first plausible cause.",
            ),
            competency(
                "Collaboration",
                "Works through disagreement and makes the people around them better.",
                "Specific examples of resolving conflict and unblocking others.",
                "Talks only about their own contribution; dismissive of others.",
            ),
            competency(
                "Code Reasoning",
                "Reads and writes code that is correct, testable and clear.",
                "Reasons about edge cases and tests before being asked.",
                "Code works only on the happy path; cannot explain it.",
            ),
            competency(
                "Learning Agility",
                "Picks up unfamiliar tools and domains quickly and safely.",
                "Examples of learning something hard fast, and how they did it.",
                "Avoids the unfamiliar; vague about how they learn.",
            ),
        ];
        let id = |name: &str| slug(name);
        let steps = vec![
            PlanStep {
                id: "profile-review".into(),
                kind: StepKind::ProfileReview,
                name: "Profile review".into(),
                purpose: "Decide from the profile alone whether a conversation is worth everyone's time.".into(),
                duration_minutes: 15,
                competencies: vec![],
                prompts: PROFILE_CHECKLIST.iter().map(|c| format!("{c}: verdict and one-line note.")).collect(),
                paths: vec![],
            },
            PlanStep {
                id: "technical-screen".into(),
                kind: StepKind::TechnicalScreen,
                name: "Technical screen".into(),
                purpose: "Confirm hands-on ability with code before the loop.".into(),
                duration_minutes: 90,
                competencies: vec![id("Code Reasoning"), id("Problem Decomposition")],
                prompts: vec![
                    "How did you approach the problem before writing code?".into(),
                    "Which edge cases did you test, and which did you leave out on purpose?".into(),
                ],
                paths: vec!["Short asynchronous challenge".into(), "90-minute paired session".into()],
            },
            PlanStep {
                id: "deep-dive".into(),
                kind: StepKind::DeepDive,
                name: "Past-project deep dive".into(),
                purpose: "Find out what they personally owned, under real constraints.".into(),
                duration_minutes: 60,
                competencies: vec![
                    id("Debugging and Ownership"),
                    id("Technical Communication"),
                    id("Learning Agility"),
                ],
                prompts: vec![
                    "What did you personally own, and what did others own?".into(),
                    "Where did the design change under pressure, and why?".into(),
                    "What broke in production, and how did you find out?".into(),
                    "What would you redesign now, knowing what you know?".into(),
                ],
                paths: vec![],
            },
            PlanStep {
                id: "system-design".into(),
                kind: StepKind::SystemDesign,
                name: "System design conversation".into(),
                purpose: "See how they design for our constraints, not a textbook's.".into(),
                duration_minutes: 60,
                competencies: vec![id("System Design Judgment"), id("Problem Decomposition")],
                prompts: vec![
                    "Design the service behind the role's first focus area; start from the load.".into(),
                    "What fails first at ten times the traffic?".into(),
                ],
                paths: vec![],
            },
            PlanStep {
                id: "collaboration".into(),
                kind: StepKind::Collaboration,
                name: "Behavioural collaboration interview".into(),
                purpose: "Learn how they work with others when it is hard.".into(),
                duration_minutes: 45,
                competencies: vec![id("Collaboration"), id("Technical Communication")],
                prompts: vec![
                    "Tell me about a technical disagreement you lost. What did you do next?".into(),
                    "When did you unblock someone else at a cost to your own work?".into(),
                ],
                paths: vec![],
            },
        ];
        InterviewPlan {
            steps,
            competencies,
            feedback_hours: default_feedback_hours(),
            stage_slas: crate::board::default_slas(),
        }
    }
}

impl InterviewPlan {
    /// Drops references to competencies that no longer exist and trims text.
    pub fn normalized(mut self) -> Self {
        for c in &mut self.competencies {
            c.name = c.name.trim().to_string();
            if c.id.trim().is_empty() {
                c.id = slug(&c.name);
            }
        }
        let ids: Vec<String> = self.competencies.iter().map(|c| c.id.clone()).collect();
        for step in &mut self.steps {
            step.name = step.name.trim().to_string();
            step.competencies.retain(|c| ids.contains(c));
            step.competencies.dedup();
            step.prompts.retain(|p| !p.trim().is_empty());
        }
        self
    }

    pub fn validate(&self, errors: &mut ValidationErrors) {
        if self.competencies.is_empty() {
            errors.add("plan.competencies", "The scorecard needs at least one competency.");
        }
        let mut seen: Vec<&str> = Vec::new();
        for (i, c) in self.competencies.iter().enumerate() {
            errors.required_text(&format!("plan.competencies.{i}"), "Competency name", &c.name, 80);
            if seen.contains(&c.id.as_str()) {
                errors.add(format!("plan.competencies.{i}"), format!("“{}” is already on the scorecard.", c.name));
            }
            seen.push(&c.id);
        }
        if self.feedback_hours == 0 || self.feedback_hours > crate::feedback::MAX_FEEDBACK_HOURS {
            errors.add(
                "plan.feedback_hours",
                format!(
                    "Feedback is due between 1 and {} hours after an interview.",
                    crate::feedback::MAX_FEEDBACK_HOURS
                ),
            );
        }
        crate::board::validate_slas(&self.stage_slas, errors);
        for (i, s) in self.steps.iter().enumerate() {
            errors.required_text(&format!("plan.steps.{i}"), "Step name", &s.name, 80);
            if s.duration_minutes == 0 || s.duration_minutes > 480 {
                errors.add(format!("plan.steps.{i}.duration_minutes"), "A step lasts between 1 and 480 minutes.");
            }
        }
    }

    /// Adds a competency to the template; its id comes from the name.
    pub fn add_competency(&mut self, name: &str) -> Result<(), ValidationErrors> {
        let id = slug(name);
        if name.trim().is_empty() || id.is_empty() {
            return Err(ValidationErrors::single("name", "Give the competency a name."));
        }
        if self.competencies.iter().any(|c| c.id == id) {
            return Err(ValidationErrors::single("name", format!("“{}” is already on the scorecard.", name.trim())));
        }
        self.competencies.push(Competency {
            id,
            name: name.trim().to_string(),
            look_for: String::new(),
            strong: String::new(),
            weak: String::new(),
            mixed: String::new(),
        });
        Ok(())
    }

    /// Competencies no step rates: worth a warning, since nobody would gather evidence for them.
    pub fn unassessed(&self) -> Vec<&Competency> {
        self.competencies.iter().filter(|c| !self.steps.iter().any(|s| s.competencies.contains(&c.id))).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_plan_has_five_steps_and_seven_competencies() {
        let plan = InterviewPlan::default();
        let kinds: Vec<StepKind> = plan.steps.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            vec![
                StepKind::ProfileReview,
                StepKind::TechnicalScreen,
                StepKind::DeepDive,
                StepKind::SystemDesign,
                StepKind::Collaboration
            ],
            "the default loop"
        );
        assert_eq!(plan.competencies.len(), 7, "seven competencies");
        assert_eq!(plan.steps[1].paths.len(), 2, "the technical screen offers two paths");
        assert!(plan.steps[2].prompts.iter().any(|p| p.contains("personally own")), "deep-dive prompts");
        assert!(plan.unassessed().is_empty(), "every default competency is assessed somewhere");
        let mut errors = ValidationErrors::default();
        plan.validate(&mut errors);
        assert!(errors.is_empty(), "the default plan is valid: {errors:?}");
    }

    #[test]
    fn competencies_can_be_added_renamed_and_removed() {
        let mut plan = InterviewPlan::default();
        plan.add_competency("Security Mindset").expect("a new name is accepted");
        assert!(plan.add_competency("security  mindset").is_err(), "the same name twice is refused");
        assert_eq!(plan.unassessed().len(), 1, "a new competency is not yet assessed");
        plan.competencies[0].name = "Clear Communication".into();
        let removed = plan.competencies.remove(1).id;
        let plan = plan.normalized();
        assert!(plan.steps.iter().all(|s| !s.competencies.contains(&removed)), "removing drops it from every step");
        assert_eq!(plan.competencies[0].id, "technical-communication", "renaming keeps the id steps refer to");
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("System Design Judgment"), "system-design-judgment", "spaces to dashes");
        assert_eq!(slug("Débogage & Ownership"), "debogage-ownership", "accents folded, symbols dropped");
    }
}
