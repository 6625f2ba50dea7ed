//! `kroniek bench`: throughput of kroniek's stages against a peer, measured in the same run.

use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, Result, bail};
use kroniek::corpus;
use kroniek::pipeline::{PipelineOptions, standard};
use kroniek_ingest::{IngestOptions, Ingestor, Item};

/// What to benchmark.
#[derive(Debug, clap::Subcommand)]
pub enum BenchCommand {
    /// Ingest + language identification + segmentation on one thread, against spaCy's blank
    /// tokenizer on the same corpus.
    Text {
        /// A Python with spaCy installed (e.g. bench/.venv/bin/python); without it only kroniek
        /// is measured.
        #[arg(long)]
        spacy: Option<PathBuf>,
        /// Where to write the corpus (JSON Lines).
        #[arg(long, default_value = "target/bench-corpus.jsonl")]
        corpus_out: PathBuf,
        /// Timed runs; the best is reported.
        #[arg(long, default_value_t = 3)]
        runs: usize,
    },
}

/// Run a benchmark and print its figures.
pub fn bench(cmd: &BenchCommand) -> Result<i32> {
    let BenchCommand::Text {
        spacy,
        corpus_out,
        runs,
    } = cmd;
    let Some(data) = corpus::shared_data() else {
        bail!("../shared/data not found: the benchmark corpus is built from it");
    };
    let articles = corpus::articles(&data);
    let jsonl = corpus::as_jsonl(&articles);
    if let Some(dir) = corpus_out.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(corpus_out, &jsonl)
        .with_context(|| format!("cannot write {}", corpus_out.display()))?;
    let text_bytes: usize = articles.iter().map(|(_, t)| t.len()).sum();
    let pipeline = standard(&PipelineOptions::default())?;
    let mut best = f64::INFINITY;
    let mut tokens = 0usize;
    for _ in 0..(*runs).max(1) {
        let started = Instant::now();
        tokens = 0;
        for item in Ingestor::from_bytes(jsonl.clone(), "corpus.jsonl", IngestOptions::default()) {
            if let Item::Document(raw) = item {
                let mut doc = raw.into_document();
                pipeline.run(&mut doc)?;
                tokens += doc.layers().segments().map_or(0, |s| s.tokens.len());
            }
        }
        best = best.min(started.elapsed().as_secs_f64());
    }
    let ours = text_bytes as f64 / best / 1e6;
    println!(
        "kroniek ingest+lang+segment: {} articles, {:.1} MB text ({:.1} MB JSONL), {tokens} tokens, {best:.3} s, {ours:.1} MB/s (one thread, best of {runs})",
        articles.len(),
        text_bytes as f64 / 1e6,
        jsonl.len() as f64 / 1e6,
    );
    if let Some(python) = spacy {
        let output = Command::new(python)
            .arg("bench/spacy_tokenize.py")
            .arg(corpus_out)
            .arg(runs.to_string())
            .output()
            .with_context(|| format!("cannot run {}", python.display()))?;
        if !output.status.success() {
            bail!(
                "spaCy baseline failed: {}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
        let v: serde_json::Value = serde_json::from_slice(&output.stdout)?;
        let theirs = v["mb_per_s"].as_f64().unwrap_or(f64::NAN);
        println!(
            "{}: {} tokens, {:.3} s, {theirs:.1} MB/s",
            v["tool"].as_str().unwrap_or("spaCy"),
            v["tokens"],
            v["seconds"].as_f64().unwrap_or(f64::NAN)
        );
        println!("ratio kroniek/spaCy: {:.1}x", ours / theirs);
    }
    Ok(0)
}
