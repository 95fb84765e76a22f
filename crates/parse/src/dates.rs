//! Dates in resumes: "Jan 2020", "January 2020", "2020-01", "01/2020", "03.2019", "März 2019",
//! "mars 2019", "2019", and the words for "present" in English, German, Spanish and French.

use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};
use specta::Type;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    pub year: i32,
    pub month: u32,
}

impl Month {
    pub fn new(year: i32, month: u32) -> Option<Month> {
        ((1..=12).contains(&month) && (1950..=2100).contains(&year)).then_some(Month { year, month })
    }

    /// Months since year 0, for arithmetic.
    pub fn index(self) -> i32 {
        self.year * 12 + self.month as i32 - 1
    }

    pub fn iso(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }

    pub fn parse_iso(s: &str) -> Option<Month> {
        let (y, m) = s.split_once('-')?;
        Month::new(y.parse().ok()?, m.get(..2).unwrap_or(m).parse().ok()?)
    }
}

/// How precisely a resume gave a date.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum DatePrecision {
    /// A month and a year: "March 2019", "2019-03", "03/2019".
    #[default]
    Month,
    /// A year alone: "2019", kept as January for a start and December for an end, the widest
    /// reading; a check that could be fooled by it (an overlap) must allow for that.
    Year,
}

impl DatePrecision {
    /// Month precision is the default and goes unsaid in JSON (`skip_serializing_if`).
    pub fn is_month(&self) -> bool {
        *self == DatePrecision::Month
    }
}

/// A span of employment; `end` is `None` for "present".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateRange {
    pub start: Month,
    pub end: Option<Month>,
    pub start_precision: DatePrecision,
    /// `Month` when `end` is `None` ("present" is today's month).
    pub end_precision: DatePrecision,
    /// Byte offsets of the range within the text it was found in.
    pub span: (usize, usize),
}

/// Month names and abbreviations in English, German, Spanish and French (lowercase, no dot).
const MONTHS: [(&str, u32); 76] = [
    ("january", 1),
    ("jan", 1),
    ("januar", 1),
    ("jänner", 1),
    ("enero", 1),
    ("ene", 1),
    ("janvier", 1),
    ("janv", 1),
    ("february", 2),
    ("feb", 2),
    ("februar", 2),
    ("febrero", 2),
    ("février", 2),
    ("fevrier", 2),
    ("févr", 2),
    ("fevr", 2),
    ("fév", 2),
    ("march", 3),
    ("mar", 3),
    ("märz", 3),
    ("maerz", 3),
    ("mär", 3),
    ("marzo", 3),
    ("mars", 3),
    ("april", 4),
    ("apr", 4),
    ("abril", 4),
    ("abr", 4),
    ("avril", 4),
    ("avr", 4),
    ("may", 5),
    ("mai", 5),
    ("mayo", 5),
    ("june", 6),
    ("jun", 6),
    ("juni", 6),
    ("junio", 6),
    ("juin", 6),
    ("july", 7),
    ("jul", 7),
    ("juli", 7),
    ("julio", 7),
    ("juillet", 7),
    ("juil", 7),
    ("august", 8),
    ("aug", 8),
    ("agosto", 8),
    ("ago", 8),
    ("août", 8),
    ("aout", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("septiembre", 9),
    ("setiembre", 9),
    ("set", 9),
    ("septembre", 9),
    ("october", 10),
    ("oct", 10),
    ("oktober", 10),
    ("okt", 10),
    ("octubre", 10),
    ("octobre", 10),
    ("november", 11),
    ("nov", 11),
    ("noviembre", 11),
    ("novembre", 11),
    ("december", 12),
    ("dec", 12),
    ("dezember", 12),
    ("dez", 12),
    ("diciembre", 12),
    ("dic", 12),
    ("décembre", 12),
    ("decembre", 12),
    ("déc", 12),
];

const PRESENT: &str = r"present|current|currently|now|today|ongoing|heute|aktuell|jetzt|derzeit|actualidad|presente|actual|hoy|aujourd[’']hui|présent|maintenant|en\s+cours";

fn month_alternation() -> String {
    let mut names: Vec<&str> = MONTHS.iter().map(|(n, _)| *n).collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
    names.dedup();
    names.join("|")
}

fn date_pattern() -> String {
    format!(
        r"(?:(?:{months})\.?\s*(?:19|20)\d{{2}}|(?:0?[1-9]|1[0-2])\s*[./]\s*(?:19|20)\d{{2}}|(?:19|20)\d{{2}}\s*[-/.]\s*(?:0[1-9]|1[0-2]|[1-9])\b|(?:19|20)\d{{2}})",
        months = month_alternation()
    )
}

static RANGE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    let date = date_pattern();
    Regex::new(&format!(
        r"(?i)(?:\b|^)(?P<start>{date})\s*(?:–|—|-|−|~|to|until|till|bis|hasta|al|a|au|à|jusqu[’']?à)\s*(?P<end>{date}|{PRESENT})\b"
    ))
    .ok()
});

