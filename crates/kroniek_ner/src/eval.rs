//! conlleval-style scoring: exact-match entity chunks, precision/recall/F1 overall and per type.

use std::collections::BTreeSet;
use std::fmt;

use kroniek_core::EntityType;
use kroniek_eval::Prf;

use crate::conll::ConllCorpus;
use crate::model::Model;
use crate::tags::{TYPES, Tag, chunks};

/// Scores of a tagger on a CoNLL file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NerReport {
    /// What was evaluated (a file name).
    pub source: String,
    /// Tokens.
    pub tokens: usize,
    /// Tokens whose predicted tag equals the gold tag.
    pub tokens_correct: usize,
    /// Gold entities.
    pub gold_entities: usize,
    /// All entities, exact span and type.
    pub overall: Prf,
    /// Per type, in PER, ORG, LOC, MISC order.
    pub per_type: Vec<(EntityType, Prf)>,
}

impl NerReport {
    /// Token accuracy (conlleval's "accuracy").
    pub fn accuracy(&self) -> f64 {
        #[expect(clippy::cast_precision_loss, reason = "token counts far below 2^52")]
        if self.tokens == 0 {
            0.0
        } else {
            self.tokens_correct as f64 / self.tokens as f64
        }
    }

    /// Score one more sentence.
    pub fn add(&mut self, gold: &[Tag], pred: &[Tag]) {
        self.tokens += gold.len();
        self.tokens_correct += gold.iter().zip(pred).filter(|(g, p)| g == p).count();
        let g: BTreeSet<_> = chunks(gold).into_iter().collect();
        let p: BTreeSet<_> = chunks(pred).into_iter().collect();
        self.gold_entities += g.len();
        if self.per_type.is_empty() {
            self.per_type = TYPES.iter().map(|&t| (t, Prf::default())).collect();
        }
        for (kind, prf) in &mut self.per_type {
            let gk = g.iter().filter(|c| c.2 == *kind).count();
            let pk = p.iter().filter(|c| c.2 == *kind).count();
            let ck = g.intersection(&p).filter(|c| c.2 == *kind).count();
            *prf += Prf::from_counts(ck as u64, pk as u64, gk as u64);
        }
        let correct = g.intersection(&p).count();
        self.overall += Prf::from_counts(correct as u64, p.len() as u64, g.len() as u64);
    }
}

impl fmt::Display for NerReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let o = &self.overall;
        writeln!(f, "{}", self.source)?;
        writeln!(
            f,
            "processed {} tokens with {} phrases; found: {} phrases; correct: {}.",
            self.tokens,
            self.gold_entities,
            o.tp + o.fp,
            o.tp
        )?;
        writeln!(
            f,
            "accuracy: {:6.2}%; precision: {:6.2}%; recall: {:6.2}%; FB1: {:6.2}",
            100.0 * self.accuracy(),
            100.0 * o.precision(),
            100.0 * o.recall(),
            100.0 * o.f1()
        )?;
        for (kind, p) in &self.per_type {
            writeln!(
                f,
                "{:>17}: precision: {:6.2}%; recall: {:6.2}%; FB1: {:6.2}  {}",
                kind.as_str(),
                100.0 * p.precision(),
                100.0 * p.recall(),
                100.0 * p.f1(),
                p.tp + p.fp
            )?;
        }
        Ok(())
    }
}

/// Tag every sentence of a corpus and score it against its gold tags.
pub fn eval_corpus(model: &Model, corpus: &ConllCorpus, source: &str) -> NerReport {
    let mut report = NerReport {
        source: source.to_string(),
        ..NerReport::default()
    };
    for doc in &corpus.docs {
        let words: Vec<&[String]> = doc.iter().map(|s| s.words.as_slice()).collect();
        for (s, pred) in doc.iter().zip(model.tag_document(&words)) {
            report.add(&s.gold, &pred.tags);
        }
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_like_conlleval() {
        let p = |s: &str| s.split(' ').map(Tag::parse).collect::<Vec<_>>();
        let mut r = NerReport::default();
        r.add(&p("B-PER I-PER O B-LOC"), &p("B-PER I-PER O B-ORG"));
        r.add(&p("B-MISC O"), &p("B-MISC I-MISC"));
        assert_eq!((r.overall.tp, r.overall.fp, r.overall.fn_), (1, 2, 2));
        assert_eq!(r.tokens, 6);
        assert_eq!(r.tokens_correct, 4);
        let text = r.to_string();
        assert!(text.contains("processed 6 tokens with 3 phrases; found: 3 phrases; correct: 1."));
        assert!(text.contains("PER: precision: 100.00%"));
    }
}
