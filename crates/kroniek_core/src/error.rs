//! Errors of the core model.

/// What can go wrong when building core values or pipelines.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A span that does not fit its text.
    #[error("invalid span {start}..{end} in text of {len} bytes: {reason}")]
    InvalidSpan {
        /// First byte.
        start: usize,
        /// One past the last byte.
        end: usize,
        /// Text length.
        len: usize,
        /// Why it was refused.
        reason: &'static str,
    },
    /// A stage needs a layer that no earlier stage provides.
    #[error("stage `{stage}` requires the {missing:?} layer, which no earlier stage provides")]
    MissingRequirement {
        /// The stage that cannot run.
        stage: &'static str,
        /// The layer it lacks.
        missing: crate::LayerKind,
    },
    /// Two stages provide the same layer.
    #[error(
        "stage `{stage}` provides the {layer:?} layer, which an earlier stage already provides"
    )]
    DuplicateLayer {
        /// The later stage.
        stage: &'static str,
        /// The layer provided twice.
        layer: crate::LayerKind,
    },
    /// A stage failed on a document (a missing resource, not bad data).
    #[error("stage `{stage}` failed: {message}")]
    Stage {
        /// The failing stage.
        stage: &'static str,
        /// What went wrong.
        message: String,
    },
    /// A document date that cannot be represented.
    #[error("invalid date: {0}")]
    InvalidDate(String),
}

/// Result with the core error.
pub type Result<T, E = Error> = std::result::Result<T, E>;
