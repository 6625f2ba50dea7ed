//! Errors of the store.

use std::path::PathBuf;

/// What can go wrong with the store.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// SQLite failed.
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The database file could not be opened.
    #[error("cannot open store {path}: {source}")]
    Open {
        /// The file.
        path: PathBuf,
        /// Why.
        source: rusqlite::Error,
    },
    /// A read-only command found no store file at the path.
    #[error("no store at {0} (run `kroniek ingest` first, or pass --db)")]
    Missing(PathBuf),
    /// The store was written by a newer kroniek.
    #[error("store schema version {found} is newer than this kroniek understands ({supported})")]
    TooNew {
        /// Version in the file.
        found: u32,
        /// Newest version known here.
        supported: u32,
    },
    /// A record could not be serialised.
    #[error("cannot serialise document {id}: {source}")]
    Serialise {
        /// The document.
        id: String,
        /// Why.
        source: serde_json::Error,
    },
    /// A query ran past its time limit and was stopped.
    #[error("query stopped after its time limit of {0} ms")]
    Timeout(u64),
    /// An export could not be written.
    #[error("export failed: {0}")]
    Export(String),
    /// Writing an export's output failed (a full disk, a closed pipe).
    #[error("cannot write the export")]
    Write(#[source] std::io::Error),
    /// A query that is not valid.
    #[error("invalid query: {0}")]
    Query(String),
}

/// Result with the store error.
pub type Result<T, E = Error> = std::result::Result<T, E>;
