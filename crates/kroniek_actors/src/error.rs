//! Errors of the actor crate: a dictionary file that does not parse.

/// What can go wrong loading the actor dictionary.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A row of a dictionary file is malformed.
    #[error("{file}:{line}: {message}")]
    Row {
        /// The file (`countries.tsv`, …).
        file: &'static str,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// Result with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
