//! Print every resolved place of every document, and time the geoparser alone:
//! `cargo run --release -p kroniek_geo --example geo_dump -- FILE… [--lang nl] [--ner]
//! [--adjectives] [--repeat N] [--quiet]`
//!
//! FILE is a GeoVirus / TR-News XML file, a CSV file with a `text` column (the Wikinews
//! sample), or any other file read as one plain-text document. Standard output has one line
//! per document (`# file index bytes`) and one JSON line per place (span, text, entry, kind,
//! country, region, ISO 3166-2, coordinates, GeoNames id), so that two builds of the geoparser
//! can be compared with `cmp`. `--ner` adds the entity layer first (the path the `kroniek`
//! pipeline takes); `--repeat N` resolves each document N times and keeps the fastest run of
//! each; the speed (MB of text per second of the geoparser alone, one thread) goes to standard
//! error; `--quiet` prints the speed only.

use std::io::Write;
use std::time::Instant;

use kroniek_core::{Document, Lang, Metadata, Pipeline};
use kroniek_text::{LanguageStage, SegmentStage, normalize};

fn texts(path: &str) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    if path.ends_with(".xml") {
        return Ok(kroniek_geo::read_geo_xml(std::path::Path::new(path))?
            .into_iter()
            .map(|a| a.text)
            .collect());
    }
    if path.ends_with(".csv") {
        let mut reader = csv::Reader::from_path(path)?;
        let column = reader
            .headers()?
            .iter()
            .position(|h| h == "text")
            .ok_or("no text column")?;
        let mut out = Vec::new();
        for record in reader.records() {
            out.push(record?.get(column).unwrap_or("").to_string());
        }
        return Ok(out);
    }
    Ok(vec![std::fs::read_to_string(path)?])
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let lang = value("--lang").unwrap_or_else(|| "en".into());
    let repeat: usize = value("--repeat").map_or(Ok(1), |r| r.parse())?;
    let quiet = args.iter().any(|a| a == "--quiet");
    let options = kroniek_geo::Options {
        adjectives: args.iter().any(|a| a == "--adjectives"),
        ..kroniek_geo::Options::default()
    };
    let mut builder = Pipeline::builder()
        .stage(LanguageStage::new(Some(Lang(lang.clone()))))
        .stage(SegmentStage);
    if args.iter().any(|a| a == "--ner") {
        builder = builder.stage(kroniek_ner::NerStage::new());
    }
    let pipeline = builder.build()?;
    let gaz = kroniek_geo::embedded::gazetteer()?;
    let parser = kroniek_geo::Geoparser::new(gaz, options);
    let files: Vec<&String> = args
        .iter()
        .enumerate()
        .filter(|(i, a)| {
            !a.starts_with("--")
                && !matches!(
                    i.checked_sub(1)
                        .and_then(|p| args.get(p))
                        .map(String::as_str),
                    Some("--lang" | "--repeat")
                )
        })
        .map(|(_, a)| a)
        .collect();
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    let (mut bytes, mut seconds, mut places) = (0_usize, 0.0_f64, 0_usize);
    for file in files {
        for (index, text) in texts(file)?.into_iter().enumerate() {
            let mut doc = Document::new(Metadata::default(), normalize(&text, 0));
            pipeline.run(&mut doc)?;
            let mut best = f64::INFINITY;
            let mut layer = kroniek_geo::PlaceLayer::default();
            for _ in 0..repeat.max(1) {
                let t = Instant::now();
                layer = parser.resolve(&doc);
                best = best.min(t.elapsed().as_secs_f64());
            }
            seconds += best;
            bytes += text.len();
            places += layer.places.len();
            if !quiet {
                writeln!(out, "# {file} {index} {}", text.len())?;
                for p in &layer.places {
                    writeln!(out, "{}", serde_json::to_string(p)?)?;
                }
            }
        }
    }
    out.flush()?;
    eprintln!(
        "speed: geoparser {:.2} MB/s ({bytes} bytes, {places} places, {:.1} ms, fastest of {repeat} per document)",
        bytes as f64 / 1e6 / seconds.max(1e-9),
        seconds * 1000.0
    );
    Ok(())
}
