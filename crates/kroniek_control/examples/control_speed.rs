//! Speed of the control and attribute stages on the seed article repeated:
//! `cargo run --release -p kroniek_control --example control_speed [REPEATS]`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::disallowed_methods,
    reason = "a measuring tool, not library code"
)]

use std::path::Path;
use std::time::Instant;

use kroniek_control::{AttributeStage, ControlStage};
use kroniek_core::{DocDate, Document, Lang, Metadata, Pipeline};
use kroniek_text::{LanguageStage, SegmentStage, normalize};

fn main() {
    let repeats: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(50);
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seed/article-2021-08.txt");
    let Ok(raw) = std::fs::read_to_string(&path) else {
        eprintln!("skipping: ../shared not found");
        return;
    };
    let body = raw
        .trim_start()
        .strip_prefix("date 2021-08")
        .unwrap_or(&raw);
    let text = vec![body.trim(); repeats].join("\n\n");
    let upstream = Pipeline::builder()
        .stage(LanguageStage::new(Some(Lang("nl".into()))))
        .stage(SegmentStage)
        .stage(kroniek_syntax::SyntaxStage::new().unwrap())
        .stage(kroniek_actors::ner_stage().unwrap())
        .stage(kroniek_time::TimeStage::new())
        .stage(kroniek_geo::PlaceStage::new().unwrap())
        .build()
        .unwrap();
    let mut doc = Document::new(
        Metadata {
            date: DocDate::from_year_month(2021, 8).unwrap(),
            ..Metadata::default()
        },
        normalize(&text, 0),
    );
    let t = Instant::now();
    upstream.run(&mut doc).unwrap();
    let upstream_s = t.elapsed().as_secs_f64();
    let control = ControlStage::new().unwrap();
    let attrs = AttributeStage::new().unwrap();
    let rounds = 5;
    let t = Instant::now();
    let mut n_claims = 0;
    let mut n_attrs = 0;
    for _ in 0..rounds {
        let mut diag = Vec::new();
        n_claims = control.claims(&doc, &mut diag).unwrap().claims.len();
        n_attrs = attrs.attributes(&doc).unwrap().attributes.len();
    }
    let ours = t.elapsed().as_secs_f64() / f64::from(rounds);
    let kb = text.len() as f64 / 1024.0;
    println!(
        "seed ×{repeats}: {kb:.0} KiB, {} sentences; upstream stages {upstream_s:.3} s; \
         control+attributes {:.2} ms ({:.0} KiB/s); {n_claims} claims, {n_attrs} attributes",
        doc.layers().segments().unwrap().sentences.len(),
        ours * 1e3,
        kb / ours
    );
    assert_eq!(n_attrs, repeats, "one population figure per copy");
}
