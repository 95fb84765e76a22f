//! Calendar invites as iCalendar (RFC 5545): one VEVENT with a stable UID, SEQUENCE bumped on
//! each change, METHOD REQUEST or CANCEL, organiser and attendees, and the times given in the
//! interview's own zone with a VTIMEZONE describing that zone's offsets around the event.

use chrono::{DateTime, Duration, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::Tz;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Request,
    Cancel,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    pub email: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invite {
    /// Stable for the life of the interview (the interview id @ shortlist).
    pub uid: String,
    pub sequence: u32,
    pub method: Method,
    pub summary: String,
    pub description: String,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub zone: Tz,
    pub organizer: Person,
    pub attendees: Vec<Person>,
    pub stamp: DateTime<Utc>,
}

/// TEXT escaping (RFC 5545 §3.3.11).
fn text(s: &str) -> String {
    s.replace('\\', "\\\\").replace(';', "\\;").replace(',', "\\,").replace("\r\n", "\\n").replace('\n', "\\n")
}

/// Lines longer than 75 octets are folded with CRLF + space, never inside a UTF-8 character.
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out
}

fn utc_stamp(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

fn local_stamp(t: NaiveDateTime) -> String {
    t.format("%Y%m%dT%H%M%S").to_string()
}

fn offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let s = seconds.abs();
    format!("{sign}{:02}{:02}", s / 3600, (s % 3600) / 60)
}

fn offset_at(zone: Tz, t: DateTime<Utc>) -> i32 {
    zone.offset_from_utc_datetime(&t.naive_utc()).fix().local_minus_utc()
}

/// The zone's offset changes within a year around `at` (found by bisecting each day's change).
fn transitions(zone: Tz, at: DateTime<Utc>) -> Vec<(DateTime<Utc>, i32, i32)> {
    let mut out = Vec::new();
    let mut t = at - Duration::days(183);
    let end = at + Duration::days(183);
    while t < end {
        let next = t + Duration::days(1);
        let (a, b) = (offset_at(zone, t), offset_at(zone, next));
        if a != b {
            let (mut lo, mut hi) = (t, next);
            while hi - lo > Duration::seconds(1) {
                let mid = lo + (hi - lo) / 2;
                if offset_at(zone, mid) == a {
                    lo = mid
                } else {
                    hi = mid
                }
            }
            out.push((hi, a, b));
        }
        t = next;
    }
    out
}

fn vtimezone(zone: Tz, at: DateTime<Utc>) -> Vec<String> {
    let mut lines = vec!["BEGIN:VTIMEZONE".to_string(), format!("TZID:{}", zone.name())];
    let changes = transitions(zone, at);
    if changes.is_empty() {
        let o = offset(offset_at(zone, at));
        lines.extend([
            "BEGIN:STANDARD".into(),
            "DTSTART:19700101T000000".into(),
            format!("TZOFFSETFROM:{o}"),
            format!("TZOFFSETTO:{o}"),
            "END:STANDARD".into(),
        ]);
    }
    for (when, from, to) in changes {
        let kind = if to > from { "DAYLIGHT" } else { "STANDARD" };
        // DTSTART of an observance is the local time just before the change, in the old offset.
        let local = when.naive_utc() + Duration::seconds(i64::from(from));
        lines.extend([
            format!("BEGIN:{kind}"),
            format!("DTSTART:{}", local_stamp(local)),
            format!("TZOFFSETFROM:{}", offset(from)),
            format!("TZOFFSETTO:{}", offset(to)),
            format!("END:{kind}"),
        ]);
    }
    lines.push("END:VTIMEZONE".into());
    lines
}

fn person(prop: &str, p: &Person, rsvp: bool) -> String {
    let mut line = format!("{prop};CN=\"{}\"", p.name.replace('"', "'"));
    if rsvp {
        line.push_str(";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE");
    }
    format!("{line}:mailto:{}", p.email)
}

/// The invite as an .ics file body (CRLF line ends).
pub fn render(invite: &Invite) -> String {
    let local = |t: DateTime<Utc>| local_stamp(t.with_timezone(&invite.zone).naive_local());
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        "PRODID:-//Shortlist//Interview scheduling//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        format!("METHOD:{}", if invite.method == Method::Cancel { "CANCEL" } else { "REQUEST" }),
    ];
    lines.extend(vtimezone(invite.zone, invite.start));
    lines.extend([
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}", invite.uid),
        format!("SEQUENCE:{}", invite.sequence),
        format!("DTSTAMP:{}", utc_stamp(invite.stamp)),
        format!("DTSTART;TZID={}:{}", invite.zone.name(), local(invite.start)),
        format!("DTEND;TZID={}:{}", invite.zone.name(), local(invite.end)),
        format!("SUMMARY:{}", text(&invite.summary)),
        format!("DESCRIPTION:{}", text(&invite.description)),
        format!("STATUS:{}", if invite.method == Method::Cancel { "CANCELLED" } else { "CONFIRMED" }),
        person("ORGANIZER", &invite.organizer, false),
    ]);
    lines.extend(invite.attendees.iter().map(|a| person("ATTENDEE", a, true)));
    lines.extend(["END:VEVENT".to_string(), "END:VCALENDAR".into()]);
    lines.iter().map(|l| fold(l)).collect::<Vec<_>>().join("\r\n") + "\r\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::zone::parse_zone;

    pub(crate) fn invite(method: Method, sequence: u32) -> Invite {
        let at = |s: &str| DateTime::parse_from_rfc3339(s).expect("rfc3339").with_timezone(&Utc);
        Invite {
            uid: "0193f1a2-interview@shortlist".into(),
            sequence,
            method,
            summary: "Interview: System design, Grace Hopper".into(),
            description: "Backend Engineer; kit: prompts, focus; a very long line that must be folded because RFC 5545 limits lines to 75 octets — ünïcödé too".into(),
            start: at("2026-10-24T14:00:00Z"),
            end: at("2026-10-24T15:00:00Z"),
            zone: parse_zone("Europe/Berlin").expect("zone"),
            organizer: Person { name: "Sam Okafor".into(), email: "sam@shortlist.test".into() },
            attendees: vec![Person { name: "Jonas Becker".into(), email: "jonas@shortlist.test".into() }],
            stamp: at("2026-10-20T08:00:00Z"),
        }
    }

    #[test]
    fn a_request_with_zone_and_people() {
        let ics = render(&invite(Method::Request, 0));
        assert!(ics.contains("METHOD:REQUEST\r\n"));
        assert!(ics.contains("DTSTART;TZID=Europe/Berlin:20261024T160000\r\n"), "14:00 UTC is 16:00 CEST:\n{ics}");
        assert!(ics.contains("TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100"), "the autumn change is described:\n{ics}");
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains("ATTENDEE;CN=\"Jonas Becker\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jonas@shortlist.test"));
        assert!(ics.contains("SUMMARY:Interview: System design\\, Grace Hopper"));
        assert!(ics.lines().all(|l| l.len() <= 75), "folded:\n{ics}");
    }

    #[test]
    fn a_cancel_keeps_the_uid_with_a_higher_sequence() {
        let ics = render(&invite(Method::Cancel, 2));
        assert!(
            ics.contains("METHOD:CANCEL\r\n") && ics.contains("STATUS:CANCELLED\r\n") && ics.contains("SEQUENCE:2\r\n")
        );
        assert!(ics.contains("UID:0193f1a2-interview@shortlist\r\n"));
    }
}
