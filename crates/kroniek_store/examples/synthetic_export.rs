//! Write a small synthetic store and export it in every format, to check the files with other
//! tools: `cargo run -p kroniek_store --example synthetic_export -- /tmp/out-dir`.

use std::fs::File;
use std::io::BufWriter;
use std::path::PathBuf;

use kroniek_store::{ControlQuery, DocumentFilter, EventFilter, ExportFormat, Store, synthetic};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "/tmp/kroniek-export".into()),
    );
    std::fs::create_dir_all(&dir)?;
    let db = dir.join("synthetic.db");
    if !db.exists() {
        synthetic::build(&db, 2_000, 5)?;
    }
    let store = Store::open_read_only(&db)?;
    for (ext, format) in [
        ("jsonl", ExportFormat::Jsonl),
        ("csv", ExportFormat::Csv),
        ("geojson", ExportFormat::GeoJson),
        ("parquet", ExportFormat::Parquet),
    ] {
        let mut out = BufWriter::new(File::create(dir.join(format!("events.{ext}")))?);
        let s = store.export_events(&EventFilter::default(), format, &mut out)?;
        println!(
            "events.{ext}: {} rows, {} without coordinates",
            s.rows, s.without_coordinates
        );
        let mut out = BufWriter::new(File::create(dir.join(format!("control.{ext}")))?);
        let q = ControlQuery {
            all: true,
            ..ControlQuery::default()
        };
        let s = store.export_control(&q, format, &mut out)?;
        println!(
            "control.{ext}: {} rows, {} without coordinates",
            s.rows, s.without_coordinates
        );
        let mut out = BufWriter::new(File::create(dir.join(format!("documents.{ext}")))?);
        let s = store.export_documents(&DocumentFilter::default(), format, &mut out)?;
        println!("documents.{ext}: {} rows", s.rows);
    }
    Ok(())
}
