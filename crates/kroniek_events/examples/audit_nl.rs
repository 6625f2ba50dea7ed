//! Precision audit of Dutch events on real newspaper text (issue 7): runs the pipeline on the
//! articles of the CoNLL-2002 Dutch training file (De Morgen, 2000; document date 2000-06) and
//! prints a deterministic sample of the events for judging by hand.
//!
//! `cargo run --release -p kroniek_events --example audit_nl -- A|B [THRESHOLD] > /tmp/sample.tsv`
//!
//! `A` samples the first half of the articles, `B` the second. Each event gets a key hashed
//! from its sentence and trigger (not from the run), so a rerun with other code samples the same
//! events where both runs have them: without THRESHOLD the 120 events with the lowest keys are
//! printed and the 120th key is reported on stderr; pass that key as THRESHOLD to a later run to
//! print every event at or under it (events present in only one run are then sampled alike).
//! The file's sentences are joined as paragraphs (its bylines and dates are lines of their own).
//! Sentences with the file's 0x81 damage are skipped. Stderr gets words, events and events per
//! 1,000 words for the half. The output holds corpus sentences: keep it under /tmp.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "a developer tool")]

mod common;

use kroniek_core::{DocDate, Participant};
use std::path::Path;

/// Sample size per half.
const SAMPLE: usize = 120;
/// Fixed seed of the sampling hash.
const SEED: u64 = 0x6b72_6f6e_6965_6b07;

/// Articles of the file: each a list of sentences, each a list of words.
fn read_articles(path: &Path) -> Vec<Vec<Vec<String>>> {
    let bytes = std::fs::read(path).unwrap();
    let mut articles: Vec<Vec<Vec<String>>> = Vec::new();
    let mut sentence: Vec<String> = Vec::new();
    let mut damaged = false;
    let flush = |articles: &mut Vec<Vec<Vec<String>>>, s: &mut Vec<String>, d: &mut bool| {
        if !s.is_empty() && !*d {
            if articles.is_empty() {
                articles.push(Vec::new());
            }
            if let Some(a) = articles.last_mut() {
                a.push(std::mem::take(s));
            }
        }
        s.clear();
        *d = false;
    };
    for line in bytes.split(|&b| b == b'\n') {
        if line.starts_with(b"-DOCSTART-") {
            flush(&mut articles, &mut sentence, &mut damaged);
            articles.push(Vec::new());
            continue;
        }
        if line.iter().all(|b| b.is_ascii_whitespace()) {
            flush(&mut articles, &mut sentence, &mut damaged);
            continue;
        }
        if line.contains(&0x81) {
            damaged = true;
        }
        // latin-1: every byte is its code point.
        let text: String = line.iter().map(|&b| b as char).collect();
        let cols: Vec<&str> = text.split_whitespace().collect();
        if cols.len() != 3 {
            damaged = true;
        }
        if let Some(w) = cols.first() {
            sentence.push((*w).to_string());
        }
    }
    flush(&mut articles, &mut sentence, &mut damaged);
    articles.retain(|a| !a.is_empty());
    articles
}

/// Join the words of a sentence with spaces, attaching punctuation as print does.
fn detokenise(words: &[String]) -> String {
    let mut out = String::new();
    let mut open_quote = false;
    let mut glue_next = false;
    for w in words {
        let w = w.as_str();
        let attach_left = matches!(w, "." | "," | ";" | ":" | "!" | "?" | ")" | "]" | "%")
            || (w == "\"" && open_quote)
            || w == "'s" && out.ends_with(|c: char| c.is_ascii_digit());
        if !out.is_empty() && !attach_left && !glue_next {
            out.push(' ');
        }
        out.push_str(w);
        glue_next = matches!(w, "(" | "[") || (w == "\"" && !open_quote);
        if w == "\"" {
            open_quote = !open_quote;
        }
    }
    out
}

/// FNV-1a over the seed and the bytes.
fn key(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ SEED;
    for p in parts {
        for b in p.bytes().chain(std::iter::once(0xff)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

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

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let half = args.first().map(String::as_str).unwrap_or("A");
    let threshold: Option<u64> = args.get(1).and_then(|t| t.parse().ok());
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    let file = root.join("data/conll2002-nl/ned.train");
    if !file.exists() {
        eprintln!("skipping: ../shared not found");
        return;
    }
    let articles = read_articles(&file);
    let mid = articles.len() / 2;
    let range = if half == "B" {
        mid..articles.len()
    } else {
        0..mid
    };
    let p = common::with_actors("nl", true);
    let date = DocDate::from_year_month(2000, 6).unwrap();
    let (mut words, mut rows) = (0usize, Vec::new());
    for ai in range.clone() {
        let sents = &articles[ai];
        words += sents.iter().map(Vec::len).sum::<usize>();
        let text: String = sents
            .iter()
            .map(|s| detokenise(s))
            .collect::<Vec<_>>()
            .join("\n\n");
        let doc = common::run_dated(&p, &text, date);
        let Some(ev) = doc.layers().events() else {
            continue;
        };
        for e in &ev.events {
            let sentence = e.sentence.slice(doc.text()).replace(['\t', '\n'], " ");
            let offset = (e.trigger.start() - e.sentence.start()).to_string();
            let k = key(&[&sentence, &offset]);
            let row = format!(
                "{k}\t{ai}\t{}\t{}\t{}\t{}\t{}\t{}\t{:?}{}{}\t{}",
                e.trigger.slice(doc.text()),
                e.kind,
                e.cameo,
                e.pattern,
                who(&e.sources),
                who(&e.targets),
                e.modality,
                if e.negated { " neg" } else { "" },
                if e.historical { " hist" } else { "" },
                sentence
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
    println!("key\tarticle\ttrigger\ttype\tcameo\tpattern\tsources\ttargets\tflags\tsentence");
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
