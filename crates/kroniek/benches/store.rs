//! The store at scale: a synthetic corpus of one million events (250,000 documents with
//! actors, places and control claims, made by `kroniek_store::synthetic`) written with
//! `write_batch`, then event, control and actor queries with random parameters. The aim is
//! under 50 ms at p95 for every query; the p95 table printed first is the figure to report,
//! criterion's per-query timings follow.
#![expect(
    missing_docs,
    reason = "criterion's macros generate undocumented items"
)]

use std::time::Instant;

use criterion::{Criterion, criterion_group, criterion_main};
use kroniek_store::synthetic::{self, Rng};
use kroniek_store::{ControlQuery, EventFilter, Near, Store};

const EVENTS: usize = 1_000_000;

fn store_queries(c: &mut Criterion) {
    let dir = match tempfile::tempdir() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("cannot make a temporary directory: {e}");
            return;
        }
    };
    let path = dir.path().join("bench.db");
    let started = Instant::now();
    let report = match synthetic::build(&path, EVENTS, 42) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("cannot build the synthetic store: {e}");
            return;
        }
    };
    eprintln!(
        "store: {} documents, {} events in {:.1} s (write_batch {:.1} s, {:.0} events/s), {:.0} MB",
        report.documents,
        report.events,
        started.elapsed().as_secs_f64(),
        report.write.as_secs_f64(),
        report.events as f64 / report.write.as_secs_f64(),
        report.file_bytes as f64 / 1e6
    );
    let store = match Store::open_read_only(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("cannot open the store: {e}");
            return;
        }
    };
    match synthetic::measure(&store, 200, 7) {
        Ok(timings) => {
            eprintln!(
                "{:<28} {:>9} {:>9} {:>7}",
                "query", "p50 ms", "p95 ms", "rows"
            );
            for t in timings {
                eprintln!(
                    "{:<28} {:>9.2} {:>9.2} {:>7.1}",
                    t.name,
                    t.p50.as_secs_f64() * 1e3,
                    t.p95.as_secs_f64() * 1e3,
                    t.mean_rows
                );
            }
        }
        Err(e) => eprintln!("query mix failed: {e}"),
    }

    // A fast-but-wrong change fails here: the first page is full and every row matches.
    let page = store
        .events(&EventFilter {
            kind: Some(kroniek_core::PloverType::Consult),
            limit: 50,
            ..EventFilter::default()
        })
        .map(|p| p.items)
        .unwrap_or_default();
    assert_eq!(page.len(), 50);
    assert!(page.iter().all(|e| e.kind == "CONSULT"));

    let mut group = c.benchmark_group("store-1M");
    group.sample_size(50);
    let mut rng = Rng::new(3);
    group.bench_function("events type+month", |b| {
        b.iter(|| {
            let start = 16_436 + rng.below(3_600) as i64;
            let f = EventFilter {
                kind: Some(kroniek_core::PloverType::ALL[rng.below(18)]),
                from: Some(synthetic::iso_day(start)),
                to: Some(synthetic::iso_day(start + 30)),
                limit: 50,
                ..EventFilter::default()
            };
            store.events(&f).map(|p| p.items.len()).unwrap_or(0)
        });
    });
    group.bench_function("events actor+month", |b| {
        b.iter(|| {
            let start = 16_436 + rng.below(3_600) as i64;
            let f = EventFilter {
                actor: Some(format!("actor-{:03}", rng.skewed(300))),
                from: Some(synthetic::iso_day(start)),
                to: Some(synthetic::iso_day(start + 30)),
                limit: 50,
                ..EventFilter::default()
            };
            store.events(&f).map(|p| p.items.len()).unwrap_or(0)
        });
    });
    group.bench_function("events near 50 km", |b| {
        b.iter(|| {
            let f = EventFilter {
                near: Some(Near {
                    lat: -50.0 + rng.unit() * 110.0,
                    lon: -170.0 + rng.unit() * 340.0,
                    km: 50.0,
                }),
                limit: 50,
                ..EventFilter::default()
            };
            store.events(&f).map(|p| p.items.len()).unwrap_or(0)
        });
    });
    group.bench_function("control region at day", |b| {
        b.iter(|| {
            let q = ControlQuery {
                region: Some(format!("A{}", (b'A' + rng.below(26) as u8) as char)),
                at: Some(synthetic::iso_day(16_436 + rng.below(3_650) as i64)),
                ..ControlQuery::default()
            };
            store.control(&q).map(|r| r.len()).unwrap_or(0)
        });
    });
    group.finish();
}

criterion_group!(benches, store_queries);
criterion_main!(benches);
