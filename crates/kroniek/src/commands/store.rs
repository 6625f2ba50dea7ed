//! `kroniek ingest` and `search`: the embedded store. `query` and `export` are in
//! `commands/query.rs` and `commands/export.rs`.

use std::collections::HashSet;
use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, Result};
use kroniek::pipeline::standard;
use kroniek::process::{Outcome, run_filtered};
use kroniek_ingest::Ingestor;
use kroniek_store::{Existing, PreparedDocument, Store, WriteStats};

use super::extract::progress_bar;
use super::input::{InputArgs, input_paths};

/// Documents written per transaction.
const WRITE_BATCH: usize = 256;

/// Arguments of `kroniek ingest`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  kroniek ingest samples/
  kroniek ingest --db news.db feeds/2021-08/*.jsonl.gz
  kroniek ingest --update --db news.db corrected.jsonl")]
pub struct IngestArgs {
    /// Files, directories (recursive), .gz/.zst files, or - for standard input.
    #[arg(required = true)]
    pub inputs: Vec<String>,
    /// The store (SQLite file; created when missing).
    #[arg(long, default_value = "kroniek.db")]
    pub db: PathBuf,
    /// Replace documents already stored (by id) instead of skipping them.
    #[arg(long)]
    pub update: bool,
    /// How inputs are read.
    #[command(flatten)]
    pub input: InputArgs,
}

/// Run `ingest`; returns the exit code.
pub fn ingest(args: &IngestArgs) -> Result<i32> {
    let opts = args.input.ingest_options()?;
    let pipeline = standard(&args.input.pipeline_options())?;
    let mut store = Store::open(&args.db)?;
    let existing = if args.update {
        Existing::Update
    } else {
        Existing::Skip
    };
    // Stored documents are not analysed again (a rerun after a crash completes the rest).
    let known: HashSet<String> = if args.update {
        HashSet::new()
    } else {
        store.ids()?
    };
    let ingestor = Ingestor::new(&input_paths(&args.inputs), opts);
    let progress = progress_bar();
    let started = Instant::now();
    // A writer thread takes whole batches, so SQLite writes overlap with the analysis of the
    // next batch; the bounded channel keeps memory bounded when writing is the slower side.
    let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<PreparedDocument>>(2);
    let writer = std::thread::spawn(move || {
        let mut stats = WriteStats::default();
        for batch in rx {
            match store.write_batch(&batch, existing) {
                Ok(s) => stats += s,
                Err(e) => return (stats, Some(e)),
            }
        }
        // Fresh statistics let the planner pick the right index for event queries.
        if stats.inserted + stats.updated > 0
            && let Err(e) = store.optimize()
        {
            return (stats, Some(e));
        }
        (stats, None)
    });
    let mut pending: Vec<PreparedDocument> = Vec::with_capacity(WRITE_BATCH);
    let mut writer_gone = false;
    let totals = run_filtered(
        ingestor,
        &pipeline,
        |doc| !known.contains(doc.id()),
        |doc| PreparedDocument::new(doc, 0),
        |outcome, totals| {
            match outcome {
                Outcome::Done(Ok(prepared)) => {
                    pending.push(prepared);
                    if pending.len() >= WRITE_BATCH && !writer_gone {
                        let batch =
                            std::mem::replace(&mut pending, Vec::with_capacity(WRITE_BATCH));
                        // A send fails only when the writer stopped on an error, reported below.
                        writer_gone = tx.send(batch).is_err();
                    }
                }
                Outcome::Done(Err(e)) => progress.suspend(|| eprintln!("error: {e}")),
                Outcome::Skipped(p) => progress.suspend(|| eprintln!("warning: {p}")),
                Outcome::Filtered => {}
                Outcome::Failed { source, message } => {
                    progress.suspend(|| eprintln!("error: {source}: {message}"));
                }
            }
            progress.set_position(totals.bytes as u64);
            progress.set_message(format!("{} documents", totals.documents));
        },
    );
    if !pending.is_empty() && !writer_gone {
        let _ = tx.send(pending);
    }
    drop(tx);
    let (stats, write_error) = writer
        .join()
        .map_err(|_| anyhow::anyhow!("the store writer thread panicked"))?;
    progress.finish_and_clear();
    if let Some(e) = write_error {
        return Err(e).context(format!(
            "writing to {} failed; {} documents were stored before the failure",
            args.db.display(),
            stats.inserted + stats.updated
        ));
    }
    let secs = started.elapsed().as_secs_f64();
    let already = totals.filtered;
    eprintln!(
        "kroniek ingest: {} new, {} updated, {} already stored, {} errors, {} bytes, {:.2} s, {:.1} documents/s → {}",
        stats.inserted,
        stats.updated,
        stats.skipped + already,
        totals.errors,
        totals.bytes,
        secs,
        totals.documents as f64 / secs.max(1e-9),
        args.db.display()
    );
    Ok(if totals.errors > 0 { 2 } else { 0 })
}

/// Output formats of queries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum TableFormat {
    /// An aligned table for people.
    Table,
    /// JSON Lines.
    Json,
    /// CSV with a header row.
    Csv,
}

/// Arguments of `kroniek search`.
#[derive(Debug, clap::Args)]
pub struct SearchArgs {
    /// Words to find (all must occur; FTS5 syntax such as OR, NEAR, "phrases" and prefix* also works).
    pub query: String,
    /// The store.
    #[arg(long, default_value = "kroniek.db")]
    pub db: PathBuf,
    /// At most this many hits.
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TableFormat::Table)]
    pub format: TableFormat,
}

/// Run `search`.
pub fn search(args: &SearchArgs) -> Result<i32> {
    let store = Store::open_read_only(&args.db)?;
    let hits = store.search(&args.query, args.limit)?;
    let mut out = std::io::stdout().lock();
    match args.format {
        TableFormat::Json => {
            for h in &hits {
                writeln!(out, "{}", serde_json::to_string(h)?)?;
            }
        }
        TableFormat::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record(["id", "date", "title", "source", "snippet", "rank"])?;
            for h in &hits {
                w.write_record([
                    h.id.as_str(),
                    h.date.as_deref().unwrap_or(""),
                    h.title.as_deref().unwrap_or(""),
                    h.source.as_str(),
                    h.snippet.as_str(),
                    &format!("{:.3}", h.rank),
                ])?;
            }
            w.flush()?;
        }
        TableFormat::Table => {
            for h in &hits {
                writeln!(
                    out,
                    "{:<10} {:<40} {}\n           {}",
                    h.date.as_deref().unwrap_or("-"),
                    h.title.as_deref().unwrap_or(&h.source),
                    short(&h.id),
                    h.snippet.replace('\n', " ")
                )?;
            }
            writeln!(out, "{} hits", hits.len())?;
        }
    }
    Ok(0)
}

/// The first 12 characters of an id, for tables.
pub fn short(id: &str) -> &str {
    id.get(..12).unwrap_or(id)
}
