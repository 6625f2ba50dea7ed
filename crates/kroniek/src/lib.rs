//! The `kroniek` command's library: pipeline assembly, batch processing in parallel with output
//! in input order, and renderings of documents. `main.rs` only parses arguments.

pub mod corpus;
pub mod pipeline;
pub mod process;
pub mod render;
