//! Pruning a trained model's feature rows: fewer rows to look up, a table that fits in cache.
//!
//! An averaged perceptron keeps many rows for rare features whose averaged weights are small.
//! [`prune_model`] drops whole rows (a feature and all its class weights) of the tagger, the
//! transition and the label tables by the row's norm: its largest weight magnitude
//! ([`RowNorm::Max`]) or the sum of its magnitudes ([`RowNorm::L1`]), either below a threshold
//! ([`PruneRule::MinNorm`]) or outside the top fraction of rows ([`PruneRule::KeepFraction`];
//! ties broken by key, so the result is deterministic). Kept rows keep their one-byte codes
//! and the table's quantisation range, so their weights do not move and the pruned model file
//! is in the same format as the original.

use std::collections::HashSet;
use std::fmt;
use std::str::FromStr;

use crate::error::{Error, Result};
use crate::hashing::IdBuild;
use crate::model::SyntaxModel;
use crate::perceptron::Weights;

/// How a row's size is measured.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RowNorm {
    /// The largest magnitude among the row's weights.
    #[default]
    Max,
    /// The sum of the magnitudes of the row's weights.
    L1,
}

/// Which rows of one table to keep.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub enum PruneRule {
    /// Keep every row.
    #[default]
    Keep,
    /// Keep the rows whose norm is at least this.
    MinNorm(f32),
    /// Keep this fraction (0–1) of the rows, those of largest norm (ties: smaller key first).
    KeepFraction(f64),
}

impl FromStr for PruneRule {
    type Err = Error;

    /// `12.5` = [`PruneRule::MinNorm`], `30%` = [`PruneRule::KeepFraction`] 0.3, `all` or `0`
    /// = [`PruneRule::Keep`].
    fn from_str(s: &str) -> Result<PruneRule> {
        let bad = || Error::Prune(format!("bad pruning rule {s:?} (a threshold, N% or all)"));
        let s = s.trim();
        if s == "all" {
            return Ok(PruneRule::Keep);
        }
        if let Some(p) = s.strip_suffix('%') {
            let p: f64 = p.trim().parse().map_err(|_| bad())?;
            if !(0.0..=100.0).contains(&p) {
                return Err(bad());
            }
            return Ok(if p >= 100.0 {
                PruneRule::Keep
            } else {
                PruneRule::KeepFraction(p / 100.0)
            });
        }
        let t: f32 = s.parse().map_err(|_| bad())?;
        if !t.is_finite() || t < 0.0 {
            return Err(bad());
        }
        Ok(if t == 0.0 {
            PruneRule::Keep
        } else {
            PruneRule::MinNorm(t)
        })
    }
}

impl fmt::Display for PruneRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PruneRule::Keep => write!(f, "all"),
            PruneRule::MinNorm(t) => write!(f, "{t}"),
            PruneRule::KeepFraction(p) => write!(f, "{}%", p * 100.0),
        }
    }
}

/// A pruning rule per table of a model.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ModelPrune {
    /// The tagger's rows.
    pub tagger: PruneRule,
    /// The parser's transition rows.
    pub trans: PruneRule,
    /// The parser's label rows.
    pub labels: PruneRule,
    /// The row norm the rules compare.
    pub norm: RowNorm,
}

impl FromStr for ModelPrune {
    type Err = Error;

    /// Comma-separated `table=rule` items (`tagger`, `trans`, `labels`; rules as in
    /// [`PruneRule`]) and optionally `norm=max` or `norm=l1`: `trans=25%,labels=2,norm=l1`.
    /// Tables not named keep every row.
    fn from_str(s: &str) -> Result<ModelPrune> {
        let mut p = ModelPrune::default();
        for item in s.split(',').map(str::trim).filter(|i| !i.is_empty()) {
            let (k, v) = item
                .split_once('=')
                .ok_or_else(|| Error::Prune(format!("{item:?}: expected table=rule")))?;
            match k.trim() {
                "tagger" => p.tagger = v.parse()?,
                "trans" => p.trans = v.parse()?,
                "labels" => p.labels = v.parse()?,
                "norm" => {
                    p.norm = match v.trim() {
                        "max" => RowNorm::Max,
                        "l1" => RowNorm::L1,
                        _ => return Err(Error::Prune(format!("norm {v:?}: max or l1"))),
                    }
                }
                _ => return Err(Error::Prune(format!("unknown table {k:?}"))),
            }
        }
        Ok(p)
    }
}

