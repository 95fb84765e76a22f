//! Busy time from calendar exports (.ics from Google Calendar or Outlook): events, all-day
//! events and recurring series (daily, weekly by weekday, monthly, yearly; interval, count,
//! until, exceptions) expanded in their own time zone so a 09:00 stand-up stays at 09:00 local
//! across daylight-saving changes. Free (transparent) and cancelled events are not busy.

use chrono::{DateTime, Datelike, Duration, Months, NaiveDate, NaiveDateTime, TimeZone, Utc, Weekday};
use chrono_tz::Tz;

use crate::zone::{parse_zone, resolve_local_lenient};

/// Occurrences kept per series, and rule steps walked, at most: a runaway rule must not hang
/// the import.
const MAX_OCCURRENCES: usize = 5_000;
const MAX_STEPS: usize = 200_000;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct IcsError(pub String);

/// A busy time: start and end instants.
pub type Block = (DateTime<Utc>, DateTime<Utc>);
type Property = (String, Vec<(String, String)>, String);

/// A few Windows zone names Outlook writes, mapped to IANA names.
const WINDOWS_ZONES: [(&str, &str); 8] = [
    ("W. Europe Standard Time", "Europe/Berlin"),
    ("GMT Standard Time", "Europe/London"),
    ("Romance Standard Time", "Europe/Paris"),
    ("Pacific Standard Time", "America/Los_Angeles"),
    ("Eastern Standard Time", "America/New_York"),
    ("Central Standard Time", "America/Chicago"),
    ("India Standard Time", "Asia/Kolkata"),
    ("AUS Eastern Standard Time", "Australia/Sydney"),
];

#[derive(Debug, Clone, Copy)]
enum When {
    Utc(DateTime<Utc>),
    Local(NaiveDateTime, Tz),
    Date(NaiveDate),
}

impl When {
    fn instant(self, zone: Tz) -> DateTime<Utc> {
        match self {
            When::Utc(t) => t,
            When::Local(t, z) => resolve_local_lenient(t, z),
            When::Date(d) => resolve_local_lenient(d.and_time(chrono::NaiveTime::MIN), zone),
        }
    }
    fn local(self, zone: Tz) -> NaiveDateTime {
        match self {
            When::Utc(t) => t.with_timezone(&zone).naive_local(),
            When::Local(t, _) => t,
            When::Date(d) => d.and_time(chrono::NaiveTime::MIN),
        }
    }
}

fn zone_of(tzid: &str) -> Option<Tz> {
    let tzid = tzid.trim_matches('"');
    parse_zone(tzid).or_else(|| WINDOWS_ZONES.iter().find(|(w, _)| *w == tzid).and_then(|(_, i)| parse_zone(i)))
}

/// A property line split into name, parameters and value.
fn split(line: &str) -> (String, Vec<(String, String)>, String) {
    let (head, value) = line.split_once(':').unwrap_or((line, ""));
    let mut parts = head.split(';');
    let name = parts.next().unwrap_or_default().to_ascii_uppercase();
    let params =
        parts.filter_map(|p| p.split_once('=')).map(|(k, v)| (k.to_ascii_uppercase(), v.to_string())).collect();
    (name, params, value.trim().to_string())
}

fn parse_when(params: &[(String, String)], value: &str, default: Tz) -> Option<When> {
    let value = value.trim();
    if value.len() == 8 || params.iter().any(|(k, v)| k == "VALUE" && v == "DATE") {
        return NaiveDate::parse_from_str(&value[..8.min(value.len())], "%Y%m%d").ok().map(When::Date);
    }
    if let Some(v) = value.strip_suffix('Z') {
        return NaiveDateTime::parse_from_str(v, "%Y%m%dT%H%M%S").ok().map(|t| When::Utc(Utc.from_utc_datetime(&t)));
    }
    let local = NaiveDateTime::parse_from_str(value, "%Y%m%dT%H%M%S").ok()?;
    let zone = params.iter().find(|(k, _)| k == "TZID").and_then(|(_, v)| zone_of(v)).unwrap_or(default);
    Some(When::Local(local, zone))
}

