//! Ingestion: reading articles from the formats users have.
//!
//! Inputs are files, directories (recursively, in sorted order), `.gz`/`.zst` files and
//! standard input. The format is detected per file by extension and then by content, or set
//! with [`InputFormat`]: plain text with kroniek's `date YYYY[-MM[-DD]]` header, JSON Lines
//! (or a JSON array), CSV/TSV with a header row, and HTML pages. The [`Ingestor`] is an iterator
//! of [`Item`]s: a [`RawDocument`] to normalise and analyse, or a [`Problem`] naming the file and
//! line of a record that was skipped. Nothing already read is lost when one record is bad.
//!
//! Offsets: for text files, the normalised text maps back to byte offsets in the file (after
//! decompression); for records and HTML pages, to offsets in the record's text value or in the
//! extracted page text.

pub mod date;
mod decode;
mod error;
mod fields;
mod format;
mod header;
pub mod html;
mod options;
mod raw;
mod reader;
mod records;
mod sources;

pub use date::parse_date;
pub use decode::{decode_utf8, looks_binary};
pub use error::{Error, Problem, Result};
pub use fields::FieldMap;
pub use format::InputFormat;
pub use header::parse_header;
pub use options::IngestOptions;
pub use raw::{Item, RawDocument};
pub use reader::{Ingestor, InputPath};
pub use records::declared_lang;
