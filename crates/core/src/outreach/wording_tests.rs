//! The default message reads as grammatical English whatever shape the intake's answers take:
//! first the sentences reported in issue 12, then properties over generated intakes (short, long,
//! empty and odd values; duplicates across fields; unicode).

use proptest::prelude::*;
use proptest::sample::select;

use super::*;

/// The intake behind the reported message: a problem written as a full sentence, a focus that
/// starts with "Own", and Go and Kubernetes named both as context and as must-haves.
fn reported_intake() -> RoleIntake {
    RoleIntake {
        languages: vec!["Go".into()],
        cloud: "AWS".into(),
        containers: "Kubernetes".into(),
        problem_statement: "Every team builds its own deploy pipeline.".into(),
        must_haves: vec!["Kubernetes".into(), "Go".into(), "Explains trade-offs to non-engineers".into()],
        impact_first_focus: "Own the shared delivery platform.".into(),
        ..Default::default()
    }
}

fn reported_message(signal: &str) -> String {
    let mut fields = fields_from_intake(&reported_intake(), "Platform Engineer", "Platform", "Sam");
    fields.first_name = "Grace".into();
    fields.signal = signal.into();
    render(DEFAULT_OUTREACH, &fields).expect("the default template renders")
}

#[test]
fn a_problem_written_as_a_sentence_is_worked_in() {
    let text = reported_message("Your Go work at N26");
    assert!(!text.contains("team is every team"), "the problem is not glued onto \"team is\": {text}");
    assert!(
        text.contains("Our Platform team's problem: every team builds its own deploy pipeline."),
        "the problem follows a colon as a clause of its own: {text}"
    );
}

#[test]
fn the_ownership_verb_is_not_doubled() {
    let text = reported_message("Your Go work at N26");
    assert!(!text.to_lowercase().contains("own own"), "no \"own own\": {text}");
    assert!(text.contains("Your first focus: own the shared delivery platform."), "the focus reads as written: {text}");
}

#[test]
fn a_technology_named_twice_in_the_intake_is_listed_once() {
    let text = reported_message("Your Go work at N26");
    assert!(
        text.contains("The work is in Go services on AWS and Kubernetes."),
        "Go (a language and a must-have) and Kubernetes (containers and a must-have) appear once each: {text}"
    );
}

#[test]
fn sentences_start_with_capitals_even_when_fields_are_missing_or_lower_case() {
    let text = reported_message("");
    assert!(!text.contains("stood out"), "no signal, no sentence about it: {text}");
    assert!(text.starts_with("Hi Grace,\n\nOur Platform team's problem:"), "{text}");
    let mut fields = fields_from_intake(
        &RoleIntake { problem_statement: "checkout is slow. customers abandon carts".into(), ..reported_intake() },
        "Platform Engineer",
        "Platform",
        "Sam",
    );
    fields.signal = "your Go work at N26".into();
    let text = render(DEFAULT_OUTREACH, &fields).expect("renders");
    assert!(text.starts_with("Hi,\n\nYour Go work at N26 stood out to me."), "no name, no stray space: {text}");
    assert!(text.contains("checkout is slow. Customers abandon carts."), "the second sentence is capitalised: {text}");
    assert_eq!(sentence_starts_in_lower_case(&text), Vec::<String>::new(), "{text}");
}

// ---- What the properties check, written independently of the code under test. ----

/// Words that repeat the word right before them ("own own"), ignoring case and the punctuation
/// around a word; words split by punctuation ("Go. Go is") are not doubled.
fn doubled_words(text: &str) -> Vec<String> {
    let core = |t: &str| t.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    let tokens: Vec<&str> = text.split_whitespace().collect();
    tokens
        .windows(2)
        .filter(|w| {
            w[0].ends_with(char::is_alphanumeric)
                && w[1].starts_with(char::is_alphanumeric)
                && !core(w[0]).is_empty()
                && core(w[0]) == core(w[1])
        })
        .map(|w| format!("{} {}", w[0], w[1]))
        .collect()
}

/// Sentences: split at line breaks and after . ! ? followed by a space (an ellipsis may pause a
/// sentence rather than end it).
fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut current = String::new();
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            current.push(c);
            if matches!(c, '.' | '!' | '?') && chars.peek().is_some_and(|n| n.is_whitespace()) {
                out.push(std::mem::take(&mut current));
            }
        }
        out.push(current);
    }
    out.into_iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect()
}

