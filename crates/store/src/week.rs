//! "My week": my interviews this week, the feedback I owe, and stalled candidates in the roles I
//! own (as recruiter or hiring manager).

use chrono::{DateTime, Datelike, Duration, NaiveTime, Utc};
use serde::{Deserialize, Serialize};
use shortlist_core::zone::resolve_local_lenient;
use shortlist_core::{AgendaItem, FeedbackDue, StalledCard};
use specta::Type;

use crate::error::Result;
use crate::Store;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct MyWeek {
    /// Who "me" is; None when not chosen yet (the screen asks).
    pub me: Option<String>,
    pub week_start: DateTime<Utc>,
    pub week_end: DateTime<Utc>,
    /// The zone the week is counted in: the user's (Settings, else mine in the directory, else
    /// this computer's).
    pub time_zone: String,
    pub interviews: Vec<AgendaItem>,
    pub feedback: Vec<FeedbackDue>,
    pub stalled: Vec<StalledCard>,
    /// Outreach follow-ups due (no response yet), oldest first.
    pub follow_ups: Vec<crate::outreach::Outreach>,
}

impl Store {
    pub async fn my_week(&self, now: DateTime<Utc>) -> Result<MyWeek> {
        let me = self.actor().id;
        let person = match &me {
            Some(id) => Some(self.person(id).await?),
            None => None,
        };
        let zone = self.zone();
        let local = now.with_timezone(&zone).date_naive();
        let monday = local - Duration::days(i64::from(local.weekday().num_days_from_monday()));
        let week_start = resolve_local_lenient(monday.and_time(NaiveTime::MIN), zone);
        let week_end = resolve_local_lenient((monday + Duration::days(7)).and_time(NaiveTime::MIN), zone);
        let interviews = match &me {
            Some(id) => self.agenda(id, week_start, week_end).await?,
            None => Vec::new(),
        };
        let feedback = self.needs_feedback(now).await?.into_iter().filter(|d| d.mine).collect();
        let stalled = match &person {
            Some(p) => {
                let mine: Vec<String> = sqlx::query_scalar(
                    "SELECT id FROM roles WHERE deleted_at IS NULL AND (lower(trim(recruiter)) = lower(?1) OR lower(trim(hiring_manager)) = lower(?1))",
                )
                .bind(p.name.trim())
                .fetch_all(&self.pool)
                .await?;
                self.stalled(now).await?.into_iter().filter(|s| mine.contains(&s.role_id)).collect()
            }
            None => Vec::new(),
        };
        let today = now.with_timezone(&zone).date_naive();
        let follow_ups = self.follow_ups_due(today).await?;
        Ok(MyWeek {
            follow_ups,
            me: person.map(|p| p.name),
            week_start,
            week_end,
            time_zone: zone.name().to_string(),
            interviews,
            feedback,
            stalled,
        })
    }
}
