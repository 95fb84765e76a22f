//! Our invites read back by an independent iCalendar implementation (Python's `icalendar`,
//! installed by scripts/setup.sh): UID, SEQUENCE, METHOD, times in the zone, people.

use chrono::{DateTime, Utc};
use shortlist_core::ics::{render, Invite, Method, Person};
use shortlist_core::zone::parse_zone;

const READER: &str = r#"
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
ev = next(c for c in cal.walk('VEVENT'))
start = ev.decoded('DTSTART')
att = ev.get('ATTENDEE')
att = att if isinstance(att, list) else [att]
print(cal.get('METHOD'))
print(ev.get('UID'))
print(ev.get('SEQUENCE'))
print(start.tzinfo is not None)
print(start.astimezone(__import__('datetime').timezone.utc).isoformat())
print(ev.decoded('DTEND').astimezone(__import__('datetime').timezone.utc).isoformat())
print(str(ev.get('ORGANIZER')))
print(','.join(str(a) for a in att))
print(ev.get('SUMMARY'))
print(len(list(cal.walk('VTIMEZONE'))))
"#;

fn read_back(invite: &Invite) -> Vec<String> {
    let dir = tempfile_dir();
    let path = dir.join(format!("invite-{}.ics", invite.sequence));
    std::fs::write(&path, render(invite)).expect("write");
    let out = std::process::Command::new("python3").arg("-c").arg(READER).arg(&path).output().expect("python3 runs");
    assert!(out.status.success(), "the independent parser refused the file: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).lines().map(str::to_string).collect()
}

fn tempfile_dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("shortlist-ics-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).expect("rfc3339").with_timezone(&Utc)
}

fn invite(zone: &str, start: &str, method: Method, sequence: u32) -> Invite {
    let start = at(start);
    Invite {
        uid: "0193f1a2-interview@shortlist".into(),
        sequence,
        method,
        summary: "Interview: System design, Grace Hopper".into(),
        description: "Kit: prompts; focus competencies".into(),
        start,
        end: start + chrono::Duration::minutes(60),
        zone: parse_zone(zone).expect("zone"),
        organizer: Person { name: "Sam Okafor".into(), email: "sam@shortlist.test".into() },
        attendees: vec![
            Person { name: "Jonas Becker".into(), email: "jonas@shortlist.test".into() },
            Person { name: "Grace Hopper".into(), email: "grace@example.com".into() },
        ],
        stamp: at("2026-10-20T08:00:00Z"),
    }
}

#[test]
fn an_independent_parser_reads_requests_and_cancellations_in_every_zone() {
    // Around each zone's 2026 clock change, and in Kolkata which has none.
    for (zone, start) in [
        ("Europe/Berlin", "2026-10-24T14:00:00Z"),
        ("Europe/Berlin", "2026-10-26T14:00:00Z"),
        ("America/Los_Angeles", "2026-03-09T17:00:00Z"),
        ("Asia/Kolkata", "2026-03-28T05:30:00Z"),
        ("Australia/Sydney", "2026-10-05T00:00:00Z"),
    ] {
        let read = read_back(&invite(zone, start, Method::Request, 1));
        assert_eq!(read[0], "REQUEST", "{zone}");
        assert_eq!(read[1], "0193f1a2-interview@shortlist");
        assert_eq!(read[2], "1");
        assert_eq!(read[3], "True", "{zone}: the start carries its zone");
        assert_eq!(read[4], at(start).to_rfc3339(), "{zone}: the same instant");
        assert_eq!(read[5], (at(start) + chrono::Duration::minutes(60)).to_rfc3339());
        assert_eq!(read[6], "mailto:sam@shortlist.test");
        assert_eq!(read[7], "mailto:jonas@shortlist.test,mailto:grace@example.com");
        assert_eq!(read[8], "Interview: System design, Grace Hopper", "escaping undone");
        assert_eq!(read[9], "1", "one VTIMEZONE");
    }
    let cancel = read_back(&invite("Europe/Berlin", "2026-10-24T14:00:00Z", Method::Cancel, 3));
    assert_eq!(
        (cancel[0].as_str(), cancel[1].as_str(), cancel[2].as_str()),
        ("CANCEL", "0193f1a2-interview@shortlist", "3")
    );
}