/// Sentences whose first letter is lower case. A first word written in mixed case on purpose
/// ("gRPC", "iOS") is left as it is, and so are addresses ("example.com").
fn sentence_starts_in_lower_case(text: &str) -> Vec<String> {
    sentences(text)
        .into_iter()
        .filter(|s| {
            let first = s.split_whitespace().next().unwrap_or_default();
            let word = first.trim_start_matches(|c: char| !c.is_alphanumeric());
            let mixed = word.chars().skip(1).any(char::is_uppercase) || word.contains(['.', '@', '/']);
            word.chars().next().is_some_and(char::is_lowercase) && !mixed
        })
        .collect()
}

/// Empty sentences and dangling punctuation: "..", " .", ",." and lines of punctuation alone.
fn stray_punctuation(text: &str) -> Vec<String> {
    let mut found: Vec<String> = ["..", " .", " ,", ",.", ";.", ":.", ". .", "?.", "!."]
        .into_iter()
        .filter(|p| text.contains(p))
        .map(|p| format!("{p:?}"))
        .collect();
    found.extend(
        text.lines()
            .filter(|l| !l.trim().is_empty() && !l.chars().any(char::is_alphanumeric))
            .map(|l| format!("line {l:?}")),
    );
    found
}

/// The items of the sentence that lists the stack ("The work is in A, B and C on D and E.").
fn stack_items(text: &str) -> Vec<String> {
    let Some(sentence) = sentences(text).into_iter().find(|s| s.starts_with("The work ")) else {
        return vec![];
    };
    let body =
        sentence.trim_start_matches("The work is in ").trim_start_matches("The work runs on ").trim_end_matches('.');
    body.split(" on ")
        .flat_map(|part| part.split(", ").flat_map(|p| p.split(" and ")))
        .map(|i| i.trim().to_lowercase())
        .filter(|i| !i.is_empty())
        .collect()
}

const TECH: [&str; 14] = [
    "Go",
    "Rust",
    "Kotlin",
    "Java",
    "Python",
    "TypeScript",
    "Kafka",
    "PostgreSQL",
    "Kubernetes",
    "Docker",
    "AWS",
    "GCP",
    "gRPC",
    "Terraform",
];

/// A technology as people type it: any case, padded, with a trailing period or "services".
fn tech() -> impl Strategy<Value = String> {
    (select(&TECH[..]), 0..8usize).prop_map(|(t, how)| match how {
        0 => t.to_lowercase(),
        1 => t.to_uppercase(),
        2 => format!("{t}."),
        3 => format!("  {t} "),
        4 => format!("{t} services"),
        5 => format!("{t},"),
        _ => t.to_string(),
    })
}

/// Words in several scripts, in any case.
fn odd_word() -> impl Strategy<Value = String> {
    prop_oneof![
        select(&["Zürich", "東京", "naïve", "café", "Ωmega", "straße", "Łódź", "привет", "ß", "ǆemal", "ÿes"][..])
            .prop_map(str::to_string),
        "[a-zà-öø-ÿα-ωа-я]{1,9}",
        "[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{0,8}",
    ]
}

fn odd_phrase() -> impl Strategy<Value = String> {
    prop::collection::vec(odd_word(), 1..6).prop_map(|w| w.join(" "))
}

/// Free text as people write it: a lead-in, a clause or sentences, a tail of punctuation.
fn free_text(lead_ins: &'static [&'static str], bodies: &'static [&'static str]) -> impl Strategy<Value = String> {
    let body = prop_oneof![
        4 => select(bodies).prop_map(str::to_string),
        1 => odd_phrase(),
        1 => (select(bodies), 2..6usize).prop_map(|(b, n)| vec![b.trim_end_matches('.'); n].join(". ")),
        1 => (select(bodies), select(bodies)).prop_map(|(a, b)| format!("{a} {b}")),
    ];
    let tail = select(&["", "", ".", "..", "...", "!", " ", ";", "?", " .", ",", "…"][..]);
    prop_oneof![
        1 => select(&["", " ", ".", "—", "  ...  "][..]).prop_map(str::to_string),
        6 => (select(lead_ins), body, tail).prop_map(|(l, b, t)| format!("{l}{b}{t}")),
    ]
}

