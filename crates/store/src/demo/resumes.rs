//! Demo resumes: a plain-text resume for each demo candidate, written the way people write them
//! (header, summary, jobs with bullets, education, skills, languages). Skills come from the
//! skills taxonomy and are used in the jobs' bullets, so matching finds evidence; many people
//! are built for a role they applied to, so a role's ranking means something; and a few careers
//! have a long gap, several short stints or overlapping jobs for the risk checks to find.

use shortlist_core::RoleIntake;
use shortlist_parse::dates::Month;
use shortlist_parse::taxonomy::Skill;

use super::resume_skills::{choose_skills, written, Wants};
use super::resume_words::{self as words, Track};
use super::{PlannedApplication, PlannedCandidate, Rng};

/// Mixed into the demo seed so resumes draw from a stream of their own: the rest of the demo
/// (and the benchmark data, which has no resumes) stays the same with or without them.
const SALT: u64 = 0x7e5_0000_00c0_ffee;

/// A career's shape: most are steady; a few give the risk checks something to find.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Steady,
    Junior,
    Gap,
    ShortStints,
    Overlap,
    TitleAhead,
}

struct Job {
    title: String,
    company: &'static str,
    /// Month indexes ([`Month::index`]); `end` is `None` for a current job.
    start: i32,
    end: Option<i32>,
    skills: Vec<&'static Skill>,
}

/// One resume per candidate, in the candidates' order: (file name, text).
pub(super) fn plan_resumes(
    seed: u64,
    candidates: &[PlannedCandidate],
    applications: &[PlannedApplication],
    intakes: &[&RoleIntake],
    today: Month,
) -> Vec<(String, String)> {
    let mut first_role: Vec<Option<usize>> = vec![None; candidates.len()];
    for a in applications {
        first_role[a.candidate].get_or_insert(a.role);
    }
    let wants: Vec<Wants> = intakes.iter().map(|i| Wants::of(i)).collect();
    let mut seeds = Rng::new(seed ^ SALT);
    candidates
        .iter()
        .zip(first_role)
        .map(|(c, role)| {
            let mut rng = Rng::new(seeds.next_u64());
            // Most applicants are built for the role they applied to; some of everyone else fit
            // an open role too, so ranking the whole pool finds people.
            let target = match role {
                Some(r) if rng.chance(65) => Some(&wants[r]),
                None if rng.chance(25) && !wants.is_empty() => Some(rng.pick(&wants)),
                _ => None,
            };
            (file_name(&c.input.full_name), resume(&mut rng, c, target, today).text)
        })
        .collect()
}

/// "Zoë Müller" → "zoe-muller.txt".
fn file_name(full_name: &str) -> String {
    let folded = shortlist_core::text::fold(full_name);
    let slug: Vec<String> =
        folded.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_string).collect();
    format!("{}.txt", if slug.is_empty() { "resume".to_string() } else { slug.join("-") })
}

/// A resume's text and what it says, to check that the parser reads back what was written.
struct Written {
    text: String,
    // What was written is read back only by the test that parses it.
    #[cfg_attr(not(test), allow(dead_code))]
    jobs: Vec<Job>,
    #[cfg_attr(not(test), allow(dead_code))]
    /// Every skill in the skills line.
    skills: Vec<&'static Skill>,
}

fn resume(rng: &mut Rng, c: &PlannedCandidate, target: Option<&Wants>, today: Month) -> Written {
    let shape = match rng.below(100) {
        0..=5 => Shape::Gap,
        6..=11 => Shape::ShortStints,
        12..=15 => Shape::Overlap,
        16..=17 => Shape::TitleAhead,
        18..=29 => Shape::Junior,
        _ => Shape::Steady,
    };
    let (track, skills) = choose_skills(rng, c, target);
    let spans = career(rng, shape, today.index());
    let mut jobs = titled_jobs(rng, track, shape, &spans);
    assign_skills(rng, &skills, &mut jobs);

    let mut out = Vec::new();
    out.push(c.input.full_name.clone());
    out.push(jobs[0].title.clone());
    let mut contact = c.input.emails.clone();
    contact.extend(c.input.phones.iter().cloned());
    contact.push(c.input.location.clone());
    out.push(contact.join(" · "));
    if !c.input.links.is_empty() {
        out.push(c.input.links.iter().map(|l| l.url.as_str()).collect::<Vec<_>>().join(" · "));
    }

    out.push(String::new());
    out.push("Summary".into());
    let first_start = spans.iter().map(|s| s.0).min().unwrap_or(today.index());
    let years = (today.index() - first_start) / 12;
    let domain = rng.pick(words::DOMAINS);
    let with = skills.iter().take(2).map(|s| written(s)).collect::<Vec<_>>().join(" and ");
    out.push(if years < 2 {
        format!("Early-career engineer building {domain} features with {with}.")
    } else {
        format!("{} with {years} years of experience in {domain} systems, most recently with {with}.", track.noun)
    });

    out.push(String::new());
    out.push("Experience".into());
    let style = rng.below(3);
    let mut used = Vec::new();
    for job in &jobs {
        out.push(format!("{} — {}", job.title, job.company));
        let end = job.end.map_or_else(|| "Present".to_string(), |e| month_text(e, style));
        out.push(format!("{} – {end}", month_text(job.start, style)));
        out.extend(bullets(rng, &job.skills, &mut used));
    }

    if rng.chance(92) {
        out.push(String::new());
        out.push("Education".into());
        let year = first_start.div_euclid(12) - i32::from(rng.chance(50));
        out.push(format!("{}, {}, {year}", rng.pick(words::DEGREES), rng.pick(words::INSTITUTIONS)));
    }

    out.push(String::new());
    out.push("Skills".into());
    out.push(skills.iter().map(|s| s.name.as_str()).collect::<Vec<_>>().join(", "));

    out.push(String::new());
    out.push("Languages".into());
    let local = words::LOCAL_LANGUAGES.iter().find(|(place, _)| c.input.location.contains(place));
    out.push(match local {
        Some((_, language)) => format!("{language} (native), English (fluent)"),
        None => "English (native)".to_string(),
    });
    let mut text = out.join("\n");
    text.push('\n');
    Written { text, jobs, skills }
}

