//! Ingestion must never panic, and every document it yields must normalise to text whose
//! offsets map back inside the input. Run: `cargo fuzz run ingest` (nightly).
#![no_main]

use kroniek_ingest::{IngestOptions, Ingestor, Item};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first byte picks the name, so that every format path is reached.
    let (name, body) = match data.split_first() {
        Some((b, rest)) => (
            ["a.txt", "a.jsonl", "a.csv", "a.html", "a.json", "a", "a.gz", "a.zst"][*b as usize % 8],
            rest,
        ),
        None => ("a", data),
    };
    for item in Ingestor::from_bytes(body.to_vec(), name, IngestOptions::default()) {
        if let Item::Document(raw) = item {
            let doc = raw.into_document();
            let text = doc.text();
            assert!(doc.offsets().to_original(text.len()) >= doc.offsets().to_original(0));
        }
    }
});
