//! Prune a syntax model's rows (`kroniek_syntax::prune`), print per-table sizes, write, evaluate
//! and time it against the unpruned model.
//!
//! ```sh
//! # write a pruned model (rules: a row-norm threshold, N% of rows kept, or all)
//! cargo run --release -p kroniek_syntax --example prune_model -- models/syntax/en.bin \
//!   --tagger 1 --trans 4 --labels 2 --out /tmp/en-pruned.bin
//! # evaluate several pruning levels on a dev set (each SPEC as for train_syntax --cv-prune)
//! cargo run --release -p kroniek_syntax --example prune_model -- models/syntax/en.bin \
//!   --try trans=2 --try trans=25% --eval ../shared/data/ud-en/en_ewt-ud-dev.conllu
//! # time the unpruned and the pruned models alternately in one process, 3 runs each
//! cargo run --release -p kroniek_syntax --example prune_model -- models/syntax/en.bin \
//!   --try trans=4 --speed ../shared/data/ud-en/en_ewt-ud-dev.conllu --runs 3 --rounds 4
//! ```
//!
//! Models decode at `--margin M` (default: the built-in margin of the model's language,
//! `embedded::ENGLISH_PRUNE_MARGIN` for English, the exact beam for Dutch). `--load-only`
//! loads the model, prunes it and prints the process's resident memory (run once per model for
//! a memory comparison).

use std::path::PathBuf;
use std::time::Instant;

