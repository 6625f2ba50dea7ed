//! `kroniek extract`: read articles, run the pipeline, write JSON Lines (or text).

use std::fs::File;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use kroniek::pipeline::standard;
use kroniek::process::{Outcome, run};
use kroniek::render;
use kroniek_ingest::Ingestor;

use super::input::{InputArgs, input_paths};

/// Output format of `extract`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// JSON Lines per SCHEMA.md.
    Json,
    /// Readable text with inline annotations.
    Text,
}

/// Arguments of `kroniek extract`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  kroniek extract samples/nl-panjshir-2021-08.txt
  kroniek extract --pretty samples/
  kroniek extract --format text samples/nl-panjshir-2021-08.txt
  zcat feed.jsonl.gz | kroniek extract - --field text=content -o out.jsonl
  kroniek extract --date 2021-08-20 --lang nl notes.txt")]
pub struct ExtractArgs {
    /// Files, directories (read recursively), .gz/.zst files, or - for standard input.
    #[arg(default_value = "-")]
    pub inputs: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Json)]
    pub format: OutputFormat,
    /// Pretty-print JSON (one object spread over lines; not JSON Lines).
    #[arg(long)]
    pub pretty: bool,
    /// Write to this file instead of standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// How inputs are read.
    #[command(flatten)]
    pub input: InputArgs,
}

/// Run `extract`; returns the process exit code.
pub fn extract(args: &ExtractArgs) -> Result<i32> {
    let pipeline = standard(&args.input.pipeline_options())?;
    let ingestor = Ingestor::new(&input_paths(&args.inputs), args.input.ingest_options()?);

    let mut out: Box<dyn Write> = match &args.output {
        Some(path) => Box::new(BufWriter::new(
            File::create(path).with_context(|| format!("cannot create {}", path.display()))?,
        )),
        None => Box::new(BufWriter::new(std::io::stdout().lock())),
    };
    let progress = progress_bar();
    let started = Instant::now();
    let (format, pretty) = (args.format, args.pretty);
    let mut write_error: Option<std::io::Error> = None;
    let totals = run(
        ingestor,
        &pipeline,
        |doc| match format {
            OutputFormat::Json => render::json(doc, pretty).map_err(|e| e.to_string()),
            OutputFormat::Text => Ok(render::text(doc)),
        },
        |outcome, totals| {
            match outcome {
                Outcome::Done(Ok(line)) => {
                    if write_error.is_none()
                        && let Err(e) = writeln!(out, "{line}")
                    {
                        write_error = Some(e);
                    }
                }
                Outcome::Done(Err(e)) => {
                    progress.suspend(|| eprintln!("error: cannot serialise: {e}"))
                }
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
    progress.finish_and_clear();
    if let Some(e) = write_error
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        return Err(e).context("cannot write output");
    }
    out.flush().or_else(|e| {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            Ok(())
        } else {
            Err(e)
        }
    })?;
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "kroniek extract: {} documents, {} bytes, {} errors, {:.2} s, {:.1} documents/s",
        totals.documents,
        totals.bytes,
        totals.errors,
        secs,
        totals.documents as f64 / secs.max(1e-9)
    );
    Ok(if totals.errors > 0 { 2 } else { 0 })
}

/// A progress bar on stderr when it is a terminal; hidden otherwise.
pub fn progress_bar() -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new_spinner();
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} {binary_bytes} read, {msg} [{elapsed}] {binary_bytes_per_sec}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    bar
}
