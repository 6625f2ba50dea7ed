//! Diagnostics: findings about the data that do not stop processing.
//!
//! An unresolvable date, a replaced invalid byte or a language too uncertain to name is a
//! `Diagnostic` on the document, which carries on; `Err` is reserved for a missing resource or
//! failed I/O (ruff's parser collects errors the same way).

use serde::{Deserialize, Serialize};

use crate::span::{Span, Spanned};

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing.
    Info,
    /// Something was repaired or guessed.
    Warning,
    /// Something was lost.
    Error,
}

/// A finding of a stage (or of ingestion) about one document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// The stage id (`ingest`, `text`, …).
    pub stage: String,
    /// Where in the normalised text; empty at 0 for the whole document.
    pub span: Span,
    /// How serious.
    pub severity: Severity,
    /// Human-readable explanation, naming byte offsets in the input where useful.
    pub message: String,
}

impl Diagnostic {
    /// A warning about a span.
    pub fn warning(stage: &str, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            stage: stage.to_string(),
            span,
            severity: Severity::Warning,
            message: message.into(),
        }
    }

    /// An informational note about a span.
    pub fn info(stage: &str, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Info,
            ..Diagnostic::warning(stage, span, message)
        }
    }
}

impl Spanned for Diagnostic {
    fn span(&self) -> Span {
        self.span
    }
}
