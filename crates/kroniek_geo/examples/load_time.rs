//! Time the embedded gazetteer's load against the loader before issue 6, in the same run:
//! `cargo run --release -p kroniek_geo --example load_time [N] [OTHER.tsv.gz]` (N rounds,
//! default 7; prints the median of each, and their ratio; with OTHER, also the current loader
//! on that file, e.g. the gazetteer of an earlier commit: `git show HEAD:data/geo/gazetteer.tsv.gz`).

use std::io::Read;
use std::time::Instant;

#[path = "baseline/gazetteer_v3_hashmap.rs"]
mod baseline;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1e3
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(7);
    let other = std::env::args().nth(2).map(std::fs::read).transpose()?;
    let mut other_ms = Vec::new();
    let gz = kroniek_geo::embedded::GAZETTEER_GZ;
    let aliases = kroniek_geo::aliases::parse(kroniek_geo::aliases::ALIASES_TSV)?;
    let (mut inflate, mut old, mut new) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..n {
        let t = Instant::now();
        let mut s = String::new();
        flate2::read::GzDecoder::new(gz).read_to_string(&mut s)?;
        inflate.push(ms(t));
        let t = Instant::now();
        let g = baseline::Gazetteer::from_gz(gz)?;
        old.push(ms(t));
        assert!(g.entries().len() > 1000);
        drop(g);
        let t = Instant::now();
        let g = kroniek_geo::Gazetteer::from_gz_with_aliases(gz, &aliases)?;
        new.push(ms(t));
        assert!(g.len() > 1000);
        if let Some(o) = &other {
            drop(g);
            let t = Instant::now();
            let g = kroniek_geo::Gazetteer::from_gz_with_aliases(o, &aliases)?;
            other_ms.push(ms(t));
            assert!(g.len() > 1000);
        }
    }
    let (i, o, w) = (median(inflate), median(old), median(new));
    println!(
        "median of {n}: inflate alone {i:.0} ms; load before {o:.0} ms; load now {w:.0} ms; now/before {:.2}",
        w / o
    );
    if !other_ms.is_empty() {
        let x = median(other_ms);
        println!(
            "other file, current loader: {x:.0} ms; embedded/other {:.2}",
            w / x
        );
    }
    Ok(())
}
