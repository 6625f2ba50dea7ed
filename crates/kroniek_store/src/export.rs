//! Exports: events, control claims and documents as JSON Lines, CSV, GeoJSON or Parquet.
//!
//! Events and control claims are flat rows with the columns of ACLED/POLECAT-style exports
//! ([`EVENT_COLUMNS`], [`CONTROL_COLUMNS`]); documents are their full JSON records (JSON
//! Lines), one row per document (CSV, Parquet), or their places (GeoJSON). GeoJSON is a
//! FeatureCollection of Points with the row as properties; rows without coordinates are left
//! out and counted in the summary. Control claims are placed at the mean of the stored places
//! that are their region.

use std::io::Write;

use serde::Serialize;
use serde_json::{Map, Value};

use crate::control::{CONTROL_COLUMNS, ControlQuery, ControlRow};
use crate::error::{Error, Result};
use crate::events::{EVENT_COLUMNS, EventFilter, EventRow};
use crate::query::DocumentFilter;
use crate::store::Store;

/// Export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// One JSON object per line.
    Jsonl,
    /// CSV with a header row.
    Csv,
    /// A GeoJSON FeatureCollection of Points.
    GeoJson,
    /// Apache Parquet with typed columns.
    Parquet,
}

impl ExportFormat {
    /// Parse `jsonl`, `csv`, `geojson` or `parquet`.
    pub fn parse(s: &str) -> Option<ExportFormat> {
        match s.to_ascii_lowercase().as_str() {
            "jsonl" | "json" | "ndjson" => Some(ExportFormat::Jsonl),
            "csv" => Some(ExportFormat::Csv),
            "geojson" => Some(ExportFormat::GeoJson),
            "parquet" => Some(ExportFormat::Parquet),
            _ => None,
        }
    }
}

/// What an export wrote.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ExportSummary {
    /// Rows (or features) written.
    pub rows: usize,
    /// Rows left out of a GeoJSON export for want of coordinates.
    pub without_coordinates: usize,
}

fn io(e: std::io::Error) -> Error {
    Error::Write(e)
}

fn csv_err(e: csv::Error) -> Error {
    let text = e.to_string();
    match e.into_kind() {
        csv::ErrorKind::Io(e) => Error::Write(e),
        _ => Error::Export(text),
    }
}

fn json_err(e: serde_json::Error) -> Error {
    if e.is_io() {
        Error::Write(e.into())
    } else {
        Error::Export(e.to_string())
    }
}

/// A cell of a CSV row: strings as they are, numbers and booleans as JSON writes them, null
/// as empty, lists as JSON.
fn cell(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

fn to_object<T: Serialize>(row: &T) -> Result<Map<String, Value>> {
    match serde_json::to_value(row) {
        Ok(Value::Object(m)) => Ok(m),
        Ok(_) => Err(Error::Export("row is not an object".into())),
        Err(e) => Err(Error::Export(e.to_string())),
    }
}

enum Output<'w, W: Write> {
    Plain(&'w mut W),
    Csv(Box<csv::Writer<&'w mut W>>),
}

/// Streams rows of one kind into a format.
struct Sink<'w, W: Write> {
    format: ExportFormat,
    columns: &'static [&'static str],
    out: Output<'w, W>,
    summary: ExportSummary,
}

