//! The document: metadata, immutable normalised text, offsets back to the input, and layers.

use sha2::{Digest, Sha256};

use crate::date::DocDate;
use crate::diagnostic::Diagnostic;
use crate::layers::{Lang, Layer, Layers};
use crate::offsets::OffsetMap;
use crate::span::Span;

/// Normalised text together with its alignment to the original.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NormalizedText {
    /// The normalised text.
    pub text: String,
    /// Normalised → original byte offsets.
    pub offsets: OffsetMap,
}

/// Metadata that ingestion found next to the text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Metadata {
    /// The input's own id, if it has one.
    pub id: Option<String>,
    /// Path or URL the document came from, with a line or record number where useful.
    pub source: String,
    /// Title, if any.
    pub title: Option<String>,
    /// Canonical URL, if any.
    pub url: Option<String>,
    /// Publication date.
    pub date: DocDate,
    /// A language declared by the input (`<html lang>`, a JSON field) or the user.
    pub declared_lang: Option<Lang>,
}

/// One news article on its way through the pipeline.
///
/// The text is normalised once, at construction, and never changes; stages add layers.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    id: String,
    meta: Metadata,
    text: String,
    offsets: OffsetMap,
    layers: Layers,
    diagnostics: Vec<Diagnostic>,
    provenance: Vec<&'static str>,
}

/// The hex SHA-256 of a text: the id of a document without one of its own.
pub fn content_id(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    let mut out = String::with_capacity(64);
    for b in digest {
        out.push(char::from_digit(u32::from(b >> 4), 16).unwrap_or('0'));
        out.push(char::from_digit(u32::from(b & 0xf), 16).unwrap_or('0'));
    }
    out
}

impl Document {
    /// A document from metadata and already normalised text.
    pub fn new(meta: Metadata, normalized: NormalizedText) -> Document {
        let id = match &meta.id {
            Some(id) if !id.trim().is_empty() => id.trim().to_string(),
            _ => content_id(&normalized.text),
        };
        Document {
            id,
            meta,
            text: normalized.text,
            offsets: normalized.offsets,
            layers: Layers::default(),
            diagnostics: Vec::new(),
            provenance: Vec::new(),
        }
    }

    /// The id: the input's own, or the SHA-256 of the text.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Metadata.
    pub fn meta(&self) -> &Metadata {
        &self.meta
    }

    /// The publication date.
    pub fn date(&self) -> &DocDate {
        &self.meta.date
    }

    /// The normalised text every span points into.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The alignment to the original input.
    pub fn offsets(&self) -> &OffsetMap {
        &self.offsets
    }

    /// The layers added so far.
    pub fn layers(&self) -> &Layers {
        &self.layers
    }

    /// The document language, once the language layer exists.
    pub fn lang(&self) -> Option<&Lang> {
        self.layers.language().map(|l| &l.lang)
    }

    /// Findings collected so far.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// The ids of the stages that ran, in order.
    pub fn provenance(&self) -> &[&'static str] {
        &self.provenance
    }

    /// Record a finding (ingestion uses this; stages return theirs to the pipeline).
    pub fn push_diagnostic(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    /// The whole text as a span.
    pub fn full_span(&self) -> Span {
        Span::from_range(0, self.text.len()).unwrap_or_default()
    }

    /// Add a layer made by `stage` outside a pipeline (benchmarks, tools that run one stage).
    pub fn insert_layer(&mut self, stage: &'static str, layer: Layer) {
        self.add_layer(stage, layer);
    }

    pub(crate) fn add_layer(&mut self, stage: &'static str, layer: Layer) {
        self.layers.insert(layer);
        self.provenance.push(stage);
    }

    pub(crate) fn extend_diagnostics(&mut self, diagnostics: Vec<Diagnostic>) {
        self.diagnostics.extend(diagnostics);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_is_sha256_of_text() {
        let doc = Document::new(
            Metadata::default(),
            NormalizedText {
                text: "abc".into(),
                offsets: OffsetMap::identity(0, 3),
            },
        );
        assert_eq!(
            doc.id(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
