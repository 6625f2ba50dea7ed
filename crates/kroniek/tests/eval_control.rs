//! The control gold set (data/gold/control.json, written for kroniek) through the whole
//! pipeline: floors under the measured figures, so a change that breaks control claims, their
//! regions or actors, or the evaluation itself fails here. The figures are in
//! eval-reports/control.md.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

use std::path::Path;

use kroniek::pipeline::{PipelineOptions, standard};
use kroniek_eval::eval_control;
use kroniek_eval::events_eval::Split;

#[test]
fn control_gold_set_floors() {
    let gold = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/gold/control.json");
    let pipeline = standard(&PipelineOptions::default()).unwrap();
    let report = eval_control(&gold, &pipeline, Split::All).unwrap();
    assert!(report.records >= 60, "{report}");
    assert!(report.strict.f1() >= 0.85, "{report}");
    assert!(report.strict.precision() >= 0.88, "{report}");
    assert!(report.region.f1() >= 0.90, "{report}");
    assert!(report.quiet.value() >= 0.8, "{report}");
    assert!(report.attributes.f1() >= 0.6, "{report}");
}
