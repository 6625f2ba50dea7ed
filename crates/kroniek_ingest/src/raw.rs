//! A document as read, before normalisation.

use kroniek_core::{Diagnostic, Document, Metadata, Span};
use kroniek_text::normalize;

/// What a reader yields: the text and metadata of one article, not yet normalised, so that the
/// expensive part can run in parallel.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawDocument {
    /// Metadata found with the text.
    pub meta: Metadata,
    /// The body, decoded.
    pub body: String,
    /// Byte offset of the body in its original file (after a date header, say).
    pub base: u64,
    /// Bytes read for this document (for throughput figures).
    pub bytes: usize,
    /// Findings made while reading (replaced bytes, unparsable dates).
    pub notes: Vec<String>,
}

impl RawDocument {
    /// Normalise the body and build the document.
    pub fn into_document(self) -> Document {
        let normalized = normalize(&self.body, self.base);
        let mut doc = Document::new(self.meta, normalized);
        for note in self.notes {
            doc.push_diagnostic(Diagnostic::warning("ingest", Span::default(), note));
        }
        doc
    }
}

/// One step of ingestion: a document, or a skipped record with the reason.
#[derive(Debug)]
pub enum Item {
    /// A document to process.
    Document(Box<RawDocument>),
    /// Something skipped; the run continues.
    Skipped(crate::error::Problem),
}