impl fmt::Display for ModelPrune {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let norm = match self.norm {
            RowNorm::Max => "max",
            RowNorm::L1 => "l1",
        };
        write!(
            f,
            "tagger={},trans={},labels={},norm={norm}",
            self.tagger, self.trans, self.labels
        )
    }
}

/// The size of one table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TableSize {
    /// Features with at least one weight.
    pub rows: usize,
    /// Stored (feature, class) weights.
    pub weights: usize,
    /// Approximate bytes of the lookup tables in memory ([`Weights::table_bytes`]).
    pub bytes: usize,
}

impl TableSize {
    /// The size of `w`.
    pub fn of(w: &Weights) -> TableSize {
        TableSize {
            rows: w.n_features(),
            weights: w.n_weights(),
            bytes: w.table_bytes(),
        }
    }
}

/// Sizes of a model's three tables before and after pruning.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PruneReport {
    /// `(table name, before, after)` for the tagger, transition and label tables.
    pub tables: Vec<(&'static str, TableSize, TableSize)>,
}

impl fmt::Display for PruneReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (name, b, a) in &self.tables {
            writeln!(
                f,
                "{name:>7}: rows {:>9} -> {:>9} ({:5.1}%), weights {:>9} -> {:>9}, table {:>11} -> {:>11} bytes",
                b.rows,
                a.rows,
                100.0 * a.rows as f64 / b.rows.max(1) as f64,
                b.weights,
                a.weights,
                b.bytes,
                a.bytes
            )?;
        }
        Ok(())
    }
}

/// The keys of the rows of `w` that `rule` keeps under `norm`.
pub fn kept_keys(w: &Weights, rule: PruneRule, norm: RowNorm) -> HashSet<u32, IdBuild> {
    let mut norms = w.row_norms(norm == RowNorm::L1);
    match rule {
        PruneRule::Keep => norms.into_iter().map(|(k, _)| k).collect(),
        PruneRule::MinNorm(t) => norms
            .into_iter()
            .filter(|&(_, n)| n >= t)
            .map(|(k, _)| k)
            .collect(),
        PruneRule::KeepFraction(p) => {
            let n = ((norms.len() as f64) * p.clamp(0.0, 1.0)).round() as usize;
            // Largest norm first, smaller key first among equal norms: a total order.
            norms.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            norms.into_iter().take(n).map(|(k, _)| k).collect()
        }
    }
}

/// `w` with only the rows `rule` keeps.
pub fn prune_weights(w: &Weights, rule: PruneRule, norm: RowNorm) -> Weights {
    if rule == PruneRule::Keep {
        return w.clone();
    }
    let keep = kept_keys(w, rule, norm);
    w.retain_rows(|k| keep.contains(&k))
}

