//! `kroniek bench`: throughput of kroniek's stages against a peer, measured in the same run.

use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, Result, bail};
use kroniek::corpus;
use kroniek_core::{Document, Layer, Stage};
use kroniek_ingest::{IngestOptions, Ingestor, Item};
use kroniek_text::{LanguageStage, SegmentStage};

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
    /// The whole pipeline (every stage) on articles of about 500 words, in parallel, with
    /// per-stage shares and optionally Frog's full Dutch pipeline on a sample.
    Pipeline(super::bench_pipeline::PipelineBench),
}

/// Run a benchmark and print its figures.
pub fn bench(cmd: &BenchCommand) -> Result<i32> {
    let (spacy, corpus_out, runs) = match cmd {
        BenchCommand::Text {
            spacy,
            corpus_out,
            runs,
        } => (spacy, corpus_out, runs),
        BenchCommand::Pipeline(args) => return super::bench_pipeline::bench(args),
    };
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
    let language = LanguageStage::new(None);
    let segmenter = SegmentStage;
    // Phases timed separately (best of `runs` each): ingest + normalise, language, segments.
    let mut best = [f64::INFINITY; 3];
    let mut tokens = 0usize;
    for _ in 0..(*runs).max(1) {
        let started = Instant::now();
        let mut docs: Vec<Document> =
            Ingestor::from_bytes(jsonl.clone(), "corpus.jsonl", IngestOptions::default())
                .filter_map(|item| match item {
                    Item::Document(raw) => Some(raw.into_document()),
                    Item::Skipped(_) => None,
                })
                .collect();
        best[0] = best[0].min(started.elapsed().as_secs_f64());
        let started = Instant::now();
        let layers: Vec<Layer> = docs
            .iter()
            .map(|d| language.annotate(d, &mut Vec::new()))
            .collect::<Result<_, _>>()?;
        best[1] = best[1].min(started.elapsed().as_secs_f64());
        for (doc, layer) in docs.iter_mut().zip(layers) {
            doc.insert_layer(language.id(), layer);
        }
        let started = Instant::now();
        tokens = 0;
        for doc in &docs {
            if let Layer::Segments(s) = segmenter.annotate(doc, &mut Vec::new())? {
                tokens += s.tokens.len();
            }
        }
        best[2] = best[2].min(started.elapsed().as_secs_f64());
    }
    let mbps = |secs: f64| text_bytes as f64 / secs / 1e6;
    let total: f64 = best.iter().sum();
    let ours = mbps(total);
    println!(
        "kroniek ingest+lang+segment: {} articles, {:.1} MB text ({:.1} MB JSONL), {tokens} tokens, {total:.3} s, {ours:.1} MB/s (one thread, best of {runs})",
        articles.len(),
        text_bytes as f64 / 1e6,
        jsonl.len() as f64 / 1e6,
    );
    for (name, secs) in ["ingest+normalise", "language", "segment"].iter().zip(best) {
        println!("  {name:<17} {secs:.3} s  {:>7.1} MB/s", mbps(secs));
    }
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
