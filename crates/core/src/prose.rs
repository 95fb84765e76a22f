//! Sentences built from free-text fields: a field cleaned for use inside a sentence, a written list
//! split and joined without repeats, and a last pass over a whole text that capitalises sentence
//! starts and drops doubled words and stray punctuation.
//!
//! Hand-written: these are a few English rules over short texts. Unicode sentence segmentation
//! (UAX #29) deliberately keeps "slow. customers" together, which is exactly what must be fixed
//! here, and no small library does the rest.

/// Punctuation that ends a fragment typed into a field ("Own the ledger service.").
const TRAILING: [char; 10] = ['.', ',', ';', ':', '!', '?', '…', '-', '–', '—'];

/// Punctuation that a space must not precede and whose runs collapse (".." and ",." → ".").
const MARKS: [char; 7] = ['?', '!', '…', '.', ';', ':', ','];

/// A field's text for use inside a sentence: whitespace runs collapsed, doubled words dropped,
/// leading and trailing punctuation removed. Text without a letter or digit is empty.
pub fn fragment(s: &str) -> String {
    let joined = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let collapsed = collapse_doubled(&joined);
    let trimmed = collapsed
        .trim_start_matches(|c: char| matches!(c, '.' | ',' | ';' | ':' | '!' | '?') || c.is_whitespace())
        .trim_end_matches(|c: char| TRAILING.contains(&c) || c.is_whitespace());
    if trimmed.chars().any(char::is_alphanumeric) {
        trimmed.to_string()
    } else {
        String::new()
    }
}

/// Removes any of `phrases` (lower case, compared ignoring case) from the start of `s`, as often
/// as one matches: "The problem is: our deploys take a day" → "our deploys take a day". A phrase
/// only matches whole words: followed by the end, a space or a colon.
pub fn strip_lead(s: &str, phrases: &[&str]) -> String {
    let mut out = fragment(s);
    while let Some(rest) = phrases.iter().find_map(|p| {
        let head = out.get(..p.len())?;
        let rest = &out[p.len()..];
        (head.to_lowercase() == *p && (rest.is_empty() || rest.starts_with([' ', ':']))).then_some(rest)
    }) {
        out = fragment(rest);
    }
    out
}

/// Removes trailing words among `words` (lower case): "Platform team" → "Platform".
pub fn strip_tail_words(s: &str, words: &[&str]) -> String {
    let mut tokens: Vec<&str> = s.split_whitespace().collect();
    while tokens.last().is_some_and(|t| words.contains(&t.to_lowercase().as_str())) {
        tokens.pop();
    }
    tokens.join(" ")
}

/// Words that start a clause and are never names, so they may be lower-cased after a colon:
/// articles, pronouns, quantifiers, prepositions, and the verbs a focus or problem starts with.
#[rustfmt::skip]
const COMMON_LEADS: &[&str] = &[
    "a", "an", "the", "our", "we", "us", "my", "your", "their", "they", "its", "it", "this", "that", "these", "those",
    "there", "here", "every", "each", "all", "any", "some", "most", "many", "much", "more", "few", "no", "none",
    "both", "either", "neither", "nobody", "nothing", "everything", "everyone", "after", "before", "since", "because",
    "when", "while", "with", "without", "for", "from", "in", "on", "at", "by", "as", "if", "once", "until", "across",
    "own", "owning", "cut", "cutting", "make", "making", "take", "taking", "run", "running", "build", "building",
    "lead", "leading", "design", "designing", "ship", "shipping", "fix", "fixing", "move", "moving", "migrate",
    "migrating", "reduce", "reducing", "improve", "improving", "split", "splitting", "replace", "replacing",
    "rebuild", "rebuilding", "rewrite", "rewriting", "drive", "driving", "deliver", "delivering", "scale", "scaling",
    "speed", "speeding", "get", "getting", "bring", "bringing", "turn", "turning", "keep", "keeping", "automate",
    "automating", "stabilise", "stabilize", "harden", "modernise", "modernize", "untangle", "retire", "profile",
    "debug", "break", "write", "maintain", "operate", "define",
];

