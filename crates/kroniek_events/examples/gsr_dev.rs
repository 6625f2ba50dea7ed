//! The official event eval (`kroniek_eval::eval_events`: type accuracy, CAMEO root, source and
//! target F1 on actor codes) on the PLOVER gold-standard records, with the actor stage:
//! `cargo run --release -p kroniek_events --example gsr_dev -- odd|even [-v]`; a gold file
//! after the split evaluates that file instead (`-- all data/gold/events-nl.json -v`).
//! Develop on the odd half only: `-v` (per-record mistakes) is refused for the even half.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a developer tool"
)]

mod common;

use kroniek_core::Event;
use kroniek_eval::events_eval::{EventEvalOptions, Split, document, eval_events, read_gold};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let half = args.first().map(String::as_str).unwrap_or("odd");
    let split = Split::parse(half).expect("odd|even|all");
    let verbose = args.iter().any(|a| a == "-v");
    // A third argument names another gold file (the Dutch set: `all data/gold/events-nl.json`).
    let gold_file = args.iter().skip(1).find(|a| *a != "-v");
    let path = gold_file.map_or_else(
        || {
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../../shared/data/plover-gsr/PLOVER_GSR_CAMEO.txt")
        },
        std::path::PathBuf::from,
    );
    let lang = if path.to_string_lossy().contains("-nl") {
        "nl"
    } else {
        "en"
    };
    // Our own gold sets (data/gold) may be shown whole; the GSR only on its development half.
    assert!(
        !(verbose && split != Split::Odd && gold_file.is_none()),
        "-v shows records: only for the odd (development) half of the GSR"
    );
    let p = common::with_actors(lang, true);
    let opts = EventEvalOptions {
        split,
        ..EventEvalOptions::default()
    };
    let report = eval_events(&path, &p, &opts).unwrap();
    println!("{report}");
    if !verbose {
        return;
    }
    let gold = read_gold(&path).unwrap();
    for r in gold.records.iter().filter(|r| split.keeps(r)) {
        let mut doc = document(r, &path);
        p.run(&mut doc).unwrap();
        let events = &doc.layers().events().unwrap().events;
        let evt = r.event_spans(doc.text());
        let over = |e: &Event| {
            evt.iter()
                .any(|&(s, x)| e.trigger.start() < x && s < e.trigger.end())
        };
        fn pick(it: Vec<&Event>) -> Option<&Event> {
            it.into_iter().fold(None::<&Event>, |b, e| match b {
                Some(b) if b.confidence >= e.confidence => Some(b),
                _ => Some(e),
            })
        }
        let best = pick(events.iter().filter(|e| over(e)).collect())
            .or_else(|| pick(events.iter().collect()));
        let codes = |ps: &[kroniek_core::Participant]| {
            ps.iter()
                .map(|p| format!("{}={}", p.text, p.country.as_deref().unwrap_or("?")))
                .collect::<Vec<_>>()
                .join("; ")
        };
        let gcodes = |g: &[kroniek_eval::events_eval::GoldActor]| {
            g.iter()
                .map(|a| format!("{}={}", a.text, a.code))
                .collect::<Vec<_>>()
                .join("; ")
        };
        let ok_t = best.is_some_and(|e| e.kind == r.kind);
        let set = |ps: &[kroniek_core::Participant]| {
            let mut v: Vec<String> = ps.iter().filter_map(|p| p.country.clone()).collect();
            v.sort();
            v.dedup();
            v
        };
        let gset = |g: &[kroniek_eval::events_eval::GoldActor]| {
            let mut v: Vec<String> = g.iter().map(|a| a.code.clone()).collect();
            v.sort();
            v.dedup();
            v
        };
        let ok_s = best.map(|e| set(&e.sources)).unwrap_or_default() == gset(&r.sources);
        let ok_g = best.map(|e| set(&e.targets)).unwrap_or_default() == gset(&r.targets);
        if ok_t && ok_s && ok_g {
            continue;
        }
        println!(
            "{} [{}{}{}] gold={} pred={} {}\n  {}\n  all: {}\n  src gold [{}] got [{}]\n  tar gold [{}] got [{}]",
            r.id,
            if ok_t { '.' } else { 'T' },
            if ok_s { '.' } else { 'S' },
            if ok_g { '.' } else { 'G' },
            r.kind,
            best.map_or("-".into(), |e| e.kind.to_string()),
            best.map_or("", |e| e.pattern.as_str()),
            r.text,
            events
                .iter()
                .map(|e| format!(
                    "{}:{}@{}({:.2})",
                    e.pattern,
                    e.kind,
                    e.trigger.slice(doc.text()),
                    e.confidence
                ))
                .collect::<Vec<_>>()
                .join(" "),
            gcodes(&r.sources),
            best.map(|e| codes(&e.sources)).unwrap_or_default(),
            gcodes(&r.targets),
            best.map(|e| codes(&e.targets)).unwrap_or_default(),
        );
    }
}
