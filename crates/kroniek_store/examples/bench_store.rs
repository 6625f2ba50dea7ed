//! Build a synthetic store of N events (unless it exists) and time the query mix:
//! `cargo run --release -p kroniek_store --example bench_store -- 1000000 /tmp/store-1m.db`.

use std::path::PathBuf;

use kroniek_store::{EventFilter, Store, synthetic};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let events: usize = args.next().map_or(Ok(1_000_000), |a| a.parse())?;
    let path = PathBuf::from(
        args.next()
            .unwrap_or_else(|| "/tmp/kroniek-bench.db".into()),
    );
    if !path.exists() {
        let r = synthetic::build(&path, events, 42)?;
        println!(
            "built {} documents, {} events: generate {:.1} s, write {:.1} s ({:.0} documents/s, {:.0} events/s in write_batch), {:.0} MB",
            r.documents,
            r.events,
            r.generate.as_secs_f64(),
            r.write.as_secs_f64(),
            r.documents as f64 / r.write.as_secs_f64(),
            r.events as f64 / r.write.as_secs_f64(),
            r.file_bytes as f64 / 1e6
        );
    }
    let store = Store::open_read_only(&path)?;
    let plan = store.explain_events(&EventFilter {
        actor: Some("actor-001".into()),
        from: Some("2020-01-01".into()),
        to: Some("2020-01-31".into()),
        limit: 50,
        ..EventFilter::default()
    })?;
    println!("plan (actor + month): {plan:?}");
    // Warm the page cache once, then measure.
    synthetic::measure(&store, 5, 1)?;
    println!(
        "{:<28} {:>5} {:>9} {:>9} {:>9} {:>7}",
        "query", "runs", "p50 ms", "p95 ms", "max ms", "rows"
    );
    for t in synthetic::measure(&store, 200, 7)? {
        println!(
            "{:<28} {:>5} {:>9.2} {:>9.2} {:>9.2} {:>7.1}",
            t.name,
            t.runs,
            t.p50.as_secs_f64() * 1e3,
            t.p95.as_secs_f64() * 1e3,
            t.max.as_secs_f64() * 1e3,
            t.mean_rows
        );
    }
    Ok(())
}
