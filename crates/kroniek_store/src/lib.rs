//! The embedded store: SQLite in one file, the default home of everything kroniek reads.
//!
//! Design: a document is written with its full JSON record (the `SCHEMA.md` contract, so
//! exports and the API return exactly what `extract` writes) and with flat, indexed rows per
//! layer for queries. Writes come in batches, one transaction each: killing an ingest loses at
//! most the batch in flight, and a rerun skips what is stored (ids are the input's own or the
//! SHA-256 of the text). WAL mode lets readers query while an ingest writes. The schema is a
//! list of versioned migrations ([`schema`]); an FTS5 index over titles and texts serves search.
//!
//! Events are stored flat, one row per event with its first source and target (the columns of
//! ACLED/POLECAT exports), and every participant of compound actors in `event_actors`. Every
//! event index ends in `(earliest, latest)` and queries walk them newest first, so a page is an
//! index range scan that stops after `limit` rows, and the next page starts from the last row's
//! key (keyset pagination, no OFFSET). Unknown event dates are stored as `''` so keys compare
//! plainly. `near` uses an R*Tree over the coordinates for the bounding box and a registered
//! haversine function for the circle. Small side tables kept by triggers (`actor_stats`) answer
//! actor listings and the name lookup of actor filters without grouping millions of rows; the
//! same `ON DELETE CASCADE` and triggers keep everything consistent when `--update` replaces a
//! document. Sentences and triggers are not copied: they are sliced from the document text by
//! byte offsets when read. Control claims are answered per region with a skip-scan of the
//! `(region, earliest)` index. Exports stream rows into JSON Lines, CSV, GeoJSON or Parquet
//! (typed columns through the Arrow writer). [`synthetic`] builds a large store and times a
//! query mix, for the benchmark.

mod control;
mod error;
mod events;
mod export;
mod geo;
mod parquet;
mod prepared;
mod query;
pub mod schema;
mod store;
pub mod synthetic;
mod write;

pub use control::{
    ActorQuery, ActorRow, CONTROL_COLUMNS, ControlQuery, ControlRow, MAX_CONTROL_ROWS,
};
pub use error::{Error, Result};
pub use events::{
    EVENT_COLUMNS, EventFilter, EventPage, EventRow, MAX_EVENT_ROWS, check_day, parse_plover,
};
pub use export::{
    DOCUMENT_COLUMNS, DocumentExportRow, ExportFormat, ExportSummary, PlaceExportRow,
};
pub use geo::{Near, haversine_km};
pub use parquet::epoch_days;
pub use prepared::{EntityRow, PreparedDocument, TimexRow};
pub use query::{DocumentFilter, DocumentRow, SearchHit, fts_query};
pub use store::{Existing, Store, WriteStats};
