//! K-fold cross-validation over an in-domain treebank.
//!
//! The in-domain file (Alpino dev, news) is split into `k` folds of whole documents (by the
//! `sent_id` prefix, contiguous in the file, balanced by sentence count). For each fold a model
//! is trained on the general training data plus the other folds (repeated
//! [`TrainOptions::domain_weight`] times) and evaluated on the fold it never saw; the figures
//! are the mean over folds, and the pooled counts cover every sentence exactly once.

use std::fmt;
use std::path::Path;

use crate::conllu::{Sentence, read_file};
use crate::convert::ArgPairs;
use crate::error::{Error, Result};
use crate::eval::{SyntaxReport, eval_sentences};
use crate::prune::{ModelPrune, prune_model};
use crate::relabel::{Relabeler, SubjectRule};
use crate::train::{TrainOptions, TrainSummary, load_weighted, prepare, train_sentences};

/// The result of a cross-validation.
#[derive(Clone, Debug, Default)]
pub struct CrossValidation {
    /// One report per fold, on the sentences that fold's model never saw.
    pub folds: Vec<SyntaxReport>,
    /// All folds' counts added up (every in-domain sentence evaluated once).
    pub pooled: SyntaxReport,
}

impl CrossValidation {
    /// Mean over folds of UPOS, lemma, UAS and LAS accuracy, each in `[0, 1]`.
    pub fn mean(&self) -> [f64; 4] {
        let k = self.folds.len().max(1) as f64;
        let mut m = [0.0; 4];
        for r in &self.folds {
            m[0] += r.upos_accuracy() / k;
            m[1] += r.lemma_accuracy() / k;
            m[2] += r.uas() / k;
            m[3] += r.las() / k;
        }
        m
    }
}

impl fmt::Display for CrossValidation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{}-fold cross-validation (each fold's model never saw the sentences it is scored on)",
            self.folds.len()
        )?;
        for (i, r) in self.folds.iter().enumerate() {
            writeln!(
                f,
                "fold {}: {} sentences, {} words: UPOS {:.2} lemma {:.2} UAS {:.2} LAS {:.2}",
                i + 1,
                r.sentences,
                r.words,
                100.0 * r.upos_accuracy(),
                100.0 * r.lemma_accuracy(),
                100.0 * r.uas(),
                100.0 * r.las()
            )?;
        }
        let m = self.mean();
        writeln!(
            f,
            "mean over folds: UPOS {:.2} lemma {:.2} UAS {:.2} LAS {:.2}",
            100.0 * m[0],
            100.0 * m[1],
            100.0 * m[2],
            100.0 * m[3]
        )?;
        writeln!(f, "pooled over folds:")?;
        write!(f, "{}", self.pooled)
    }
}

/// Fold of each sentence: whole documents, contiguous, balanced by sentence count. Sentences
/// without a `sent_id` count as documents of their own.
pub fn assign_folds(sents: &[Sentence], k: usize) -> Vec<usize> {
    let k = k.max(1);
    let n = sents.len().max(1);
    let mut out = Vec::with_capacity(sents.len());
    let mut fold = 0;
    let mut prev: Option<&str> = None;
    for (i, s) in sents.iter().enumerate() {
        let doc = s.document_id();
        let new_doc = doc.is_none() || doc != prev;
        if new_doc {
            // A document starts in the fold its first sentence's position falls in.
            fold = (i * k / n).min(k - 1);
        }
        prev = doc;
        out.push(fold);
    }
    out
}

/// Cross-validate on `domain_file` with `k` folds: train on `opts` (its `train` and `domain`
/// files, with `domain_file` excluded from them) plus the other folds, score each fold.
pub fn cross_validate(
    opts: &TrainOptions,
    domain_file: &Path,
    k: usize,
) -> Result<CrossValidation> {
    cross_validate_margins(opts, domain_file, k, &[0.0])?
        .into_iter()
        .next()
        .ok_or(Error::NoTrainingData)
}

