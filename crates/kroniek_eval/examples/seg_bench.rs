//! Measures segmentation throughput on the running text of CoNLL-U files (release mode).
//!
//! `cargo run --release -p kroniek_eval --example seg_bench -- [--runs=N] LANG FILE...`
//!
//! On a busy machine, compare CPU time (`perf stat -e task-clock`) of `--runs=1` and
//! `--runs=6`: the difference divided by 5 is the CPU time of one run.

use std::path::PathBuf;
use std::time::Instant;

use kroniek_eval::conllu::read_conllu;
use kroniek_eval::segment_eval::{GoldTokens, gold_text};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1).peekable();
    let runs: usize = match args.peek().and_then(|a| a.strip_prefix("--runs=")) {
        Some(n) => {
            let n = n.parse()?;
            args.next();
            n
        }
        None => 5,
    };
    let lang = args.next().unwrap_or_else(|| "nl".to_string());
    let mut text = String::new();
    for p in args.map(PathBuf::from) {
        let g = gold_text(&read_conllu(&p)?, GoldTokens::Surface);
        text.push_str(&g.text);
        text.push_str("\n\n");
    }
    let base = text.clone();
    while text.len() < 64 << 20 {
        text.push_str(&base);
    }
    let mut best = f64::MAX;
    let mut tokens = 0;
    for _ in 0..runs {
        let t = Instant::now();
        let seg = kroniek_text::segment::segment(&text, &lang);
        let dt = t.elapsed().as_secs_f64();
        tokens = seg.tokens.len();
        best = best.min(dt);
    }
    let mb = text.len() as f64 / 1e6;
    println!(
        "{lang}: {mb:.1} MB, {tokens} tokens, best of {runs}: {best:.3} s = {:.0} MB/s ({:.1} M tokens/s)",
        mb / best,
        tokens as f64 / best / 1e6
    );
    Ok(())
}