/// Lower-cases the first letter when the first word is a common word written with a capital only
/// because it started a sentence ("Every team…" → "every team…"); names, acronyms and anything
/// unknown keep their case, since a wrongly lower-cased name is worse than a capital after a colon.
pub fn lower_lead(s: &str) -> String {
    let first = s.split_whitespace().next().unwrap_or_default();
    let word = first.trim_end_matches(|c: char| !c.is_alphanumeric());
    let mut chars = word.chars();
    let plain = chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase);
    if !plain || !COMMON_LEADS.contains(&word.to_lowercase().as_str()) {
        return s.to_string();
    }
    let mut rest = s.chars();
    rest.next().map(|c| c.to_lowercase().chain(rest).collect()).unwrap_or_default()
}

/// The items of a written list: split at commas, semicolons, spaced slashes and the words "and"
/// and "&"; each item a [`fragment`], empty ones dropped.
pub fn list_items(s: &str) -> Vec<String> {
    s.replace(" / ", ",")
        .split([',', ';'])
        .flat_map(|part| {
            let mut items = vec![String::new()];
            for word in part.split_whitespace() {
                if word.eq_ignore_ascii_case("and") || word == "&" {
                    items.push(String::new());
                } else if let Some(last) = items.last_mut() {
                    last.push(' ');
                    last.push_str(word);
                }
            }
            items
        })
        .map(|i| fragment(&i))
        .filter(|i| !i.is_empty())
        .collect()
}

/// An item's words for comparison: lower case, without trailing punctuation or "service(s)".
fn item_key(item: &str) -> Vec<String> {
    let words: Vec<String> = item
        .split_whitespace()
        .map(|w| w.trim_end_matches(|c: char| TRAILING.contains(&c)).to_lowercase())
        .filter(|w| !w.is_empty())
        .collect();
    let without: Vec<String> = words.iter().filter(|w| *w != "service" && *w != "services").cloned().collect();
    if without.is_empty() {
        words
    } else {
        without
    }
}

/// Whether two list items name the same thing: one's words, ignoring case and "services", are a
/// run of the other's ("Go" and "Go services"; "Kafka" and "kafka streams").
pub fn repeats(a: &str, b: &str) -> bool {
    let (a, b) = (item_key(a), item_key(b));
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    !short.is_empty() && long.windows(short.len()).any(|w| w == short.as_slice())
}

/// `items` without those that repeat an earlier item or any of `already` (listed elsewhere in
/// the same text); the first mention wins.
pub fn distinct(items: Vec<String>, already: &[String]) -> Vec<String> {
    let mut kept: Vec<String> = Vec::new();
    for item in items {
        if !kept.iter().chain(already).any(|k| repeats(k, &item)) {
            kept.push(item);
        }
    }
    kept
}

/// "a", "a and b", "a, b and c".
pub fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The last pass over a composed text: spaces and blank lines tidied, no space before punctuation,
/// runs like ".." or ",." reduced to one mark ("..." becomes "…"), immediately doubled words
/// dropped and every sentence started with a capital. Keeps a final newline if there was one.
pub fn tidy(text: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    for line in text.lines() {
        let indent = &line[..line.len() - line.trim_start().len()];
        let body = line.split_whitespace().collect::<Vec<_>>().join(" ");
        let blank = body.is_empty();
        if blank && lines.last().is_none_or(|l| l.is_empty()) {
            continue;
        }
        lines.push(if blank { body } else { format!("{indent}{body}") });
    }
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    let joined = lines.join("\n");
    let mut out = capitalise_sentences(&collapse_doubled(&fix_punctuation(&joined)));
    if text.ends_with('\n') && !out.is_empty() {
        out.push('\n');
    }
    out
}

