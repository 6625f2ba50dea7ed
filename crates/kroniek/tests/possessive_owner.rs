//! A possessive's owner is the actor ("De Noordelijke Alliantie zegt dat haar strijders …"),
//! through the whole pipeline (actors come from the actor stage).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

use kroniek::pipeline::{PipelineOptions, standard};
use kroniek_ingest::{IngestOptions, Ingestor, Item};

#[test]
fn possessive_phrase_takes_its_owner_as_actor() {
    let text = "date 2021-08-23\nDe Noordelijke Alliantie zegt dat haar strijders drie districten in de provincie Baghlan hebben heroverd.\n";
    let item = Ingestor::from_bytes(text.as_bytes().to_vec(), "t.txt", IngestOptions::default())
        .next()
        .unwrap();
    let Item::Document(raw) = item else {
        panic!("skipped")
    };
    let mut doc = raw.into_document();
    standard(&PipelineOptions::default())
        .unwrap()
        .run(&mut doc)
        .unwrap();
    let events = &doc.layers().events().unwrap().events;
    let e = events
        .iter()
        .find(|e| e.sources.iter().any(|p| p.text == "haar strijders"))
        .unwrap_or_else(|| panic!("{events:?}"));
    assert_eq!(e.sources[0].actor.as_deref(), Some("northern-alliance"));
    let control = &doc.layers().control().unwrap().claims;
    assert!(
        control
            .iter()
            .any(|c| c.region == "AF-BGL" && c.actor.as_deref() == Some("northern-alliance")),
        "{control:?}"
    );
}
