//! Print the places of English or Dutch text read from standard input:
//! `echo "Floods hit Pandi, Bulacan." | cargo run --release -p kroniek_geo --example geoparse -- en`
//! (one line per place: span text, chosen entry, kind, country, ISO 3166-2, coordinates).

use std::io::Read;

use kroniek_core::{Document, Lang, Metadata, Pipeline};
use kroniek_text::{LanguageStage, SegmentStage, normalize};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let lang = std::env::args().nth(1).unwrap_or_else(|| "en".into());
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text)?;
    let pipeline = Pipeline::builder()
        .stage(LanguageStage::new(Some(Lang(lang))))
        .stage(SegmentStage)
        .build()?;
    let mut doc = Document::new(Metadata::default(), normalize(&text, 0));
    pipeline.run(&mut doc)?;
    for p in kroniek_geo::resolve(&doc)?.places {
        println!(
            "{:24} {:28} {:8} {:3} {:8} {:.2},{:.2}",
            p.text,
            p.name,
            p.kind.as_str(),
            p.country,
            p.iso3166_2.unwrap_or_default(),
            p.lat,
            p.lon
        );
    }
    Ok(())
}