/// [`cross_validate`], scoring each fold's model once per beam pruning margin in `margins`
/// (0 = the exact beam; see [`crate::parser::Parser::set_prune_margin`]): one cross-validation
/// per margin, in the order given, from the same trained models.
pub fn cross_validate_margins(
    opts: &TrainOptions,
    domain_file: &Path,
    k: usize,
    margins: &[f32],
) -> Result<Vec<CrossValidation>> {
    let variants: Vec<CvVariant> = margins
        .iter()
        .map(|&margin| CvVariant {
            margin,
            prune: None,
            without_relabeler: false,
            relabel_keep: None,
            subject_rule: None,
            without_foreign_fixed: false,
            voters: None,
        })
        .collect();
    cross_validate_variants(opts, domain_file, k, &variants)
}

/// One way of decoding each fold's trained model in [`cross_validate_variants`].
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct CvVariant {
    /// Beam pruning margin (0 = the exact beam).
    pub margin: f32,
    /// Rows to drop from the model first ([`crate::prune`]; `None` = the model as trained).
    pub prune: Option<ModelPrune>,
    /// Score without the model's relabeler (the parser's own relations).
    pub without_relabeler: bool,
    /// The relabeler's bonus for the parser's relation (`None`: as trained).
    pub relabel_keep: Option<f32>,
    /// The relabeler's one-subject rule (`None`: the default;
    /// [`Relabeler::set_subject_rule`]).
    pub subject_rule: Option<SubjectRule>,
    /// Without the rule that joins Dutch foreign units by `fixed` ([`crate::foreign`]).
    pub without_foreign_fixed: bool,
    /// How many of the model's parsers vote (`None`: all; 1: the first alone).
    pub voters: Option<usize>,
}

/// [`cross_validate`], scoring each fold's model once per variant (a beam pruning margin and
/// optionally a row pruning of the model): one cross-validation per variant, in the order
/// given, from the same trained models.
pub fn cross_validate_variants(
    opts: &TrainOptions,
    domain_file: &Path,
    k: usize,
    variants: &[CvVariant],
) -> Result<Vec<CrossValidation>> {
    if k < 2 || variants.is_empty() {
        return Err(Error::NoTrainingData);
    }
    let mut base_opts = opts.clone();
    base_opts.domain.retain(|p| p != domain_file);
    base_opts.exclude.push(domain_file.to_path_buf());
    let mut summary = TrainSummary::default();
    let (base, base_copies) = load_weighted(&base_opts, &mut summary)?;
    let gold = read_file(domain_file)?;
    let folds = assign_folds(&gold, k);
    let weight = opts.domain_weight.max(1);
    let cv0 = CrossValidation {
        pooled: SyntaxReport {
            lang: opts.lang.clone(),
            ..SyntaxReport::default()
        },
        ..CrossValidation::default()
    };
    let mut cvs = vec![cv0; variants.len()];
    for f in 0..k {
        let mut sents = base.clone();
        let mut copies = base_copies.clone();
        let mut test = Vec::new();
        for (s, &g) in gold.iter().zip(&folds) {
            if g == f {
                test.push(s.clone());
            } else if let Some(p) = prepare(opts, s.clone(), &ArgPairs::default()) {
                sents.push(p);
                copies.push(weight);
            }
        }
        let (model, _) = train_sentences(opts, &sents, &copies, summary.clone())?;
        for (cv, v) in cvs.iter_mut().zip(variants) {
            let mut m = model.clone();
            if let Some(p) = &v.prune {
                prune_model(&mut m, p);
            }
            m.parser.set_prune_margin(v.margin);
            if v.without_relabeler {
                m.relabeler = Relabeler::default();
            }
            if let Some(keep) = v.relabel_keep {
                m.relabeler.set_keep(keep);
            }
            if let Some(rule) = v.subject_rule {
                m.relabeler.set_subject_rule(rule);
            }
            m.foreign_fixed = !v.without_foreign_fixed;
            if let Some(k) = v.voters {
                m.voters = k;
            }
            let report = eval_sentences(&m, &test);
            cv.pooled.merge(&report);
            cv.folds.push(report);
        }
    }
    Ok(cvs)
}