static SINCE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    let date = date_pattern();
    Regex::new(&format!(r"(?i)\b(?:since|seit|desde|depuis)\s+(?P<start>{date})\b")).ok()
});

static ONE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?P<name>[\p{L}]+)\.?\s*(?P<ny>\d{4})|(?P<m1>\d{1,2})\s*[./]\s*(?P<y1>\d{4})|(?P<y2>\d{4})\s*[-/.]\s*(?P<m2>\d{1,2})|(?P<y3>\d{4}))$",
    )
    .ok()
});

static PRESENT_RE: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(&format!(r"(?i)^(?:{PRESENT})$")).ok());

/// One date; a year alone means January as a start and December as an end.
pub fn parse_date(s: &str, is_end: bool) -> Option<Month> {
    parse_date_with_precision(s, is_end).map(|(m, _)| m)
}

/// One date and whether it named a month or only a year.
pub fn parse_date_with_precision(s: &str, is_end: bool) -> Option<(Month, DatePrecision)> {
    let caps = ONE.as_ref()?.captures(s.trim())?;
    let num = |n: &str| caps.name(n).and_then(|m| m.as_str().parse::<i64>().ok());
    let month = |m: Option<Month>| m.map(|m| (m, DatePrecision::Month));
    if let (Some(name), Some(y)) = (caps.name("name"), num("ny")) {
        let lower = name.as_str().to_lowercase();
        let month_number = MONTHS.iter().find(|(n, _)| *n == lower)?.1;
        return month(Month::new(y as i32, month_number));
    }
    if let (Some(m), Some(y)) = (num("m1"), num("y1")) {
        return month(Month::new(y as i32, m as u32));
    }
    if let (Some(y), Some(m)) = (num("y2"), num("m2")) {
        return month(Month::new(y as i32, m as u32));
    }
    num("y3").and_then(|y| Month::new(y as i32, if is_end { 12 } else { 1 })).map(|m| (m, DatePrecision::Year))
}

pub fn is_present(s: &str) -> bool {
    PRESENT_RE.as_ref().is_some_and(|re| re.is_match(s.trim()))
}

/// The first employment range in a line of text.
pub fn find_range(text: &str) -> Option<DateRange> {
    if let Some(caps) = RANGE.as_ref().and_then(|re| re.captures(text)) {
        let whole = caps.get(0)?;
        let (start, start_precision) = parse_date_with_precision(caps.name("start")?.as_str(), false)?;
        let end_text = caps.name("end")?.as_str();
        let (end, end_precision) = if is_present(end_text) {
            (None, DatePrecision::Month)
        } else {
            let (end, precision) = parse_date_with_precision(end_text, true)?;
            (Some(end), precision)
        };
        if end.is_some_and(|e| e < start) {
            return None;
        }
        return Some(DateRange { start, end, start_precision, end_precision, span: (whole.start(), whole.end()) });
    }
    let caps = SINCE.as_ref()?.captures(text)?;
    let whole = caps.get(0)?;
    let (start, start_precision) = parse_date_with_precision(caps.name("start")?.as_str(), false)?;
    Some(DateRange {
        start,
        end: None,
        start_precision,
        end_precision: DatePrecision::Month,
        span: (whole.start(), whole.end()),
    })
}

