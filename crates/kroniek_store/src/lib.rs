//! The embedded store: SQLite in one file, the default home of everything kroniek reads.
//!
//! Design: a document is written with its full JSON record (the `SCHEMA.md` contract, so
//! exports and the API return exactly what `extract` writes) and with flat, indexed rows per
//! layer for queries. Writes come in batches, one transaction each: killing an ingest loses at
//! most the batch in flight, and a rerun skips what is stored (ids are the input's own or the
//! SHA-256 of the text). WAL mode lets readers query while an ingest writes. The schema is a
//! list of versioned migrations ([`schema`]); an FTS5 index over titles and texts serves search.

mod error;
mod prepared;
mod query;
pub mod schema;
mod store;

pub use error::{Error, Result};
pub use prepared::{EntityRow, PreparedDocument, TimexRow};
pub use query::{DocumentFilter, DocumentRow, SearchHit, fts_query};
pub use store::{Existing, Store, WriteStats};
