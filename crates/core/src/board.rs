//! The pipeline board: one card per application with the facts that decide the next action,
//! stage SLAs (how long a card may sit in a stage) and the technical screen's two paths.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::stage::Stage;
use crate::validation::ValidationErrors;

/// How many days an application may stay in a stage before it counts as stalled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct StageSla {
    pub stage: Stage,
    pub days: u32,
}

pub const MAX_SLA_DAYS: u32 = 365;

/// The defaults: a profile is reviewed within 2 days, a screen done within a week, and so on.
/// Terminal stages (Hired, Rejected, Withdrawn) never stall.
pub fn default_slas() -> Vec<StageSla> {
    [
        (Stage::Sourced, 7),
        (Stage::Applied, 3),
        (Stage::ProfileReview, 2),
        (Stage::TechnicalScreen, 7),
        (Stage::Interviews, 10),
        (Stage::Debrief, 2),
        (Stage::Offer, 5),
    ]
    .into_iter()
    .map(|(stage, days)| StageSla { stage, days })
    .collect()
}

/// Checks SLAs: one per stage, only for stages a card can stall in, 1–365 days.
pub fn validate_slas(slas: &[StageSla], errors: &mut ValidationErrors) {
    let mut seen = Vec::new();
    for sla in slas {
        let field = format!("plan.stage_slas.{}", sla.stage.as_str());
        if matches!(sla.stage, Stage::Hired | Stage::Rejected | Stage::Withdrawn) {
            errors.add(field, format!("{} is where candidates end; it has no time limit.", sla.stage.label()));
        } else if sla.days == 0 || sla.days > MAX_SLA_DAYS {
            errors.add(field, format!("{}: a limit is between 1 and {MAX_SLA_DAYS} days.", sla.stage.label()));
        } else if seen.contains(&sla.stage) {
            errors.add(field, format!("{} has two limits; keep one.", sla.stage.label()));
        }
        seen.push(sla.stage);
    }
}

/// When a card in `stage` since `entered` passes its SLA, if the stage has one.
pub fn sla_due(slas: &[StageSla], stage: Stage, entered: DateTime<Utc>) -> Option<DateTime<Utc>> {
    slas.iter().find(|s| s.stage == stage).map(|s| entered + Duration::days(i64::from(s.days)))
}

/// The two ways through the technical screen; the candidate chooses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum ScreenPath {
    /// A short take-home challenge, due on a date.
    AsyncChallenge,
    /// A 90-minute paired session, scheduled like any interview.
    PairedSession,
}

impl ScreenPath {
    pub fn as_str(self) -> &'static str {
        match self {
            ScreenPath::AsyncChallenge => "async_challenge",
            ScreenPath::PairedSession => "paired_session",
        }
    }

    pub fn parse(s: &str) -> Option<ScreenPath> {
        [ScreenPath::AsyncChallenge, ScreenPath::PairedSession].into_iter().find(|p| p.as_str() == s)
    }

    pub fn label(self) -> &'static str {
        match self {
            ScreenPath::AsyncChallenge => "Async challenge",
            ScreenPath::PairedSession => "Paired session",
        }
    }
}

/// The recorded choice at the technical screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct ScreenChoice {
    pub path: ScreenPath,
    /// When the challenge is due (the async path only).
    pub due_on: Option<NaiveDate>,
}

impl ScreenChoice {
    pub fn validate(&self, today: NaiveDate) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::default();
        match (self.path, self.due_on) {
            (ScreenPath::AsyncChallenge, None) => {
                errors.add("due_on", "Give the challenge a due date so a stall shows up.");
            }
            (ScreenPath::AsyncChallenge, Some(d)) if d < today - Duration::days(1) => {
                errors.add("due_on", "The due date is in the past.");
            }
            (ScreenPath::AsyncChallenge, Some(d)) if d > today + Duration::days(60) => {
                errors.add("due_on", "A short challenge is due within 60 days.");
            }
            (ScreenPath::PairedSession, Some(_)) => {
                errors.add("due_on", "A paired session has no due date: schedule it instead.");
            }
            _ => {}
        }
        errors.into_result()
    }
}

/// Where the scorecards of an application's past interviews stand.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct FeedbackSummary {
    pub submitted: u32,
    pub expected: u32,
    pub overdue: u32,
}

