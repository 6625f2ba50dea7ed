//! `kroniek export events|documents|control`: JSON Lines, CSV, Parquet or GeoJSON.

use std::fs::File;
use std::io::BufWriter;
use std::path::PathBuf;

use anyhow::{Context, Result};
use kroniek_store::{ControlQuery, DocumentFilter, ExportFormat as StoreFormat, Store};

use super::query::EventFilterArgs;

/// What `export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportWhat {
    /// Documents: full JSON records (jsonl), one row each (csv, parquet), places (geojson).
    Documents,
    /// Events: one flat row each (ACLED/POLECAT-style columns).
    Events,
    /// Territorial control claims.
    Control,
}

/// Export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// JSON Lines.
    Jsonl,
    /// CSV with a header row.
    Csv,
    /// Apache Parquet with typed columns.
    Parquet,
    /// A GeoJSON FeatureCollection of points (rows without coordinates are left out).
    Geojson,
}

/// Arguments of `kroniek export`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  kroniek export events --format parquet -o events.parquet
  kroniek export events --country AF --from 2021-08-01 --format geojson -o af.geojson
  kroniek export control --region AF --at 2021-08-20 --format csv
  kroniek export documents --format jsonl -o records.jsonl")]
pub struct ExportArgs {
    /// What to export.
    #[arg(value_enum)]
    pub what: ExportWhat,
    /// The store.
    #[arg(long, default_value = "kroniek.db")]
    pub db: PathBuf,
    /// Format.
    #[arg(long, value_enum, default_value_t = ExportFormat::Jsonl)]
    pub format: ExportFormat,
    /// Write here instead of standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Which events (and, with --from/--to, which documents).
    #[command(flatten)]
    pub events: EventFilterArgs,
    /// Documents: only this language.
    #[arg(long)]
    pub lang: Option<String>,
    /// Control: ISO 3166 code or prefix.
    #[arg(long)]
    pub region: Option<String>,
    /// Control: claims in force on this day; without it, every claim.
    #[arg(long)]
    pub at: Option<String>,
    /// Control: only the latest claim per region.
    #[arg(long)]
    pub latest: bool,
    /// At most this many rows (0: all).
    #[arg(long, default_value_t = 0)]
    pub limit: usize,
}

/// Run `export`.
pub fn export(args: &ExportArgs) -> Result<i32> {
    let store = Store::open_read_only(&args.db)?;
    let format = match args.format {
        ExportFormat::Jsonl => StoreFormat::Jsonl,
        ExportFormat::Csv => StoreFormat::Csv,
        ExportFormat::Parquet => StoreFormat::Parquet,
        ExportFormat::Geojson => StoreFormat::GeoJson,
    };
    let mut out: BufWriter<Box<dyn std::io::Write + Send>> = BufWriter::new(match &args.output {
        Some(p) => {
            Box::new(File::create(p).with_context(|| format!("cannot create {}", p.display()))?)
        }
        None => Box::new(std::io::stdout()),
    });
    let (summary, noun) = match args.what {
        ExportWhat::Events => {
            let filter = args.events.filter(args.limit, None)?;
            (store.export_events(&filter, format, &mut out)?, "events")
        }
        ExportWhat::Control => {
            let q = ControlQuery {
                region: args.region.clone(),
                at: args.at.clone(),
                all: !args.latest,
                limit: args.limit,
            };
            (
                store.export_control(&q, format, &mut out)?,
                "control claims",
            )
        }
        ExportWhat::Documents => {
            let filter = DocumentFilter {
                from: args.events.from.clone(),
                to: args.events.to.clone(),
                lang: args.lang.clone(),
                limit: args.limit,
                offset: 0,
            };
            let noun = if format == StoreFormat::GeoJson {
                "places"
            } else {
                "documents"
            };
            (store.export_documents(&filter, format, &mut out)?, noun)
        }
    };
    if format == StoreFormat::GeoJson && summary.without_coordinates > 0 {
        eprintln!(
            "kroniek export: {} {noun}; {} left out for want of coordinates",
            summary.rows, summary.without_coordinates
        );
    } else {
        eprintln!("kroniek export: {} {noun}", summary.rows);
    }
    Ok(0)
}
