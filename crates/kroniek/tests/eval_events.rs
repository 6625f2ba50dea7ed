//! The Dutch event gold set (data/gold/events-nl.json, written for kroniek) through the whole
//! pipeline: floors under the measured figures, so a change that breaks event coding, actor
//! resolution or the evaluation itself fails here. The figures are in eval-reports/events.md.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

use std::path::Path;

use kroniek::pipeline::{PipelineOptions, standard};
use kroniek_eval::{EventEvalOptions, eval_events};

#[test]
fn dutch_gold_set_floors() {
    let gold = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/gold/events-nl.json");
    let pipeline = standard(&PipelineOptions::default()).unwrap();
    let report = eval_events(&gold, &pipeline, &EventEvalOptions::default()).unwrap();
    assert!(report.records >= 150, "{report}");
    assert!(report.type_accuracy.value() >= 0.72, "{report}");
    assert!(report.source.f1() >= 0.65, "{report}");
    assert!(report.target.f1() >= 0.55, "{report}");
    assert!(report.negated.f1() >= 0.8, "{report}");
}

#[test]
fn english_gold_set_floors() {
    let gold = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/gold/events-en.json");
    let pipeline = standard(&PipelineOptions::default()).unwrap();
    let report = eval_events(&gold, &pipeline, &EventEvalOptions::default()).unwrap();
    assert!(report.records >= 100, "{report}");
    assert!(report.type_accuracy.value() >= 0.85, "{report}");
    assert!(report.source.f1() >= 0.85, "{report}");
    assert!(report.target.f1() >= 0.75, "{report}");
}
