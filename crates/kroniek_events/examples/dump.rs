//! Print the parse of each sentence of a text (debugging patterns):
//! `cargo run -p kroniek_events --example dump -- nl 2021-08 "De taliban veroverden Kabul." [--no-events]`
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "a developer tool")]

mod common;

use kroniek_core::DocDate;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let no_events = args.iter().any(|a| a == "--no-events");
    args.retain(|a| a != "--no-events");
    let lang = args.first().cloned().unwrap_or_else(|| "nl".into());
    let date = args
        .get(1)
        .and_then(|d| {
            let p: Vec<u32> = d.split('-').filter_map(|x| x.parse().ok()).collect();
            match p.as_slice() {
                [y, m, d] => DocDate::from_ymd(*y as i32, *m as u8, *d as u8).ok(),
                [y, m] => DocDate::from_year_month(*y as i32, *m as u8).ok(),
                _ => None,
            }
        })
        .unwrap_or_default();
    let text = match args.get(2) {
        Some(t) if std::path::Path::new(t).exists() => std::fs::read_to_string(t).unwrap(),
        Some(t) => t.clone(),
        None => std::io::read_to_string(std::io::stdin()).unwrap(),
    };
    let with_events = !no_events;
    let p = common::with_actors(&lang, with_events);
    let doc = common::run_dated(&p, &text, date);
    let seg = doc.layers().segments().unwrap();
    let syn = doc.layers().syntax().unwrap();
    for s in &seg.sentences {
        println!("# {}", s.span.slice(doc.text()));
        for (k, i) in s.token_range().enumerate() {
            let t = &syn.tokens[i];
            println!(
                "{}\t{}\t{}\t{}\t{}\t{}\t{}",
                k + 1,
                seg.tokens[i].span.slice(doc.text()),
                t.lemma,
                t.compound_lemma.as_deref().unwrap_or("_"),
                t.upos,
                t.head,
                t.deprel
            );
        }
    }
    for t in &doc.layers().timexes().unwrap().timexes {
        println!(
            "TIMEX {:?} {} {:?}..{:?}",
            t.span.slice(doc.text()),
            t.value,
            t.earliest,
            t.latest
        );
    }
    for p in &doc.layers().places().unwrap().places {
        println!("PLACE {:?} {} {:?} {}", p.text, p.name, p.kind, p.country);
    }
    if let Some(al) = doc.layers().actors() {
        for a in &al.actors {
            let ms: Vec<&str> = a.mentions.iter().map(|m| m.slice(doc.text())).collect();
            println!(
                "ACTOR {} {:?} {:?} {:?} {:?}",
                a.id, a.kind, a.country, a.sector, ms
            );
        }
    }
    if let Some(ev) = doc.layers().events() {
        for e in &ev.events {
            let who = |ps: &[kroniek_core::Participant]| {
                ps.iter()
                    .map(|p| format!("{}={}", p.text, p.country.as_deref().unwrap_or("?")))
                    .collect::<Vec<_>>()
            };
            let (src, tgt) = (who(&e.sources), who(&e.targets));
            println!(
                "EVENT {} {} mode={:?} cameo={} src={:?} tgt={:?} trig={:?} date={:?} place={:?} neg={} hist={} mod={:?} ctl={:?} conf={:.2}",
                e.pattern,
                e.kind,
                e.mode,
                e.cameo,
                src,
                tgt,
                e.trigger.slice(doc.text()),
                e.date.value,
                e.place.as_ref().map(|p| &p.name),
                e.negated,
                e.historical,
                e.modality,
                e.control,
                e.confidence
            );
        }
    }
}
