//! Time zones: IANA names resolved against the tz database, wall-clock times turned into
//! instants the way people mean them (a time that a clock change skips is an error to show,
//! not a silent guess), and the zone a candidate is in (never assumed to be the user's).

use chrono::{DateTime, Duration, LocalResult, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::place_zone::zone_for_location;
use crate::validation::ValidationErrors;

/// The zone for an IANA name such as "Europe/Berlin"; `None` for anything the tz database
/// does not know.
pub fn parse_zone(name: &str) -> Option<Tz> {
    name.trim().parse::<Tz>().ok()
}

pub fn is_iana_zone(name: &str) -> bool {
    parse_zone(name).is_some()
}

/// Why a wall-clock time cannot be used in a zone.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LocalTimeError {
    #[error("{time} does not exist in {zone}: the clocks skip it that night. Pick a time an hour later.")]
    Skipped { time: String, zone: String },
}

/// The instant a wall-clock time in `zone` names. When the clocks go back and the time happens
/// twice, the first occurrence is meant (what calendars do).
pub fn resolve_local(local: NaiveDateTime, zone: Tz) -> Result<DateTime<Utc>, LocalTimeError> {
    match zone.from_local_datetime(&local) {
        LocalResult::Single(t) => Ok(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(first, _) => Ok(first.with_timezone(&Utc)),
        LocalResult::None => Err(LocalTimeError::Skipped {
            time: local.format("%a %-d %b %Y, %H:%M").to_string(),
            zone: zone.name().to_string(),
        }),
    }
}

/// Like [`resolve_local`], but a skipped time moves forward by the length of the gap (02:30 on
/// the night clocks jump from 02:00 to 03:00 becomes 03:30), as RFC 5545 and java.time do.
pub fn resolve_local_lenient(local: NaiveDateTime, zone: Tz) -> DateTime<Utc> {
    match resolve_local(local, zone) {
        Ok(t) => t,
        Err(_) => {
            // Read the time with the offset in force just before the gap, then move on in real time.
            let before = local - Duration::hours(3);
            let anchor = zone.from_local_datetime(&before).earliest().map(|t| t.with_timezone(&Utc));
            anchor.map_or_else(|| local.and_utc(), |t| t + Duration::hours(3))
        }
    }
}

/// Where a candidate's zone comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum ZoneSource {
    /// The time zone on their profile.
    Profile,
    /// Read from the location on their profile ("Seattle, WA").
    Location,
    /// Chosen by the user while scheduling.
    Chosen,
    /// Nothing says: ask.
    Unknown,
}

/// The zone a candidate's times are in, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct CandidateZone {
    /// An IANA name; `None` exactly when `source` is `Unknown`.
    pub zone: Option<String>,
    pub source: ZoneSource,
    /// The location on their profile, to show where a zone read from it came from.
    pub location: String,
}

impl CandidateZone {
    /// A zone chosen while scheduling, else the one on their profile, else their location's.
    /// Never the user's own: a candidate in Seattle is not in New York because the recruiter is.
    /// A chosen zone that is not an IANA name is an error on `candidate_zone`.
    pub fn resolve(chosen: Option<&str>, profile_zone: &str, location: &str) -> Result<Self, ValidationErrors> {
        let location = location.trim().to_string();
        let known = match (parse_zone(profile_zone), zone_for_location(&location)) {
            (Some(z), _) => Some((z, ZoneSource::Profile)),
            (None, Some(z)) => Some((z, ZoneSource::Location)),
            (None, None) => None,
        };
        let chosen = match chosen.map(str::trim).filter(|c| !c.is_empty()) {
            None => None,
            Some(name) => Some(parse_zone(name).ok_or_else(|| {
                ValidationErrors::single(
                    "candidate_zone",
                    format!("“{name}” is not a time zone: use an IANA name such as America/Los_Angeles."),
                )
            })?),
        };
        let (zone, source) = match (chosen, known) {
            // Choosing the zone already known changes nothing about where it comes from.
            (Some(c), Some((k, source))) if c == k => (Some(k), source),
            (Some(c), _) => (Some(c), ZoneSource::Chosen),
            (None, Some((k, source))) => (Some(k), source),
            (None, None) => (None, ZoneSource::Unknown),
        };
        Ok(CandidateZone { zone: zone.map(|z| z.name().to_string()), source, location })
    }

