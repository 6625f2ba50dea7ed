//! Speed of the actor stage on the seed article repeated, and the dictionary load time.
//!
//! ```sh
//! cargo run --release -p kroniek_actors --example actor_speed
//! ```
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a measurement script"
)]

use std::time::Instant;

use kroniek_actors::{ActorStage, Dictionary};
use kroniek_core::{Document, Lang, Metadata, Pipeline};
use kroniek_geo::PlaceStage;
use kroniek_syntax::SyntaxStage;
use kroniek_text::{LanguageStage, SegmentStage, normalize};

fn main() {
    let t = Instant::now();
    let dict = Dictionary::embedded().unwrap();
    println!(
        "dictionary: {} countries, {} organisations, {} agency nouns, {} roles; parsed in {:.1} ms",
        dict.countries().len(),
        dict.organisations().len(),
        dict.agencies().len(),
        dict.roles().len(),
        t.elapsed().as_secs_f64() * 1000.0
    );
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/seed/article-2021-08.txt");
    let Ok(raw) = std::fs::read_to_string(&path) else {
        println!("skipping: ../shared not found");
        return;
    };
    let body = raw
        .trim_start()
        .strip_prefix("date 2021-08")
        .unwrap_or(&raw);
    let text = vec![body; 50].join("\n\n");
    let pipeline = Pipeline::builder()
        .stage(LanguageStage::new(Some(Lang("nl".into()))))
        .stage(SegmentStage)
        .stage(SyntaxStage::new().unwrap())
        .stage(kroniek_actors::ner_stage().unwrap())
        .stage(PlaceStage::new().unwrap())
        .build()
        .unwrap();
    let mut doc = Document::new(Metadata::default(), normalize(&text, 0));
    pipeline.run(&mut doc).unwrap();
    let tokens = doc.layers().segments().unwrap().tokens.len();
    let stage = ActorStage::new().unwrap();
    let runs = 5;
    let t = Instant::now();
    let mut actors = 0;
    for _ in 0..runs {
        actors = stage.resolve(&doc).unwrap().actors.len();
    }
    let secs = t.elapsed().as_secs_f64() / f64::from(runs);
    println!(
        "actor stage: {tokens} tokens ({} KB, seed article x50) in {:.1} ms: {:.0} tokens/s; {actors} actors",
        text.len() / 1024,
        secs * 1000.0,
        tokens as f64 / secs
    );
}
