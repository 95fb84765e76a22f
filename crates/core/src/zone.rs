//! Time zones: IANA names resolved against the tz database, and wall-clock times turned into
//! instants the way people mean them (a time that a clock change skips is an error to show,
//! not a silent guess).

use chrono::{DateTime, Duration, LocalResult, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;

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
    fn a_repeated_time_means_the_first_one() {
        let berlin = parse_zone("Europe/Berlin").expect("zone");
        let t = resolve_local(local(2026, 10, 25, 2, 30), berlin).expect("ambiguous but usable");
        assert_eq!(t.to_rfc3339(), "2026-10-25T00:30:00+00:00", "02:30 CEST, not CET");
    }
}
