//! Person-name keys for duplicate detection: diacritics and case folded, and common nicknames
//! mapped to the formal first name (Bill → William), so "Bill Gates" and "William Gates" meet.

use crate::text::fold;

/// (nickname, formal name), folded.
const NICKNAMES: [(&str, &str); 82] = [
    ("bill", "william"),
    ("billy", "william"),
    ("will", "william"),
    ("willy", "william"),
    ("liam", "william"),
    ("bob", "robert"),
    ("bobby", "robert"),
    ("rob", "robert"),
    ("robbie", "robert"),
    ("bert", "robert"),
    ("dick", "richard"),
    ("rick", "richard"),
    ("ricky", "richard"),
    ("rich", "richard"),
    ("jim", "james"),
    ("jimmy", "james"),
    ("jamie", "james"),
    ("mike", "michael"),
    ("mick", "michael"),
    ("micky", "michael"),
    ("kate", "katherine"),
    ("katie", "katherine"),
    ("kathy", "katherine"),
    ("catherine", "katherine"),
    ("kathryn", "katherine"),
    ("cathy", "katherine"),
    ("liz", "elizabeth"),
    ("lizzie", "elizabeth"),
    ("beth", "elizabeth"),
    ("betty", "elizabeth"),
    ("eliza", "elizabeth"),
    ("alex", "alexander"),
    ("sasha", "alexander"),
    ("sandy", "alexander"),
    ("andy", "andrew"),
    ("drew", "andrew"),
    ("tony", "anthony"),
    ("chris", "christopher"),
    ("dan", "daniel"),
    ("danny", "daniel"),
    ("dave", "david"),
    ("ed", "edward"),
    ("eddie", "edward"),
    ("ted", "edward"),
    ("greg", "gregory"),
    ("jen", "jennifer"),
    ("jenny", "jennifer"),
    ("joe", "joseph"),
    ("joey", "joseph"),
    ("josh", "joshua"),
    ("matt", "matthew"),
    ("nick", "nicholas"),
    ("nicolas", "nicholas"),
    ("pat", "patrick"),
    ("pete", "peter"),
    ("sam", "samuel"),
    ("steve", "steven"),
    ("stephen", "steven"),
    ("tom", "thomas"),
    ("tommy", "thomas"),
    ("vicky", "victoria"),
    ("nate", "nathan"),
    ("ben", "benjamin"),
    ("charlie", "charles"),
    ("chuck", "charles"),
    ("fred", "frederick"),
    ("harry", "henry"),
    ("hank", "henry"),
    ("jack", "john"),
    ("johnny", "john"),
    ("jon", "john"),
    ("larry", "lawrence"),
    ("meg", "margaret"),
    ("maggie", "margaret"),
    ("peggy", "margaret"),
    ("pepe", "jose"),
    ("paco", "francisco"),
    ("nacho", "ignacio"),
    ("sepp", "josef"),
    ("joseph", "josef"),
    ("fritz", "friedrich"),
    ("lukas", "lucas"),
];

/// The formal form of a folded first name.
pub fn formal(first: &str) -> &str {
    NICKNAMES.iter().find(|(n, _)| *n == first).map_or(first, |(_, f)| f)
}

/// Every spelling of a first name that folds to the same formal name ("bill" → bill, william,
/// billy, will, willy, liam).
pub fn variants(first: &str) -> Vec<&str> {
    let formal_name = formal(first);
    let mut out: Vec<&str> = vec![first, formal_name];
    out.extend(NICKNAMES.iter().filter(|(_, f)| *f == formal_name).map(|(n, _)| *n));
    out.sort_unstable();
    out.dedup();
    out
}

/// "first last" with the first name made formal, or `None` for a single-word name (too weak a
/// signal to match on). Words are the folded name's space-separated words, the same words the
/// name-token lookup table holds, so the last name can be looked up there.
pub fn name_key(full_name: &str) -> Option<String> {
    let folded = fold(full_name);
    let words: Vec<&str> =
        folded.split(' ').map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).filter(|w| !w.is_empty()).collect();
    match words.as_slice() {
        [first, .., last] => Some(format!("{} {}", formal(first), last)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nicknames_and_diacritics_meet() {
        assert_eq!(name_key("Bill Gates"), name_key("William H. Gates"));
        assert_eq!(name_key("José Álvarez"), name_key("jose alvarez"));
        assert_eq!(name_key("Katie O'Neil"), name_key("Katherine O'Neil"));
        assert_ne!(name_key("Ana Pérez"), name_key("Ana Gómez"));
        assert_eq!(name_key("Madonna"), None);
        assert!(variants("bill").contains(&"william") && variants("william").contains(&"bill"));
    }

    /// Property: folding is idempotent and case-, accent- and spacing-insensitive for any name
    /// built from these parts.
    #[test]
    fn keys_ignore_case_accents_and_spacing() {
        let firsts = ["José", "Zoë", "Łukasz", "Søren", "Ayşe", "Nguyễn", "Bill", "Chloé", "Björn", "Siobhán"];
        let lasts = ["Álvarez", "Müller", "Wiśniewski", "Kierkegaard-Nielsen", "Yılmaz", "Thị Lan", "Gates", "Dubois"];
        for f in firsts {
            for l in lasts {
                let name = format!("{f} {l}");
                let key = name_key(&name).expect("two words");
                assert_eq!(name_key(&name.to_uppercase()), Some(key.clone()), "{name}: case");
                assert_eq!(name_key(&format!("  {f}   {l} ")), Some(key.clone()), "{name}: spacing");
                assert_eq!(name_key(&key), Some(key.clone()), "{name}: idempotent");
                assert!(!key.chars().any(char::is_uppercase) && key.split(' ').count() == 2, "{name}: {key}");
            }
        }
    }
}
