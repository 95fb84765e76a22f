//! Differences between two versions of a text (an offer letter), line by line: the longest
//! common subsequence, so moved-around sections read as removed here and added there.

use serde::{Deserialize, Serialize};
use specta::Type;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    Same,
    Added,
    Removed,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct DiffLine {
    pub change: Change,
    pub text: String,
}

/// Letters are short; above this many lines on either side the diff falls back to
/// "everything removed, everything added" rather than using quadratic memory.
const MAX_LINES: usize = 4_000;

pub fn lines(old: &str, new: &str) -> Vec<DiffLine> {
    let a: Vec<&str> = old.lines().collect();
    let b: Vec<&str> = new.lines().collect();
    let line = |change, text: &str| DiffLine { change, text: text.to_string() };
    if a.len() > MAX_LINES || b.len() > MAX_LINES {
        return a.iter().map(|t| line(Change::Removed, t)).chain(b.iter().map(|t| line(Change::Added, t))).collect();
    }
    // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            out.push(line(Change::Same, a[i]));
            i += 1;
            j += 1;
        } else if lcs[i + 1][j] >= lcs[i][j + 1] {
            out.push(line(Change::Removed, a[i]));
            i += 1;
        } else {
            out.push(line(Change::Added, b[j]));
            j += 1;
        }
    }
    out.extend(a[i..].iter().map(|t| line(Change::Removed, t)));
    out.extend(b[j..].iter().map(|t| line(Change::Added, t)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_salary_line_is_one_removal_and_one_addition() {
        let old = "Dear Grace,\n- Base salary: EUR 90,000\n- Bonus: 10%\nSincerely";
        let new = "Dear Grace,\n- Base salary: EUR 95,000\n- Bonus: 10%\n- Equity: 4,000 options\nSincerely";
        let got: Vec<(Change, String)> = lines(old, new).into_iter().map(|l| (l.change, l.text)).collect();
        let want: Vec<(Change, String)> = [
            (Change::Same, "Dear Grace,"),
            (Change::Removed, "- Base salary: EUR 90,000"),
            (Change::Added, "- Base salary: EUR 95,000"),
            (Change::Same, "- Bonus: 10%"),
            (Change::Added, "- Equity: 4,000 options"),
            (Change::Same, "Sincerely"),
        ]
        .into_iter()
        .map(|(c, t)| (c, t.to_string()))
        .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn identical_texts_have_no_changes_and_empty_sides_work() {
        assert!(lines("a\nb", "a\nb").iter().all(|l| l.change == Change::Same));
        assert_eq!(lines("", "x").len(), 1);
        assert_eq!(lines("x", "")[0].change, Change::Removed);
    }
}
