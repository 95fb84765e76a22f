//! The parser against the labelled corpus: the accuracy targets must hold, and every
//! rendered file must parse (none fails).

use std::path::Path;

use shortlist_parse::dates::Month;
use shortlist_parse::score::score_corpus;
use shortlist_parse::Options;

#[test]
fn the_labelled_set_meets_the_accuracy_targets() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let today = Month::new(2026, 11).expect("month");
    let report = score_corpus(&corpus, &Options::new("US", today)).expect("the corpus is readable");
    println!("{report}");
    assert!(report.files.len() >= 64, "at least 32 resumes in PDF and DOCX: {}", report.files.len());
    let failed: Vec<&str> = report.files.iter().filter(|f| f.error.is_some()).map(|f| f.file.as_str()).collect();
    assert!(failed.is_empty(), "every rendered resume parses: {failed:?}");
    for (field, target) in [("contacts", 0.97), ("positions", 0.85), ("skills", 0.85)] {
        let f1 = report.total[field].f1();
        assert!(f1 >= target, "{field}: F1 {f1:.3} is under the target {target}");
    }
}
