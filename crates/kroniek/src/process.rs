//! Running the pipeline over a stream of inputs: batches processed in parallel (rayon), results
//! handed on in input order, skipped records reported in place.

use kroniek_core::{Document, Pipeline};
use kroniek_ingest::{Item, Problem};
use rayon::prelude::*;

/// How many documents are read before a batch is processed.
pub const BATCH_DOCS: usize = 256;
/// How many input bytes are read before a batch is processed (bounds memory).
pub const BATCH_BYTES: usize = 32 * 1024 * 1024;

/// What came of one input item.
pub enum Outcome<T> {
    /// A processed document, mapped by the caller's function.
    Done(T),
    /// A skipped record.
    Skipped(Problem),
    /// A document the caller's filter left out before analysis.
    Filtered,
    /// A document the pipeline failed on (a resource error, not bad data).
    Failed {
        /// The document's source.
        source: String,
        /// What went wrong.
        message: String,
    },
}

/// Totals of a run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    /// Documents processed.
    pub documents: usize,
    /// Input bytes read.
    pub bytes: usize,
    /// Records or files skipped, and documents that failed.
    pub errors: usize,
    /// Documents the caller's filter left out (already stored, say).
    pub filtered: usize,
}

/// Process every item with `pipeline`, map each document with `map` (in parallel), and pass
/// each outcome to `sink` in input order.
pub fn run<I, T, M, S>(items: I, pipeline: &Pipeline, map: M, sink: S) -> Totals
where
    I: Iterator<Item = Item>,
    T: Send,
    M: Fn(&Document) -> T + Sync,
    S: FnMut(Outcome<T>, &Totals),
{
    run_filtered(items, pipeline, |_| true, map, sink)
}

/// Like [`run`], but documents for which `keep` (seeing the normalised document, before any
/// stage) returns false are not analysed; the sink sees them as [`Outcome::Filtered`].
pub fn run_filtered<I, T, K, M, S>(
    items: I,
    pipeline: &Pipeline,
    keep: K,
    map: M,
    mut sink: S,
) -> Totals
where
    I: Iterator<Item = Item>,
    T: Send,
    K: Fn(&Document) -> bool + Sync,
    M: Fn(&Document) -> T + Sync,
    S: FnMut(Outcome<T>, &Totals),
{
    let mut totals = Totals::default();
    let mut items = items.peekable();
    while items.peek().is_some() {
        let mut batch = Vec::new();
        let mut bytes = 0usize;
        while batch.len() < BATCH_DOCS && bytes < BATCH_BYTES {
            let Some(item) = items.next() else { break };
            if let Item::Document(raw) = &item {
                bytes += raw.bytes.max(raw.body.len());
            }
            batch.push(item);
        }
        let outcomes: Vec<(Outcome<T>, usize)> = batch
            .into_par_iter()
            .map(|item| match item {
                Item::Skipped(p) => (Outcome::Skipped(p), 0),
                Item::Document(raw) => {
                    let size = raw.bytes.max(raw.body.len());
                    let mut doc = raw.into_document();
                    if !keep(&doc) {
                        return (Outcome::Filtered, size);
                    }
                    match pipeline.run(&mut doc) {
                        Ok(()) => (Outcome::Done(map(&doc)), size),
                        Err(e) => (
                            Outcome::Failed {
                                source: doc.meta().source.clone(),
                                message: e.to_string(),
                            },
                            size,
                        ),
                    }
                }
            })
            .collect();
        for (outcome, size) in outcomes {
            match &outcome {
                Outcome::Done(_) => totals.documents += 1,
                Outcome::Filtered => totals.filtered += 1,
                Outcome::Skipped(_) | Outcome::Failed { .. } => totals.errors += 1,
            }
            totals.bytes += size;
            sink(outcome, &totals);
        }
    }
    totals
}