impl<'w, W: Write> Sink<'w, W> {
    fn new(format: ExportFormat, columns: &'static [&'static str], out: &'w mut W) -> Result<Self> {
        let out = match format {
            ExportFormat::Csv => {
                let mut w = csv::Writer::from_writer(out);
                w.write_record(columns).map_err(csv_err)?;
                Output::Csv(Box::new(w))
            }
            ExportFormat::GeoJson => {
                out.write_all(b"{\"type\":\"FeatureCollection\",\"features\":[\n")
                    .map_err(io)?;
                Output::Plain(out)
            }
            ExportFormat::Jsonl | ExportFormat::Parquet => Output::Plain(out),
        };
        Ok(Sink {
            format,
            columns,
            out,
            summary: ExportSummary::default(),
        })
    }

    /// One row; `point` is (lat, lon) for GeoJSON.
    fn row<T: Serialize>(&mut self, row: &T, point: Option<(f64, f64)>) -> Result<()> {
        match (&mut self.out, self.format) {
            (Output::Csv(w), _) => {
                let obj = to_object(row)?;
                let cells: Vec<String> = self.columns.iter().map(|c| cell(obj.get(*c))).collect();
                w.write_record(&cells).map_err(csv_err)?;
            }
            (Output::Plain(out), ExportFormat::GeoJson) => {
                let Some((lat, lon)) = point else {
                    self.summary.without_coordinates += 1;
                    return Ok(());
                };
                let obj = to_object(row)?;
                let mut props = Map::new();
                for c in self.columns {
                    props.insert(
                        (*c).to_string(),
                        obj.get(*c).cloned().unwrap_or(Value::Null),
                    );
                }
                let feature = serde_json::json!({
                    "type": "Feature",
                    "geometry": { "type": "Point", "coordinates": [lon, lat] },
                    "properties": props,
                });
                if self.summary.rows > 0 {
                    out.write_all(b",\n").map_err(io)?;
                }
                serde_json::to_writer(&mut **out, &feature).map_err(json_err)?;
            }
            (Output::Plain(out), _) => {
                serde_json::to_writer(&mut **out, row).map_err(json_err)?;
                out.write_all(b"\n").map_err(io)?;
            }
        }
        self.summary.rows += 1;
        Ok(())
    }

    fn finish(self) -> Result<ExportSummary> {
        match self.out {
            Output::Csv(mut w) => w.flush().map_err(io)?,
            Output::Plain(out) => {
                if self.format == ExportFormat::GeoJson {
                    out.write_all(b"\n]}\n").map_err(io)?;
                }
                out.flush().map_err(io)?;
            }
        }
        Ok(self.summary)
    }
}

/// A flat document row (CSV and Parquet exports of documents).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DocumentExportRow {
    /// Id.
    pub id: String,
    /// Source.
    pub source: String,
    /// URL.
    pub url: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Date value.
    pub date: Option<String>,
    /// Date precision.
    pub date_precision: String,
    /// First possible day.
    pub date_earliest: Option<String>,
    /// Last possible day.
    pub date_latest: Option<String>,
    /// Language.
    pub lang: Option<String>,
    /// Events stored for it.
    pub events: i64,
    /// The text.
    pub text: String,
}

/// The columns of [`DocumentExportRow`].
pub const DOCUMENT_COLUMNS: &[&str] = &[
    "id",
    "source",
    "url",
    "title",
    "date",
    "date_precision",
    "date_earliest",
    "date_latest",
    "lang",
    "events",
    "text",
];

/// A place mention of a document (GeoJSON export of documents).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PlaceExportRow {
    /// Document id.
    pub doc_id: String,
    /// Document URL.
    pub url: Option<String>,
    /// Document date value.
    pub date: Option<String>,
    /// The mention.
    pub text: String,
    /// Gazetteer name.
    pub name: String,
    /// Kind of place.
    pub kind: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// Admin-1 name.
    pub admin1: Option<String>,
    /// ISO 3166-2.
    pub iso3166_2: Option<String>,
    /// Latitude.
    pub latitude: f64,
    /// Longitude.
    pub longitude: f64,
    /// First byte of the mention.
    pub start: i64,
    /// One past its last byte.
    pub end: i64,
}

const PLACE_COLUMNS: &[&str] = &[
    "doc_id",
    "url",
    "date",
    "text",
    "name",
    "kind",
    "country",
    "admin1",
    "iso3166_2",
    "latitude",
    "longitude",
    "start",
    "end",
];

impl Store {
    /// Export matching events.
    pub fn export_events<W: Write + Send>(
        &self,
        filter: &EventFilter,
        format: ExportFormat,
        out: &mut W,
    ) -> Result<ExportSummary> {
        if format == ExportFormat::Parquet {
            return crate::parquet::write_events(self, filter, out);
        }
        let mut sink = Sink::new(format, EVENT_COLUMNS, out)?;
        self.for_each_event(filter, |row: &EventRow| {
            let point = row.latitude.zip(row.longitude);
            sink.row(row, point)
        })?;
        sink.finish()
    }

