//! Shortlist's domain: the types every layer shares, their validation rules and pure logic.
//! Nothing here does I/O, so the rules are testable with plain unit tests.

pub mod application;
pub mod availability;
pub mod board;
pub mod candidate;
pub mod debrief;
pub mod diff;
pub mod document;
pub mod duplicates;
pub mod feedback;
pub mod hlc;
pub mod ics;
pub mod ics_busy;
pub mod ids;
pub mod import;
pub mod intake;
pub mod interview;
pub mod job_description;
pub mod letter;
pub mod loops;
pub mod message;
pub mod names;
pub mod offer;
pub mod outreach;
pub mod person;
pub mod place_zone;
pub mod plan;
pub mod prose;
pub mod role;
pub mod scorecard;
pub mod search;
pub mod settings;
pub mod slots;
pub mod sourcing;
pub mod stage;
pub mod text;
pub mod validation;
pub mod zone;

pub use application::*;
pub use board::{Board, BoardCard, ScreenChoice, ScreenPath, StageSla, StalledCard};
pub use candidate::*;
pub use duplicates::{ClusterMember, DuplicateCluster, DuplicateMatch, DuplicateReason};
pub use feedback::FeedbackState;
pub use hlc::{Hlc, HlcClock};
pub use ids::{new_id, new_id_at};
pub use import::{ImportOutcome, ImportResult, ResumeInfo};
pub use intake::{BusinessProblem, ReadinessGap, RoleIntake, TrueLevel};
pub use interview::{AgendaItem, FeedbackDue, Interview, InterviewInput, InterviewStatus, PanelSeat};
pub use person::{Person, PersonInput, Plays};
pub use plan::{Competency, InterviewPlan, PlanStep, StepKind};
pub use role::*;
pub use scorecard::{
    FeedbackVisibility, Rating, Recommendation, Scorecard, ScorecardInput, ScorecardStatus, ScorecardView,
};
pub use settings::Settings;
pub use stage::Stage;
pub use validation::{FieldError, ValidationErrors, Warning};
