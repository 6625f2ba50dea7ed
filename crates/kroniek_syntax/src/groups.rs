//! Weights shared by the fine tags of one UPOS ([`crate::finetag`]).
//!
//! A tagger whose classes are fine tags (`VERB|VerbForm=Fin`, `VERB|VerbForm=Inf`, …) splits
//! the evidence that a word is a verb over several classes, and a clause-final infinitive
//! ("willen Kabul aanvallen") then loses to the plural noun. A second table over the UPOS
//! groups, scored on the same features, adds each group's score to all of its fine tags: what
//! all verbs share is learnt once, what tells them apart in the fine table (a hierarchical
//! perceptron's two levels).

use crate::codec::{Reader, Writer};
use crate::error::{Error, Result};
use crate::finetag;
use crate::perceptron::{Trainer, Weights};

/// The UPOS group of each fine class and the group weights.
#[derive(Clone, Debug, Default)]
pub struct Groups {
    /// Per fine class: its group (UPOS) index.
    of_class: Vec<u16>,
    /// Number of groups.
    n: usize,
    weights: Weights,
}

/// The groups of the fine tags `tags` (indices of their UPOS among the sorted UPOS tags);
/// `None` when no tag is refined.
fn group_of(tags: &[String]) -> Option<(Vec<u16>, usize)> {
    if tags.iter().all(|t| finetag::split(t).1.is_none()) {
        return None;
    }
    let mut upos: Vec<&str> = tags.iter().map(|t| finetag::split(t).0).collect();
    upos.sort_unstable();
    upos.dedup();
    let of_class = tags
        .iter()
        .map(|t| {
            let u = finetag::split(t).0;
            upos.iter().position(|x| *x == u).unwrap_or(0) as u16
        })
        .collect();
    Some((of_class, upos.len()))
}

/// Add to each fine class's score its group's score, summed by `score` into `scratch`.
fn add_group_scores(
    of_class: &[u16],
    n: usize,
    scores: &mut [f32],
    scratch: &mut Vec<f32>,
    score: impl FnOnce(&mut [f32]),
) {
    scratch.clear();
    scratch.resize(n, 0.0);
    score(scratch);
    for (s, &g) in scores.iter_mut().zip(of_class) {
        *s += scratch.get(usize::from(g)).copied().unwrap_or(0.0);
    }
}

impl Groups {
    /// Add the group scores of `feats` to the fine classes' `scores`.
    pub fn add_scores(&self, feats: &[u32], scores: &mut [f32], scratch: &mut Vec<f32>) {
        add_group_scores(&self.of_class, self.n, scores, scratch, |s| {
            self.weights.score(feats, s);
        });
    }

    /// Serialise.
    pub fn write(&self, w: &mut Writer) {
        w.u32(self.n as u32);
        w.u32(self.of_class.len() as u32);
        for &g in &self.of_class {
            w.u16(g);
        }
        self.weights.write(w);
    }

    /// Deserialise, checking the groups against the tagger's `n_classes` classes.
    pub fn read(r: &mut Reader<'_>, n_classes: usize) -> Result<Groups> {
        let n = r.u32()? as usize;
        let k = r.u32()? as usize;
        if k != n_classes {
            return Err(Error::Model("tag groups do not match the tag set".into()));
        }
        let mut of_class = Vec::with_capacity(k);
        for _ in 0..k {
            let g = r.u16()?;
            if usize::from(g) >= n {
                return Err(Error::Model("tag group out of range".into()));
            }
            of_class.push(g);
        }
        let weights = Weights::read(r)?;
        Ok(Groups {
            of_class,
            n,
            weights,
        })
    }
}

/// Trains [`Groups`] beside the tagger's own weights.
pub struct GroupTrainer {
    of_class: Vec<u16>,
    n: usize,
    trainer: Trainer,
    scratch: Vec<f32>,
}

impl GroupTrainer {
    /// A trainer for the groups of the tagger classes `tags`; `None` when no tag is refined.
    pub fn new(tags: &[String]) -> Option<GroupTrainer> {
        let (of_class, n) = group_of(tags)?;
        Some(GroupTrainer {
            of_class,
            n,
            trainer: Trainer::new(n),
            scratch: Vec::new(),
        })
    }

    /// Add the current group scores of `feats` to the fine classes' `scores`.
    pub fn add_scores(&mut self, feats: &[u32], scores: &mut [f32]) {
        let trainer = &self.trainer;
        add_group_scores(&self.of_class, self.n, scores, &mut self.scratch, |s| {
            trainer.score(feats, s);
        });
    }

    /// Count one word whose gold class is `truth` and predicted class `guess`: the group
    /// weights move only when the groups differ.
    pub fn update(&mut self, feats: &[u32], truth: usize, guess: usize) {
        let group = |c: usize| self.of_class.get(c).map_or(0, |&g| usize::from(g));
        let (t, g) = (group(truth), group(guess));
        self.trainer.update(feats, t, g);
    }

    /// Average and freeze the weights.
    pub fn finish(self, prune: f32, min_updates: u32) -> Groups {
        Groups {
            of_class: self.of_class,
            n: self.n,
            weights: self.trainer.finish(prune, min_updates),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn what_a_group_learns_counts_for_all_its_fine_tags_and_the_file_round_trips() {
        assert!(GroupTrainer::new(&strings(&["NOUN", "VERB"])).is_none());
        let tags = strings(&["NOUN", "VERB|VerbForm=Fin", "VERB|VerbForm=Inf"]);
        let mut t = GroupTrainer::new(&tags).unwrap();
        // Feature 5 marks verbs: learnt from finite verbs only.
        for _ in 0..4 {
            t.update(&[5], 1, 0);
        }
        t.update(&[5], 2, 1); // same group: no move
        let g = t.finish(0.0, 1);
        let mut scores = vec![0.0; 3];
        let mut scratch = Vec::new();
        g.add_scores(&[5], &mut scores, &mut scratch);
        assert!(
            scores[2] > scores[0],
            "the infinitive gains too: {scores:?}"
        );
        assert_eq!(scores[1], scores[2]);
        let mut w = Writer::default();
        g.write(&mut w);
        let back = Groups::read(&mut Reader::new(&w.buf), 3).unwrap();
        let mut again = vec![0.0; 3];
        back.add_scores(&[5], &mut again, &mut scratch);
        assert_eq!(again, scores);
        assert!(Groups::read(&mut Reader::new(&w.buf), 4).is_err());
    }
}
