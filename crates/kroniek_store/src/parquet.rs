//! Parquet exports with typed columns: text as UTF-8 strings, days as `Date32`, coordinates
//! and confidences as `Float64`, flags as booleans, years and offsets as integers. Rows are
//! written in record batches of [`BATCH`] rows, so an export of millions of events holds one
//! batch in memory. Uncompressed pages (dictionary- and RLE-encoded): no compression codec is
//! compiled in, to keep the build light.

use std::io::Write;
use std::sync::Arc;

use arrow_array::{
    ArrayRef, BooleanArray, Date32Array, Float64Array, Int32Array, Int64Array, RecordBatch,
    StringArray,
};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use parquet::arrow::ArrowWriter;

use crate::control::ControlRow;
use crate::error::{Error, Result};
use crate::events::{EventFilter, EventRow};
use crate::export::{DocumentExportRow, ExportSummary};
use crate::query::DocumentFilter;
use crate::store::Store;

/// Rows per record batch (and row group page).
const BATCH: usize = 8192;

fn err(e: impl std::fmt::Display) -> Error {
    Error::Export(format!("parquet: {e}"))
}

/// Days since 1970-01-01 of an ISO `YYYY-MM-DD` day (proleptic Gregorian).
pub fn epoch_days(day: &str) -> Option<i32> {
    let y: i32 = day.get(0..4)?.parse().ok()?;
    let m: u8 = day.get(5..7)?.parse().ok()?;
    let d: u8 = day.get(8..10)?.parse().ok()?;
    if day.len() != 10 || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some(kroniek_core::day_number(y, m, d))
}

fn utf8(name: &str, nullable: bool) -> Field {
    Field::new(name, DataType::Utf8, nullable)
}

fn strings<'a>(it: impl Iterator<Item = Option<&'a str>>) -> ArrayRef {
    Arc::new(it.collect::<StringArray>())
}

fn days<'a>(it: impl Iterator<Item = Option<&'a str>>) -> ArrayRef {
    Arc::new(it.map(|d| d.and_then(epoch_days)).collect::<Date32Array>())
}

fn event_schema() -> SchemaRef {
    let mut fields = vec![
        utf8("event_id", false),
        utf8("doc_id", false),
        utf8("url", true),
        utf8("event_date", true),
        Field::new("date_earliest", DataType::Date32, true),
        Field::new("date_latest", DataType::Date32, true),
        Field::new("year", DataType::Int32, true),
        utf8("type", false),
        utf8("mode", true),
        utf8("cameo", false),
        utf8("quad", false),
    ];
    for side in ["source", "target"] {
        for col in ["actor", "text", "country", "sector"] {
            fields.push(utf8(&format!("{side}_{col}"), true));
        }
    }
    fields.extend([
        utf8("place_name", true),
        utf8("country", true),
        utf8("admin1", true),
        utf8("iso3166_2", true),
        Field::new("latitude", DataType::Float64, true),
        Field::new("longitude", DataType::Float64, true),
        utf8("evidence", false),
        utf8("trigger", false),
        Field::new("negated", DataType::Boolean, false),
        Field::new("historical", DataType::Boolean, false),
        utf8("modality", false),
        Field::new("confidence", DataType::Float64, false),
        Field::new("sentence_start", DataType::Int64, false),
        Field::new("sentence_end", DataType::Int64, false),
        Field::new("trigger_start", DataType::Int64, false),
        Field::new("trigger_end", DataType::Int64, false),
    ]);
    Arc::new(Schema::new(fields))
}

