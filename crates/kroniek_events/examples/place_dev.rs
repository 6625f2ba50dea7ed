//! Where events happen, measured on the event-location corpus (Halterman, "Geolocating
//! Political Events in Text"; English news sentences in which an event verb is linked to the
//! place it happened, or to none): for every sentence whose annotated verb is one of kroniek's
//! event triggers, is the event's place the annotated location?
//!
//! ```sh
//! unzip -o -d /tmp/evloc ../shared/data/event-location/labeled_text.jsonl.zip labeled_text.jsonl
//! cargo run --release -p kroniek_events --example place_dev -- /tmp/evloc/labeled_text.jsonl odd|even|all [--relabel] [-v]
//! ```
//!
//! A predicted place counts when its mention overlaps the gold location span; a place taken
//! from the document's focus has no mention in the sentence and counts as none. Develop on the
//! odd records; the even ones are held out.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a developer tool"
)]

mod common;

use kroniek_core::{DocDate, Document, Metadata, Span};
use kroniek_text::normalize;

/// A gold span in bytes of the record's text.
fn span(v: &serde_json::Value, text: &str) -> Option<Span> {
    // The corpus counts characters; the pipeline counts bytes.
    let to_byte = |c: u64| -> Option<usize> {
        let c = usize::try_from(c).ok()?;
        text.char_indices()
            .map(|(b, _)| b)
            .chain(std::iter::once(text.len()))
            .nth(c)
    };
    let s = to_byte(v.get("start")?.as_u64()?)?;
    let e = to_byte(v.get("end")?.as_u64()?)?;
    // Some records' offsets are off (empty or shifted) while the span's own text is right:
    // take the occurrence of that text nearest to the given start.
    if let Some(want) = v.get("text").and_then(|t| t.as_str())
        && !want.is_empty()
        && text.get(s..e) != Some(want)
    {
        let at = text
            .match_indices(want)
            .map(|(b, _)| b)
            .min_by_key(|&b| b.abs_diff(s))?;
        return Span::new(text, at, at + want.len()).ok();
    }
    Span::new(text, s, e).ok()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args
        .first()
        .expect("usage: place_dev labeled_text.jsonl odd|even|all [-v]");
    let half = args.get(1).map_or("odd", String::as_str);
    let verbose = args.iter().any(|a| a == "-v");
    // `--relabel`: only the records the corpus marks as its gold standard (`source: RELABEL`);
    // the others are single annotations, and many leave a named place unlabelled.
    let relabel = args.iter().any(|a| a == "--relabel");
    assert!(
        !(verbose && half != "odd"),
        "-v shows records: only for the odd (development) half"
    );
    let data: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let p = common::with_actors("en", true);
    let (mut records, mut coded) = (0usize, 0usize);
    // Located gold: correct, wrong place, none; unlocated gold: none, a place.
    let (mut correct, mut wrong, mut missed, mut quiet, mut spurious) = (0, 0, 0, 0, 0);
    for (i, r) in data.iter().enumerate() {
        let keep = match half {
            "odd" => i % 2 == 1,
            "even" => i % 2 == 0,
            _ => true,
        };
        let gold_standard = r.get("source").and_then(|a| a.as_str()) == Some("RELABEL");
        if !keep
            || r.get("answer").and_then(|a| a.as_str()) == Some("reject")
            || (relabel && !gold_standard)
        {
            continue;
        }
        let Some(text) = r.get("text").and_then(|t| t.as_str()) else {
            continue;
        };
        let spans = r.get("spans").and_then(|s| s.as_array());
        let of = |label: &str| -> Vec<Span> {
            spans
                .into_iter()
                .flatten()
                .filter(|s| s.get("label").and_then(|l| l.as_str()) == Some(label))
                .filter_map(|s| span(s, text))
                .collect()
        };
        let (verbs, locs) = (of("VERB"), of("LOCATION"));
        let Some(&verb) = verbs.first() else {
            continue;
        };
        records += 1;
        let meta = Metadata {
            date: DocDate::from_year(2005).unwrap_or_else(|_| DocDate::unknown()),
            ..Metadata::default()
        };
        let mut doc = Document::new(meta, normalize(text, 0));
        if p.run(&mut doc).is_err() || doc.text() != text {
            continue;
        }
        let events = &doc.layers().events().unwrap().events;
        let Some(ev) = events
            .iter()
            .filter(|e| e.trigger.start() < verb.end() && verb.start() < e.trigger.end())
            .max_by(|a, b| a.confidence.total_cmp(&b.confidence))
        else {
            continue;
        };
        coded += 1;
        let places = &doc.layers().places().unwrap().places;
        let ours: Option<Span> = ev
            .place
            .as_ref()
            .and_then(|pl| pl.place)
            .and_then(|k| places.get(usize::try_from(k).ok()?))
            .map(|pl| pl.span);
        let hit = |s: Span| {
            locs.iter()
                .any(|g| g.start() < s.end() && s.start() < g.end())
        };
        let verdict = match (locs.is_empty(), ours) {
            (false, Some(s)) if hit(s) => {
                correct += 1;
                "correct"
            }
            (false, Some(_)) => {
                wrong += 1;
                "wrong"
            }
            (false, None) => {
                missed += 1;
                "missed"
            }
            (true, None) => {
                quiet += 1;
                "quiet"
            }
            (true, Some(_)) => {
                spurious += 1;
                "spurious"
            }
        };
        if verbose && verdict != "correct" && verdict != "quiet" {
            let gold: Vec<&str> = locs.iter().map(|g| g.slice(text)).collect();
            println!(
                "{verdict:8} verb {:?} gold {gold:?} ours {:?}\n         {text}",
                verb.slice(text),
                ours.map(|s| s.slice(text))
            );
        }
    }
    let pred = correct + wrong + spurious;
    let gold = correct + wrong + missed;
    let prec = correct as f64 / pred.max(1) as f64;
    let rec = correct as f64 / gold.max(1) as f64;
    let f1 = if prec + rec > 0.0 {
        2.0 * prec * rec / (prec + rec)
    } else {
        0.0
    };
    println!(
        "event places ({half}): {records} records, {coded} with an event at the annotated verb"
    );
    println!("  located in gold: {gold} (correct {correct}, another place {wrong}, none {missed})");
    println!(
        "  no location in gold: {} (none {quiet}, a place {spurious})",
        quiet + spurious
    );
    println!("  place P {prec:.4}  R {rec:.4}  F1 {f1:.4}");
    println!(
        "  accuracy (place or none) {:.4}",
        (correct + quiet) as f64 / coded.max(1) as f64
    );
}
