//! Every pattern's example sentence, run through the real pipeline, is coded by that pattern
//! with its type.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

mod common;

use kroniek_core::PloverType;
use kroniek_events::{EventStage, PATTERNS_EN, PATTERNS_NL, parse};

fn check(lang: &str, file: &'static str, text: &str) {
    let patterns = parse(file, text).unwrap();
    let cases = patterns
        .iter()
        .map(|p| (p.id.as_str(), p.example.as_str(), p.kind));
    let failures = common::uncoded(lang, cases, true);
    assert!(
        failures.is_empty(),
        "{} of {} examples not coded:\n{}",
        failures.len(),
        patterns.len(),
        failures.join("\n")
    );
}

#[test]
fn dutch_examples_are_coded() {
    check("nl", "patterns-nl.tsv", PATTERNS_NL);
}

#[test]
fn english_examples_are_coded() {
    check("en", "patterns-en.tsv", PATTERNS_EN);
}

#[test]
fn every_plover_type_has_patterns_in_both_languages() {
    for (file, text) in [
        ("patterns-nl.tsv", PATTERNS_NL),
        ("patterns-en.tsv", PATTERNS_EN),
    ] {
        let ps = parse(file, text).unwrap();
        for t in PloverType::ALL {
            assert!(ps.iter().any(|p| p.kind == t), "{file}: no pattern for {t}");
        }
    }
}

#[test]
fn stage_builds_from_shipped_files() {
    assert!(EventStage::new().is_ok());
    let bad = "id\ttrigger\tpos\trequires\ttype\tmode\tcameo\tsource\ttarget\tcontrol\tconfidence\texample\nx\ty\tverb\t-\tASSAULT\t-\t19x\tnsubj\tobj\t-\t0.9\tz\n";
    let e = EventStage::with_patterns(bad, PATTERNS_EN)
        .unwrap_err()
        .to_string();
    assert!(e.starts_with("patterns-nl.tsv:2:"), "{e}");
}