use kroniek_syntax::{ModelPrune, SyntaxModel, prune_model};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let input: PathBuf = args
        .next()
        .ok_or("usage: prune_model MODEL [--tagger R] [--trans R] [--labels R] [--norm max|l1] [--try SPEC]... [--out FILE] [--eval FILE]... [--speed FILE --runs N] [--margin M] [--load-only]")?
        .into();
    let mut one = ModelPrune::default();
    let mut named = false;
    let mut tries: Vec<ModelPrune> = Vec::new();
    let mut out: Option<PathBuf> = None;
    let mut evals: Vec<PathBuf> = Vec::new();
    let mut speed: Option<PathBuf> = None;
    let mut runs = 3usize;
    let mut rounds = 1usize;
    let mut margin: Option<f32> = None;
    let mut load_only = false;
    while let Some(a) = args.next() {
        let mut val = || args.next().ok_or_else(|| format!("{a} needs a value"));
        match a.as_str() {
            "--tagger" => (one.tagger, named) = (val()?.parse()?, true),
            "--trans" => (one.trans, named) = (val()?.parse()?, true),
            "--labels" => (one.labels, named) = (val()?.parse()?, true),
            "--norm" => (one, named) = (format!("norm={}", val()?).parse()?, true),
            "--try" => tries.push(val()?.parse()?),
            "--out" => out = Some(val()?.into()),
            "--eval" => evals.push(val()?.into()),
            "--speed" => speed = Some(val()?.into()),
            "--runs" => runs = val()?.parse()?,
            "--rounds" => rounds = val()?.parse()?,
            "--margin" => margin = Some(val()?.parse()?),
            "--load-only" => load_only = true,
            _ => return Err(format!("unknown argument {a}").into()),
        }
    }
    if named {
        tries.insert(0, one);
    }
    let bytes = std::fs::read(&input)?;
    let base = SyntaxModel::from_bytes(&bytes)?;
    let margin = margin.unwrap_or(if base.lang == "en" {
        kroniek_syntax::embedded::ENGLISH_PRUNE_MARGIN
    } else {
        0.0
    });
    println!(
        "{} ({}, {} bytes), decoding at margin {margin}",
        input.display(),
        base.lang,
        bytes.len()
    );
    if out.is_some() && tries.len() != 1 {
        return Err("--out needs exactly one pruning (table options or one --try)".into());
    }
    let mut models = vec![("unpruned".to_string(), base.clone())];
    for p in &tries {
        let mut m = base.clone();
        let report = prune_model(&mut m, p);
        let pruned = m.to_bytes();
        println!("== rows {p}: {} bytes encoded\n{report}", pruned.len());
        if let Some(out) = &out {
            std::fs::write(out, &pruned)?;
            println!("wrote {}", out.display());
        }
        // Score the model as it will be read back.
        models.push((format!("rows {p}"), SyntaxModel::from_bytes(&pruned)?));
    }
    if load_only {
        // Keep only the last model (the pruned one, or the unpruned if none was asked for).
        let last = models.pop();
        drop(models);
        drop(base);
        println!("holding one model: {}", resident_memory());
        drop(last);
        return Ok(());
    }
    for (_, m) in &mut models {
        m.parser.set_prune_margin(margin);
    }
    for e in &evals {
        for (name, m) in &models {
            let r = kroniek_syntax::eval_syntax(m, e)?;
            println!(
                "{} {name}: UPOS {:.2} lemma {:.2} UAS {:.2} LAS {:.2}",
                e.display(),
                100.0 * r.upos_accuracy(),
                100.0 * r.lemma_accuracy(),
                100.0 * r.uas(),
                100.0 * r.las()
            );
        }
    }
    if let Some(file) = speed {
        let sents = kroniek_syntax::conllu::read_file(&file)?;
        let forms: Vec<Vec<&str>> = sents
            .iter()
            .map(|s| s.words.iter().map(|w| w.form.as_str()).collect())
            .collect();
        let words = rounds * forms.iter().map(Vec::len).sum::<usize>();
        println!(
            "speed on {} ({words} words: {rounds} rounds), runs alternated:",
            file.display()
        );
        let mut seen: Vec<Vec<(f64, f64)>> = vec![Vec::new(); models.len()];
        for run in 1..=runs {
            for ((name, m), seen) in models.iter().zip(&mut seen) {
                let cpu0 = user_cpu_secs();
                let t = Instant::now();
                let mut roots = 0usize;
                for f in (0..rounds).flat_map(|_| &forms) {
                    roots += m.analyse(f).iter().filter(|t| t.head == 0).count();
                }
                let secs = t.elapsed().as_secs_f64();
                let cpu = user_cpu_secs() - cpu0;
                seen.push((words as f64 / secs, cpu));
                println!(
                    "run {run} {name}: {:.0} tokens/s, {secs:.2} s wall, {cpu:.2} s user CPU ({roots} roots)",
                    words as f64 / secs
                );
            }
        }
        let base = median(seen.first().map_or(&[][..], Vec::as_slice), |r| r.0);
        for ((name, _), seen) in models.iter().zip(&seen) {
            let speed = median(seen, |r| r.0);
            println!(
                "{name}: median {speed:.0} tokens/s (x{:.2} of unpruned's median), best {:.0}, median user CPU {:.2} s",
                speed / base,
                seen.iter().map(|r| r.0).fold(0.0, f64::max),
                median(seen, |r| r.1)
            );
        }
    }
    Ok(())
}

/// The median of `f` over `v` (0 when empty).
fn median<T>(v: &[T], f: impl Fn(&T) -> f64) -> f64 {
    let mut x: Vec<f64> = v.iter().map(f).collect();
    x.sort_by(f64::total_cmp);
    match x.len() {
        0 => 0.0,
        n if n % 2 == 1 => x[n / 2],
        n => (x[n / 2 - 1] + x[n / 2]) / 2.0,
    }
}

/// This process's user CPU time in seconds (Linux `/proc/self/stat`, 100 ticks a second; 0
/// elsewhere).
fn user_cpu_secs() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name (which may hold spaces) in parentheses; utime is field 14.
    stat.rsplit_once(')')
        .and_then(|(_, rest)| rest.split_whitespace().nth(11))
        .and_then(|t| t.parse::<f64>().ok())
        .map_or(0.0, |t| t / 100.0)
}

/// The `VmRSS` and `VmHWM` lines of `/proc/self/status`.
fn resident_memory() -> String {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .filter(|l| l.starts_with("VmRSS") || l.starts_with("VmHWM"))
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join(", ")
}
