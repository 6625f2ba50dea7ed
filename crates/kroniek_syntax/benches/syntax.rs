//! Tagging + lemmatising + parsing speed with the built-in models.
#![expect(missing_docs, reason = "criterion_group! generates undocumented items")]

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const NL: &[&str] = &[
    "De burgemeester riep de inwoners gisteren op om binnen te blijven .",
    "Het leger is zondagochtend in de stad aangekomen , meldt het persbureau .",
    "Volgens de minister zullen de onderhandelingen volgende week worden hervat .",
    "Duizenden mensen demonstreerden zaterdag in Amsterdam tegen de nieuwe wet .",
];

const EN: &[&str] = &[
    "The mayor called on residents to stay indoors on Sunday .",
    "Troops arrived in the city early this morning , the agency reported .",
    "Talks will resume next week , according to the minister .",
    "Thousands of people protested in London against the new law on Saturday .",
];

fn corpus(lines: &[&'static str], copies: usize) -> Vec<Vec<&'static str>> {
    let mut out = Vec::new();
    for _ in 0..copies {
        for l in lines {
            out.push(l.split(' ').collect());
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("syntax");
    for (name, model, lines) in [
        ("nl", kroniek_syntax::embedded::dutch(), NL),
        ("en", kroniek_syntax::embedded::english(), EN),
    ] {
        let Ok(model) = model else {
            eprintln!("skipping {name}: no built-in model");
            continue;
        };
        let sents = corpus(lines, 50);
        let words: usize = sents.iter().map(Vec::len).sum();
        group.throughput(Throughput::Elements(words as u64));
        group.bench_function(format!("tag+lemma+parse/{name}"), |b| {
            b.iter(|| {
                let mut heads = 0usize;
                for s in &sents {
                    heads += model.analyse(s).iter().filter(|t| t.head == 0).count();
                }
                assert!(heads >= sents.len(), "every sentence has a root");
                heads
            });
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
