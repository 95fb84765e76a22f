//! Where the store reads "now" from. The app uses the system clock; tests use a clock that stands
//! still at a chosen instant (and moves only when told), so nothing a test asserts depends on the
//! day, weekday or zone it runs in. End-to-end runs start the app's clock at a chosen instant
//! (`SHORTLIST_NOW`) and let it run at real speed.

use std::sync::{Arc, Mutex};
use std::time::Instant;

use chrono::{DateTime, Duration, Utc};

/// A source of the current instant. Cheap to clone; clones of a fixed clock share its instant.
#[derive(Clone)]
pub struct Clock(Source);

#[derive(Clone)]
enum Source {
    System,
    Fixed(Arc<Mutex<DateTime<Utc>>>),
    StartingAt { start: DateTime<Utc>, since: Instant },
}

impl Clock {
    /// The operating system's clock.
    pub fn system() -> Clock {
        Clock(Source::System)
    }

    /// A clock that reads `at` until [`Clock::set`] or [`Clock::advance`] moves it.
    pub fn fixed(at: DateTime<Utc>) -> Clock {
        Clock(Source::Fixed(Arc::new(Mutex::new(at))))
    }

    /// A clock that reads `start` now and runs forward at real speed from there.
    pub fn starting_at(start: DateTime<Utc>) -> Clock {
        Clock(Source::StartingAt { start, since: Instant::now() })
    }

    /// The clock named by `SHORTLIST_NOW` (an RFC 3339 instant, set only by tests), else the
    /// system clock. A value that does not parse is an error, not a silent fallback.
    pub fn from_env() -> Result<Clock, String> {
        match std::env::var("SHORTLIST_NOW") {
            Ok(value) if !value.trim().is_empty() => DateTime::parse_from_rfc3339(value.trim())
                .map(|t| Clock::starting_at(t.with_timezone(&Utc)))
                .map_err(|e| format!("SHORTLIST_NOW={value} is not an RFC 3339 instant: {e}")),
            _ => Ok(Clock::system()),
        }
    }

    pub fn now(&self) -> DateTime<Utc> {
        match &self.0 {
            Source::System => Utc::now(),
            Source::Fixed(at) => *at.lock().unwrap_or_else(|poisoned| poisoned.into_inner()),
            Source::StartingAt { start, since } => {
                *start + Duration::from_std(since.elapsed()).unwrap_or_else(|_| Duration::zero())
            }
        }
    }

    /// Moves a fixed clock to `at` (other clocks ignore it: they follow real time).
    pub fn set(&self, at: DateTime<Utc>) {
        if let Source::Fixed(now) = &self.0 {
            *now.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = at;
        }
    }

    /// Moves a fixed clock forward by `by`.
    pub fn advance(&self, by: Duration) {
        if let Source::Fixed(now) = &self.0 {
            let mut now = now.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            *now += by;
        }
    }
}

impl std::fmt::Debug for Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.0 {
            Source::System => write!(f, "Clock::system"),
            Source::Fixed(_) => write!(f, "Clock::fixed({})", self.now()),
            Source::StartingAt { start, .. } => write!(f, "Clock::starting_at({start})"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).expect("valid instant").with_timezone(&Utc)
    }

    #[test]
    fn a_fixed_clock_moves_only_when_told_and_clones_share_it() {
        let clock = Clock::fixed(at("2027-03-28T00:30:00Z"));
        let other = clock.clone();
        assert_eq!(clock.now(), at("2027-03-28T00:30:00Z"), "reads the instant it was given");
        clock.advance(Duration::hours(2));
        assert_eq!(other.now(), at("2027-03-28T02:30:00Z"), "a clone sees the move");
        other.set(at("2028-02-29T12:00:00Z"));
        assert_eq!(clock.now(), at("2028-02-29T12:00:00Z"), "set moves every clone");
    }

    /// scripts/faketime-check.sh sets `SHORTLIST_FAKED_NOW` to the instant it fakes: this proves
    /// that the faked clock reaches the test binaries (and so that the check checks something).
    #[test]
    fn the_system_clock_is_the_one_faketime_fakes() {
        let Ok(expected) = std::env::var("SHORTLIST_FAKED_NOW") else { return };
        let expected = at(&expected);
        let read = Clock::system().now();
        assert!(
            (read - expected).abs() < Duration::hours(1),
            "the system clock reads {read}, but faketime was asked for {expected}: the check would prove nothing"
        );
    }

    #[test]
    fn a_clock_starting_at_an_instant_runs_forward_from_it() {
        let start = at("2027-12-31T23:30:00Z");
        let clock = Clock::starting_at(start);
        let read = clock.now();
        assert!(
            read >= start && read < start + Duration::minutes(5),
            "starts at the instant, not the system time: {read}"
        );
    }
}
