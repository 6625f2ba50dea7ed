//! kroniek's HTTP JSON API and web page over the store.
//!
//! Design: a small synchronous server (tiny_http) with a fixed pool of workers, each owning a
//! read-only SQLite connection; the store's WAL mode gives them consistent snapshots while an
//! ingest writes. Every query runs under a time limit and page sizes have a hard maximum, so no
//! request can hold a worker for long. It binds to 127.0.0.1 unless told otherwise and is
//! read-only unless started with a token; `POST /api/documents` then ingests through a function
//! the binary supplies (the pipeline lives there). Errors are JSON with an HTTP status. The
//! OpenAPI description is at `/api/openapi.json`; the web page at `/` works offline.

mod assets;
mod error;
mod openapi;
mod response;
mod routes;
mod server;
mod url;

pub use error::{Error, Result};
pub use openapi::OPENAPI;
pub use response::Reply;
pub use routes::{IngestOutcome, store_prepared};
pub use server::{Config, Ingest, RunningServer, start};