/// One card on the board.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct BoardCard {
    pub application_id: String,
    pub candidate_id: String,
    pub name: String,
    /// Current title and company from the profile ("Staff Engineer · Stripe"), or the headline.
    pub current: String,
    pub stage: Stage,
    pub stage_entered_at: DateTime<Utc>,
    /// The reason recorded when it entered the stage (why rejected, why on hold).
    pub stage_reason: Option<String>,
    /// Match against the role's intake (0–100), when the candidate has a profile.
    pub score: Option<u32>,
    /// Open (not dismissed) profile risk flags.
    pub risks: u32,
    pub next_interview: Option<NextInterview>,
    pub feedback: FeedbackSummary,
    /// When the card passes its stage's SLA (None: the stage has none).
    pub sla_due_at: Option<DateTime<Utc>>,
    pub stalled: bool,
    pub screen: Option<ScreenChoice>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct NextInterview {
    pub interview_id: String,
    pub step_name: String,
    pub starts_at: DateTime<Utc>,
}

/// A role's board: its cards in stage order, longest in stage first within a stage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct Board {
    pub role_id: String,
    pub role_title: String,
    pub slas: Vec<StageSla>,
    pub cards: Vec<BoardCard>,
}

/// A stalled card anywhere (the cross-role "Stalled" view).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct StalledCard {
    pub role_id: String,
    pub role_title: String,
    pub card: BoardCard,
}

/// Sorts cards into board order: stage, then longest waiting first, then name.
pub fn sort_cards(cards: &mut [BoardCard]) {
    cards.sort_by(|a, b| {
        let pos = |s: Stage| Stage::ALL.iter().position(|x| *x == s);
        pos(a.stage)
            .cmp(&pos(b.stage))
            .then(a.stage_entered_at.cmp(&b.stage_entered_at))
            .then_with(|| a.name.cmp(&b.name))
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn default_slas_cover_every_open_stage_and_validate() {
        let slas = default_slas();
        let mut errors = ValidationErrors::default();
        validate_slas(&slas, &mut errors);
        assert!(errors.into_result().is_ok(), "the defaults are valid");
        assert_eq!(
            slas.iter().find(|s| s.stage == Stage::ProfileReview).map(|s| s.days),
            Some(2),
            "profile review within 2 days"
        );
        assert!(slas.iter().all(|s| !matches!(s.stage, Stage::Hired | Stage::Rejected | Stage::Withdrawn)));
    }

    #[test]
    fn bad_slas_name_their_stage() {
        let slas = vec![
            StageSla { stage: Stage::Applied, days: 0 },
            StageSla { stage: Stage::Hired, days: 3 },
            StageSla { stage: Stage::Offer, days: 3 },
            StageSla { stage: Stage::Offer, days: 4 },
        ];
        let mut errors = ValidationErrors::default();
        validate_slas(&slas, &mut errors);
        let fields: Vec<String> = errors.fields.iter().map(|f| f.field.clone()).collect();
        assert_eq!(
            fields,
            vec!["plan.stage_slas.applied", "plan.stage_slas.hired", "plan.stage_slas.offer"],
            "zero days, a terminal stage and a duplicate are refused"
        );
    }

    #[test]
    fn sla_due_adds_whole_days() {
        let entered = Utc.with_ymd_and_hms(2026, 3, 1, 10, 0, 0).single().expect("valid date");
        let due = sla_due(&default_slas(), Stage::ProfileReview, entered);
        assert_eq!(due, Some(Utc.with_ymd_and_hms(2026, 3, 3, 10, 0, 0).single().expect("valid date")));
        assert_eq!(sla_due(&default_slas(), Stage::Hired, entered), None, "no SLA once hired");
    }

    #[test]
    fn screen_choice_rules() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).expect("valid date");
        let async_without_date = ScreenChoice { path: ScreenPath::AsyncChallenge, due_on: None };
        assert!(async_without_date.validate(today).is_err(), "an async challenge needs a due date");
        let ok = ScreenChoice { path: ScreenPath::AsyncChallenge, due_on: Some(today + Duration::days(5)) };
        assert!(ok.validate(today).is_ok());
        let paired = ScreenChoice { path: ScreenPath::PairedSession, due_on: None };
        assert!(paired.validate(today).is_ok(), "a paired session is scheduled, not due");
        assert_eq!(ScreenPath::parse("paired_session"), Some(ScreenPath::PairedSession));
    }
}
