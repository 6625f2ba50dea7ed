//! Release-mode timing of the event stage alone on the seed article repeated:
//! `cargo run --release -p kroniek_events --example events_speed -- [copies]`.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "a developer tool")]

mod common;

use std::time::Instant;

use kroniek_core::{DocDate, Document, Metadata, Stage};
use kroniek_text::normalize;

fn main() {
    let copies: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(20);
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/seed/article-2021-08.txt");
    let raw = std::fs::read_to_string(path).unwrap();
    let body = raw
        .trim_start()
        .strip_prefix("date 2021-08")
        .unwrap()
        .trim();
    let text = vec![body; copies].join("\n\n");
    let p = common::up_to_places("nl").build().unwrap();
    let mut doc = Document::new(
        Metadata {
            date: DocDate::from_year_month(2021, 8).unwrap(),
            ..Metadata::default()
        },
        normalize(&text, 0),
    );
    let t0 = Instant::now();
    p.run(&mut doc).unwrap();
    let upstream = t0.elapsed().as_secs_f64();
    let stage = kroniek_events::EventStage::new().unwrap();
    let tokens = doc.layers().segments().unwrap().tokens.len();
    let rounds = 20;
    let t1 = Instant::now();
    let mut n = 0;
    for _ in 0..rounds {
        let mut diag = Vec::new();
        if let kroniek_core::Layer::Events(l) = stage.annotate(&doc, &mut diag).unwrap() {
            n = l.events.len();
        }
    }
    let ev = t1.elapsed().as_secs_f64() / f64::from(rounds);
    println!(
        "tokens={tokens} events={n} upstream={:.0} tok/s events_stage={:.0} tok/s ({:.1}% of upstream time)",
        tokens as f64 / upstream,
        tokens as f64 / ev,
        100.0 * ev / upstream
    );
}
