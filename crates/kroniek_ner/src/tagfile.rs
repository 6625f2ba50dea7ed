//! File-level entry points: train from CoNLL files, tag a CoNLL file, evaluate on a CoNLL file.

use std::io::Write;
use std::path::Path;

use crate::conll::{ConllCorpus, raw_lines, read_conll};
use crate::error::{Error, Result};
use crate::eval::{NerReport, eval_corpus};
use crate::model::Model;
use crate::tags::Tag;
use crate::train::{EpochReport, TrainOptions, train};

/// Read a CoNLL file (UTF-8 or latin-1).
pub fn read_conll_file(path: &Path) -> Result<ConllCorpus> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let corpus = read_conll(&bytes);
    if corpus.docs.is_empty() {
        return Err(Error::EmptyCorpus(path.display().to_string()));
    }
    Ok(corpus)
}

/// Train on the documents of `train_paths` together (keeping the best epoch on `dev_path`, when
/// given) and write the model file.
pub fn train_files(
    lang: &str,
    train_paths: &[&Path],
    dev_path: Option<&Path>,
    out: &Path,
    opts: TrainOptions,
    progress: &mut dyn FnMut(&EpochReport),
) -> Result<Model> {
    let mut train_corpus = ConllCorpus::default();
    for path in train_paths {
        let corpus = read_conll_file(path)?;
        train_corpus.docs.extend(corpus.docs);
        train_corpus.line_count += corpus.line_count;
    }
    let dev = dev_path.map(read_conll_file).transpose()?;
    let (model, _) = train(lang, &train_corpus, dev.as_ref(), opts, progress);
    let bytes = model.to_bytes()?;
    std::fs::write(out, bytes).map_err(|e| Error::io(out, e))?;
    Ok(model)
}

/// Evaluate a model on a CoNLL file with gold tags in the last column.
pub fn eval_ner(model: &Model, path: &Path) -> Result<NerReport> {
    let corpus = read_conll_file(path)?;
    Ok(eval_corpus(model, &corpus, &path.display().to_string()))
}

/// Tag a CoNLL file: every input line is written unchanged (same bytes, latin-1 stays latin-1)
/// with the predicted IOB2 tag appended after a space; blank lines stay blank and
/// `-DOCSTART-` lines get `O`.
pub fn tag_conll(model: &Model, bytes: &[u8], out: &mut dyn Write) -> std::io::Result<()> {
    let corpus = read_conll(bytes);
    let lines = raw_lines(bytes);
    let mut tags: Vec<Option<Tag>> = vec![None; lines.len()];
    for doc in &corpus.docs {
        let words: Vec<&[String]> = doc.iter().map(|s| s.words.as_slice()).collect();
        for (s, pred) in doc.iter().zip(model.tag_document(&words)) {
            for (line, tag) in s.lines.iter().zip(pred.tags) {
                if let Some(t) = tags.get_mut(*line) {
                    *t = Some(tag);
                }
            }
        }
    }
    for (line, tag) in lines.iter().zip(tags) {
        out.write_all(line)?;
        if let Some(t) = tag {
            out.write_all(b" ")?;
            out.write_all(t.label().as_bytes())?;
        } else if line.trim_ascii_start().starts_with(b"-DOCSTART-") {
            out.write_all(b" O")?;
        }
        out.write_all(b"\n")?;
    }
    Ok(())
}
