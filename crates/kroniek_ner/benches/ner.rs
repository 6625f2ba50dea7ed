//! Tagging throughput (one core, whole documents as the stage tags them): the Dutch and English dev sets from `../shared/data`, or our
//! own sentences when the data is absent. Each run asserts the entity count, so a fast but
//! wrong change fails.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "benchmarks fail loudly"
)]
#![expect(
    missing_docs,
    reason = "criterion's macros generate undocumented items"
)]

use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use kroniek_ner::conll::{ConllCorpus, read_conll};
use kroniek_ner::embedded;
use kroniek_ner::tags::chunks;

fn corpus(rel: &str, fallback: &str) -> ConllCorpus {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
    match std::fs::read(data.join(rel)) {
        Ok(bytes) => read_conll(&bytes),
        Err(_) => {
            eprintln!("skipping: ../shared/data not found; benchmarking our own sentences");
            let lines: String = fallback
                .split_whitespace()
                .map(|w| {
                    if w == "|" {
                        "\n".to_string()
                    } else {
                        format!("{w} O\n")
                    }
                })
                .collect::<String>()
                .repeat(500);
            read_conll(lines.as_bytes())
        }
    }
}

const NL: &str = "Amrullah Saleh vluchtte naar de Panjshir-vallei . | De Verenigde Naties \
vroegen de Taliban om een staakt-het-vuren in Kabul . | Ahmad Massoud leidt het verzet . |";
const EN: &str = "Amrullah Saleh fled to the Panjshir Valley . | The United Nations asked the \
Taliban for a ceasefire in Kabul . | Ahmad Massoud leads the resistance . |";

fn bench(c: &mut Criterion) {
    for (lang, rel, fallback) in [
        ("nl", "conll2002-nl/ned.testa", NL),
        ("en", "conll2003-en/eng.testa", EN),
    ] {
        let model = embedded::model(lang).unwrap();
        let corpus = corpus(rel, fallback);
        let docs: Vec<Vec<&[String]>> = corpus
            .docs
            .iter()
            .map(|d| d.iter().map(|s| s.words.as_slice()).collect())
            .collect();
        let tokens = corpus.token_count();
        let mut group = c.benchmark_group(format!("ner-{lang}"));
        group.throughput(Throughput::Elements(tokens as u64));
        group.sample_size(10);
        group.bench_function("tag", |b| {
            b.iter(|| {
                let n: usize = docs
                    .iter()
                    .flat_map(|d| model.tag_document(d))
                    .map(|t| chunks(&t.tags).len())
                    .sum();
                assert!(n * 50 > tokens, "too few entities: {n} in {tokens} tokens");
                n
            });
        });
        group.finish();
    }
    c.bench_function("load-nl-model", |b| {
        b.iter(|| {
            kroniek_ner::Model::from_bytes(include_bytes!("../../../models/ner/nl.bin")).unwrap()
        });
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