fn event_batch(schema: &SchemaRef, rows: &[EventRow]) -> Result<RecordBatch> {
    let s = |f: fn(&EventRow) -> Option<&str>| strings(rows.iter().map(f));
    let columns: Vec<ArrayRef> = vec![
        s(|r| Some(&r.event_id)),
        s(|r| Some(&r.doc_id)),
        s(|r| r.url.as_deref()),
        s(|r| r.event_date.as_deref()),
        days(rows.iter().map(|r| r.date_earliest.as_deref())),
        days(rows.iter().map(|r| r.date_latest.as_deref())),
        Arc::new(rows.iter().map(|r| r.year).collect::<Int32Array>()),
        s(|r| Some(&r.kind)),
        s(|r| r.mode.as_deref()),
        s(|r| Some(&r.cameo)),
        s(|r| Some(&r.quad)),
        s(|r| r.source_actor.as_deref()),
        s(|r| r.source_text.as_deref()),
        s(|r| r.source_country.as_deref()),
        s(|r| r.source_sector.as_deref()),
        s(|r| r.target_actor.as_deref()),
        s(|r| r.target_text.as_deref()),
        s(|r| r.target_country.as_deref()),
        s(|r| r.target_sector.as_deref()),
        s(|r| r.place_name.as_deref()),
        s(|r| r.country.as_deref()),
        s(|r| r.admin1.as_deref()),
        s(|r| r.iso3166_2.as_deref()),
        Arc::new(rows.iter().map(|r| r.latitude).collect::<Float64Array>()),
        Arc::new(rows.iter().map(|r| r.longitude).collect::<Float64Array>()),
        s(|r| Some(&r.evidence)),
        s(|r| Some(&r.trigger)),
        Arc::new(
            rows.iter()
                .map(|r| Some(r.negated))
                .collect::<BooleanArray>(),
        ),
        Arc::new(
            rows.iter()
                .map(|r| Some(r.historical))
                .collect::<BooleanArray>(),
        ),
        s(|r| Some(&r.modality)),
        Arc::new(
            rows.iter()
                .map(|r| Some(r.confidence))
                .collect::<Float64Array>(),
        ),
        Arc::new(
            rows.iter()
                .map(|r| Some(r.sentence_start))
                .collect::<Int64Array>(),
        ),
        Arc::new(
            rows.iter()
                .map(|r| Some(r.sentence_end))
                .collect::<Int64Array>(),
        ),
        Arc::new(
            rows.iter()
                .map(|r| Some(r.trigger_start))
                .collect::<Int64Array>(),
        ),
        Arc::new(
            rows.iter()
                .map(|r| Some(r.trigger_end))
                .collect::<Int64Array>(),
        ),
    ];
    RecordBatch::try_new(schema.clone(), columns).map_err(err)
}

/// Write matching events as Parquet.
pub(crate) fn write_events<W: Write + Send>(
    store: &Store,
    filter: &EventFilter,
    out: &mut W,
) -> Result<ExportSummary> {
    let schema = event_schema();
    let mut writer = ArrowWriter::try_new(out, schema.clone(), None).map_err(err)?;
    let mut buf: Vec<EventRow> = Vec::with_capacity(BATCH);
    let n = store.for_each_event(filter, |row| {
        buf.push(row.clone());
        if buf.len() == BATCH {
            let batch = event_batch(&schema, &buf)?;
            buf.clear();
            writer.write(&batch).map_err(err)?;
        }
        Ok(())
    })?;
    if !buf.is_empty() {
        let batch = event_batch(&schema, &buf)?;
        writer.write(&batch).map_err(err)?;
    }
    writer.close().map_err(err)?;
    Ok(ExportSummary {
        rows: n,
        without_coordinates: 0,
    })
}

