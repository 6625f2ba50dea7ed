//! Errors of the evaluation crate.

use std::path::PathBuf;

/// What can go wrong reading a corpus.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// A CoNLL-U line is malformed.
    #[error("{path}:{line}: malformed CoNLL-U: {message}")]
    Malformed {
        /// The file (or a name for in-memory input).
        path: PathBuf,
        /// The 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// Result with this crate's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
