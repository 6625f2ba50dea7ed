//! kroniek's side of the geoparser peer comparison (`bench/geo_peers.py`).
//!
//! `cargo run --release -p kroniek_geo --example geo_peers -- [--repeat N] FILE.xml… > kroniek-geo.jsonl`
//!
//! Reads the XML geoparsing corpora with the same reader as `eval_geo` (gold offsets realigned),
//! runs language identification, segmentation and the geoparser on every article, and writes
//! one JSON object per article: `corpus`, `text`, `gold` (`[start, end, lat, lon]`, character
//! offsets, gold without coordinates left out), `kroniek` (predicted places, same form) and
//! `seconds` (segmentation + geoparser for this article, the best of N runs; the gazetteer load
//! is not included and is printed on standard error). The peers then run on exactly these texts and one scorer
//! scores all of them.

use std::io::Write;
use std::time::Instant;

use kroniek_core::{Document, Lang, Metadata, Pipeline};
use kroniek_geo::{Geoparser, Options, embedded, read_geo_xml};
use kroniek_text::{LanguageStage, SegmentStage, normalize};
use serde_json::json;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let t0 = Instant::now();
    let parser = Geoparser::new(embedded::gazetteer()?, Options::default());
    eprintln!("gazetteer load {:.0} ms", t0.elapsed().as_secs_f64() * 1e3);
    let pipeline = Pipeline::builder()
        .stage(LanguageStage::new(Some(Lang("en".into()))))
        .stage(SegmentStage)
        .build()?;
    let args: Vec<String> = std::env::args().skip(1).collect();
    let repeat = args
        .iter()
        .position(|a| a == "--repeat")
        .and_then(|i| args.get(i + 1))
        .map_or(Ok(1), |n| n.parse::<usize>())?
        .max(1);
    let files = args
        .iter()
        .enumerate()
        .filter(|(i, a)| {
            !a.starts_with("--")
                && i.checked_sub(1)
                    .and_then(|j| args.get(j))
                    .is_none_or(|p| p != "--repeat")
        })
        .map(|(_, a)| a);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for file in files {
        let path = std::path::Path::new(&file);
        let corpus = path
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        for art in read_geo_xml(path)? {
            let mut seconds = f64::INFINITY;
            let mut run = || -> Result<_, Box<dyn std::error::Error>> {
                let t = Instant::now();
                let mut doc = Document::new(Metadata::default(), normalize(&art.text, 0));
                pipeline.run(&mut doc)?;
                let layer = parser.resolve(&doc);
                seconds = seconds.min(t.elapsed().as_secs_f64());
                Ok((doc, layer))
            };
            let (doc, layer) = run()?;
            for _ in 1..repeat {
                run()?;
            }
            // Byte offsets of the original text to character offsets.
            let byte_to_char = |b: usize| art.text.get(..b).map_or(0, |s| s.chars().count());
            let kroniek: Vec<_> = layer
                .places
                .iter()
                .map(|p| {
                    let s = doc.offsets().to_original(p.span.start()) as usize;
                    let e = doc.offsets().to_original(p.span.end()) as usize;
                    json!([byte_to_char(s), byte_to_char(e), p.lat, p.lon])
                })
                .collect();
            let gold: Vec<_> = art
                .toponyms
                .iter()
                .filter_map(|g| g.coords.map(|(lat, lon)| json!([g.start, g.end, lat, lon])))
                .collect();
            let row = json!({
                "corpus": corpus,
                "text": art.text,
                "gold": gold,
                "kroniek": kroniek,
                "seconds": seconds,
            });
            writeln!(out, "{row}")?;
        }
    }
    out.flush()?;
    Ok(())
}
