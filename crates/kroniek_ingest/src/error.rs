//! Errors and problems of ingestion.

use std::fmt;
use std::path::PathBuf;

/// Failures that stop ingestion of a whole input (not of one record).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A path could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The path.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A `--field` mapping that is not `name=column`.
    #[error(
        "invalid field mapping `{0}`: expected NAME=FIELD with NAME one of id, date, title, text, url, lang"
    )]
    FieldMapping(String),
    /// An unknown `--input-format`.
    #[error("unknown input format `{0}`: expected auto, text, jsonl, csv or html")]
    Format(String),
}

/// Result with the ingestion error.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A record or file that was skipped, with where and why: printed as `file:line: reason`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// `path`, `path:line` or `path:byte N`.
    pub location: String,
    /// Why it was skipped.
    pub message: String,
}

impl Problem {
    /// A problem at a location.
    pub fn new(location: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            location: location.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}
