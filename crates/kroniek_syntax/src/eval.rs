//! Evaluation against CoNLL-U gold, keeping the gold tokenisation; and CoNLL-U output.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use kroniek_core::TokenSyntax;

use crate::conllu::{Sentence, read_file, write_sentence};
use crate::error::Result;
use crate::model::SyntaxModel;

pub use kroniek_eval::Prf;

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// UPOS, lemma, UAS and LAS of a model on a treebank.
#[derive(Clone, Debug, Default)]
pub struct SyntaxReport {
    /// Model language.
    pub lang: String,
    /// Sentences evaluated.
    pub sentences: usize,
    /// Words evaluated (syntactic words, punctuation included).
    pub words: usize,
    /// Words with the right UPOS.
    pub upos: usize,
    /// Words whose lemma equals the gold lemma exactly.
    pub lemma_strict: usize,
    /// Words whose lemma matches under the model's convention (Dutch: `_` compound marks
    /// removed from gold, compound lemma of separable verbs used when predicted).
    pub lemma: usize,
    /// Words with the right head.
    pub uas: usize,
    /// Right head and right universal relation (subtype ignored, as in CoNLL 2018).
    pub las: usize,
    /// Right head and the full relation, subtype included.
    pub las_full: usize,
    /// Per UPOS.
    pub per_upos: BTreeMap<String, Prf>,
    /// Per full relation, counting an arc as right when head and relation are right.
    pub per_deprel: BTreeMap<String, Prf>,
    /// Gold arcs and those with the right head, by gold arc length: root, 1, 2, 3–6, 7+.
    pub by_length: [(usize, usize); 5],
    /// Per gold UPOS: words with the right lemma (model convention), and words.
    pub lemma_by_upos: BTreeMap<String, (usize, usize)>,
    /// Lemma errors by (form, gold lemma, predicted lemma), counted.
    pub lemma_misses: BTreeMap<(String, String, String), usize>,
    /// Arcs with the right head and the wrong universal relation, by (gold, predicted), counted.
    pub label_confusions: BTreeMap<(String, String), usize>,
}

/// How many of the most frequent lemma errors a report prints.
pub const LEMMA_MISSES_SHOWN: usize = 40;

/// How many of the most frequent relation confusions a report prints.
pub const LABEL_CONFUSIONS_SHOWN: usize = 20;

/// Names of the [`SyntaxReport::by_length`] buckets.
pub const LENGTH_BUCKETS: [&str; 5] = ["root", "1", "2", "3-6", "7+"];

fn length_bucket(dep: usize, head: u32) -> usize {
    if head == 0 {
        return 0;
    }
    match dep.abs_diff(head as usize) {
        0 | 1 => 1,
        2 => 2,
        3..=6 => 3,
        _ => 4,
    }
}

/// A relation without its subtype (`nsubj:pass` → `nsubj`).
pub(crate) fn universal(rel: &str) -> &str {
    rel.split(':').next().unwrap_or(rel)
}

impl SyntaxReport {
    /// Add one sentence's predictions.
    pub fn add(&mut self, gold: &Sentence, pred: &[TokenSyntax]) {
        self.sentences += 1;
        for (i, (g, p)) in gold.words.iter().zip(pred).enumerate() {
            self.words += 1;
            let b = &mut self.by_length[length_bucket(i + 1, g.head)];
            b.0 += 1;
            b.1 += usize::from(g.head == p.head);
            if g.upos == p.upos {
                self.upos += 1;
                self.per_upos.entry(g.upos.clone()).or_default().tp += 1;
            } else {
                self.per_upos.entry(g.upos.clone()).or_default().fn_ += 1;
                self.per_upos.entry(p.upos.clone()).or_default().fp += 1;
            }
            self.lemma_strict += usize::from(g.lemma == p.lemma);
            let (gold, guess) = if self.lang == "nl" {
                let gold = crate::lemma::unmark_compound(&g.form, &g.lemma);
                (gold, p.compound_lemma.as_deref().unwrap_or(&p.lemma))
            } else {
                (g.lemma.clone(), p.lemma.as_str())
            };
            let ok = guess == gold;
            self.lemma += usize::from(ok);
            let e = self.lemma_by_upos.entry(g.upos.clone()).or_default();
            e.0 += usize::from(ok);
            e.1 += 1;
            if !ok {
                *self
                    .lemma_misses
                    .entry((g.form.clone(), gold, guess.to_string()))
                    .or_default() += 1;
            }
            let head_ok = g.head == p.head;
            self.uas += usize::from(head_ok);
            let same_universal = universal(&g.deprel) == universal(&p.deprel);
            self.las += usize::from(head_ok && same_universal);
            if head_ok && !same_universal {
                *self
                    .label_confusions
                    .entry((
                        universal(&g.deprel).to_string(),
                        universal(&p.deprel).to_string(),
                    ))
                    .or_default() += 1;
            }
            let full = head_ok && g.deprel == p.deprel;
            self.las_full += usize::from(full);
            if full {
                self.per_deprel.entry(g.deprel.clone()).or_default().tp += 1;
            } else {
                self.per_deprel.entry(g.deprel.clone()).or_default().fn_ += 1;
                self.per_deprel.entry(p.deprel.clone()).or_default().fp += 1;
            }
        }
    }