/// Every four-digit year in a text (education entries).
pub fn years(text: &str) -> Vec<i32> {
    static YEAR: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"\b(?:19|20)\d{2}\b").ok());
    YEAR.as_ref().map_or_else(Vec::new, |re| re.find_iter(text).filter_map(|m| m.as_str().parse().ok()).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(s: &str) -> Option<(String, Option<String>)> {
        find_range(s).map(|r| (r.start.iso(), r.end.map(Month::iso)))
    }

    fn some(a: &str, b: Option<&str>) -> Option<(String, Option<String>)> {
        Some((a.to_string(), b.map(str::to_string)))
    }

    #[test]
    fn english_and_numeric_formats() {
        assert_eq!(range("Jan 2020 – Present"), some("2020-01", None));
        assert_eq!(range("January 2018 - March 2020"), some("2018-01", Some("2020-03")));
        assert_eq!(range("2020-01 to 2021-06"), some("2020-01", Some("2021-06")));
        assert_eq!(range("01/2020 – 1/2021"), some("2020-01", Some("2021-01")));
        assert_eq!(range("Sept. 2019 – Now"), some("2019-09", None));
        assert_eq!(range("2016 - 2019"), some("2016-01", Some("2019-12")));
        assert_eq!(range("Senior Engineer | 03/2019 – 06/2021"), some("2019-03", Some("2021-06")));
    }

    #[test]
    fn other_languages() {
        assert_eq!(range("03.2019 – heute"), some("2019-03", None));
        assert_eq!(range("März 2017 bis Februar 2019"), some("2017-03", Some("2019-02")));
        assert_eq!(range("mar. 2019 – actualidad"), some("2019-03", None));
        assert_eq!(range("ene 2015 - dic 2016"), some("2015-01", Some("2016-12")));
        assert_eq!(range("mars 2019 – aujourd'hui"), some("2019-03", None));
        assert_eq!(range("févr. 2012 – août 2014"), some("2012-02", Some("2014-08")));
        assert_eq!(range("depuis 2021"), some("2021-01", None));
    }

    #[test]
    fn not_ranges() {
        assert_eq!(range("Reduced p99 latency by 40% in 2020"), None);
        assert_eq!(range("2021 – 2019"), None, "ends before it starts");
        assert_eq!(range("+49 30 12345678"), None);
    }

    #[test]
    fn a_year_alone_is_known_to_be_a_year() {
        let r = find_range("2014 – 2019").expect("range");
        assert_eq!((r.start.iso(), r.start_precision), ("2014-01".into(), DatePrecision::Year), "widest start");
        assert_eq!((r.end.map(Month::iso), r.end_precision), (Some("2019-12".into()), DatePrecision::Year));
        let r = find_range("September 2017 – 2019").expect("range");
        assert_eq!((r.start_precision, r.end_precision), (DatePrecision::Month, DatePrecision::Year), "mixed");
        let r = find_range("2019 – present").expect("range");
        assert_eq!((r.start_precision, r.end_precision), (DatePrecision::Year, DatePrecision::Month), "present");
        let r = find_range("seit 2021").expect("range");
        assert_eq!(r.start_precision, DatePrecision::Year, "since a year");
        assert_eq!(
            parse_date_with_precision("01/2019", false),
            Some((Month { year: 2019, month: 1 }, DatePrecision::Month))
        );
    }

    #[test]
    fn single_dates() {
        assert_eq!(parse_date("2019", true).map(Month::iso).as_deref(), Some("2019-12"));
        assert_eq!(parse_date("Dezember 2020", false).map(Month::iso).as_deref(), Some("2020-12"));
        assert!(is_present("Aujourd’hui"));
        assert_eq!(years("MSc, TU Berlin, 2014 – 2016"), vec![2014, 2016]);
    }

    /// Property: every month from 1990 to 2035 written in any supported format parses back to
    /// itself, alone and as either end of a range.
    #[test]
    fn every_format_round_trips() {
        let en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
        let en_long = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let de = [
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ];
        let es = ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."];
        let fr = [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ];
        for year in 1990..=2035 {
            for m in 1..=12u32 {
                let i = (m - 1) as usize;
                let want = Month::new(year, m).expect("month");
                let written = [
                    format!("{} {year}", en[i]),
                    format!("{} {year}", en_long[i]),
                    format!("{} {year}", de[i]),
                    format!("{} {year}", es[i]),
                    format!("{} {year}", fr[i]),
                    format!("{year}-{m:02}"),
                    format!("{m:02}/{year}"),
                    format!("{m}/{year}"),
                    format!("{m:02}.{year}"),
                ];
                for w in &written {
                    assert_eq!(parse_date(w, false), Some(want), "{w}");
                    let range =
                        find_range(&format!("Engineer | {w} – present")).unwrap_or_else(|| panic!("range from {w}"));
                    assert_eq!((range.start, range.end), (want, None), "{w} – present");
                    let later = Month::new(year + 1, m).expect("month");
                    let to = format!("{w} - {}", w.replace(&year.to_string(), &(year + 1).to_string()));
                    let r = find_range(&to).unwrap_or_else(|| panic!("range {to}"));
                    assert_eq!((r.start, r.end), (want, Some(later)), "{to}");
                }
            }
        }
    }
}