fn duration(value: &str) -> Option<Duration> {
    // P[n]W or P[n]DT[n]H[n]M[n]S, enough for calendar exports.
    let v = value.trim().trim_start_matches('+').strip_prefix('P')?;
    let (mut total, mut number, mut time) = (Duration::zero(), String::new(), false);
    for c in v.chars() {
        match c {
            '0'..='9' => number.push(c),
            'T' => time = true,
            unit => {
                let n: i64 = number.parse().ok()?;
                number.clear();
                total += match (unit, time) {
                    ('W', _) => Duration::weeks(n),
                    ('D', _) => Duration::days(n),
                    ('H', true) => Duration::hours(n),
                    ('M', true) => Duration::minutes(n),
                    ('S', true) => Duration::seconds(n),
                    _ => return None,
                };
            }
        }
    }
    Some(total)
}

fn weekday(code: &str) -> Option<Weekday> {
    Some(match code.trim_start_matches(|c: char| c == '+' || c == '-' || c.is_ascii_digit()) {
        "MO" => Weekday::Mon,
        "TU" => Weekday::Tue,
        "WE" => Weekday::Wed,
        "TH" => Weekday::Thu,
        "FR" => Weekday::Fri,
        "SA" => Weekday::Sat,
        "SU" => Weekday::Sun,
        _ => return None,
    })
}

/// Local start times of a series, from its first start, within `[.., until]`.
fn expand(
    rule: &str,
    first: NaiveDateTime,
    from_local: NaiveDateTime,
    until_local: NaiveDateTime,
    zone: Tz,
) -> Vec<NaiveDateTime> {
    let parts: Vec<(String, String)> = rule
        .split(';')
        .filter_map(|p| p.split_once('='))
        .map(|(k, v)| (k.to_ascii_uppercase(), v.to_string()))
        .collect();
    let get = |k: &str| parts.iter().find(|(key, _)| key == k).map(|(_, v)| v.as_str());
    let interval = get("INTERVAL").and_then(|v| v.parse::<u32>().ok()).unwrap_or(1).max(1);
    let count = get("COUNT").and_then(|v| v.parse::<usize>().ok());
    let until = get("UNTIL")
        .and_then(|v| parse_when(&[], v, zone))
        .map(|w| match w {
            When::Date(d) => d.and_hms_opt(23, 59, 59).unwrap_or(d.and_time(chrono::NaiveTime::MIN)),
            other => other.instant(zone).with_timezone(&zone).naive_local(),
        })
        .map_or(until_local, |u| u.min(until_local));
    let days: Vec<Weekday> = get("BYDAY").map(|v| v.split(',').filter_map(weekday).collect()).unwrap_or_default();
    let mut out = Vec::new();
    let (mut emitted, mut steps) = (0usize, 0usize);
    // Occurrences before the range count towards COUNT but are not kept.
    let mut push = |t: NaiveDateTime, out: &mut Vec<NaiveDateTime>| -> bool {
        steps += 1;
        if t < first {
            return steps < MAX_STEPS;
        }
        if t > until || count.is_some_and(|c| emitted >= c) || out.len() >= MAX_OCCURRENCES || steps >= MAX_STEPS {
            return false;
        }
        emitted += 1;
        if t >= from_local - Duration::days(2) {
            out.push(t);
        }
        true
    };
    match get("FREQ").unwrap_or_default() {
        "DAILY" => {
            let mut t = first;
            while push(t, &mut out) {
                t += Duration::days(i64::from(interval));
            }
        }
        "WEEKLY" => {
            let week_start = first.date() - Duration::days(i64::from(first.weekday().num_days_from_monday()));
            let mut week = week_start;
            let mut days = if days.is_empty() { vec![first.weekday()] } else { days };
            days.sort_by_key(|d| d.num_days_from_monday());
            'weeks: loop {
                for d in &days {
                    let t = (week + Duration::days(i64::from(d.num_days_from_monday()))).and_time(first.time());
                    if !push(t, &mut out) {
                        break 'weeks;
                    }
                }
                week += Duration::weeks(i64::from(interval));
            }
        }
        "MONTHLY" => {
            let mut n = 0u32;
            while let Some(t) = first.checked_add_months(Months::new(n * interval)) {
                if !push(t, &mut out) {
                    break;
                }
                n += 1;
            }
        }
        "YEARLY" => {
            let mut n = 0u32;
            while let Some(t) = first.checked_add_months(Months::new(12 * n * interval)) {
                if !push(t, &mut out) {
                    break;
                }
                n += 1;
            }
        }
        _ => {
            push(first, &mut out);
        }
    }
    out
}

