//! Re-encode a syntax model (optionally pruning weights), print component sizes, and evaluate.
//!
//! ```sh
//! cargo run --release -p kroniek_syntax --example shrink_syntax -- \
//!   models/syntax/nl.bin --prune 0.5 --out /tmp/nl.bin --eval ../shared/data/ud-nl/nl_alpino-ud-dev.conllu
//! ```

use std::path::PathBuf;

use kroniek_syntax::SyntaxModel;
use kroniek_syntax::perceptron::Weights;

fn describe(name: &str, w: &Weights) {
    println!(
        "{name:>8}: {:>3} classes, {:>8} features, {:>9} weights",
        w.n_classes(),
        w.n_features(),
        w.n_weights()
    );
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let input: PathBuf = args
        .next()
        .ok_or("usage: shrink_syntax MODEL [options]")?
        .into();
    let mut prune: Option<f32> = None;
    let mut out: Option<PathBuf> = None;
    let mut evals: Vec<PathBuf> = Vec::new();
    while let Some(a) = args.next() {
        let mut val = || args.next().ok_or_else(|| format!("{a} needs a value"));
        match a.as_str() {
            "--prune" => prune = Some(val()?.parse()?),
            "--out" => out = Some(val()?.into()),
            "--eval" => evals.push(val()?.into()),
            _ => return Err(format!("unknown argument {a}").into()),
        }
    }
    let mut model = SyntaxModel::from_bytes(&std::fs::read(&input)?)?;
    if let Some(p) = prune {
        model.tagger.prune(p);
        model.parser.prune(p);
    }
    describe("tagger", model.tagger.weights());
    let (t, l) = model.parser.weights();
    describe("trans", t);
    describe("labels", l);
    let bytes = model.to_bytes();
    println!("encoded: {} bytes", bytes.len());
    let model = SyntaxModel::from_bytes(&bytes)?;
    if let Some(out) = out {
        std::fs::write(&out, &bytes)?;
        println!("wrote {}", out.display());
    }
    for e in evals {
        println!("{}", kroniek_syntax::eval_syntax(&model, &e)?);
    }
    Ok(())
}
