//! The JSON record of a document: the output contract in `SCHEMA.md`.
//!
//! Field names here are a contract with users' scripts and independent evaluation: add fields,
//! never rename. Layers that have not run are left out rather than written empty, so a reader can
//! tell "found nothing" from "not analysed".

use serde::Serialize;

use crate::diagnostic::Severity;
use crate::document::Document;
use crate::layer::TokenKind;

/// `date` in the record.
#[derive(Serialize)]
pub struct DateRecord {
    /// `2021-08-20`, `2021-08`, `2021`, or null.
    pub value: Option<String>,
    /// `day`, `month`, `year` or `unknown`.
    pub precision: &'static str,
    /// Full ISO 8601 timestamp when the source gave a time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
}

/// A plain `{start, end}` span.
#[derive(Serialize)]
pub struct SpanRecord {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// A token in the record.
#[derive(Serialize)]
pub struct TokenRecord {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What the segmenter saw (`word`, `number`, `punct`, …).
    pub kind: TokenKind,
}

/// A paragraph language in the record.
#[derive(Serialize)]
pub struct LangSpanRecord {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// ISO 639-1 code.
    pub lang: String,
    /// Confidence in `[0, 1]`.
    pub confidence: f32,
}

/// A diagnostic in the record.
#[derive(Serialize)]
pub struct DiagnosticRecord {
    /// Stage id.
    pub stage: String,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// `info`, `warning` or `error`.
    pub severity: Severity,
    /// Explanation.
    pub message: String,
}

/// One document as written by `kroniek extract`.
#[derive(Serialize)]
pub struct Record<'a> {
    /// Input id or SHA-256 of the text.
    pub id: &'a str,
    /// Where it came from.
    pub source: &'a str,
    /// Title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<&'a str>,
    /// URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<&'a str>,
    /// Publication date with precision.
    pub date: DateRecord,
    /// ISO 639-1 document language or `und`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<&'a str>,
    /// Confidence of `lang`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang_confidence: Option<f32>,
    /// Paragraphs in another language than the document's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<LangSpanRecord>>,
    /// The normalised text.
    pub text: &'a str,
    /// Paragraph spans.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paragraphs: Option<Vec<SpanRecord>>,
    /// Sentence spans.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentences: Option<Vec<SpanRecord>>,
    /// Tokens.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tokens: Option<Vec<TokenRecord>>,
    /// Findings.
    pub diagnostics: Vec<DiagnosticRecord>,
}

impl<'a> Record<'a> {
    /// The record of a document.
    pub fn of(doc: &'a Document) -> Record<'a> {
        let meta = doc.meta();
        let layers = doc.layers();
        let language = layers.language();
        let segments = layers.segments();
        Record {
            id: doc.id(),
            source: &meta.source,
            title: meta.title.as_deref(),
            url: meta.url.as_deref(),
            date: DateRecord {
                value: meta.date.value(),
                precision: meta.date.precision().as_str(),
                timestamp: meta.date.timestamp(),
            },
            lang: language.map(|l| l.lang.as_str()),
            lang_confidence: language.map(|l| l.confidence),
            languages: language.map(|l| {
                l.paragraphs
                    .iter()
                    .map(|p| LangSpanRecord {
                        start: p.span.start(),
                        end: p.span.end(),
                        lang: p.lang.as_str().to_string(),
                        confidence: p.confidence,
                    })
                    .collect()
            }),
            text: doc.text(),
            paragraphs: segments.map(|s| {
                s.paragraphs
                    .iter()
                    .map(|p| SpanRecord {
                        start: p.start(),
                        end: p.end(),
                    })
                    .collect()
            }),
            sentences: segments.map(|s| {
                s.sentences
                    .iter()
                    .map(|p| SpanRecord {
                        start: p.span.start(),
                        end: p.span.end(),
                    })
                    .collect()
            }),
            tokens: segments.map(|s| {
                s.tokens
                    .iter()
                    .map(|t| TokenRecord {
                        start: t.span.start(),
                        end: t.span.end(),
                        kind: t.kind,
                    })
                    .collect()
            }),
            diagnostics: doc
                .diagnostics()
                .iter()
                .map(|d| DiagnosticRecord {
                    stage: d.stage.clone(),
                    start: d.span.start(),
                    end: d.span.end(),
                    severity: d.severity,
                    message: d.message.clone(),
                })
                .collect(),
        }
    }
}
