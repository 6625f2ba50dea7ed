//! `kroniek bench pipeline`: throughput of the whole pipeline (every stage, from JSON Lines
//! input to records) on articles of about 500 words, per-stage shares, and Frog's full Dutch
//! pipeline on a Dutch sample of the same corpus in the same run.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use kroniek::corpus;
use kroniek::pipeline::{PipelineOptions, standard};
use kroniek::process::{Outcome, run};
use kroniek_core::{Document, Record};
use kroniek_ingest::{IngestOptions, Ingestor, Item};

/// Settings of `kroniek bench pipeline`.
#[derive(Debug, clap::Args)]
pub struct PipelineBench {
    /// Worker threads for the throughput run (the machine has 2 cores).
    #[arg(long, default_value_t = 2)]
    threads: usize,
    /// Timed runs of the throughput measurement; the best is reported.
    #[arg(long, default_value_t = 2)]
    runs: usize,
    /// Use at most this many articles.
    #[arg(long)]
    limit: Option<usize>,
    /// Also run Frog (Debian `frog`) on this many words of the Dutch articles.
    #[arg(long)]
    frog_words: Option<usize>,
}

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

fn ingest(jsonl: &[u8]) -> impl Iterator<Item = Item> {
    Ingestor::from_bytes(jsonl.to_vec(), "corpus.jsonl", IngestOptions::default())
}

/// Run the benchmark and print its figures.
pub fn bench(args: &PipelineBench) -> Result<i32> {
    let Some(data) = corpus::shared_data() else {
        bail!("../shared/data not found: the benchmark corpus is built from it");
    };
    let mut articles = corpus::articles_of_words(&data, 500);
    if let Some(n) = args.limit {
        articles.truncate(n);
    }
    let jsonl = corpus::as_jsonl(&articles);
    let total_words: usize = articles.iter().map(|(_, t)| words(t)).sum();
    let pipeline = standard(&PipelineOptions::default())?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads.max(1))
        .build()?;

    // Throughput: ingest → all stages → the JSON record, in parallel, best of `runs`.
    let mut best = f64::INFINITY;
    let mut events = 0usize;
    let mut docs = 0usize;
    for _ in 0..args.runs.max(1) {
        let started = Instant::now();
        let (mut n_events, mut n_docs) = (0usize, 0usize);
        pool.install(|| {
            run(
                ingest(&jsonl),
                &pipeline,
                |doc| {
                    let record = serde_json::to_vec(&Record::of(doc)).map_or(0, |v| v.len());
                    let n = doc.layers().events().map_or(0, |e| e.events.len());
                    (n, record)
                },
                |outcome, _| {
                    if let Outcome::Done((n, _)) = outcome {
                        n_events += n;
                        n_docs += 1;
                    }
                },
            )
        });
        best = best.min(started.elapsed().as_secs_f64());
        events = n_events;
        docs = n_docs;
    }
    let wps = total_words as f64 / best;
    println!(
        "kroniek full pipeline ({} stages, {} threads): {docs} articles, {total_words} words, {events} events, {best:.2} s: {:.0} articles/s, {wps:.0} words/s ({:.0} articles of 500 words/s)",
        pipeline.stage_ids().len(),
        args.threads,
        docs as f64 / best,
        wps / 500.0,
    );

    // Per-stage shares, one thread.
    let ids = pipeline.stage_ids();
    let mut times = vec![Duration::ZERO; ids.len()];
    let mut documents: Vec<Document> = ingest(&jsonl)
        .filter_map(|item| match item {
            Item::Document(raw) => Some(raw.into_document()),
            Item::Skipped(_) => None,
        })
        .collect();
    for doc in &mut documents {
        pipeline.run_timed(doc, &mut times)?;
    }
    let sum: f64 = times.iter().map(Duration::as_secs_f64).sum();
    println!("per stage, one thread ({sum:.2} s in stages):");
    for (id, t) in ids.iter().zip(&times) {
        let secs = t.as_secs_f64();
        println!(
            "  {id:<10} {secs:>7.3} s  {:>5.1}%  {:>10.0} words/s",
            100.0 * secs / sum.max(f64::MIN_POSITIVE),
            total_words as f64 / secs.max(f64::MIN_POSITIVE)
        );
    }

    if let Some(limit) = args.frog_words {
        let dutch: Vec<&str> = articles
            .iter()
            .filter(|(lang, _)| lang == "nl")
            .map(|(_, t)| t.as_str())
            .collect();
        let mut sample = String::new();
        let mut n = 0usize;
        for text in dutch {
            if n >= limit {
                break;
            }
            n += words(text);
            sample.push_str(text);
            sample.push_str("\n\n");
        }
        frog(&sample, n, &pipeline)?;
    }
    println!(
        "summary: {:.0} words/s for the whole pipeline on {} threads",
        wps, args.threads
    );
    Ok(0)
}

/// Frog on the Dutch sample (its start-up, measured on a one-line file, is subtracted), and
/// kroniek on the same sample on one thread.
fn frog(sample: &str, n_words: usize, pipeline: &kroniek_core::Pipeline) -> Result<()> {
    let dir = std::env::temp_dir().join(format!("kroniek-frog-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let tiny = dir.join("tiny.txt");
    let full = dir.join("sample.txt");
    std::fs::write(&tiny, "Dit is een zin.\n")?;
    std::fs::write(&full, sample)?;
    let time_frog = |file: &Path| -> Result<f64> {
        let started = Instant::now();
        let out = Command::new("frog")
            .arg("-t")
            .arg(file)
            .arg("-o")
            .arg(dir.join("out.tsv"))
            .output()
            .context("cannot run frog (Debian package `frog`)")?;
        if !out.status.success() {
            bail!("frog failed: {}", String::from_utf8_lossy(&out.stderr));
        }
        Ok(started.elapsed().as_secs_f64())
    };
    let startup = time_frog(&tiny)?;
    let whole = time_frog(&full)?;
    let theirs = n_words as f64 / (whole - startup).max(f64::MIN_POSITIVE);
    let line = serde_json::json!({"id": "frog-sample", "date": "2021-08", "text": sample});
    let mut jsonl = line.to_string().into_bytes();
    jsonl.push(b'\n');
    let started = Instant::now();
    for item in ingest(&jsonl) {
        if let Item::Document(raw) = item {
            let mut doc = raw.into_document();
            pipeline.run(&mut doc)?;
        }
    }
    let ours = n_words as f64 / started.elapsed().as_secs_f64();
    println!(
        "Frog (full Dutch pipeline) on {n_words} words: {:.1} s after {startup:.1} s start-up: {theirs:.0} words/s; kroniek on the same text, one thread: {ours:.0} words/s; ratio {:.0}x",
        whole - startup,
        ours / theirs
    );
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