const PROBLEMS: [&str; 12] = [
    "every team builds its own deploy pipeline",
    "Every team builds its own deploy pipeline.",
    "moving settlement off a nightly batch to real-time events",
    "Checkout API p99 is 2 s; we need it under 300 ms.",
    "checkout is slow. customers abandon carts",
    "Traffic tripled this year; the monolith's database is at its limits",
    "the ledger and order services disagree after retries",
    "Zürich and 東京 see different prices for the same order",
    "our deploys take a day",
    "We are moving from VMs to Kubernetes and need services redesigned for it.",
    "problem problem: duplicated words words in the statement",
    "Go services time out under load",
];

const FOCUS: [&str; 9] = [
    "Own the ledger reconciliation service.",
    "own the settlement service end to end",
    "the settlement service end to end",
    "Cut checkout p99 below 300 ms within the first quarter.",
    "owning the partner integrations",
    "Make partner integrations observable and self-healing",
    "Take a slow endpoint from profile to fix to rollout without hand-holding.",
    "Kafka operations and the event bus",
    "your first focus: the billing service",
];

const BEHAVIOUR: [&str; 5] = [
    "Owned a production service end to end",
    "Designs idempotent APIs and retries",
    "Debugs from metrics, logs and traces",
    "writes tests that catch regressions",
    "Explains trade-offs to non-engineers.",
];

fn list_text() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => Just(String::new()),
        3 => prop::collection::vec(tech(), 1..4).prop_map(|t| t.join(", ")),
        1 => (tech(), tech()).prop_map(|(a, b)| format!("{a} and {b}")),
        1 => (tech(), tech()).prop_map(|(a, b)| format!("{a} / {b}")),
        1 => odd_phrase(),
    ]
}

fn intake() -> impl Strategy<Value = RoleIntake> {
    let must_have = prop_oneof![
        3 => tech(),
        2 => select(&BEHAVIOUR[..]).prop_map(str::to_string),
        1 => select(&["", "  ", "Go", "go", "Kubernetes."][..]).prop_map(str::to_string),
        1 => odd_phrase(),
    ];
    (
        prop::collection::vec(prop_oneof![4 => tech(), 1 => odd_word(), 1 => Just(String::new())], 0..4),
        prop::collection::vec(must_have, 0..6),
        (list_text(), list_text()),
        free_text(
            &["", "", "our ", "Our ", "we ", "We ", "the problem is ", "Problem: ", "our problem is "],
            &PROBLEMS,
        ),
        free_text(&["", "", "own ", "Own ", "you would own "], &FOCUS),
        free_text(&["", "", "own "], &FOCUS),
    )
        .prop_map(|(languages, must_haves, (cloud, containers), problem, focus, unaided)| RoleIntake {
            languages,
            must_haves,
            cloud,
            containers,
            problem_statement: problem,
            impact_first_focus: focus,
            must_do_unaided: unaided,
            ..Default::default()
        })
}

#[derive(Debug, Clone)]
struct Who {
    team: String,
    first_name: String,
    signal: String,
    sender: String,
}

fn who() -> impl Strategy<Value = Who> {
    (
        prop_oneof![
            3 => select(&["", "Platform", "platform", "Platform team", "Our Platform", "the Payments team", "Data & ML", "Zürich Ops", "Team", "team team", "our"][..]).prop_map(str::to_string),
            1 => odd_phrase(),
        ],
        select(&["", "Grace", "grace", "Zoë", "李", "Mary Ann", " Grace "][..]),
        prop_oneof![
            3 => select(&["", "Your Kafka consumer rewrite at Stripe", "your talk on Go at GopherCon.", "Your work as Staff Engineer at N26", "  your production gRPC experience  "][..]).prop_map(str::to_string),
            1 => odd_phrase(),
        ],
        select(&["", "Sam", "sam", "Sam Lee"][..]),
    )
        .prop_map(|(team, first_name, signal, sender)| Who {
            team,
            first_name: first_name.into(),
            signal,
            sender: sender.into(),
        })
}

fn message(intake: &RoleIntake, who: &Who) -> (OutreachFields, String) {
    let mut fields = fields_from_intake(intake, "Backend Engineer", &who.team, &who.sender);
    fields.first_name = who.first_name.clone();
    fields.signal = who.signal.clone();
    let text = render(DEFAULT_OUTREACH, &fields).expect("the default template renders any fields");
    (fields, text)
}

