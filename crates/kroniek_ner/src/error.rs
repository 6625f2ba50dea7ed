//! Errors of the entity recogniser: I/O and model files, never bad data.

/// What can go wrong outside the data.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// A model file that cannot be read.
    #[error("bad model file: {0}")]
    BadModel(String),
    /// No model for this language.
    #[error("no entity model for language `{0}` (models exist for nl and en)")]
    NoModel(String),
    /// A gazetteer source file (`data/geo/gazetteer.tsv.gz`) that cannot be read.
    #[error("gazetteer line {line}: {message}")]
    BadGazetteer {
        /// 1-based line number (0 for the whole file).
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A training or evaluation corpus without usable sentences.
    #[error("{0}: no sentences found")]
    EmptyCorpus(String),
}

/// Result with the entity recogniser's error.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// An I/O error for a path.
    pub fn io(path: &std::path::Path, source: std::io::Error) -> Error {
        Error::Io {
            path: path.display().to_string(),
            source,
        }
    }
}