    /// Add another report's counts (same language) to this one.
    pub fn merge(&mut self, other: &SyntaxReport) {
        self.sentences += other.sentences;
        self.words += other.words;
        self.upos += other.upos;
        self.lemma_strict += other.lemma_strict;
        self.lemma += other.lemma;
        self.uas += other.uas;
        self.las += other.las;
        self.las_full += other.las_full;
        for (k, v) in &other.lemma_by_upos {
            let e = self.lemma_by_upos.entry(k.clone()).or_default();
            e.0 += v.0;
            e.1 += v.1;
        }
        for (k, v) in &other.lemma_misses {
            *self.lemma_misses.entry(k.clone()).or_default() += v;
        }
        for (k, v) in &other.label_confusions {
            *self.label_confusions.entry(k.clone()).or_default() += v;
        }
        for (mine, theirs) in self.by_length.iter_mut().zip(other.by_length) {
            mine.0 += theirs.0;
            mine.1 += theirs.1;
        }
        for (mine, theirs) in [
            (&mut self.per_upos, &other.per_upos),
            (&mut self.per_deprel, &other.per_deprel),
        ] {
            for (k, v) in theirs {
                let e = mine.entry(k.clone()).or_default();
                e.tp += v.tp;
                e.fp += v.fp;
                e.fn_ += v.fn_;
            }
        }
    }

    /// UPOS accuracy in `[0, 1]`.
    pub fn upos_accuracy(&self) -> f64 {
        ratio(self.upos, self.words)
    }
    /// Lemma accuracy (model convention) in `[0, 1]`.
    pub fn lemma_accuracy(&self) -> f64 {
        ratio(self.lemma, self.words)
    }
    /// Unlabelled attachment score in `[0, 1]`.
    pub fn uas(&self) -> f64 {
        ratio(self.uas, self.words)
    }
    /// Labelled attachment score (universal relations) in `[0, 1]`.
    pub fn las(&self) -> f64 {
        ratio(self.las, self.words)
    }
}

