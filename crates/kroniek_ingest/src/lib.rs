//! Ingestion: reading articles from the formats users have.

pub mod date;
pub mod html;
