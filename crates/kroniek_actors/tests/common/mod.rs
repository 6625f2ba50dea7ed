//! A pipeline of the real upstream stages for the actor tests.
#![allow(
    dead_code,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

use std::sync::OnceLock;

use kroniek_actors::ActorStage;
use kroniek_core::{Actor, ActorLayer, Document, Lang, Metadata, Pipeline};
use kroniek_geo::PlaceStage;
use kroniek_syntax::SyntaxStage;
use kroniek_text::{LanguageStage, SegmentStage, normalize};

fn syntax() -> SyntaxStage {
    static S: OnceLock<SyntaxStage> = OnceLock::new();
    S.get_or_init(|| SyntaxStage::new().unwrap()).clone()
}

/// Run the pipeline up to actors on a text in a given language.
pub fn run(text: &str, lang: &str) -> (Document, ActorLayer) {
    let pipeline = Pipeline::builder()
        .stage(LanguageStage::new(Some(Lang(lang.into()))))
        .stage(SegmentStage)
        .stage(syntax())
        .stage(kroniek_actors::ner_stage().unwrap())
        .stage(PlaceStage::new().unwrap())
        .stage(ActorStage::new().unwrap())
        .build()
        .unwrap();
    let mut doc = Document::new(Metadata::default(), normalize(text, 0));
    pipeline.run(&mut doc).unwrap();
    let layer = doc.layers().actors().cloned().unwrap();
    (doc, layer)
}

/// Print the actors (shown when a test fails).
pub fn show(doc: &Document, layer: &ActorLayer) -> String {
    let mut s = String::new();
    for a in &layer.actors {
        let ms: Vec<&str> = a.mentions.iter().map(|m| m.slice(doc.text())).collect();
        s.push_str(&format!(
            "{} [{:?}] {:?}/{:?} role={:?} former={} affil={:?} {:?}\n",
            a.id, a.kind, a.country, a.sector, a.role, a.former, a.affiliation, ms
        ));
    }
    s
}

/// The actor with this id, or a failure listing all actors.
pub fn actor<'a>(doc: &Document, layer: &'a ActorLayer, id: &str) -> &'a Actor {
    layer
        .get(id)
        .unwrap_or_else(|| panic!("no actor {id} in\n{}", show(doc, layer)))
}
