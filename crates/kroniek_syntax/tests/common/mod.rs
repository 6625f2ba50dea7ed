//! Shared by the syntax tests: a scratch directory and training options for a toy treebank.

use std::path::{Path, PathBuf};

use kroniek_syntax::TrainOptions;

/// A fresh scratch directory for test `name` of suite `suite`.
pub fn tmp(suite: &str, name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("kroniek-{suite}-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Options that train on the CoNLL-U text `toy` (written into `dir`): a few sentences, so
/// more epochs than real data and none of the size pruning of real models.
pub fn toy_options(dir: &Path, toy: &str) -> TrainOptions {
    let file = dir.join("toy.conllu");
    std::fs::write(&file, toy).unwrap();
    let mut opts = TrainOptions::new("nl", vec![file]);
    opts.tagger_epochs = 10;
    opts.parser_epochs = 15;
    opts.jackknife = 0;
    opts.prune = 0.1;
    opts.min_updates = 1;
    opts
}
