//! Hybrid logical clock stamps. A stamp orders changes across replicas even when their wall
//! clocks disagree: it never goes backwards on one replica, and it moves past any stamp observed
//! from another replica.

use std::fmt;
use std::str::FromStr;

/// One HLC stamp: physical milliseconds, a counter for events within the same millisecond,
/// and the replica that made it (which breaks ties deterministically).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Hlc {
    pub physical_ms: i64,
    pub counter: u32,
    pub replica: String,
}

impl fmt::Display for Hlc {
    /// Fixed-width so that the string form sorts exactly like the stamp itself.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:015}-{:06}-{}", self.physical_ms, self.counter, self.replica)
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("not a hybrid logical clock stamp: {0}")]
pub struct ParseHlcError(String);

impl FromStr for Hlc {
    type Err = ParseHlcError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || ParseHlcError(s.to_string());
        let mut parts = s.splitn(3, '-');
        let physical_ms = parts.next().and_then(|p| p.parse().ok()).ok_or_else(bad)?;
        let counter = parts.next().and_then(|p| p.parse().ok()).ok_or_else(bad)?;
        let replica = parts.next().filter(|r| !r.is_empty()).ok_or_else(bad)?;
        Ok(Hlc { physical_ms, counter, replica: replica.to_string() })
    }
}

/// The clock of one replica.
#[derive(Debug, Clone)]
pub struct HlcClock {
    last: Hlc,
}

impl HlcClock {
    /// A clock for `replica` that continues after `last_seen` (e.g. the newest stamp in the outbox),
    /// so restarting the app never reissues a stamp.
    pub fn new(replica: impl Into<String>, last_seen: Option<&Hlc>) -> Self {
        let replica = replica.into();
        let (physical_ms, counter) = last_seen.map_or((0, 0), |h| (h.physical_ms, h.counter));
        HlcClock { last: Hlc { physical_ms, counter, replica } }
    }

    /// A new stamp for a local event at wall time `now_ms`.
    pub fn tick(&mut self, now_ms: i64) -> Hlc {
        if now_ms > self.last.physical_ms {
            self.last.physical_ms = now_ms;
            self.last.counter = 0;
        } else {
            self.last.counter += 1;
        }
        self.last.clone()
    }

    /// Moves the clock past a stamp received from another replica.
    pub fn observe(&mut self, remote: &Hlc, now_ms: i64) -> Hlc {
        let physical = now_ms.max(self.last.physical_ms).max(remote.physical_ms);
        let counter = if physical == self.last.physical_ms && physical == remote.physical_ms {
            self.last.counter.max(remote.counter) + 1
        } else if physical == self.last.physical_ms {
            self.last.counter + 1
        } else if physical == remote.physical_ms {
            remote.counter + 1
        } else {
            0
        };
        self.last.physical_ms = physical;
        self.last.counter = counter;
        self.last.clone()
    }

    pub fn replica(&self) -> &str {
        &self.last.replica
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_strictly_increasing_even_when_the_wall_clock_goes_back() {
        let mut clock = HlcClock::new("r1", None);
        let a = clock.tick(1_000);
        let b = clock.tick(1_000);
        let c = clock.tick(900);
        let d = clock.tick(2_000);
        assert!(a < b && b < c && c < d, "stamps must increase: {a} {b} {c} {d}");
        assert!(a.to_string() < b.to_string(), "string form must sort like the stamp");
        assert!(c.to_string() < d.to_string(), "string form must sort like the stamp");
    }

    #[test]
    fn observe_moves_past_a_remote_stamp_from_the_future() {
        let mut clock = HlcClock::new("r1", None);
        let remote = Hlc { physical_ms: 5_000, counter: 3, replica: "r2".into() };
        let seen = clock.observe(&remote, 1_000);
        assert!(seen > remote, "after observing, local stamps must be later than the remote one");
        assert!(clock.tick(1_000) > seen, "the next tick must still increase");
    }

    #[test]
    fn a_restarted_clock_continues_after_the_last_stamp() {
        let last = Hlc { physical_ms: 10_000, counter: 7, replica: "r1".into() };
        let mut clock = HlcClock::new("r1", Some(&last));
        assert!(clock.tick(9_000) > last, "a restart must never reissue an older stamp");
    }

    #[test]
    fn stamps_round_trip_through_text() {
        let h = Hlc { physical_ms: 1_732_000_000_000, counter: 12, replica: "0193-ab".into() };
        let parsed: Hlc = h.to_string().parse().expect("a formatted stamp must parse");
        assert_eq!(parsed, h, "parse(format(h)) must equal h");
        assert!("nonsense".parse::<Hlc>().is_err(), "garbage must not parse");
    }
}
