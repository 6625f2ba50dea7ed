//! Type accuracy and source/target text F1 on the PLOVER gold-standard records:
//! `cargo run --release -p kroniek_events --example gsr_dev -- odd|even [-v]`.
//! Develop on the odd half only. Actors are matched by text overlap (no actor stage here).
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "a developer tool")]

use kroniek_core::{DocDate, Document, Lang, Metadata, Pipeline, PloverType};
use kroniek_geo::PlaceStage;
use kroniek_ner::NerStage;
use kroniek_syntax::SyntaxStage;
use kroniek_text::{LanguageStage, SegmentStage, normalize};
use kroniek_time::TimeStage;

fn actors(v: &serde_json::Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x["actorText"].as_str().map(|s| s.to_lowercase()))
                .collect()
        })
        .unwrap_or_default()
}

fn overlap(a: &str, b: &str) -> bool {
    let a = a.to_lowercase();
    a.contains(b)
        || b.contains(a.as_str())
        || b.split_whitespace()
            .filter(|w| w.len() > 3)
            .any(|w| a.contains(w))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let half = args.first().map(String::as_str).unwrap_or("odd");
    let verbose = args.iter().any(|a| a == "-v");
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/plover-gsr/PLOVER_GSR_CAMEO.txt");
    let data: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let p = Pipeline::builder()
        .stage(LanguageStage::new(Some(Lang("en".into()))))
        .stage(SegmentStage)
        .stage(SyntaxStage::new().unwrap())
        .stage(NerStage::new())
        .stage(TimeStage::new())
        .stage(PlaceStage::new().unwrap())
        .stage(kroniek_events::EventStage::new().unwrap())
        .build()
        .unwrap();
    let (mut n, mut correct, mut coded) = (0, 0, 0);
    let (mut tp, mut fp, mut fn_) = ([0usize; 2], [0usize; 2], [0usize; 2]);
    for r in &data {
        let (Some(id), Some(text)) = (r["id"].as_str(), r["text"].as_str()) else {
            continue;
        };
        let num: u32 = id
            .rsplit('-')
            .next()
            .and_then(|x| x.parse().ok())
            .unwrap_or(0);
        if (num % 2 == 1) != (half == "odd") {
            continue;
        }
        let Some(gold) = r["event"].as_str().and_then(PloverType::parse) else {
            continue;
        };
        n += 1;
        let mut doc = Document::new(
            Metadata {
                date: DocDate::from_year(2000).unwrap(),
                ..Metadata::default()
            },
            normalize(text, 0),
        );
        p.run(&mut doc).unwrap();
        let ev = &doc.layers().events().unwrap().events;
        // The event highest in the tree (the sentence's main event), then the most confident.
        let seg = doc.layers().segments().unwrap();
        let syn = doc.layers().syntax().unwrap();
        let depth = |e: &kroniek_core::Event| {
            let Some(i) = seg.tokens.iter().position(|t| t.span == e.trigger) else {
                return 99;
            };
            let s = seg
                .sentences
                .iter()
                .find(|s| s.token_range().contains(&i))
                .unwrap();
            let (mut k, mut d) = (i, 0);
            while syn.tokens[k].head != 0 && d < 50 {
                k = s.first_token as usize + syn.tokens[k].head as usize - 1;
                d += 1;
            }
            d
        };
        let best = ev
            .iter()
            .min_by_key(|e| (depth(e), -(e.confidence * 100.0) as i32));
        let pred = best.map(|e| e.kind);
        if pred.is_some() {
            coded += 1;
        }
        if pred == Some(gold) {
            correct += 1;
        } else if verbose {
            println!(
                "{id} gold={gold} pred={:?} {:?} | {text}",
                pred,
                best.map(|e| &e.pattern)
            );
        }
        for (k, (gold_a, got)) in [
            (
                actors(&r["source"]),
                best.map(|e| e.sources.iter().map(|p| p.text.clone()).collect::<Vec<_>>())
                    .unwrap_or_default(),
            ),
            (
                actors(&r["target"]),
                best.map(|e| e.targets.iter().map(|p| p.text.clone()).collect::<Vec<_>>())
                    .unwrap_or_default(),
            ),
        ]
        .into_iter()
        .enumerate()
        {
            let hit_g = gold_a
                .iter()
                .filter(|g| got.iter().any(|x| overlap(x, g)))
                .count();
            let hit_p = got
                .iter()
                .filter(|x| gold_a.iter().any(|g| overlap(x, g)))
                .count();
            tp[k] += hit_g;
            fn_[k] += gold_a.len() - hit_g;
            fp[k] += got.len() - hit_p;
        }
    }
    let f1 = |k: usize| {
        let p = tp[k] as f64 / (tp[k] + fp[k]).max(1) as f64;
        let r = tp[k] as f64 / (tp[k] + fn_[k]).max(1) as f64;
        (
            p,
            r,
            if p + r > 0.0 {
                2.0 * p * r / (p + r)
            } else {
                0.0
            },
        )
    };
    println!(
        "half={half} records={n} coded={coded} type_accuracy={:.3}",
        correct as f64 / n.max(1) as f64
    );
    let (sp, sr, sf) = f1(0);
    let (tpp, tr, tf) = f1(1);
    println!("source P={sp:.3} R={sr:.3} F1={sf:.3}; target P={tpp:.3} R={tr:.3} F1={tf:.3}");
}