/// No space before a mark that ends a word; a run of marks becomes its strongest one.
fn fix_punctuation(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == ' ' {
            // Skip spaces before a run of marks that ends at a space, a line end or the text's end
            // (so " ." goes, but ".NET" and ":)" stay).
            let mut j = i;
            while j < chars.len() && chars[j] == ' ' {
                j += 1;
            }
            let mut k = j;
            while k < chars.len() && MARKS.contains(&chars[k]) {
                k += 1;
            }
            if k > j && (k == chars.len() || chars[k].is_whitespace()) {
                i = j;
                continue;
            }
            out.push(c);
            i += 1;
            continue;
        }
        if MARKS.contains(&c) {
            let mut run = Vec::new();
            while i < chars.len() && (MARKS.contains(&chars[i]) || chars[i] == ' ' && next_is_mark(&chars, i)) {
                if chars[i] != ' ' {
                    run.push(chars[i]);
                }
                i += 1;
            }
            if run.len() == 1 {
                out.push(run[0]);
            } else if run.iter().all(|m| *m == '.') {
                out.push(if run.len() >= 3 { '…' } else { '.' });
            } else if let Some(strongest) = MARKS.iter().find(|m| run.contains(m)) {
                out.push(*strongest);
            }
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

/// Whether the spaces at `i` lead to a mark that ends a word (". ." → the second dot).
fn next_is_mark(chars: &[char], i: usize) -> bool {
    let mut j = i;
    while j < chars.len() && chars[j] == ' ' {
        j += 1;
    }
    j < chars.len()
        && MARKS.contains(&chars[j])
        && chars.get(j + 1).is_none_or(|n| n.is_whitespace() || MARKS.contains(n))
}

/// A text split into words, each with the whitespace before it.
fn words_with_spaces(text: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let word_at = rest.find(|c: char| !c.is_whitespace()).unwrap_or(rest.len());
        let (space, tail) = rest.split_at(word_at);
        let word_end = tail.find(char::is_whitespace).unwrap_or(tail.len());
        let (word, after) = tail.split_at(word_end);
        out.push((space, word));
        rest = after;
    }
    out
}

fn word_core(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()
}

/// Drops a word that repeats the one before it with only space between ("own own" → "own"; the
/// second word's trailing punctuation stays: "Go Go." → "Go.").
pub fn collapse_doubled(text: &str) -> String {
    let mut kept: Vec<(String, String)> = Vec::new();
    for (space, word) in words_with_spaces(text) {
        if let Some((_, prev)) = kept.last_mut() {
            let doubled = prev.ends_with(char::is_alphanumeric)
                && word.starts_with(char::is_alphanumeric)
                && !word_core(word).is_empty()
                && word_core(prev) == word_core(word);
            if doubled {
                prev.push_str(&word[word.trim_end_matches(|c: char| !c.is_alphanumeric()).len()..]);
                continue;
            }
        }
        kept.push((space.to_string(), word.to_string()));
    }
    kept.into_iter().map(|(s, w)| s + &w).collect()
}

/// Abbreviations whose full stop does not end a sentence.
fn is_abbreviation(word: &str) -> bool {
    let lower = word.trim_start_matches(['(', '[', '"', '“', '\'']).to_lowercase();
    if ["vs.", "cf.", "approx.", "incl.", "esp."].contains(&lower.as_str()) {
        return true;
    }
    // "e.g.", "i.e.", "U.S.": letters each followed by a full stop, two or more.
    let chars: Vec<char> = lower.chars().collect();
    chars.len() >= 4 && chars.chunks(2).all(|p| p.len() == 2 && p[0].is_alphabetic() && p[1] == '.')
}

/// Whether a sentence's first word may be capitalised: not written in mixed case on purpose
/// ("gRPC", "iOS") and not an address ("example.com", "ada@example.com", "a/b").
fn may_capitalise(word: &str) -> bool {
    let core = word.trim_matches(|c: char| !c.is_alphanumeric());
    let inner_dot = core.contains('.');
    !core.chars().skip(1).any(char::is_uppercase) && !core.contains(['@', '/']) && !inner_dot
}

/// Capitalises the first word of every line and of every sentence after . ! or ? (not after an
/// ellipsis, which as often pauses a sentence as ends it).
fn capitalise_sentences(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at_start = true;
    for (space, word) in words_with_spaces(text) {
        out.push_str(space);
        if space.contains('\n') {
            at_start = true;
        }
        if at_start && word.chars().any(char::is_alphanumeric) {
            at_start = false;
            if may_capitalise(word) {
                let lead = word.len() - word.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
                let (head, body) = word.split_at(lead);
                let mut chars = body.chars();
                out.push_str(head);
                if let Some(first) = chars.next() {
                    // Title case: "ß" becomes "Ss", not "SS".
                    let mut upper = first.to_uppercase();
                    out.extend(upper.next());
                    out.extend(upper.flat_map(char::to_lowercase));
                    out.push_str(chars.as_str());
                }
            } else {
                out.push_str(word);
            }
        } else {
            out.push_str(word);
        }
        let end = word.trim_end_matches(['"', '”', '\'', '’', ')', ']']);
        if end.ends_with(['.', '!', '?']) && !is_abbreviation(end) {
            at_start = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn fragments_lose_their_sentence_punctuation() {
        assert_eq!(fragment("  Own the   ledger service. "), "Own the ledger service", "spaces and the full stop");
        assert_eq!(fragment("stuck..."), "stuck", "an ellipsis at the end");
        assert_eq!(fragment("—"), "", "no letters, no fragment");
        assert_eq!(fragment("own own the service"), "own the service", "a doubled word");
        assert_eq!(fragment(": deploys take a day;"), "deploys take a day", "stray marks at both ends");
    }

    #[test]
    fn leads_and_tails_come_off_whole_words_only() {
        let leads = ["the problem is", "problem:", "problem"];
        assert_eq!(strip_lead("The problem is: deploys take a day.", &leads), "deploys take a day", "any case");
        assert_eq!(strip_lead("Problem: deploys", &leads), "deploys", "a colon ends the phrase");
        assert_eq!(strip_lead("Problematic deploys", &leads), "Problematic deploys", "not a word of its own");
        assert_eq!(strip_tail_words("Platform team", &["team"]), "Platform", "the tail word goes");
        assert_eq!(strip_tail_words("team team", &["team"]), "", "as often as it repeats");
    }

    #[test]
    fn only_common_words_are_lower_cased() {
        assert_eq!(lower_lead("Every team builds its own"), "every team builds its own", "a quantifier");
        assert_eq!(lower_lead("Own the ledger"), "own the ledger", "a verb");
        assert_eq!(lower_lead("Kafka lags"), "Kafka lags", "a name keeps its capital");
        assert_eq!(lower_lead("API p99 is 2 s"), "API p99 is 2 s", "an acronym too");
        assert_eq!(lower_lead("Spring services"), "Spring services", "and a framework");
    }

    #[test]
    fn lists_split_join_and_drop_repeats() {
        assert_eq!(
            list_items("Docker, Kubernetes and AWS / GCP;"),
            strings(&["Docker", "Kubernetes", "AWS", "GCP"]),
            "commas, \"and\", spaced slashes"
        );
        assert_eq!(list_items("CI/CD & R&D"), strings(&["CI/CD", "R&D"]), "unspaced slashes and ampersands stay");
        let items = strings(&["Go services", "go", "Kafka", "Kafka Streams", "GO."]);
        assert_eq!(distinct(items, &strings(&["AWS"])), strings(&["Go services", "Kafka"]), "first mention wins");
        assert_eq!(
            distinct(strings(&["Kubernetes"]), &strings(&["kubernetes"])),
            Vec::<String>::new(),
            "listed elsewhere already"
        );
        assert!(!repeats("Go", "Google Cloud"), "a word is not a prefix");
        assert_eq!(join_and(&strings(&["a", "b", "c"])), "a, b and c", "house style: no serial comma");
    }

    #[test]
    fn tidy_mends_what_joins_break() {
        assert_eq!(
            tidy("Hi ,\n\n\n\nyou would own own it ."),
            "Hi,\n\nYou would own it.",
            "spaces, blank lines, doubles"
        );
        assert_eq!(
            tidy("slow. customers leave.. really . . \n"),
            "Slow. Customers leave. Really.\n",
            "empty sentences"
        );
        assert_eq!(tidy("we wait... and then ,."), "We wait… and then.", "an ellipsis pauses, \",.\" ends");
        assert_eq!(
            tidy("use .NET :) e.g. this. gRPC is fine. example.com works"),
            "Use .NET :) e.g. this. gRPC is fine. example.com works",
            "names, abbreviations, mixed case and addresses are left alone"
        );
        assert_eq!(tidy("Go Go. Go!"), "Go. Go!", "doubled only with nothing but space between");
        assert_eq!(tidy("straße. ßig"), "Straße. Ssig", "unicode capitals, in title case");
    }
}
