//! Train an entity model: `train_ner LANG TRAIN DEV OUT [EPOCHS] [BITS] [SEED] [FEATURES]
//! [FOLDS] [SOUP] [LEXICON] [DROPOUT]`; FEATURES is the feature-set bit mask (default: all, see
//! `FeatureSet`), FOLDS the jackknife folds of a two-stage model (0: one stage), SOUP the
//! number of shuffling seeds averaged into one model (default 1), LEXICON a
//! cluster file to use instead of the embedded one (`-`: the embedded one; for experiments: a
//! model trained with another file than the embedded one is evaluated here but must not be
//! committed), DROPOUT the word dropout in percent (`TrainConfig::word_dropout`, default 0).

use std::path::Path;

use std::sync::Arc;

use kroniek_ner::features::FeatureSet;
use kroniek_ner::lexicon::Lexicon;
use kroniek_ner::tagfile::{read_conll_file, train_files};
use kroniek_ner::{TrainConfig, TrainOptions, train_with};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [lang, train, dev, out, rest @ ..] = args.as_slice() else {
        return Err(
            "usage: train_ner LANG TRAIN DEV OUT [EPOCHS] [BITS] [SEED] [FEATURES] [FOLDS] [SOUP] [LEXICON] [DROPOUT]".into(),
        );
    };
    let mut opts = TrainOptions::default();
    if let Some(e) = rest.first() {
        opts.epochs = e.parse()?;
    }
    if let Some(b) = rest.get(1) {
        opts.bits = b.parse()?;
    }
    if let Some(s) = rest.get(2) {
        opts.seed = s.parse()?;
    }
    let start = std::time::Instant::now();
    let mut progress = |r: &kroniek_ner::EpochReport| {
        let f1 = r.dev.as_ref().map_or(0.0, |d| d.overall.f1());
        eprintln!(
            "epoch {:2}: {} sentence errors, dev F1 {:.4} ({:.0?})",
            r.epoch,
            r.errors,
            f1,
            start.elapsed()
        );
    };
    if rest.len() > 3 {
        let mut config = TrainConfig::standard(lang);
        if let Some(f) = rest.get(3) {
            config.features = FeatureSet(f.parse()?);
        }
        if let Some(f) = rest.get(4) {
            config.folds = f.parse()?;
        }
        if let Some(k) = rest.get(5) {
            config.soup = k.parse()?;
        }
        if let Some(path) = rest.get(6).filter(|p| *p != "-") {
            config.lexicon = Some(Arc::new(Lexicon::parse(&std::fs::read_to_string(path)?)));
        }
        if let Some(p) = rest.get(7) {
            config.word_dropout = p.parse()?;
        }
        let (model, _) = train_with(
            lang,
            &read_conll_file(Path::new(train))?,
            Some(&read_conll_file(Path::new(dev))?),
            opts,
            &config,
            &mut progress,
        );
        std::fs::write(out, model.to_bytes()?)?;
        let report = kroniek_ner::tagfile::eval_ner(&model, Path::new(dev))?;
        println!("{report}");
        return Ok(());
    }
    let model = train_files(
        lang,
        &[Path::new(train)],
        Some(Path::new(dev)),
        Path::new(out),
        opts,
        &mut progress,
    )?;
    let report = kroniek_ner::tagfile::eval_ner(&model, Path::new(dev))?;
    println!("{report}");
    Ok(())
}
