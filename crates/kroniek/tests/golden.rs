//! Golden tests: small articles written for kroniek, in Dutch and English, each with its date,
//! rendered in the readable inline form and snapshotted with insta. Review a change with
//! `cargo insta review` (or `INSTA_UPDATE=always cargo test -p kroniek --test golden`).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

use std::path::Path;

use kroniek::pipeline::{PipelineOptions, standard};
use kroniek::render;
use kroniek_ingest::{IngestOptions, Ingestor, InputPath, Item};

fn render_inputs(path: &Path) -> String {
    let pipeline = standard(&PipelineOptions::default()).expect("pipeline");
    let mut out = String::new();
    for item in Ingestor::new(
        &[InputPath::Path(path.to_path_buf())],
        IngestOptions::default(),
    ) {
        match item {
            Item::Document(raw) => {
                let mut doc = raw.into_document();
                pipeline.run(&mut doc).expect("pipeline runs");
                for d in doc.diagnostics() {
                    out.push_str(&format!("! {}: {}\n", d.stage, d.message));
                }
                out.push_str(&render::text(&doc));
            }
            Item::Skipped(p) => out.push_str(&format!("skipped: {p}\n")),
        }
        out.push('\n');
    }
    out
}

fn golden(dir: &str, name: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // Run from the workspace root so that sources in the snapshots are relative paths.
    let workspace = root.join("../..");
    std::env::set_current_dir(&workspace).expect("workspace root");
    let rel = Path::new(dir).join(name);
    insta::assert_snapshot!(name, render_inputs(&rel));
}

#[test]
fn nl_article_in_header_format() {
    golden(
        "crates/kroniek/tests/fixtures/golden",
        "nl-verzet-2021-08.txt",
    );
}

#[test]
fn nl_numbers_lists_urls() {
    golden("crates/kroniek/tests/fixtures/golden", "nl-cijfers.txt");
}

#[test]
fn en_article() {
    golden(
        "crates/kroniek/tests/fixtures/golden",
        "en-resistance-2021-08.txt",
    );
}

#[test]
fn mixed_languages() {
    golden("crates/kroniek/tests/fixtures/golden", "en-mixed.txt");
}

#[test]
fn sample_nl_text() {
    golden("samples", "nl-charkiv-2022-09.txt");
}

#[test]
fn sample_en_text() {
    golden("samples", "en-kharkiv-2022-09.txt");
}

#[test]
fn sample_jsonl() {
    golden("samples", "wire-2021-08.jsonl");
}

#[test]
fn sample_csv() {
    golden("samples", "agencies-2021.csv");
}

#[test]
fn sample_html() {
    golden("samples", "nos-style-2021-09.html");
}
