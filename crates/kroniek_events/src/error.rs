//! Errors of the event coder: only a broken pattern file can fail.

/// What can go wrong when building the event stage.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A pattern file has a malformed row.
    #[error("{file}:{line}: {message}")]
    Pattern {
        /// The pattern file (`patterns-nl.tsv`).
        file: &'static str,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// Result with this crate's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