    /// The zone, or an error on `candidate_zone` asking for it (naming the candidate).
    pub fn require(&self, candidate: &str) -> Result<Tz, ValidationErrors> {
        self.zone.as_deref().and_then(parse_zone).ok_or_else(|| {
            let place = if self.location.is_empty() {
                "their profile has no location".to_string()
            } else {
                format!("their location “{}” does not say which", self.location)
            };
            ValidationErrors::single(
                "candidate_zone",
                format!("Which time zone is {candidate} in? Their profile has no time zone and {place}. Choose it so their times are right."),
            )
        })
    }

    /// Where the zone comes from, as the end of a sentence: "from their location Seattle, WA".
    pub fn source_phrase(&self) -> String {
        match self.source {
            ZoneSource::Profile => "set on their profile".into(),
            ZoneSource::Location => format!("from their location {}", self.location),
            ZoneSource::Chosen => "chosen here".into(),
            ZoneSource::Unknown => "not known".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn local(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d).and_then(|d| d.and_hms_opt(h, min, 0)).expect("valid date")
    }

    #[test]
    fn known_and_unknown_zones() {
        for ok in ["Europe/Berlin", "America/Argentina/Buenos_Aires", "UTC", "Asia/Kolkata", "Australia/Sydney"] {
            assert!(is_iana_zone(ok), "{ok} is in the tz database");
        }
        for bad in ["Berlin", "europe/berlin", "Europe/Atlantis", "CET time", ""] {
            assert!(!is_iana_zone(bad), "{bad} is not");
        }
    }

    #[test]
    fn a_skipped_time_is_an_error_that_names_the_zone() {
        let berlin = parse_zone("Europe/Berlin").expect("zone");
        let err = resolve_local(local(2026, 3, 29, 2, 30), berlin).expect_err("02:30 is skipped");
        assert!(err.to_string().contains("Europe/Berlin"), "{err}");
        let lenient = resolve_local_lenient(local(2026, 3, 29, 2, 30), berlin);
        assert_eq!(lenient.to_rfc3339(), "2026-03-29T01:30:00+00:00", "03:30 CEST");
    }

    #[test]
    fn a_candidate_zone_comes_from_what_is_chosen_their_profile_or_their_location() {
        let seattle = CandidateZone::resolve(None, "", "Seattle, WA").expect("valid");
        assert_eq!(seattle.zone.as_deref(), Some("America/Los_Angeles"));
        assert_eq!(seattle.source, ZoneSource::Location);
        assert_eq!(seattle.source_phrase(), "from their location Seattle, WA");
        let profile = CandidateZone::resolve(None, "Asia/Tokyo", "Seattle, WA").expect("valid");
        assert_eq!((profile.zone.as_deref(), profile.source), (Some("Asia/Tokyo"), ZoneSource::Profile));
        let same = CandidateZone::resolve(Some("America/Los_Angeles"), "", "Seattle").expect("valid");
        assert_eq!(same.source, ZoneSource::Location, "choosing the known zone changes nothing");
        let chosen = CandidateZone::resolve(Some(" America/Denver "), "", "Seattle").expect("valid");
        assert_eq!((chosen.zone.as_deref(), chosen.source), (Some("America/Denver"), ZoneSource::Chosen));
        let bad = CandidateZone::resolve(Some("Pacific"), "", "").expect_err("not IANA");
        assert_eq!(bad.fields[0].field, "candidate_zone");

        // Nothing says: no guess (not the user's zone, not UTC), and the error asks for it.
        let remote = CandidateZone::resolve(None, "PST", "Remote (US)").expect("valid");
        assert_eq!((remote.zone.as_deref(), remote.source), (None, ZoneSource::Unknown));
        let err = remote.require("Grace Hopper").expect_err("ask");
        assert_eq!(err.fields[0].field, "candidate_zone");
        assert!(err.fields[0].message.contains("Which time zone is Grace Hopper in?"), "{err}");
        assert!(err.fields[0].message.contains("“Remote (US)”"), "{err}");
        assert_eq!(seattle.require("Grace").map(|z| z.name()), Ok("America/Los_Angeles"));
    }

    #[test]
    fn a_repeated_time_means_the_first_one() {
        let berlin = parse_zone("Europe/Berlin").expect("zone");
        let t = resolve_local(local(2026, 10, 25, 2, 30), berlin).expect("ambiguous but usable");
        assert_eq!(t.to_rfc3339(), "2026-10-25T00:30:00+00:00", "02:30 CEST, not CET");
    }
}
