//! Emails, phone numbers (normalised to E.164) and links (classified GitHub, LinkedIn, personal
//! site, other).

use std::str::FromStr;
use std::sync::LazyLock;

use phonenumber::country::Id as Country;
use regex::Regex;
use shortlist_core::LinkKind;

use crate::profile::ProfileLink;

static EMAIL: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}").ok()
});
static PHONE: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"(?:\+|\b00)?\(?\d[\d \t().\-/]{5,20}\d").ok());
static URL: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:https?://)?(?:www\.)?[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.[a-z]{2,}(?:/[^\s,;|·•()<>]*)?")
        .ok()
});

/// Top-level domains people put on resumes; "Node.js" or "ASP.NET" are technologies, not sites.
const TLDS: [&str; 40] = [
    "com", "dev", "io", "me", "org", "net", "co", "de", "es", "fr", "uk", "eu", "ai", "app", "tech", "codes", "site",
    "page", "blog", "xyz", "info", "ch", "at", "nl", "be", "se", "no", "dk", "fi", "pl", "pt", "it", "br", "in", "vn",
    "tr", "ca", "au", "nz", "sh",
];
const OTHER_HOSTS: [&str; 12] = [
    "medium.com",
    "stackoverflow.com",
    "twitter.com",
    "x.com",
    "dev.to",
    "gitlab.com",
    "kaggle.com",
    "behance.net",
    "dribbble.com",
    "bitbucket.org",
    "hashnode.com",
    "substack.com",
];

pub fn emails(text: &str) -> Vec<String> {
    let mut out: Vec<String> = EMAIL
        .as_ref()
        .map(|re| re.find_iter(text).map(|m| m.as_str().trim_end_matches('.').to_lowercase()).collect())
        .unwrap_or_default();
    dedup(&mut out);
    out
}

/// Phone numbers as E.164; numbers without a country code are read in `region` (ISO 3166 code).
pub fn phones(text: &str, region: &str) -> Vec<String> {
    let region = Country::from_str(&region.to_uppercase()).ok();
    let mut out = Vec::new();
    let Some(re) = PHONE.as_ref() else { return out };
    for line in text.lines() {
        for m in re.find_iter(line) {
            let raw = m.as_str().trim();
            let digits = raw.chars().filter(char::is_ascii_digit).count();
            if !(7..=15).contains(&digits) || crate::dates::find_range(raw).is_some() || looks_like_years(raw) {
                continue;
            }
            let candidate = match raw.strip_prefix("00") {
                Some(rest) => format!("+{rest}"),
                None => raw.to_string(),
            };
            let parsed = if candidate.starts_with('+') {
                phonenumber::parse(None, &candidate)
            } else {
                phonenumber::parse(region, &candidate)
            };
            if let Ok(number) = parsed {
                if phonenumber::is_valid(&number) {
                    out.push(number.format().mode(phonenumber::Mode::E164).to_string());
                }
            }
        }
    }
    dedup(&mut out);
    out
}

fn looks_like_years(raw: &str) -> bool {
    let groups: Vec<&str> = raw.split(|c: char| !c.is_ascii_digit()).filter(|g| !g.is_empty()).collect();
    groups.iter().all(|g| g.len() == 4 && (g.starts_with("19") || g.starts_with("20")))
}

/// Links with a scheme, `www.`, or a known host; normalised to `https://host/path`.
pub fn links(text: &str) -> Vec<ProfileLink> {
    let mut out: Vec<ProfileLink> = Vec::new();
    let Some(re) = URL.as_ref() else { return out };
    for m in re.find_iter(text) {
        let before = text[..m.start()].chars().next_back();
        if before.is_some_and(|c| c == '@' || c.is_alphanumeric() || c == '.') {
            continue;
        }
        let after = text[m.end()..].chars().next();
        if after == Some('@') {
            continue;
        }
        let Some(url) = normalise(m.as_str()) else { continue };
        if out.iter().any(|l| l.url == url) {
            continue;
        }
        out.push(ProfileLink { kind: classify(&url), url });
    }
    out
}

/// `https://`, lowercase host, no `www.`, no trailing slash or punctuation; `None` if not a link.
pub fn normalise(raw: &str) -> Option<String> {
    let raw = raw.trim().trim_end_matches(['.', ',', ':', ';', '/', ')']);
    let had_scheme = raw.to_lowercase().starts_with("http");
    let rest = raw.split_once("://").map_or(raw, |(_, r)| r);
    let (host, path) = rest.split_once('/').map_or((rest, ""), |(h, p)| (h, p));
    let host = host.to_lowercase();
    let had_www = host.starts_with("www.");
    let host = host.trim_start_matches("www.").to_string();
    let tld = host.rsplit('.').next().unwrap_or_default();
    if !TLDS.contains(&tld) {
        return None;
    }
    // A bare "word.tld" could be a technology or a sentence's last word; accept it only when it
    // names a known profile host, has a path, or was written as a web address.
    let known = host == "github.com" || host == "linkedin.com" || OTHER_HOSTS.contains(&host.as_str());
    if !(had_scheme || had_www || known || !path.is_empty() || host.matches('.').count() >= 1 && tld != "net") {
        return None;
    }
    if crate::taxonomy::canonical(&host).is_some() {
        return None;
    }
    let path = path.trim_end_matches('/');
    Some(if path.is_empty() { format!("https://{host}") } else { format!("https://{host}/{path}") })
}