/// Fields as someone might type them in the message dialog, not derived from an intake.
fn typed_fields() -> impl Strategy<Value = OutreachFields> {
    (
        who(),
        free_text(&["", "our ", "Problem: "], &PROBLEMS),
        (list_text(), list_text()),
        free_text(&["", "own ", "you would own "], &FOCUS),
    )
        .prop_map(|(who, problem, (environment, cloud), ownership)| OutreachFields {
            first_name: who.first_name,
            role_title: "Backend Engineer".into(),
            team: who.team,
            problem,
            environment,
            cloud,
            ownership,
            signal: who.signal,
            sender: who.sender,
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn no_word_is_doubled(intake in intake(), who in who()) {
        let (_, text) = message(&intake, &who);
        prop_assert_eq!(doubled_words(&text), Vec::<String>::new(), "{}", text);
    }

    #[test]
    fn no_list_repeats_an_item(intake in intake(), who in who()) {
        let (_, text) = message(&intake, &who);
        let items = stack_items(&text);
        let mut seen: Vec<&String> = Vec::new();
        for item in &items {
            prop_assert!(!seen.contains(&item), "{:?} twice in {:?}: {}", item, items, text);
            seen.push(item);
        }
        let words: Vec<String> = items.iter().flat_map(|i| i.split_whitespace().map(str::to_string)).collect();
        for tech in TECH {
            let n = words.iter().filter(|w| w.eq_ignore_ascii_case(tech)).count();
            prop_assert!(n <= 1, "{} listed {} times in {:?}: {}", tech, n, items, text);
        }
    }

    #[test]
    fn every_sentence_starts_with_a_capital(intake in intake(), who in who()) {
        let (_, text) = message(&intake, &who);
        prop_assert_eq!(sentence_starts_in_lower_case(&text), Vec::<String>::new(), "{}", text);
    }

    #[test]
    fn no_sentence_is_empty_and_no_punctuation_dangles(intake in intake(), who in who()) {
        let (_, text) = message(&intake, &who);
        prop_assert_eq!(stray_punctuation(&text), Vec::<String>::new(), "{}", text);
    }

    #[test]
    fn the_lint_still_finds_the_problem_and_the_signal(intake in intake(), who in who()) {
        let (fields, text) = message(&intake, &who);
        let kinds: Vec<LintKind> = lint(&text, &fields).into_iter().map(|f| f.kind).collect();
        let has_words = |s: &str| s.chars().any(char::is_alphanumeric);
        prop_assert_eq!(
            kinds.contains(&LintKind::NoProblem),
            !has_words(&fields.problem),
            "a problem in the fields is found in the message (and only then): {:?} {}", kinds, text
        );
        prop_assert_eq!(
            kinds.contains(&LintKind::NoSignal),
            !has_words(&fields.signal),
            "a signal in the fields is found in the message (and only then): {:?} {}", kinds, text
        );
        prop_assert!(!kinds.contains(&LintKind::Buzzword) && !kinds.contains(&LintKind::FakeUrgency), "{:?}", kinds);
        prop_assert_eq!(kinds.contains(&LintKind::TooLong), words(&text) > WORD_LIMIT, "{}", text);
    }

    #[test]
    fn typed_fields_read_as_sentences_too(fields in typed_fields()) {
        let text = render(DEFAULT_OUTREACH, &fields).expect("the default template renders any fields");
        prop_assert_eq!(doubled_words(&text), Vec::<String>::new(), "{}", text);
        prop_assert_eq!(sentence_starts_in_lower_case(&text), Vec::<String>::new(), "{}", text);
        prop_assert_eq!(stray_punctuation(&text), Vec::<String>::new(), "{}", text);
        let items = stack_items(&text);
        for (i, item) in items.iter().enumerate() {
            prop_assert!(!items[..i].contains(item), "{:?} twice in {:?}: {}", item, items, text);
        }
        let once = fields.normalized();
        prop_assert_eq!(once.normalized(), once.clone(), "normalising is stable, so the dialog shows what renders");
        prop_assert_eq!(render(DEFAULT_OUTREACH, &once).expect("renders"), text, "rendering normalises first");
    }
}
