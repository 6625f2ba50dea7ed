//! Precision audit: code every event of a CSV of dated articles (`url,date,title,text`) and
//! print one line per event for hand judgement, with a sampling key that does not depend on
//! the coder (a hash of the article URL and the trigger's offset), so that two builds' outputs
//! of the same articles can be sampled alike:
//! `cargo run --release -p kroniek_events --example audit -- FILE.csv [MAX_ARTICLES] > events.tsv`
//!
//! Columns: key (16 hex digits; sample by taking the lowest keys), url, trigger offset, pattern,
//! type, CAMEO, mode, trigger, sources, targets, negated, modality, historical, sentence,
//! the coder's confidence, the plausibility model's probability. `--rules` prints every event
//! the rules code (no plausibility filter).
//! The number of words and events (and events per 1,000 words) goes to stderr.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "a developer tool")]

mod common;

use common::corpora::{article, fnv, plausibilities, records};
use kroniek_core::Participant;

fn who(ps: &[Participant]) -> String {
    let v: Vec<String> = ps
        .iter()
        .map(|p| {
            format!(
                "{}={}{}",
                p.text,
                p.country.as_deref().unwrap_or(""),
                p.sector.as_deref().unwrap_or("")
            )
        })
        .collect();
    if v.is_empty() {
        "-".into()
    } else {
        v.join(" | ")
    }
}

fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn main() {
    let all: Vec<String> = std::env::args().skip(1).collect();
    let rules = all.iter().any(|a| a == "--rules");
    let args: Vec<&String> = all.iter().filter(|a| *a != "--rules").collect();
    let path = *args.first().expect("a CSV file");
    let max: usize = args
        .get(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(usize::MAX);
    let text = std::fs::read_to_string(path).unwrap();
    let p = if rules {
        common::rule_based("en")
    } else {
        common::with_actors("en", true)
    };
    let (mut words, mut events, mut articles) = (0usize, 0usize, 0usize);
    for rec in records(&text).into_iter().skip(1).take(max) {
        let [url, date, title, body] = rec.as_slice() else {
            continue;
        };
        articles += 1;
        words += body.split_whitespace().count();
        let mut doc = article(url, date, title, body);
        p.run(&mut doc).unwrap();
        let Some(ev) = doc.layers().events() else {
            continue;
        };
        let plausible = plausibilities(&doc, &ev.events);
        for (e, pl) in ev.events.iter().zip(plausible) {
            events += 1;
            let off = e.trigger.start();
            let key = fnv(format!("{url}#{off}").as_bytes());
            println!(
                "{key:016x}\t{url}\t{off}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{:?}\t{}\t{}\t{:.3}\t{pl:.3}",
                e.pattern,
                e.kind,
                e.cameo,
                e.mode.as_deref().unwrap_or("-"),
                e.trigger.slice(doc.text()),
                who(&e.sources),
                who(&e.targets),
                e.negated,
                e.modality,
                e.historical,
                clean(e.sentence.slice(doc.text())),
                e.confidence
            );
        }
    }
    eprintln!(
        "articles {articles} words {words} events {events} per_1000_words {:.2}",
        events as f64 * 1000.0 / words.max(1) as f64
    );
}
