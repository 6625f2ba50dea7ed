//! The pipeline the examples run: every stage the event coder reads, in the CLI's order.

#[allow(
    dead_code,
    reason = "only the audit examples read the real-news corpora"
)]
pub mod corpora;

use kroniek_core::{DocDate, Document, Lang, Metadata, Pipeline, PipelineBuilder};
use kroniek_geo::PlaceStage;
use kroniek_syntax::SyntaxStage;
use kroniek_text::{LanguageStage, SegmentStage, normalize};
use kroniek_time::TimeStage;

/// Language (forced to `lang`), segmentation, syntax, entities, time and places.
pub fn up_to_places(lang: &str) -> PipelineBuilder {
    Pipeline::builder()
        .stage(LanguageStage::new(Some(Lang(lang.into()))))
        .stage(SegmentStage)
        .stage(SyntaxStage::new().unwrap())
        .stage(kroniek_actors::ner_stage().unwrap())
        .stage(TimeStage::new())
        .stage(PlaceStage::new().unwrap())
}

/// [`up_to_places`] with actors, and events when `events` is set.
#[allow(dead_code, reason = "not every example codes events")]
pub fn with_actors(lang: &str, events: bool) -> Pipeline {
    let pb = up_to_places(lang).stage(kroniek_actors::ActorStage::new().unwrap());
    let pb = if events {
        pb.stage(kroniek_events::EventStage::new().unwrap())
    } else {
        pb
    };
    pb.build().unwrap()
}

/// [`with_actors`] with events as the rules code them: every event, the coder's confidence.
#[allow(
    dead_code,
    reason = "only the audits and the plausibility training read them"
)]
pub fn rule_based(lang: &str) -> Pipeline {
    up_to_places(lang)
        .stage(kroniek_actors::ActorStage::new().unwrap())
        .stage(kroniek_events::EventStage::new().unwrap().rule_based())
        .build()
        .unwrap()
}

/// Run `p` on `text` as one document dated `date`.
#[allow(dead_code, reason = "not every example reads raw text")]
pub fn run_dated(p: &Pipeline, text: &str, date: DocDate) -> Document {
    let mut doc = Document::new(
        Metadata {
            date,
            ..Metadata::default()
        },
        normalize(text, 0),
    );
    p.run(&mut doc).unwrap();
    doc
}