/// Write control claims as Parquet.
pub(crate) fn write_control<W: Write + Send>(
    rows: &[ControlRow],
    out: &mut W,
) -> Result<ExportSummary> {
    let schema: SchemaRef = Arc::new(Schema::new(vec![
        utf8("region", false),
        utf8("region_name", false),
        utf8("actor", true),
        utf8("actor_name", true),
        utf8("status", false),
        utf8("from", true),
        utf8("to", true),
        Field::new("earliest", DataType::Date32, true),
        Field::new("latest", DataType::Date32, true),
        utf8("exceptions", false),
        Field::new("historical", DataType::Boolean, false),
        Field::new("confidence", DataType::Float64, false),
        utf8("doc_id", false),
        utf8("url", true),
        utf8("evidence", true),
        Field::new("evidence_start", DataType::Int64, true),
        Field::new("evidence_end", DataType::Int64, true),
    ]));
    let mut writer = ArrowWriter::try_new(out, schema.clone(), None).map_err(err)?;
    for chunk in rows.chunks(BATCH) {
        let s = |f: fn(&ControlRow) -> Option<&str>| strings(chunk.iter().map(f));
        let exceptions: Vec<String> = chunk.iter().map(|r| r.exceptions.join(",")).collect();
        let columns: Vec<ArrayRef> = vec![
            s(|r| Some(&r.region)),
            s(|r| Some(&r.region_name)),
            s(|r| r.actor.as_deref()),
            s(|r| r.actor_name.as_deref()),
            s(|r| Some(&r.status)),
            s(|r| r.from.as_deref()),
            s(|r| r.to.as_deref()),
            days(chunk.iter().map(|r| r.earliest.as_deref())),
            days(chunk.iter().map(|r| r.latest.as_deref())),
            strings(exceptions.iter().map(|e| Some(e.as_str()))),
            Arc::new(
                chunk
                    .iter()
                    .map(|r| Some(r.historical))
                    .collect::<BooleanArray>(),
            ),
            Arc::new(
                chunk
                    .iter()
                    .map(|r| Some(r.confidence))
                    .collect::<Float64Array>(),
            ),
            s(|r| Some(&r.doc_id)),
            s(|r| r.url.as_deref()),
            s(|r| r.evidence.as_deref()),
            Arc::new(
                chunk
                    .iter()
                    .map(|r| r.evidence_start)
                    .collect::<Int64Array>(),
            ),
            Arc::new(chunk.iter().map(|r| r.evidence_end).collect::<Int64Array>()),
        ];
        let batch = RecordBatch::try_new(schema.clone(), columns).map_err(err)?;
        writer.write(&batch).map_err(err)?;
    }
    writer.close().map_err(err)?;
    Ok(ExportSummary {
        rows: rows.len(),
        without_coordinates: 0,
    })
}

fn document_batch(schema: &SchemaRef, rows: &[DocumentExportRow]) -> Result<RecordBatch> {
    let s = |f: fn(&DocumentExportRow) -> Option<&str>| strings(rows.iter().map(f));
    let columns: Vec<ArrayRef> = vec![
        s(|r| Some(&r.id)),
        s(|r| Some(&r.source)),
        s(|r| r.url.as_deref()),
        s(|r| r.title.as_deref()),
        s(|r| r.date.as_deref()),
        s(|r| Some(&r.date_precision)),
        days(rows.iter().map(|r| r.date_earliest.as_deref())),
        days(rows.iter().map(|r| r.date_latest.as_deref())),
        s(|r| r.lang.as_deref()),
        Arc::new(rows.iter().map(|r| Some(r.events)).collect::<Int64Array>()),
        s(|r| Some(&r.text)),
    ];
    RecordBatch::try_new(schema.clone(), columns).map_err(err)
}

/// Write matching documents as Parquet, one row each.
pub(crate) fn write_documents<W: Write + Send>(
    store: &Store,
    filter: &DocumentFilter,
    out: &mut W,
) -> Result<ExportSummary> {
    let schema: SchemaRef = Arc::new(Schema::new(vec![
        utf8("id", false),
        utf8("source", false),
        utf8("url", true),
        utf8("title", true),
        utf8("date", true),
        utf8("date_precision", false),
        Field::new("date_earliest", DataType::Date32, true),
        Field::new("date_latest", DataType::Date32, true),
        utf8("lang", true),
        Field::new("events", DataType::Int64, false),
        utf8("text", false),
    ]));
    let mut writer = ArrowWriter::try_new(out, schema.clone(), None).map_err(err)?;
    let mut buf: Vec<DocumentExportRow> = Vec::new();
    let n = store.for_each_document_row(filter, |row| {
        buf.push(row.clone());
        if buf.len() == BATCH {
            let batch = document_batch(&schema, &buf)?;
            buf.clear();
            writer.write(&batch).map_err(err)?;
        }
        Ok(())
    })?;
    if !buf.is_empty() {
        let batch = document_batch(&schema, &buf)?;
        writer.write(&batch).map_err(err)?;
    }
    writer.close().map_err(err)?;
    Ok(ExportSummary {
        rows: n,
        without_coordinates: 0,
    })
}

#[cfg(test)]
mod tests {
    use super::epoch_days;

    #[test]
    fn days_since_epoch() {
        assert_eq!(epoch_days("1970-01-01"), Some(0));
        assert_eq!(epoch_days("2000-03-01"), Some(11_017));
        assert_eq!(epoch_days("2021-08-20"), Some(18_859));
        assert_eq!(epoch_days("1969-12-31"), Some(-1));
        assert_eq!(epoch_days("2021-08"), None);
        assert_eq!(epoch_days("2021-13-01"), None);
    }
}