/// Job spans, most recent first, as (start, end) month indexes; `None` ends a current job.
fn career(rng: &mut Rng, shape: Shape, today: i32) -> Vec<(i32, Option<i32>)> {
    let n = match shape {
        Shape::Junior | Shape::TitleAhead => 2,
        Shape::ShortStints => 3 + rng.below(3),
        _ => 2 + rng.below(4),
    };
    let current = rng.chance(85);
    let gap_at = rng.below(n - 1);
    let mut end = if current { today } else { today - 1 - rng.below(4) as i32 };
    let mut out = Vec::with_capacity(n);
    for k in 0..n {
        let months = match shape {
            Shape::Junior | Shape::TitleAhead if k == 0 => 6 + rng.below(24),
            // The first job after an internship.
            Shape::Junior | Shape::TitleAhead => 3 + rng.below(4),
            Shape::ShortStints if k == 1 || k == 2 => 4 + rng.below(7),
            _ if k == 0 && current => 4 + rng.below(50),
            _ => 14 + rng.below(40),
        } as i32;
        let start = end - months + 1;
        out.push((start, (k > 0 || !current).then_some(end)));
        end = match shape {
            Shape::Gap if k == gap_at => start - 1 - (8 + rng.below(14) as i32),
            // The older job ran on for a few months after this one began.
            Shape::Overlap if k == 0 => (start + 2 + rng.below(6) as i32).min(today - 1),
            _ => start - 1 - rng.below(3) as i32,
        };
    }
    out
}

/// Titles that grow with experience (a few ahead of it), at companies that do not repeat.
fn titled_jobs(rng: &mut Rng, track: &Track, shape: Shape, spans: &[(i32, Option<i32>)]) -> Vec<Job> {
    let first = spans.iter().map(|s| s.0).min().unwrap_or_default();
    let mut companies: Vec<&'static str> = Vec::new();
    while companies.len() < spans.len() {
        let c = *rng.pick(words::COMPANIES);
        if !companies.contains(&c) {
            companies.push(c);
        }
    }
    let manager = rng.chance(30);
    spans
        .iter()
        .zip(companies)
        .enumerate()
        .map(|(k, (&(start, end), company))| {
            let years = (start - first) / 12;
            let rung = match years {
                0 => 0,
                1..=2 => 1,
                3..=4 => 2,
                5..=8 => 3,
                9..=12 => 4,
                _ => 5,
            };
            let title = if matches!(shape, Shape::Junior | Shape::TitleAhead) && k == 1 {
                track.intern.to_string()
            } else if shape == Shape::TitleAhead && k == 0 {
                track.ladder[3].to_string()
            } else if rung == 5 && manager {
                "Engineering Manager".to_string()
            } else {
                track.ladder[rung].to_string()
            };
            Job { title, company, start, end, skills: Vec::new() }
        })
        .collect()
}

