//! Errors of the syntax crate.

use std::path::PathBuf;

/// What can go wrong when reading corpora, training, loading or saving models.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A CoNLL-U line that cannot be read.
    #[error("{path}:{line}: {message}")]
    Conllu {
        /// The file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A model file that cannot be decoded (truncated, wrong magic or version).
    #[error("bad syntax model: {0}")]
    Model(String),
    /// A pruning rule that cannot be read ([`crate::prune`]).
    #[error("{0}")]
    Prune(String),
    /// Training was asked for without any usable sentence.
    #[error("no training sentences")]
    NoTrainingData,
}

/// Result with the syntax error.
pub type Result<T, E = Error> = std::result::Result<T, E>;
