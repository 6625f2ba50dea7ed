//! Errors of the gazetteer build, load and evaluation.

use std::path::PathBuf;

/// What can go wrong outside the data of a document.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A source file of the gazetteer build could not be parsed.
    #[error("{path}: {message}")]
    Source {
        /// The file.
        path: PathBuf,
        /// What was wrong.
        message: String,
    },
    /// The gazetteer file has an unexpected format.
    #[error("gazetteer line {line}: {message}")]
    Format {
        /// 1-based line number in the decompressed file.
        line: usize,
        /// What was wrong.
        message: String,
    },
    /// An evaluation corpus could not be read.
    #[error("{path}: {message}")]
    Corpus {
        /// The corpus file.
        path: PathBuf,
        /// What was wrong.
        message: String,
    },
    /// The text pipeline failed.
    #[error(transparent)]
    Core(#[from] kroniek_core::Error),
}

/// Result with this crate's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// An I/O error on `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}
