//! `kroniek ner`, `kroniek train ner` and `kroniek eval ner`: thin wrappers over `kroniek_ner`.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use kroniek_ner::{Model, TrainOptions, embedded, tag_conll, tagfile};

/// Which model to use: the embedded one of `--lang`, or a model file.
fn load(lang: &str, model: Option<&Path>) -> Result<Model> {
    match model {
        Some(path) => {
            let bytes = std::fs::read(path).with_context(|| path.display().to_string())?;
            Ok(Model::from_bytes(&bytes)?)
        }
        None => Ok(embedded::model(lang)?.clone()),
    }
}

/// Arguments of `kroniek ner`: tag a CoNLL file.
#[derive(Debug, clap::Args)]
#[command(after_help = "Example:
  kroniek ner --lang nl --conll ../shared/data/conll2002-nl/ned.testa > tagged.conll")]
pub struct NerArgs {
    /// Language of the text: nl or en.
    #[arg(long)]
    pub lang: String,
    /// CoNLL file (first column = word, blank line = sentence end, -DOCSTART- = document
    /// start; UTF-8 or latin-1). Every line is written unchanged with the predicted IOB2 tag
    /// appended.
    #[arg(long)]
    pub conll: PathBuf,
    /// A model file instead of the embedded model.
    #[arg(long)]
    pub model: Option<PathBuf>,
}

/// Run `kroniek ner`.
pub fn run(args: &NerArgs) -> Result<i32> {
    let model = load(&args.lang, args.model.as_deref())?;
    let bytes = std::fs::read(&args.conll).with_context(|| args.conll.display().to_string())?;
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    tag_conll(&model, &bytes, &mut out)?;
    out.flush()?;
    Ok(0)
}

/// Arguments of `kroniek train ner`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Example (reproduces models/ner/nl.bin):
  kroniek train ner --lang nl --train ../shared/data/conll2002-nl/ned.train \\
      --dev ../shared/data/conll2002-nl/ned.testa --out models/ner/nl.bin")]
pub struct TrainNerArgs {
    /// Language code stored in the model.
    #[arg(long)]
    pub lang: String,
    /// Training corpus (CoNLL, IOB1 or IOB2); repeat to train on several files together
    /// (e.g. the final model on train and dev, with the epochs a dev run chose).
    #[arg(long, required = true)]
    pub train: Vec<PathBuf>,
    /// Dev corpus: the epoch with the best dev F1 is kept.
    #[arg(long)]
    pub dev: Option<PathBuf>,
    /// Where to write the model.
    #[arg(long)]
    pub out: PathBuf,
    /// Passes over the training data (with `--dev`: the most, the best on dev is kept).
    #[arg(long, default_value_t = TrainOptions::default().epochs)]
    pub epochs: usize,
    /// Passes of the second (history) pass; default: `--epochs`.
    #[arg(long)]
    pub second_epochs: Option<usize>,
    /// Shuffling seed.
    #[arg(long, default_value_t = TrainOptions::default().seed)]
    pub seed: u64,
    /// The weight table has 2^bits rows.
    #[arg(long, default_value_t = TrainOptions::default().bits)]
    pub bits: u8,
}

/// Run `kroniek train ner`.
pub fn train(args: &TrainNerArgs) -> Result<i32> {
    let opts = TrainOptions {
        epochs: args.epochs,
        seed: args.seed,
        bits: args.bits,
        second_epochs: args.second_epochs,
    };
    let train: Vec<&Path> = args.train.iter().map(PathBuf::as_path).collect();
    let model = tagfile::train_files(
        &args.lang,
        &train,
        args.dev.as_deref(),
        &args.out,
        opts,
        &mut |r| {
            let f1 = r
                .dev
                .as_ref()
                .map_or(String::new(), |d| format!(", dev F1 {:.4}", d.overall.f1()));
            eprintln!("epoch {:2}: {} sentence errors{f1}", r.epoch, r.errors);
        },
    )?;
    if let Some(dev) = &args.dev {
        println!("{}", tagfile::eval_ner(&model, dev)?);
    }
    Ok(0)
}

/// Arguments of `kroniek eval ner`.
#[derive(Debug, clap::Args)]
pub struct EvalNerArgs {
    /// Language: nl or en (selects the embedded model).
    #[arg(long)]
    pub lang: String,
    /// A model file instead of the embedded model.
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// CoNLL files with gold tags in the last column (IOB1 is converted).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
}

/// Run `kroniek eval ner`: conlleval-style precision, recall and F1, overall and per type.
pub fn eval(args: &EvalNerArgs) -> Result<i32> {
    let model = load(&args.lang, args.model.as_deref())?;
    for file in &args.files {
        println!("{}", tagfile::eval_ner(&model, file)?);
    }
    Ok(0)
}
