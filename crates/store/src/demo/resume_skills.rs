//! The skills of a demo resume: a career track's, the candidate's tags that name skills, and —
//! for someone built for a role — much of what the role's intake asks for, all by their names
//! in the skills taxonomy.

use shortlist_core::RoleIntake;
use shortlist_parse::taxonomy::{self, Skill};

use super::resume_words::{self as words, Track};
use super::{PlannedCandidate, Rng};

/// The skill by its taxonomy name; names the taxonomy no longer knows are left out.
fn skill(name: &str) -> Option<&'static Skill> {
    taxonomy::canonical(name)
}

fn pick_skill(rng: &mut Rng, names: &[&str]) -> Option<&'static Skill> {
    skill(names[rng.below(names.len())])
}

fn push(set: &mut Vec<&'static Skill>, s: Option<&'static Skill>) {
    if let Some(s) = s {
        if !set.iter().any(|x| x.name == s.name) {
            set.push(s);
        }
    }
}

/// The taxonomy skills a piece of an intake names ("PostgreSQL schema design" → PostgreSQL).
fn named_in(text: &str) -> Vec<&'static Skill> {
    taxonomy::find(text).into_iter().map(|h| &taxonomy::taxonomy()[h.skill]).collect()
}

/// The skills a role's intake asks for, found once per role (finding them is not cheap).
pub(super) struct Wants {
    language: Option<&'static Skill>,
    cloud: Option<&'static Skill>,
    ci_cd: Option<&'static Skill>,
    containers: Vec<&'static Skill>,
    must_haves: Vec<&'static Skill>,
    trainable: Vec<&'static Skill>,
}

impl Wants {
    pub(super) fn of(intake: &RoleIntake) -> Wants {
        Wants {
            language: intake.languages.first().and_then(|l| skill(l)),
            cloud: skill(&intake.cloud),
            ci_cd: skill(&intake.ci_cd),
            containers: named_in(&intake.containers),
            must_haves: intake.must_haves.iter().flat_map(|m| named_in(m)).collect(),
            trainable: intake.trainable.iter().flat_map(|m| named_in(m)).collect(),
        }
    }
}

/// The track and skills of one person: the track's core, some extras, the tags that name skills,
/// a cloud, CI and containers, and — when built for a role — much of what its intake asks for.
pub(super) fn choose_skills(
    rng: &mut Rng,
    c: &PlannedCandidate,
    target: Option<&Wants>,
) -> (&'static Track, Vec<&'static Skill>) {
    let track_of = |language: &str| {
        words::TRACKS.iter().find(|t| t.core.first().is_some_and(|l| l.eq_ignore_ascii_case(language)))
    };
    let wanted = target.and_then(|t| t.language).filter(|_| rng.chance(85));
    let tagged = c.input.tags.iter().find_map(|t| track_of(t));
    let track = match (wanted.and_then(|l| track_of(&l.name)), tagged) {
        (Some(t), _) | (None, Some(t)) => t,
        (None, None) => rng.pick(words::TRACKS),
    };
    let mut set = Vec::new();
    push(&mut set, wanted);
    for name in track.core {
        push(&mut set, skill(name));
    }
    for _ in 0..1 + rng.below(4) {
        push(&mut set, pick_skill(rng, track.extras));
    }
    for tag in &c.input.tags {
        push(&mut set, skill(tag));
    }
    match target {
        Some(t) => {
            if rng.chance(70) {
                push(&mut set, t.cloud);
            }
            if rng.chance(55) {
                push(&mut set, t.ci_cd);
            }
            if rng.chance(75) {
                for s in &t.containers {
                    push(&mut set, Some(s));
                }
            }
            for s in &t.must_haves {
                if rng.chance(70) {
                    push(&mut set, Some(s));
                }
            }
            for s in &t.trainable {
                if rng.chance(35) {
                    push(&mut set, Some(s));
                }
            }
        }
        None => {
            if rng.chance(60) {
                push(&mut set, pick_skill(rng, words::CLOUDS));
            }
            if rng.chance(40) {
                push(&mut set, pick_skill(rng, words::CI));
            }
            if rng.chance(50) {
                push(&mut set, skill("Docker"));
            }
        }
    }
    (track, set)
}

/// How a skill reads in a sentence: practices in lower case ("event-driven architecture"),
/// everything else — and every name the parser matches only with its usual casing — as named.
pub(super) fn written(s: &Skill) -> String {
    if s.category == "practice" && !s.strict {
        s.name.to_lowercase()
    } else {
        s.name.clone()
    }
}