/// Prune `model`'s tables in place by `p`; returns their sizes before and after.
pub fn prune_model(model: &mut SyntaxModel, p: &ModelPrune) -> PruneReport {
    let mut tables = Vec::with_capacity(3 * (1 + model.ensemble.len()));
    let first = (&mut model.tagger, &mut model.parser);
    let members = model
        .ensemble
        .iter_mut()
        .map(|m| (&mut m.tagger, &mut m.parser));
    for (tagger, parser) in std::iter::once(first).chain(members) {
        let before = TableSize::of(tagger.weights());
        let pruned = prune_weights(tagger.weights(), p.tagger, p.norm);
        tables.push(("tagger", before, TableSize::of(&pruned)));
        tagger.set_weights(pruned);
        let (t, l) = parser.weights();
        let (tb, lb) = (TableSize::of(t), TableSize::of(l));
        let trans = prune_weights(t, p.trans, p.norm);
        let labels = prune_weights(l, p.labels, p.norm);
        tables.push(("trans", tb, TableSize::of(&trans)));
        tables.push(("labels", lb, TableSize::of(&labels)));
        parser.set_weights(trans, labels);
    }
    PruneReport { tables }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codec::{Reader, Writer};
    use crate::perceptron::Trainer;

    /// Features 1..=40 over 3 classes; feature `f` gets `f` updates towards class `f % 3`, so
    /// its averaged weights grow with `f`.
    fn weights() -> Weights {
        let mut t = Trainer::new(3);
        for f in 1..=40u32 {
            for _ in 0..f {
                t.update(&[f], (f % 3) as usize, ((f + 1) % 3) as usize);
            }
        }
        t.finish(0.0, 0)
    }

    fn scores(w: &Weights, feats: &[u32]) -> Vec<f32> {
        let mut s = vec![0f32; 3];
        w.score(feats, &mut s);
        s
    }

    #[test]
    fn rules_parse() {
        assert_eq!(
            "2.5".parse::<PruneRule>().ok(),
            Some(PruneRule::MinNorm(2.5))
        );
        assert_eq!(
            "25%".parse::<PruneRule>().ok(),
            Some(PruneRule::KeepFraction(0.25))
        );
        assert_eq!("all".parse::<PruneRule>().ok(), Some(PruneRule::Keep));
        assert_eq!("0".parse::<PruneRule>().ok(), Some(PruneRule::Keep));
        assert!("-1".parse::<PruneRule>().is_err());
        assert!("150%".parse::<PruneRule>().is_err());
        let p: ModelPrune = "trans=4, labels=10%,norm=l1".parse().unwrap_or_default();
        assert_eq!(p.trans, PruneRule::MinNorm(4.0));
        assert_eq!(p.labels, PruneRule::KeepFraction(0.1));
        assert_eq!((p.tagger, p.norm), (PruneRule::Keep, RowNorm::L1));
        assert_eq!(p.to_string().parse::<ModelPrune>().ok(), Some(p));
        assert!("parser=3".parse::<ModelPrune>().is_err());
        assert!("trans".parse::<ModelPrune>().is_err());
    }

    #[test]
    fn threshold_drops_small_rows_and_keeps_the_others_exactly() {
        let w = weights();
        assert_eq!(w.n_features(), 40);
        let norms = w.row_norms(false);
        let p = prune_weights(&w, PruneRule::MinNorm(10.0), RowNorm::Max);
        let kept: Vec<u32> = norms
            .iter()
            .filter(|(_, n)| *n >= 10.0)
            .map(|(k, _)| *k)
            .collect();
        assert!(!kept.is_empty() && kept.len() < 40, "{norms:?}");
        assert_eq!(p.n_features(), kept.len());
        for (k, n) in &norms {
            let s = scores(&p, &[*k]);
            if *n >= 10.0 {
                assert_eq!(s, scores(&w, &[*k]), "kept row {k} changed");
            } else {
                assert_eq!(s, vec![0.0; 3], "row {k} (norm {n}) not dropped");
            }
        }
        // L1 norms are at least the max norms, so an L1 threshold keeps at least as many rows.
        let l1 = prune_weights(&w, PruneRule::MinNorm(10.0), RowNorm::L1);
        assert!(l1.n_features() >= p.n_features());
    }

    #[test]
    fn keep_fraction_keeps_the_largest_rows_deterministically() {
        let w = weights();
        let p = prune_weights(&w, PruneRule::KeepFraction(0.25), RowNorm::Max);
        assert_eq!(p.n_features(), 10);
        let mut norms = w.row_norms(false);
        norms.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        for (i, (k, _)) in norms.iter().enumerate() {
            assert_eq!(
                scores(&p, &[*k]) != vec![0.0; 3],
                i < 10,
                "row {k} at rank {i}"
            );
        }
        let (mut a, mut b) = (Writer::default(), Writer::default());
        p.write(&mut a);
        prune_weights(&w, PruneRule::KeepFraction(0.25), RowNorm::Max).write(&mut b);
        assert_eq!(a.buf, b.buf);
        // Written and read back, the pruned table scores the same.
        let back = Weights::read(&mut Reader::new(&a.buf)).unwrap_or_default();
        assert_eq!(back.n_features(), 10);
        let all: Vec<u32> = (1..=40).collect();
        assert_eq!(scores(&back, &all), scores(&p, &all));
        assert_eq!(
            prune_weights(&w, PruneRule::Keep, RowNorm::Max).n_features(),
            40
        );
    }
}
