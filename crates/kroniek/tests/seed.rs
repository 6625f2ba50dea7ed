//! The seed article from ../shared/seed: the smallest complete example of what kroniek reads.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

use std::path::Path;

use kroniek::pipeline::{PipelineOptions, standard};
use kroniek_core::Precision;
use kroniek_ingest::{IngestOptions, Ingestor, InputPath, Item};

#[test]
fn seed_article_header_language_and_spans() {
    let seed =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seed/article-2021-08.txt");
    if !seed.exists() {
        eprintln!("skipping: ../shared/seed/article-2021-08.txt not found");
        return;
    }
    let items: Vec<Item> =
        Ingestor::new(&[InputPath::Path(seed.clone())], IngestOptions::default()).collect();
    assert_eq!(items.len(), 1);
    let Some(Item::Document(raw)) = items.into_iter().next() else {
        panic!("the seed article was skipped");
    };
    let mut doc = raw.into_document();
    standard(&PipelineOptions::default())
        .unwrap()
        .run(&mut doc)
        .unwrap();
    assert_eq!(doc.date().value().as_deref(), Some("2021-08"));
    assert_eq!(doc.date().precision(), Precision::Month);
    assert_eq!(doc.lang().map(|l| l.as_str()), Some("nl"));
    assert!(doc.text().starts_with("De taliban veroverden"));
    // Offsets map back into the file: the header is 14 bytes (" date 2021-08 ").
    let original = std::fs::read_to_string(&seed).unwrap();
    let at = doc.offsets().to_original(0) as usize;
    assert!(original[at..].starts_with("De taliban veroverden"));
    let seg = doc.layers().segments().unwrap();
    assert!(
        seg.sentences.len() >= 20,
        "{} sentences",
        seg.sentences.len()
    );
    for span in doc.layers().all_spans() {
        assert!(doc.text().get(span.start()..span.end()).is_some());
    }
    // Tokens the later stages rely on.
    let tokens: Vec<&str> = seg
        .tokens
        .iter()
        .map(|t| t.span.slice(doc.text()))
        .collect();
    for expected in ["150.000", "9/11", "Panjshir-vallei", "Amrullah", "“"] {
        assert!(tokens.contains(&expected), "no token {expected}");
    }
}
