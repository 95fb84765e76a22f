//! Feedback deadlines: a scorecard is due a set number of hours after its interview ends.
//!
//! Whole days count on the interviewer's own calendar: "24 hours" means "by the same time
//! tomorrow where you are", also on the night the clocks change (then it is 23 or 25 hours of
//! real time). Leftover hours are real hours. A deadline that lands in a skipped hour moves
//! forward by the gap; one that lands in a repeated hour takes the first occurrence.

use chrono::{DateTime, Days, Duration, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::zone::{parse_zone, resolve_local_lenient};

pub const DEFAULT_FEEDBACK_HOURS: u32 = 24;
/// Two weeks: feedback written later than that is memory, not evidence.
pub const MAX_FEEDBACK_HOURS: u32 = 336;

/// When feedback for an interview that ended at `ended_at` is due, for an interviewer in `zone`.
pub fn feedback_due(ended_at: DateTime<Utc>, hours: u32, zone: Tz) -> DateTime<Utc> {
    let days = u64::from(hours / 24);
    let local_end = ended_at.with_timezone(&zone).naive_local();
    let same_time_later = local_end.checked_add_days(Days::new(days)).unwrap_or(local_end);
    resolve_local_lenient(same_time_later, zone) + Duration::hours(i64::from(hours % 24))
}

/// The zone a deadline is counted in: the interviewer's, else the interview's, else UTC.
pub fn deadline_zone(interviewer_zone: &str, interview_zone: &str) -> Tz {
    parse_zone(interviewer_zone).or_else(|| parse_zone(interview_zone)).unwrap_or(Tz::UTC)
}

/// Where one interviewer's feedback for one interview stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum FeedbackState {
    /// The interview has not ended yet.
    Upcoming,
    /// Ended, no scorecard submitted, deadline not passed.
    Due,
    Overdue,
    Submitted,
}

impl FeedbackState {
    pub fn of(now: DateTime<Utc>, ended_at: DateTime<Utc>, due_at: DateTime<Utc>, submitted: bool) -> Self {
        if submitted {
            FeedbackState::Submitted
        } else if now < ended_at {
            FeedbackState::Upcoming
        } else if now <= due_at {
            FeedbackState::Due
        } else {
            FeedbackState::Overdue
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).expect("rfc3339").with_timezone(&Utc)
    }

    fn zone(name: &str) -> Tz {
        parse_zone(name).expect("zone")
    }

    fn due(end: &str, hours: u32, tz: &str) -> String {
        feedback_due(utc(end), hours, zone(tz)).with_timezone(&zone(tz)).to_rfc3339()
    }

    #[test]
    fn los_angeles_spring_forward_keeps_the_wall_clock_time() {
        // Sat 7 Mar 2026 16:00 PST; clocks go forward on Sun 8 Mar.
        assert_eq!(due("2026-03-08T00:00:00Z", 24, "America/Los_Angeles"), "2026-03-08T16:00:00-07:00");
        let real =
            feedback_due(utc("2026-03-08T00:00:00Z"), 24, zone("America/Los_Angeles")) - utc("2026-03-08T00:00:00Z");
        assert_eq!(real, Duration::hours(23), "the short day has 23 real hours");
    }

    #[test]
    fn berlin_fall_back_gives_a_25_hour_day() {
        // Sat 24 Oct 2026 17:00 CEST; clocks go back on Sun 25 Oct.
        assert_eq!(due("2026-10-24T15:00:00Z", 24, "Europe/Berlin"), "2026-10-25T17:00:00+01:00");
        assert_eq!(due("2026-10-24T15:00:00Z", 48, "Europe/Berlin"), "2026-10-26T17:00:00+01:00");
    }

    #[test]
    fn kolkata_has_no_clock_changes_and_counts_leftover_hours() {
        assert_eq!(due("2026-03-28T10:30:00Z", 24, "Asia/Kolkata"), "2026-03-29T16:00:00+05:30");
        assert_eq!(due("2026-03-28T10:30:00Z", 36, "Asia/Kolkata"), "2026-03-30T04:00:00+05:30");
        assert_eq!(due("2026-03-28T10:30:00Z", 0, "Asia/Kolkata"), "2026-03-28T16:00:00+05:30");
    }

    #[test]
    fn sydney_skipped_hour_moves_forward() {
        // Clocks in Sydney jump from 02:00 to 03:00 on Sun 4 Oct 2026. An interview ending at
        // 02:30 on Sat 3 Oct is due at 02:30 on the 4th, which does not exist: 03:30 instead.
        assert_eq!(due("2026-10-02T16:30:00Z", 24, "Australia/Sydney"), "2026-10-04T03:30:00+11:00");
        // Clocks go back from 03:00 to 02:00 on Sun 5 Apr 2026: 02:30 happens twice, the first counts.
        assert_eq!(due("2026-04-03T15:30:00Z", 24, "Australia/Sydney"), "2026-04-05T02:30:00+11:00");
    }

    #[test]
    fn the_same_interview_is_due_at_different_instants_for_a_spread_panel() {
        // One interview ends 2026-03-28 09:00 UTC, the night before Berlin and the weekend after
        // Los Angeles change clocks; each interviewer's day is counted where they are.
        let end = "2026-03-28T09:00:00Z";
        let berlin = feedback_due(utc(end), 24, zone("Europe/Berlin"));
        let kolkata = feedback_due(utc(end), 24, zone("Asia/Kolkata"));
        let la = feedback_due(utc(end), 24, zone("America/Los_Angeles"));
        assert_eq!(berlin, utc("2026-03-29T08:00:00Z"), "Berlin's night is an hour short");
        assert_eq!(kolkata, utc("2026-03-29T09:00:00Z"));
        assert_eq!(la, utc("2026-03-29T09:00:00Z"), "Los Angeles changed on 8 March");
    }

    #[test]
    fn the_deadline_zone_falls_back_to_the_interview_then_utc() {
        assert_eq!(deadline_zone("Asia/Kolkata", "Europe/Berlin"), zone("Asia/Kolkata"));
        assert_eq!(deadline_zone("", "Europe/Berlin"), zone("Europe/Berlin"));
        assert_eq!(deadline_zone("Mars/Olympus", ""), Tz::UTC);
    }

    #[test]
    fn states_follow_the_clock() {
        let end = utc("2026-11-27T10:00:00Z");
        let due_at = utc("2026-11-28T10:00:00Z");
        assert_eq!(FeedbackState::of(utc("2026-11-27T09:00:00Z"), end, due_at, false), FeedbackState::Upcoming);
        assert_eq!(FeedbackState::of(utc("2026-11-27T12:00:00Z"), end, due_at, false), FeedbackState::Due);
        assert_eq!(FeedbackState::of(utc("2026-11-28T10:00:01Z"), end, due_at, false), FeedbackState::Overdue);
        assert_eq!(FeedbackState::of(utc("2026-11-29T10:00:00Z"), end, due_at, true), FeedbackState::Submitted);
    }
}