    /// Export control claims.
    pub fn export_control<W: Write + Send>(
        &self,
        query: &ControlQuery,
        format: ExportFormat,
        out: &mut W,
    ) -> Result<ExportSummary> {
        let rows = self.control_capped(query, usize::MAX)?;
        if format == ExportFormat::Parquet {
            return crate::parquet::write_control(&rows, out);
        }
        let mut sink = Sink::new(format, CONTROL_COLUMNS, out)?;
        let mut points = std::collections::HashMap::new();
        for row in &rows {
            let point = if format == ExportFormat::GeoJson {
                match points.get(&row.region) {
                    Some(p) => *p,
                    None => {
                        let p = self.region_point(&row.region)?;
                        points.insert(row.region.clone(), p);
                        p
                    }
                }
            } else {
                None
            };
            sink.row::<ControlRow>(row, point)?;
        }
        sink.finish()
    }

    /// Export documents: records (JSON Lines), flat rows (CSV, Parquet) or places (GeoJSON).
    pub fn export_documents<W: Write + Send>(
        &self,
        filter: &DocumentFilter,
        format: ExportFormat,
        out: &mut W,
    ) -> Result<ExportSummary> {
        match format {
            ExportFormat::Jsonl => {
                let n = self.for_each_record(filter, |record| {
                    out.write_all(record.as_bytes()).map_err(io)?;
                    out.write_all(b"\n").map_err(io)
                })?;
                out.flush().map_err(io)?;
                Ok(ExportSummary {
                    rows: n,
                    without_coordinates: 0,
                })
            }
            ExportFormat::Csv => {
                let mut sink = Sink::new(format, DOCUMENT_COLUMNS, out)?;
                self.for_each_document_row(filter, |row| sink.row(row, None))?;
                sink.finish()
            }
            ExportFormat::Parquet => crate::parquet::write_documents(self, filter, out),
            ExportFormat::GeoJson => {
                let mut sink = Sink::new(format, PLACE_COLUMNS, out)?;
                self.for_each_place_row(filter, |row| {
                    sink.row(row, Some((row.latitude, row.longitude)))
                })?;
                sink.finish()
            }
        }
    }

    /// Stream flat document rows.
    pub fn for_each_document_row<F>(&self, filter: &DocumentFilter, mut f: F) -> Result<usize>
    where
        F: FnMut(&DocumentExportRow) -> Result<()>,
    {
        let (clause, args) = filter.where_clause();
        let sql = format!(
            "SELECT id, source, url, title, date_value, date_precision, date_earliest, date_latest,
                lang, (SELECT count(*) FROM events e WHERE e.doc_id = documents.id), text
             FROM documents {clause} ORDER BY date_earliest, id {}",
            filter.limit_clause()
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(args.iter()))?;
        let mut n = 0;
        while let Some(r) = rows.next()? {
            let row = DocumentExportRow {
                id: r.get(0)?,
                source: r.get(1)?,
                url: r.get(2)?,
                title: r.get(3)?,
                date: r.get(4)?,
                date_precision: r.get(5)?,
                date_earliest: r.get(6)?,
                date_latest: r.get(7)?,
                lang: r.get(8)?,
                events: r.get(9)?,
                text: r.get(10)?,
            };
            f(&row)?;
            n += 1;
        }
        Ok(n)
    }

    /// Stream the places of matching documents.
    pub fn for_each_place_row<F>(&self, filter: &DocumentFilter, mut f: F) -> Result<usize>
    where
        F: FnMut(&PlaceExportRow) -> Result<()>,
    {
        let (clause, args) = filter.where_clause();
        let sql = format!(
            "SELECT d.id, d.url, d.date_value, p.text, p.name, p.kind, p.country, p.admin1,
                p.iso3166_2, p.lat, p.lon, p.start, p.end
             FROM (SELECT * FROM documents {clause} ORDER BY date_earliest, id {}) d
             JOIN places p ON p.doc_id = d.id ORDER BY d.date_earliest, d.id, p.idx",
            filter.limit_clause()
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(args.iter()))?;
        let mut n = 0;
        while let Some(r) = rows.next()? {
            let row = PlaceExportRow {
                doc_id: r.get(0)?,
                url: r.get(1)?,
                date: r.get(2)?,
                text: r.get(3)?,
                name: r.get(4)?,
                kind: r.get(5)?,
                country: r.get(6)?,
                admin1: r.get(7)?,
                iso3166_2: r.get(8)?,
                latitude: r.get(9)?,
                longitude: r.get(10)?,
                start: r.get(11)?,
                end: r.get(12)?,
            };
            f(&row)?;
            n += 1;
        }
        Ok(n)
    }
}
