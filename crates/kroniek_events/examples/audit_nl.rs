//! Precision audit of events on the real newspaper text of a CoNLL file (issue 7): by default
//! the articles of the CoNLL-2002 Dutch training file (De Morgen, 2000; document date
//! 2000-06). Runs the pipeline and prints a deterministic sample of the events for judging by
//! hand.
//!
//! `cargo run --release -p kroniek_events --example audit_nl -- A|B|all [THRESHOLD] [--rules]
//! [--file PATH --lang nl|en --date YYYY-MM] > /tmp/sample.tsv`
//! (`--rules`: every event the rules code, without the plausibility filter; the last two
//! columns are the coder's confidence and the plausibility model's probability)
//!
//! `A` samples the first half of the articles, `B` the second, `all` the whole file.
//! `--file PATH --lang en --date 1996-08` audits another CoNLL file the same way (e.g. the
//! Reuters articles of CoNLL-2003's `eng.testa`, four columns, as English of August 1996).
//! Each event gets a key hashed from its sentence and trigger (not from the run), so a rerun with other code samples the same
//! events where both runs have them: without THRESHOLD the 120 events with the lowest keys are
//! printed and the 120th key is reported on stderr; pass that key as THRESHOLD to a later run to
//! print every event at or under it (events present in only one run are then sampled alike).
//! The file's sentences are joined as paragraphs (its bylines and dates are lines of their own).
//! Sentences with the file's 0x81 damage are skipped. Stderr gets words, events and events per
//! 1,000 words for the half. The output holds corpus sentences: keep it under /tmp.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "a developer tool")]

mod common;

use common::corpora::{article_text, key, plausibilities, read_articles};
use kroniek_core::{DocDate, Participant};
use std::path::Path;

/// Sample size per half.
const SAMPLE: usize = 120;

fn who(ps: &[Participant]) -> String {
    ps.iter()
        .map(|p| {
            format!(
                "{}={}{}",
                p.text.replace(['\t', '\n'], " "),
                p.country.as_deref().unwrap_or("?"),
                p.sector
                    .as_deref()
                    .map(|s| format!("/{s}"))
                    .unwrap_or_default()
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The value after `--name` in `args`, removed from them with its flag.
fn option(args: &mut Vec<String>, name: &str) -> Option<String> {
    let i = args.iter().position(|a| a == name)?;
    let v = args.get(i + 1).cloned();
    args.drain(i..(i + 2).min(args.len()));
    v
}

fn main() {
    let mut all: Vec<String> = std::env::args().skip(1).collect();
    let rules = all.iter().any(|a| a == "--rules");
    all.retain(|a| a != "--rules");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    let file = option(&mut all, "--file")
        .map_or_else(|| root.join("data/conll2002-nl/ned.train"), Into::into);
    let lang = option(&mut all, "--lang").unwrap_or_else(|| "nl".into());
    let date = option(&mut all, "--date").unwrap_or_else(|| "2000-06".into());
    let (year, month) = date.split_once('-').expect("--date YYYY-MM");
    let date = DocDate::from_year_month(year.parse().unwrap(), month.parse().unwrap()).unwrap();
    let half = all.first().map_or("A", |a| a.as_str());
    let threshold: Option<u64> = all.get(1).and_then(|t| t.parse().ok());
    if !file.exists() {
        eprintln!("skipping: {} not found", file.display());
        return;
    }
    let articles = read_articles(&file, if lang == "en" { 4 } else { 3 });
    let mid = articles.len() / 2;
    let range = match half {
        "B" => mid..articles.len(),
        "all" => 0..articles.len(),
        _ => 0..mid,
    };
    let p = if rules {
        common::rule_based(&lang)
    } else {
        common::with_actors(&lang, true)
    };
    let (mut words, mut rows) = (0usize, Vec::new());
    for ai in range.clone() {
        let sents = &articles[ai];
        words += sents.iter().map(Vec::len).sum::<usize>();
        let doc = common::run_dated(&p, &article_text(sents), date);
        let Some(ev) = doc.layers().events() else {
            continue;
        };
        let plausible = plausibilities(&doc, &ev.events);
        for (e, pl) in ev.events.iter().zip(plausible) {
            let sentence = e.sentence.slice(doc.text()).replace(['\t', '\n'], " ");
            let offset = (e.trigger.start() - e.sentence.start()).to_string();
            let k = key(&[&sentence, &offset]);
            let row = format!(
                "{k}\t{ai}\t{}\t{}\t{}\t{}\t{}\t{}\t{:?}{}{}\t{}\t{:.3}\t{:.3}",
                e.trigger.slice(doc.text()),
                e.kind,
                e.cameo,
                e.pattern,
                who(&e.sources),
                who(&e.targets),
                e.modality,
                if e.negated { " neg" } else { "" },
                if e.historical { " hist" } else { "" },
                sentence,
                e.confidence,
                pl
            );
            rows.push((k, row));
        }
    }
    let events = rows.len();
    rows.sort();
    let picked: Vec<&(u64, String)> = match threshold {
        Some(t) => rows.iter().filter(|(k, _)| *k <= t).collect(),
        None => rows.iter().take(SAMPLE).collect(),
    };
    println!(
        "key\tarticle\ttrigger\ttype\tcameo\tpattern\tsources\ttargets\tflags\tsentence\tconfidence\tplausibility"
    );
    for (_, r) in &picked {
        println!("{r}");
    }
    eprintln!(
        "half {half}: articles {}..{} words {words} events {events} per 1000 words {:.2}; sampled {}; threshold {}",
        range.start,
        range.end,
        1000.0 * events as f64 / words.max(1) as f64,
        picked.len(),
        picked.last().map(|(k, _)| *k).unwrap_or(0)
    );
}