/// Busy blocks in `[from, to)` from an .ics file; `default_zone` reads floating times.
pub fn busy_blocks(
    ics: &str,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    default_zone: Tz,
) -> Result<Vec<Block>, IcsError> {
    let unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "").replace("\n ", "").replace("\n\t", "");
    if !unfolded.trim_start().to_ascii_uppercase().starts_with("BEGIN:VCALENDAR") {
        return Err(IcsError("This is not an iCalendar (.ics) file: it does not start with BEGIN:VCALENDAR.".into()));
    }
    let mut out = Vec::new();
    let mut event: Option<Vec<Property>> = None;
    for line in unfolded.lines() {
        let line = line.trim_end_matches('\r');
        match line.to_ascii_uppercase().as_str() {
            "BEGIN:VEVENT" => event = Some(Vec::new()),
            "END:VEVENT" => {
                if let Some(props) = event.take() {
                    out.extend(event_blocks(&props, from, to, default_zone));
                }
            }
            _ => {
                if let Some(props) = event.as_mut() {
                    props.push(split(line));
                }
            }
        }
    }
    out.sort();
    Ok(out)
}

fn event_blocks(props: &[Property], from: DateTime<Utc>, to: DateTime<Utc>, default_zone: Tz) -> Vec<Block> {
    let get = |n: &str| props.iter().find(|(name, _, _)| name == n);
    if get("STATUS").is_some_and(|(_, _, v)| v.eq_ignore_ascii_case("CANCELLED"))
        || get("TRANSP").is_some_and(|(_, _, v)| v.eq_ignore_ascii_case("TRANSPARENT"))
    {
        return Vec::new();
    }
    let Some(start) = get("DTSTART").and_then(|(_, p, v)| parse_when(p, v, default_zone)) else { return Vec::new() };
    let zone = match start {
        When::Local(_, z) => z,
        _ => default_zone,
    };
    let length = get("DTEND")
        .and_then(|(_, p, v)| parse_when(p, v, zone))
        .map(|end| end.instant(zone) - start.instant(zone))
        .or_else(|| get("DURATION").and_then(|(_, _, v)| duration(v)))
        .unwrap_or(if matches!(start, When::Date(_)) { Duration::days(1) } else { Duration::zero() });
    let excluded: Vec<DateTime<Utc>> = props
        .iter()
        .filter(|(n, _, _)| n == "EXDATE")
        .flat_map(|(_, p, v)| {
            v.split(',').filter_map(|x| parse_when(p, x, zone)).map(|w| w.instant(zone)).collect::<Vec<_>>()
        })
        .collect();
    let first = start.local(zone);
    let until_local = to.with_timezone(&zone).naive_local();
    let from_local = from.with_timezone(&zone).naive_local();
    let starts: Vec<NaiveDateTime> = match get("RRULE") {
        Some((_, _, rule)) => expand(rule, first, from_local, until_local, zone),
        None => vec![first],
    };
    starts
        .into_iter()
        .map(|local| match start {
            When::Utc(_) if get("RRULE").is_none() => start.instant(zone),
            _ => resolve_local_lenient(local, zone),
        })
        .filter(|s| !excluded.contains(s))
        .map(|s| (s, s + length))
        .filter(|(s, e)| *e > from && *s < to && e > s)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).expect("rfc3339").with_timezone(&Utc)
    }

    fn berlin() -> Tz {
        parse_zone("Europe/Berlin").expect("zone")
    }

    const CAL: &str = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:standup\r\nDTSTART;TZID=Europe/Berlin:20261019T090000\r\nDTEND;TZID=Europe/Berlin:20261019T093000\r\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=6\r\nEXDATE;TZID=Europe/Berlin:20261028T090000\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:focus\r\nDTSTART:20261020T120000Z\r\nDURATION:PT2H\r\nSUMMARY:Focus\r\n time\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:offsite\r\nDTSTART;VALUE=DATE:20261023\r\nDTEND;VALUE=DATE:20261024\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:free\r\nDTSTART:20261021T100000Z\r\nDTEND:20261021T110000Z\r\nTRANSP:TRANSPARENT\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:gone\r\nDTSTART:20261022T100000Z\r\nDTEND:20261022T110000Z\r\nSTATUS:CANCELLED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    #[test]
    fn recurring_events_keep_local_time_across_the_clock_change() {
        let blocks =
            busy_blocks(CAL, utc("2026-10-01T00:00:00Z"), utc("2026-12-01T00:00:00Z"), berlin()).expect("valid");
        let standups: Vec<String> =
            blocks.iter().filter(|(s, e)| *e - *s == Duration::minutes(30)).map(|(s, _)| s.to_rfc3339()).collect();
        // Mon 19, Wed 21, Mon 26 (after the change: 08:00 UTC), Wed 28 excluded, Mon 2 Nov, Wed 4 Nov.
        assert_eq!(
            standups,
            vec![
                "2026-10-19T07:00:00+00:00",
                "2026-10-21T07:00:00+00:00",
                "2026-10-26T08:00:00+00:00",
                "2026-11-02T08:00:00+00:00",
                "2026-11-04T08:00:00+00:00",
            ],
            "COUNT=6 minus one exception"
        );
        assert!(
            blocks.contains(&(utc("2026-10-20T12:00:00Z"), utc("2026-10-20T14:00:00Z"))),
            "DURATION and folded lines"
        );
        assert!(
            blocks.contains(&(utc("2026-10-22T22:00:00Z"), utc("2026-10-23T22:00:00Z"))),
            "an all-day event in the calendar's zone"
        );
        assert!(
            !blocks.iter().any(|(s, _)| *s == utc("2026-10-21T10:00:00Z") || *s == utc("2026-10-22T10:00:00Z")),
            "free and cancelled are not busy"
        );
    }

    #[test]
    fn windows_zone_names_daily_rules_and_bad_files() {
        let outlook = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;TZID=India Standard Time:20261102T100000\nDTEND;TZID=India Standard Time:20261102T110000\nRRULE:FREQ=DAILY;INTERVAL=2;UNTIL=20261106T235959Z\nEND:VEVENT\nEND:VCALENDAR\n";
        let blocks =
            busy_blocks(outlook, utc("2026-11-01T00:00:00Z"), utc("2026-11-30T00:00:00Z"), berlin()).expect("valid");
        assert_eq!(
            blocks.iter().map(|(s, _)| s.to_rfc3339()).collect::<Vec<_>>(),
            vec!["2026-11-02T04:30:00+00:00", "2026-11-04T04:30:00+00:00", "2026-11-06T04:30:00+00:00"]
        );
        assert!(busy_blocks("hello", utc("2026-11-01T00:00:00Z"), utc("2026-11-30T00:00:00Z"), berlin()).is_err());
        let runaway = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20000101T100000Z\nDTEND:20000101T110000Z\nRRULE:FREQ=DAILY\nEND:VEVENT\nEND:VCALENDAR\n";
        let blocks =
            busy_blocks(runaway, utc("2026-11-01T00:00:00Z"), utc("2026-11-08T00:00:00Z"), berlin()).expect("valid");
        assert_eq!(blocks.len(), 7, "an endless series from 2000 still shows its 2026 week");
    }
}
