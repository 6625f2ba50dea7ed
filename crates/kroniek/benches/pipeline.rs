//! The whole pipeline (ingest → every stage → the JSON record) on articles of about 500 words
//! assembled from ../shared/data, single-threaded and on two threads, in words per second.
//! `kroniek bench pipeline` reports the same run with per-stage shares and Frog beside it.
//! Skips (with a message) when the data is absent.
#![expect(
    missing_docs,
    reason = "criterion's macros generate undocumented items"
)]

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use kroniek::corpus;
use kroniek::pipeline::{PipelineOptions, standard};
use kroniek::process::{Outcome, run};
use kroniek_core::Record;
use kroniek_ingest::{IngestOptions, Ingestor};

/// The product's allocator (`src/main.rs`), so that the figures are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// At most this many articles per iteration (about 100,000 words), so one sample stays short.
const ARTICLES: usize = 200;

fn whole_pipeline(c: &mut Criterion) {
    let Some(data) = corpus::shared_data() else {
        eprintln!("skipping: ../shared/data not found");
        return;
    };
    let mut articles = corpus::articles_of_words(&data, 500);
    articles.truncate(ARTICLES);
    let jsonl = corpus::as_jsonl(&articles);
    let words: usize = articles
        .iter()
        .map(|(_, t)| t.split_whitespace().count())
        .sum();
    let pipeline = match standard(&PipelineOptions::default()) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("cannot build pipeline: {e}");
            return;
        }
    };
    let mut group = c.benchmark_group("pipeline");
    group.throughput(Throughput::Elements(words as u64));
    group.sample_size(10);
    for threads in [1usize, 2] {
        let Ok(pool) = rayon::ThreadPoolBuilder::new().num_threads(threads).build() else {
            eprintln!("cannot build a thread pool of {threads}");
            return;
        };
        group.bench_function(format!("all-stages-{threads}-threads"), |b| {
            b.iter(|| {
                let (mut docs, mut bytes) = (0usize, 0usize);
                pool.install(|| {
                    run(
                        Ingestor::from_bytes(
                            jsonl.clone(),
                            "corpus.jsonl",
                            IngestOptions::default(),
                        ),
                        &pipeline,
                        |doc| serde_json::to_vec(&Record::of(doc)).map_or(0, |v| v.len()),
                        |outcome, _| {
                            if let Outcome::Done(n) = outcome {
                                docs += 1;
                                bytes += n;
                            }
                        },
                    )
                });
                // A fast but wrong change must not pass as an improvement.
                assert_eq!(docs, articles.len());
                assert!(bytes > jsonl.len());
                bytes
            });
        });
    }
    group.finish();
}

criterion_group!(benches, whole_pipeline);
criterion_main!(benches);
