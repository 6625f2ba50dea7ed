//! What the user told ingestion.

use kroniek_core::DocDate;

use crate::fields::FieldMap;
use crate::format::InputFormat;

/// Ingestion settings.
#[derive(Clone, Debug, Default)]
pub struct IngestOptions {
    /// Input format, or auto-detection.
    pub format: InputFormat,
    /// Which record fields to read.
    pub fields: FieldMap,
    /// Date for documents that bring none of their own (`--date`).
    pub default_date: Option<DocDate>,
    /// Treat invalid UTF-8 as an error that skips the document, instead of replacing it.
    pub strict: bool,
}
