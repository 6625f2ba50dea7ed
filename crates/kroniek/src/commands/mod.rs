//! Subcommands.

pub mod bench;
pub mod bench_pipeline;
pub mod eval;
pub mod export;
pub mod extract;
pub mod geo;
pub mod input;
pub mod ner;
pub mod query;
pub mod serve;
pub mod store;
pub mod syntax;
pub mod time;
