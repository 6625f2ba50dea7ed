//! Errors of the time crate: failures that are not a document's fault.

use std::path::PathBuf;

/// What can go wrong outside the data itself.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Reading an evaluation corpus failed.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A TimeML file that cannot be understood.
    #[error("{path}: {message}")]
    TimeMl {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// A failure of the core model (a span or a pipeline).
    #[error(transparent)]
    Core(#[from] kroniek_core::Error),
}

/// Result with the time crate's error.
pub type Result<T, E = Error> = std::result::Result<T, E>;
