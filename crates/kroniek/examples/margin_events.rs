//! The event figures (`kroniek_eval::eval_events`) with the syntax models decoded at other
//! beam pruning margins (`Parser::set_prune_margin`), in one run: the Dutch gold set for the
//! Dutch margins, the GSR halves for the English ones. Each line: type accuracy, source F1
//! and target F1 (actor codes).
//!
//! ```sh
//! cargo run --release -p kroniek --example margin_events -- --nl 0 --nl 250 --nl 200 --en 120 --en 100
//! ```
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "a measuring tool")]

use std::path::Path;

use kroniek_actors::ActorStage;
use kroniek_control::{AttributeStage, ControlStage};
use kroniek_core::{Lang, Pipeline};
use kroniek_eval::events_eval::{EventEvalOptions, Split, eval_events};
use kroniek_events::EventStage;
use kroniek_geo::PlaceStage;
use kroniek_syntax::{SyntaxStage, embedded};
use kroniek_text::{LanguageStage, SegmentStage};
use kroniek_time::TimeStage;

fn pipeline(lang: &str, margin: f32) -> Pipeline {
    let mut model = embedded::for_lang(lang).unwrap().unwrap();
    model.parser.set_prune_margin(margin);
    Pipeline::builder()
        .stage(LanguageStage::new(Some(Lang(lang.into()))))
        .stage(SegmentStage)
        .stage(SyntaxStage::with_models(vec![model]))
        .stage(kroniek_actors::ner_stage().unwrap())
        .stage(TimeStage::new())
        .stage(PlaceStage::new().unwrap())
        .stage(ActorStage::new().unwrap())
        .stage(EventStage::new().unwrap())
        .stage(ControlStage::new().unwrap())
        .stage(AttributeStage::new().unwrap())
        .build()
        .unwrap()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut runs: Vec<(&str, f32)> = Vec::new();
    for pair in args.windows(2) {
        if let (Some(lang), Ok(m)) = (pair[0].strip_prefix("--"), pair[1].parse::<f32>()) {
            runs.push((if lang == "nl" { "nl" } else { "en" }, m));
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let gsr = root.join("../shared/data/plover-gsr/PLOVER_GSR_CAMEO.txt");
    let nl = root.join("data/gold/events-nl.json");
    for (lang, margin) in runs {
        let p = pipeline(lang, margin);
        let sets = if lang == "nl" {
            vec![(nl.clone(), Split::All)]
        } else if gsr.exists() {
            vec![
                (gsr.clone(), Split::Odd),
                (gsr.clone(), Split::Even),
                (gsr.clone(), Split::All),
            ]
        } else {
            println!("skipping the GSR: ../shared not found");
            Vec::new()
        };
        for (path, split) in sets {
            let opts = EventEvalOptions {
                split,
                ..EventEvalOptions::default()
            };
            let r = format!("{}", eval_events(&path, &p, &opts).unwrap());
            let pick = |key: &str| {
                r.lines()
                    .find(|l| l.starts_with(key))
                    .map(|l| {
                        l.split_whitespace()
                            .rfind(|w| w.starts_with("0.") || w.starts_with("1."))
                            .unwrap_or("?")
                            .to_string()
                    })
                    .unwrap_or_default()
            };
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            println!(
                "{lang} margin {margin:>5}: {name} {split:?}: type {} source F1 {} target F1 {}",
                pick("event type accuracy"),
                pick("source (code)"),
                pick("target (code)")
            );
        }
    }
}
