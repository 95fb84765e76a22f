//! The ready-to-send message that tells a candidate their interview times, in their own zone.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use specta::Type;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageInterview {
    pub step_name: String,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub interviewers: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct CandidateMessage {
    pub to: String,
    pub subject: String,
    pub body: String,
}

fn names(list: &[String]) -> String {
    match list {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// "Hi Grace, … Tuesday 1 December, 10:00–11:00 GMT — Deep dive with Ana Ruiz …".
pub fn candidate_message(
    to: &str,
    candidate_name: &str,
    role_title: &str,
    sender: &str,
    zone: Tz,
    interviews: &[MessageInterview],
) -> CandidateMessage {
    let first = candidate_name.split_whitespace().next().unwrap_or(candidate_name);
    let mut lines = Vec::new();
    for i in interviews {
        let s = i.start.with_timezone(&zone);
        let e = i.end.with_timezone(&zone);
        let with = if i.interviewers.is_empty() { String::new() } else { format!(" with {}", names(&i.interviewers)) };
        lines.push(format!(
            "• {}, {}–{} {} — {}{with}",
            s.format("%A %-d %B"),
            s.format("%H:%M"),
            e.format("%H:%M"),
            e.format("%Z"),
            i.step_name
        ));
    }
    let plural = interviews.len() != 1;
    let subject = format!("Your interview{} for {role_title}", if plural { "s" } else { "" });
    let intro = if plural {
        format!("Here are your interviews for the {role_title} role.")
    } else {
        format!("Here is your interview for the {role_title} role.")
    };
    let body = format!(
        "Hi {first},\n\n{intro} All times are in your time zone ({}):\n\n{}\n\nA calendar invitation for {} follows. If a time no longer works, reply to this message and we will find another.\n\nBest,\n{sender}\n",
        zone.name(),
        lines.join("\n"),
        if plural { "each" } else { "it" },
    );
    CandidateMessage { to: to.to_string(), subject, body }
}

/// A message saved as an .eml draft (RFC 5322, UTF-8 body): mail clients open it ready to send.
pub fn eml(
    from_name: &str,
    from_email: &str,
    m: &CandidateMessage,
    date: chrono::DateTime<chrono::FixedOffset>,
) -> String {
    let header = |s: &str| {
        if s.is_ascii() {
            s.to_string()
        } else {
            format!("=?UTF-8?B?{}?=", base64(s.as_bytes()))
        }
    };
    let from = if from_email.is_empty() { header(from_name) } else { format!("{} <{from_email}>", header(from_name)) };
    let body = m.body.replace("\r\n", "\n").replace('\n', "\r\n");
    format!(
        "From: {from}\r\nTo: {}\r\nSubject: {}\r\nDate: {}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\nX-Unsent: 1\r\n\r\n{body}",
        m.to,
        header(&m.subject),
        date.to_rfc2822()
    )
}

fn base64(bytes: &[u8]) -> String {
    const TABLE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(TABLE[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Percent-encodes everything but RFC 3986 unreserved characters (UTF-8 bytes).
fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A mailto: link that opens the message in the mail client (RFC 6068; line breaks as CRLF).
pub fn mailto(m: &CandidateMessage) -> String {
    let body = m.body.replace("\r\n", "\n").replace('\n', "\r\n");
    format!("mailto:{}?subject={}&body={}", encode(&m.to), encode(&m.subject), encode(&body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eml_headers_are_encoded_and_lines_end_in_crlf() {
        let m = CandidateMessage {
            to: "zoe@example.com".into(),
            subject: "Zoë, a question".into(),
            body: "Hi Zoë,\nLine two".into(),
        };
        let date = chrono::DateTime::parse_from_rfc3339("2026-11-28T10:00:00+01:00").expect("date");
        let text = eml("Sam Rivera", "sam@example.com", &m, date);
        assert!(text.starts_with("From: Sam Rivera <sam@example.com>\r\nTo: zoe@example.com\r\nSubject: =?UTF-8?B?Wm/DqywgYSBxdWVzdGlvbg==?=\r\n"), "{text}");
        assert!(text.contains("Date: Sat, 28 Nov 2026 10:00:00 +0100\r\n"));
        assert!(text.ends_with("\r\n\r\nHi Zoë,\r\nLine two"));
    }

    #[test]
    fn mailto_encodes_every_part() {
        let m = CandidateMessage {
            to: "grace@example.com".into(),
            subject: "Your interview & more".into(),
            body: "Hi,\n• 10:00–11:00".into(),
        };
        assert_eq!(
            mailto(&m),
            "mailto:grace%40example.com?subject=Your%20interview%20%26%20more&body=Hi%2C%0D%0A%E2%80%A2%2010%3A00%E2%80%9311%3A00"
        );
    }

    #[test]
    fn times_are_in_the_candidates_zone() {
        let utc = |s: &str| DateTime::parse_from_rfc3339(s).expect("time").with_timezone(&Utc);
        let zone: Tz = "America/Los_Angeles".parse().expect("zone");
        let m = candidate_message(
            "grace@example.com",
            "Grace Hopper",
            "Platform Engineer",
            "Sam Rivera",
            zone,
            &[
                MessageInterview {
                    step_name: "Past-project deep dive".into(),
                    start: utc("2026-12-01T17:00:00Z"),
                    end: utc("2026-12-01T18:00:00Z"),
                    interviewers: vec!["Ana Ruiz".into()],
                },
                MessageInterview {
                    step_name: "System design".into(),
                    start: utc("2026-12-01T18:15:00Z"),
                    end: utc("2026-12-01T19:15:00Z"),
                    interviewers: vec!["Ana Ruiz".into(), "Ben Okafor".into(), "Raj Iyer".into()],
                },
            ],
        );
        assert_eq!(m.subject, "Your interviews for Platform Engineer");
        assert!(m.body.starts_with("Hi Grace,"));
        assert!(
            m.body.contains("• Tuesday 1 December, 09:00–10:00 PST — Past-project deep dive with Ana Ruiz"),
            "{}",
            m.body
        );
        assert!(m.body.contains("with Ana Ruiz, Ben Okafor and Raj Iyer"));
        assert!(m.body.contains("(America/Los_Angeles)"));
        assert!(m.body.ends_with("Sam Rivera\n"));
    }
}
