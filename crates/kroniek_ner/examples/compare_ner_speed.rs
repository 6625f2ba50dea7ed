//! Compare two model files on one machine in one run: `compare_ner_speed MODEL_A MODEL_B
//! CONLL [ROUNDS]` loads each file (decode + dequantise, timed, lexicon parsing included on
//! first use) and tags the CoNLL file's documents as the stage does, alternating A and B for
//! ROUNDS rounds (default 5), and prints the best time of each, their F1 on the file and the
//! ratio B / A.

use std::path::Path;
use std::time::{Duration, Instant};

use kroniek_ner::Model;
use kroniek_ner::tagfile::read_conll_file;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [a, b, conll, rest @ ..] = args.as_slice() else {
        return Err("usage: compare_ner_speed MODEL_A MODEL_B CONLL [ROUNDS]".into());
    };
    let rounds: usize = rest.first().map_or(Ok(5), |r| r.parse())?;
    let corpus = read_conll_file(Path::new(conll))?;
    let docs: Vec<Vec<&[String]>> = corpus
        .docs
        .iter()
        .map(|d| d.iter().map(|s| s.words.as_slice()).collect())
        .collect();
    let tokens = corpus.token_count();
    let mut models = Vec::new();
    for path in [a, b] {
        let bytes = std::fs::read(path)?;
        let start = Instant::now();
        let model = Model::from_bytes(&bytes)?;
        let load = start.elapsed();
        // Lexicon parsing happens on first use: count it with the load.
        let start = Instant::now();
        model.tag(&["Warm", "up"]);
        println!(
            "{path}: load {:.1?} (+ first use {:.1?})",
            load,
            start.elapsed()
        );
        models.push(model);
    }
    let mut best = [Duration::MAX; 2];
    for _ in 0..rounds {
        for (m, slot) in models.iter().zip(best.iter_mut()) {
            let start = Instant::now();
            let n: usize = docs.iter().map(|d| m.tag_document(d).len()).sum();
            let t = start.elapsed();
            assert_eq!(n, corpus.sentences().count());
            *slot = (*slot).min(t);
        }
    }
    for (path, t) in [a, b].iter().zip(best) {
        #[expect(clippy::cast_precision_loss, reason = "token counts far below 2^52")]
        let rate = tokens as f64 / t.as_secs_f64();
        println!("{path}: {tokens} tokens in {t:.1?}: {rate:.0} tokens/s");
    }
    for (path, m) in [a, b].iter().zip(&models) {
        let report = kroniek_ner::tagfile::eval_ner(m, Path::new(conll))?;
        println!("{path}: F1 {:.2}", 100.0 * report.overall.f1());
    }
    println!(
        "time ratio B / A: {:.2}",
        best[1].as_secs_f64() / best[0].as_secs_f64()
    );
    Ok(())
}
