//! Errors: a broken embedded pattern file (a build defect, not the document's fault).

/// What can go wrong while loading the stages' resources.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A row of an embedded pattern or lexicon file does not parse.
    #[error("{file}:{line}: {message}")]
    Data {
        /// The data file (`stative-nl.tsv`).
        file: &'static str,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// Result with this crate's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;

impl From<Error> for kroniek_core::Error {
    fn from(e: Error) -> Self {
        kroniek_core::Error::Stage {
            stage: "control",
            message: e.to_string(),
        }
    }
}
