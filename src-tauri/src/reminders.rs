//! Overdue-feedback reminders: once a minute, my scorecards that just went overdue raise one OS
//! notification each time there are new ones (never the same scorecard twice on this laptop).

use std::time::Duration;

use chrono::Utc;
use shortlist_core::FeedbackDue;
use shortlist_store::Store;
use tauri::{AppHandle, Runtime};
use tauri_plugin_notification::NotificationExt;

const FIRST_CHECK: Duration = Duration::from_secs(3);
const EVERY: Duration = Duration::from_secs(60);

pub fn start<R: Runtime>(app: AppHandle<R>, store: Store) {
    tauri::async_runtime::spawn(async move {
        tokio::time::sleep(FIRST_CHECK).await;
        loop {
            if let Err(err) = remind(&app, &store).await {
                eprintln!("shortlist: could not check for overdue feedback: {err}");
            }
            tokio::time::sleep(EVERY).await;
        }
    });
}

async fn remind<R: Runtime>(app: &AppHandle<R>, store: &Store) -> Result<(), shortlist_store::StoreError> {
    let now = store.now();
    let due = store.feedback_reminders_due(now).await?;
    if due.is_empty() {
        return Ok(());
    }
    let (title, body) = message(&due, now);
    if let Err(err) = app.notification().builder().title(title).body(body).show() {
        eprintln!("shortlist: could not show a notification: {err}");
    }
    store.mark_feedback_reminded(&due, now).await
}

/// The notification's title and body for one or several overdue scorecards.
pub fn message(due: &[FeedbackDue], now: chrono::DateTime<Utc>) -> (String, String) {
    let line = |d: &FeedbackDue| {
        let hours = (now - d.due_at).num_hours();
        let late = if hours < 1 { "just now".to_string() } else { format!("{hours} h ago") };
        format!("{} — {} ({}), due {late}", d.candidate_name, d.step_name, d.role_title)
    };
    match due {
        [one] => ("Scorecard overdue".to_string(), line(one)),
        many => (
            format!("{} scorecards overdue", many.len()),
            many.iter()
                .take(3)
                .map(line)
                .chain((many.len() > 3).then(|| "…".to_string()))
                .collect::<Vec<_>>()
                .join("\n"),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use shortlist_core::FeedbackState;

    fn at(s: &str) -> chrono::DateTime<Utc> {
        chrono::DateTime::parse_from_rfc3339(s).expect("valid instant").with_timezone(&Utc)
    }

    fn due(candidate: &str, hours_late: i64, now: chrono::DateTime<Utc>) -> FeedbackDue {
        FeedbackDue {
            interview_id: format!("i-{candidate}"),
            application_id: "a".into(),
            candidate_id: "c".into(),
            candidate_name: candidate.into(),
            role_id: "r".into(),
            role_title: "Backend Engineer".into(),
            step_id: "deep-dive".into(),
            step_name: "Past-project deep dive".into(),
            interviewer_id: "me".into(),
            interviewer_name: "Ana".into(),
            mine: true,
            ended_at: now - chrono::Duration::hours(hours_late + 24),
            due_at: now - chrono::Duration::hours(hours_late),
            feedback: FeedbackState::Overdue,
            draft_started: false,
        }
    }

    #[test]
    fn one_reminder_names_the_candidate_step_and_lateness() {
        let now = at("2027-03-28T09:15:00Z");
        let (title, body) = message(&[due("Grace Hopper", 5, now)], now);
        assert_eq!(title, "Scorecard overdue");
        assert_eq!(body, "Grace Hopper — Past-project deep dive (Backend Engineer), due 5 h ago");
    }

    #[test]
    fn many_reminders_are_one_notification_listing_the_first_three() {
        let now = at("2027-03-28T09:15:00Z");
        let all: Vec<FeedbackDue> = ["A", "B", "C", "D"].iter().map(|n| due(n, 0, now)).collect();
        let (title, body) = message(&all, now);
        assert_eq!(title, "4 scorecards overdue");
        assert_eq!(body.lines().count(), 4, "three lines and an ellipsis: {body}");
        assert!(body.starts_with("A — ") && body.contains("due just now"), "{body}");
    }
}
