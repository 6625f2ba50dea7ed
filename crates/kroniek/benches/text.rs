//! Ingest + language identification + segmentation on a corpus assembled from ../shared/data,
//! single-threaded, in bytes per second. Skips (with a message) when the data is absent.
#![expect(
    missing_docs,
    reason = "criterion's macros generate undocumented items"
)]

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use kroniek::corpus;
use kroniek::pipeline::{PipelineOptions, standard};
use kroniek_ingest::{IngestOptions, Ingestor, Item};

fn text_layer(c: &mut Criterion) {
    let Some(data) = corpus::shared_data() else {
        eprintln!("skipping: ../shared/data not found");
        return;
    };
    let articles = corpus::articles(&data);
    let jsonl = corpus::as_jsonl(&articles);
    let pipeline = match standard(&PipelineOptions::default()) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("cannot build pipeline: {e}");
            return;
        }
    };
    let mut group = c.benchmark_group("text");
    group.throughput(Throughput::Bytes(jsonl.len() as u64));
    group.sample_size(10);
    group.bench_function("ingest+lang+segment", |b| {
        b.iter(|| {
            let mut tokens = 0usize;
            let mut docs = 0usize;
            for item in
                Ingestor::from_bytes(jsonl.clone(), "corpus.jsonl", IngestOptions::default())
            {
                if let Item::Document(raw) = item {
                    let mut doc = raw.into_document();
                    if pipeline.run(&mut doc).is_ok() {
                        docs += 1;
                        tokens += doc.layers().segments().map_or(0, |s| s.tokens.len());
                    }
                }
            }
            // A fast but wrong change must not pass as an improvement.
            assert_eq!(docs, articles.len());
            assert!(tokens > jsonl.len() / 10);
            tokens
        });
    });
    group.finish();
}

criterion_group!(benches, text_layer);
criterion_main!(benches);