/// Spreads the skills over the jobs (the first few in the latest job) so that each appears in a
/// job's bullets; every job gets at least two. Some people list their last skill without a job
/// that used it.
fn assign_skills(rng: &mut Rng, skills: &[&'static Skill], jobs: &mut [Job]) {
    let listed_only = (skills.len() > 4 && rng.chance(20)).then(|| skills[skills.len() - 1]);
    let used = &skills[..skills.len() - usize::from(listed_only.is_some())];
    let n = jobs.len();
    for (i, s) in used.iter().enumerate() {
        let k = if i < 3 { usize::from(n > 1 && rng.chance(15)) } else { rng.below(n) };
        jobs[k].skills.push(s);
    }
    for job in jobs.iter_mut() {
        let mut tries = 0;
        while job.skills.len() < 2 && !used.is_empty() && tries < 20 {
            let s = *rng.pick(used);
            if !job.skills.iter().any(|x| x.name == s.name) {
                job.skills.push(s);
            }
            tries += 1;
        }
    }
}

/// Which of [`words::BULLETS`] suits a sentence that starts with this skill.
fn sentence_kind(s: &Skill) -> usize {
    match s.category.as_str() {
        "language" | "runtime" | "framework" => 0,
        "database" | "messaging" | "data" | "practice" => 1,
        "observability" => 2,
        _ => 3,
    }
}

/// A sentence from `options` that this resume has not used yet, if there is one.
fn sentence(rng: &mut Rng, options: &[&'static str], used: &mut Vec<&'static str>) -> &'static str {
    let fresh: Vec<&'static str> = options.iter().copied().filter(|o| !used.contains(o)).collect();
    let chosen = if fresh.is_empty() { *rng.pick(options) } else { *rng.pick(&fresh) };
    used.push(chosen);
    chosen
}

/// A job's bullets, two or three skills each: a name that is also an ordinary word (Go, Rust)
/// only counts as a skill beside another one. Languages and frameworks lead, paired with what
/// they were used with.
fn bullets(rng: &mut Rng, skills: &[&'static Skill], used: &mut Vec<&'static str>) -> Vec<String> {
    let mut ordered: std::collections::VecDeque<&'static Skill> = {
        let mut v = skills.to_vec();
        v.sort_by_key(|s| sentence_kind(s));
        v.into()
    };
    let mut groups: Vec<Vec<&'static Skill>> = Vec::new();
    while ordered.len() >= 2 {
        let (Some(a), Some(b)) = (ordered.pop_front(), ordered.pop_back()) else { break };
        groups.push(vec![a, b]);
    }
    if let (Some(last), Some(group)) = (ordered.pop_front(), groups.last_mut()) {
        group.push(last);
    }
    groups
        .into_iter()
        .map(|g| {
            let options = if g.len() == 3 { words::BULLETS_3 } else { words::BULLETS[sentence_kind(g[0])] };
            let mut line = sentence(rng, options, used).replace("{a}", &written(g[0])).replace("{b}", &written(g[1]));
            if let Some(c) = g.get(2) {
                line = line.replace("{c}", &written(c));
            }
            line
        })
        .collect()
}

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LONG_MONTHS: [&str; 12] = [
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

/// A month index as a resume writes it: "Mar 2021", "March 2021" or "03/2021".
fn month_text(index: i32, style: usize) -> String {
    let (year, month) = (index.div_euclid(12), index.rem_euclid(12) as usize);
    match style {
        0 => format!("{} {year}", MONTHS[month]),
        1 => format!("{} {year}", LONG_MONTHS[month]),
        _ => format!("{:02}/{year}", month + 1),
    }
}

#[cfg(test)]
mod tests {
    use shortlist_parse::{parse_text, Options};

    use super::*;

    /// The parser reads back every job (title, company, months) and exactly the skills the
    /// generator wrote, whatever the career's shape: otherwise demo profiles would say other
    /// things than their resumes.
    #[test]
    fn the_parser_reads_back_what_was_written() {
        let today = Month::new(2027, 1).expect("a month");
        let now = 1_800_000_000_000;
        let intake = Wants::of(&super::super::ready_intake());
        let mut plan = Rng::new(11);
        let mut misread = Vec::new();
        for i in 0..400 {
            let c = super::super::plan_candidate(&mut plan, i, now);
            let w = resume(&mut Rng::new(i as u64), &c, (i % 2 == 0).then_some(&intake), today);
            let p = parse_text(&w.text, &Options::new("DE", today));
            let month = |m: i32| Month::new(m.div_euclid(12), m.rem_euclid(12) as u32 + 1).map(Month::iso);
            let jobs: Vec<(String, String, Option<String>, Option<String>)> = w
                .jobs
                .iter()
                .map(|j| (j.title.clone(), j.company.to_string(), month(j.start), j.end.and_then(month)))
                .collect();
            let read: Vec<(String, String, Option<String>, Option<String>)> = p
                .positions
                .iter()
                .map(|j| (j.title.clone(), j.company.clone(), j.start.clone(), j.end.clone()))
                .collect();
            let mut skills: Vec<&str> = w.skills.iter().map(|s| s.name.as_str()).collect();
            skills.sort_unstable();
            let found: Vec<&str> = p.skills.iter().map(|s| s.name.as_str()).collect();
            if jobs != read || skills != found {
                misread.push(format!("{}\nwrote {jobs:?} {skills:?}\nread  {read:?} {found:?}", w.text));
            }
        }
        assert!(
            misread.is_empty(),
            "{} of 400 resumes read back differently; the first:\n{}",
            misread.len(),
            misread[0]
        );
    }
}