impl fmt::Display for SyntaxReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pct = |a: usize| 100.0 * ratio(a, self.words);
        writeln!(
            f,
            "syntax ({}): {} sentences, {} words",
            self.lang, self.sentences, self.words
        )?;
        writeln!(f, "UPOS accuracy         {:6.2}%", pct(self.upos))?;
        writeln!(f, "lemma accuracy        {:6.2}%", pct(self.lemma))?;
        writeln!(f, "lemma (strict exact)  {:6.2}%", pct(self.lemma_strict))?;
        writeln!(f, "UAS                   {:6.2}%", pct(self.uas))?;
        writeln!(f, "LAS                   {:6.2}%", pct(self.las))?;
        writeln!(f, "LAS (with subtypes)   {:6.2}%", pct(self.las_full))?;
        writeln!(
            f,
            "\n{:<10} {:>7} {:>7} {:>7} {:>6}",
            "UPOS", "P", "R", "F1", "gold"
        )?;
        for (k, v) in &self.per_upos {
            writeln!(
                f,
                "{:<10} {:>7.2} {:>7.2} {:>7.2} {:>6}",
                k,
                100.0 * v.precision(),
                100.0 * v.recall(),
                100.0 * v.f1(),
                v.tp + v.fn_
            )?;
        }
        writeln!(
            f,
            "\n{:<14} {:>7} {:>7} {:>7} {:>6}",
            "DEPREL", "P", "R", "F1", "gold"
        )?;
        for (k, v) in &self.per_deprel {
            writeln!(
                f,
                "{:<14} {:>7.2} {:>7.2} {:>7.2} {:>6}",
                k,
                100.0 * v.precision(),
                100.0 * v.recall(),
                100.0 * v.f1(),
                v.tp + v.fn_
            )?;
        }
        writeln!(
            f,
            "\n{:<10} {:>7} {:>7} {:>6}",
            "LEMMA", "acc", "errors", "gold"
        )?;
        for (k, (right, gold)) in &self.lemma_by_upos {
            writeln!(
                f,
                "{:<10} {:>7.2} {:>7} {:>6}",
                k,
                100.0 * ratio(*right, *gold),
                gold - right,
                gold
            )?;
        }
        let mut misses: Vec<_> = self.lemma_misses.iter().collect();
        misses.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
        writeln!(f, "\nmost frequent lemma errors (form: gold → predicted)")?;
        for ((form, gold, guess), n) in misses.iter().take(LEMMA_MISSES_SHOWN) {
            writeln!(f, "{n:>4}  {form}: {gold} → {guess}")?;
        }
        let mut confusions: Vec<_> = self.label_confusions.iter().collect();
        confusions.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
        writeln!(
            f,
            "\nmost frequent relation errors on right heads (gold → predicted, universal)"
        )?;
        for ((gold, guess), n) in confusions.iter().take(LABEL_CONFUSIONS_SHOWN) {
            writeln!(f, "{n:>4}  {gold} → {guess}")?;
        }
        writeln!(f, "\n{:<14} {:>7} {:>6}", "ARC LENGTH", "UAS", "gold")?;
        for (name, (gold, right)) in LENGTH_BUCKETS.iter().zip(self.by_length) {
            writeln!(
                f,
                "{:<14} {:>7.2} {:>6}",
                name,
                100.0 * ratio(right, gold),
                gold
            )?;
        }
        Ok(())
    }
}

fn forms(s: &Sentence) -> Vec<&str> {
    s.words.iter().map(|w| w.form.as_str()).collect()
}

/// Evaluate a model on parsed sentences.
pub fn eval_sentences(model: &SyntaxModel, gold: &[Sentence]) -> SyntaxReport {
    let mut report = SyntaxReport {
        lang: model.lang.clone(),
        ..SyntaxReport::default()
    };
    for s in gold {
        let pred = model.analyse(&forms(s));
        report.add(s, &pred);
    }
    report
}

/// Evaluate a model on a CoNLL-U file (gold tokenisation).
pub fn eval_syntax(model: &SyntaxModel, file: &Path) -> Result<SyntaxReport> {
    Ok(eval_sentences(model, &read_file(file)?))
}

/// Parse a CoNLL-U file, keeping its tokenisation, and return CoNLL-U with predicted UPOS,
/// LEMMA, HEAD and DEPREL (the compound lemma of a separable verb goes to MISC as
/// `CompoundLemma=`).
pub fn parse_conllu(model: &SyntaxModel, file: &Path) -> Result<String> {
    let mut out = String::new();
    for mut s in read_file(file)? {
        let pred = model.analyse(&forms(&s));
        for (w, p) in s.words.iter_mut().zip(pred) {
            w.upos = p.upos;
            w.lemma = p.lemma;
            w.head = p.head;
            w.deprel = p.deprel;
            if let Some(c) = p.compound_lemma {
                let extra = format!("CompoundLemma={c}");
                w.misc = if w.misc.is_empty() || w.misc == "_" {
                    extra
                } else {
                    format!("{}|{extra}", w.misc)
                };
            }
        }
        write_sentence(&s, &mut out);
    }
    Ok(out)
}