pub fn classify(url: &str) -> LinkKind {
    let host = url.trim_start_matches("https://").split('/').next().unwrap_or_default();
    if host == "github.com" {
        LinkKind::Github
    } else if host.ends_with("linkedin.com") {
        LinkKind::Linkedin
    } else if OTHER_HOSTS.contains(&host) {
        LinkKind::Other
    } else {
        LinkKind::Site
    }
}

fn dedup(items: &mut Vec<String>) {
    let mut seen = Vec::new();
    items.retain(|i| {
        let fresh = !seen.contains(i);
        seen.push(i.clone());
        fresh
    });
}

/// One phone number as E.164, whatever way it was typed ("+49 30 1234567", "0049…", "(415)
/// 555-0134" in region US); `None` when it is not a valid number.
pub fn e164(raw: &str, region: &str) -> Option<String> {
    let raw = raw.trim();
    // International numbers need no metadata: "+", the digits, the "(0)" some write removed.
    // (The full parser costs ~0.3 ms a number; key rebuilds touch 100k of them.)
    if let Some(rest) = raw.strip_prefix('+').or_else(|| raw.strip_prefix("00")) {
        let rest = rest.replacen("(0)", "", 1);
        if rest.chars().all(|c| c.is_ascii_digit() || " -.()/\t".contains(c)) {
            let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
            return (8..=15).contains(&digits.len()).then(|| format!("+{digits}"));
        }
    }
    let candidate = raw.strip_prefix("00").map_or_else(|| raw.to_string(), |rest| format!("+{rest}"));
    let region = Country::from_str(&region.to_uppercase()).ok();
    let parsed = if candidate.starts_with('+') {
        phonenumber::parse(None, &candidate)
    } else {
        phonenumber::parse(region, &candidate)
    };
    parsed.ok().filter(phonenumber::is_valid).map(|n| n.format().mode(phonenumber::Mode::E164).to_string())
}

/// The account name in a GitHub or LinkedIn profile link ("github.com/AnaP" → ("github", "anap")).
pub fn handle(url: &str) -> Option<(&'static str, String)> {
    let url = normalise(url)?;
    let rest = url.trim_start_matches("https://");
    let mut parts = rest.split('/');
    let host = parts.next()?;
    let first = parts.next().unwrap_or_default();
    let (kind, name) = if host == "github.com" {
        ("github", first)
    } else if host.ends_with("linkedin.com") && first == "in" {
        ("linkedin", parts.next().unwrap_or_default())
    } else {
        return None;
    };
    (!name.is_empty()).then(|| (kind, name.to_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_lowercased_and_deduplicated() {
        assert_eq!(emails("Mail: Ana.Perez@Example.com, ana.perez@example.com."), vec!["ana.perez@example.com"]);
    }

    #[test]
    fn phones_become_e164() {
        let text = "+1 (415) 555-0134 · +49 30 12345678\n0049 151 23456789 | (415) 555-0199\n+44 20 7946 0958";
        assert_eq!(
            phones(text, "US"),
            vec!["+14155550134", "+493012345678", "+4915123456789", "+14155550199", "+442079460958"]
        );
        assert_eq!(phones("030 12345678", "DE"), vec!["+493012345678"], "the default region applies");
        assert!(phones("2018 - 2021 · 2016 – 2018 · 99.9% uptime", "US").is_empty(), "years are not phones");
    }

    #[test]
    fn links_are_normalised_and_classified() {
        let found = links("github.com/anap · https://www.LinkedIn.com/in/ana-p/ · ana.dev · medium.com/@ana · Node.js, ASP.NET · ana@example.com");
        let pairs: Vec<(LinkKind, &str)> = found.iter().map(|l| (l.kind, l.url.as_str())).collect();
        assert_eq!(
            pairs,
            vec![
                (LinkKind::Github, "https://github.com/anap"),
                (LinkKind::Linkedin, "https://linkedin.com/in/ana-p"),
                (LinkKind::Site, "https://ana.dev"),
                (LinkKind::Other, "https://medium.com/@ana"),
            ]
        );
    }
}

#[cfg(test)]
mod key_tests {
    use super::*;

    #[test]
    fn phone_and_handle_keys() {
        assert_eq!(e164("+49 30 1234567", "US").as_deref(), Some("+49301234567"));
        assert_eq!(e164("0049 30 1234567", "US").as_deref(), Some("+49301234567"));
        assert_eq!(e164("(415) 555-0134", "US").as_deref(), Some("+14155550134"));
        assert_eq!(e164("12", "US"), None);
        assert_eq!(e164("+49 (0)30 1234567", "US").as_deref(), Some("+49301234567"), "the (0) trunk goes");
        assert_eq!(handle("https://www.github.com/AnaP/"), Some(("github", "anap".to_string())));
        assert_eq!(handle("linkedin.com/in/ana-perez"), Some(("linkedin", "ana-perez".to_string())));
        assert_eq!(handle("https://ana.dev"), None);
    }
}
