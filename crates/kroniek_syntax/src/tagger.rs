//! The part-of-speech tagger: a greedy left-to-right averaged perceptron over UPOS.
//!
//! Features: the word, its prefixes (1–3) and suffixes (1–5), its shape, the two previous
//! predicted tags, the surrounding words (±2) and their suffixes, and a few conjunctions.
//! With word clusters ([`Clusters`], stored in the model from format version 6 on), the word's
//! and its neighbours' clusters are features too (Koo et al. 2008).
//! Frequent words that were unambiguous in training are tagged from a dictionary without
//! scoring (Honnibal's trick: faster and slightly more accurate).
//! Trained on fine tags ([`crate::finetag`]), the tagger's classes are the fine tags, and a
//! second table of weights shared by the fine tags of one UPOS ([`crate::groups`], stored from
//! format version 7 on) adds what they have in common.
//! When tagging, a word takes a closed-class tag only if training saw it with that tag
//! ([`ClosedClasses`], stored from format version 8 on; the training loop is unconstrained).

use std::collections::HashMap;

use crate::closed::ClosedClasses;
use crate::clusters::Clusters;
use crate::codec::{Reader, Writer};
use crate::error::Result;
use crate::groups::{GroupTrainer, Groups};
use crate::hashing::{IdBuild, Rng, feat, hash_str};
use crate::lexicon::{Lexicon, UNKNOWN};
use crate::perceptron::{Trainer, Weights, argmax};

/// The word form as features see it: lower case, digits as `0`, typographic quotes and
/// dashes as their ASCII forms (the treebanks use ASCII ones, news text often curly ones).
pub fn norm(form: &str) -> String {
    form.chars()
        .flat_map(|c| match c {
            '0'..='9' => '0'.to_lowercase(),
            '“' | '”' | '„' | '«' | '»' => '"'.to_lowercase(),
            '‘' | '’' | '‚' => '\''.to_lowercase(),
            '–' | '—' => '-'.to_lowercase(),
            _ => c.to_lowercase(),
        })
        .collect()
}

/// A coarse shape: `Xx`, `x`, `X`, `0`, `x-x`, … (runs collapsed).
fn shape(form: &str) -> String {
    let mut s = String::new();
    for c in form.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            '0'
        } else {
            c
        };
        if !s.ends_with(k) {
            s.push(k);
        }
        if s.len() > 6 {
            break;
        }
    }
    s
}

/// Precomputed hashes of one token.
#[derive(Clone, Copy, Debug)]
pub struct Tok {
    /// Hash of the normalised form.
    pub w: u64,
    pub(crate) suf: [u64; 5],
    pre: [u64; 3],
    shape: u64,
    flags: u64,
    /// Whether the form is all punctuation.
    pub(crate) punct: bool,
    /// Coarse, middle and fine word-cluster values ([`crate::clusters::Clusters::fill`];
    /// [`crate::clusters::UNKNOWN`] until filled).
    pub cl: [u64; 3],
}

const PAD: Tok = Tok {
    w: 0x1111,
    suf: [0x2222; 5],
    pre: [0x3333; 3],
    shape: 0x4444,
    flags: 0,
    punct: false,
    cl: [0x6666; 3],
};

impl Tok {
    /// Hash a token; `first` marks the sentence's first token.
    pub fn new(form: &str, first: bool) -> Tok {
        let n = norm(form);
        let chars: Vec<char> = n.chars().collect();
        let mut suf = [0u64; 5];
        for (k, s) in suf.iter_mut().enumerate() {
            let start = chars.len().saturating_sub(k + 1);
            *s = hash_str(&chars[start..].iter().collect::<String>()) ^ (k as u64 + 1);
        }
        let mut pre = [0u64; 3];
        for (k, p) in pre.iter_mut().enumerate() {
            let end = (k + 1).min(chars.len());
            *p = hash_str(&chars[..end].iter().collect::<String>()) ^ (k as u64 + 11);
        }
        let cap = form.chars().next().is_some_and(char::is_uppercase);
        let punct = !form.is_empty()
            && form.chars().all(|c| {
                c.is_ascii_punctuation()
                    || matches!(
                        c,
                        '…' | '–' | '—' | '«' | '»' | '‘' | '’' | '‚' | '“' | '”' | '„'
                    )
            });
        let flags = u64::from(cap)
            | u64::from(first) << 1
            | u64::from(form.contains('-')) << 2
            | u64::from(form.chars().any(|c| c.is_ascii_digit())) << 3
            | u64::from(chars.len() > 12) << 4
            | u64::from(punct) << 5;
        Tok {
            w: hash_str(&n),
            suf,
            pre,
            shape: hash_str(&shape(form)),
            flags,
            punct,
            cl: [crate::clusters::UNKNOWN; 3],
        }
    }
}

fn at(toks: &[Tok], i: isize) -> Tok {
    if i < 0 {
        return Tok {
            w: 0x5555,
            cl: [0x7777; 3],
            ..PAD
        };
    }
    toks.get(i as usize).copied().unwrap_or(PAD)
}

/// The lexicon class of each token, with padding values outside the sentence.
fn lex_classes(lex: &Lexicon, toks: &[Tok]) -> Vec<u64> {
    toks.iter().map(|t| lex.class(t.w)).collect()
}

fn lex_at(classes: &[u64], i: isize) -> u64 {
    if i < 0 {
        return 0x5A5A;
    }
    classes.get(i as usize).copied().unwrap_or(0xA5A5)
}

fn features(
    toks: &[Tok],
    lexc: &[u64],
    clusters: bool,
    i: usize,
    p1: u64,
    p2: u64,
    out: &mut Vec<u32>,
) {
    out.clear();
    let ii = i as isize;
    let t = at(toks, ii);
    let (m1, m2, n1, n2) = (
        at(toks, ii - 1),
        at(toks, ii - 2),
        at(toks, ii + 1),
        at(toks, ii + 2),
    );
    out.push(feat(0, &[]));
    out.push(feat(1, &[t.w]));
    for (k, s) in t.suf.iter().enumerate() {
        out.push(feat(2 + k as u64, &[*s]));
    }
    for (k, p) in t.pre.iter().enumerate() {
        out.push(feat(7 + k as u64, &[*p]));
    }
    out.push(feat(10, &[t.shape]));
    out.push(feat(11, &[t.flags]));
    out.push(feat(12, &[p1]));
    out.push(feat(13, &[p2]));
    out.push(feat(14, &[p1, p2]));
    out.push(feat(15, &[p1, t.w]));
    out.push(feat(16, &[m1.w]));
    out.push(feat(17, &[m1.suf[2]]));
    out.push(feat(18, &[m2.w]));
    out.push(feat(19, &[n1.w]));
    out.push(feat(20, &[n1.suf[2]]));
    out.push(feat(21, &[n2.w]));
    out.push(feat(22, &[n1.shape]));
    out.push(feat(23, &[m1.w, t.w]));
    out.push(feat(24, &[t.w, n1.w]));
    out.push(feat(25, &[p1, t.suf[2]]));
    out.push(feat(26, &[t.flags, t.suf[1]]));
    out.push(feat(27, &[p1, n1.w]));
    out.push(feat(28, &[n1.suf[1], t.suf[1]]));
    let (l0, lm1, ln1) = (lex_at(lexc, ii), lex_at(lexc, ii - 1), lex_at(lexc, ii + 1));
    if l0 != UNKNOWN || lm1 != UNKNOWN || ln1 != UNKNOWN {
        out.push(feat(40, &[l0]));
        out.push(feat(41, &[l0, t.suf[1]]));
        out.push(feat(42, &[l0, p1]));
        out.push(feat(43, &[lm1, l0]));
        out.push(feat(44, &[l0, ln1]));
        out.push(feat(45, &[l0, t.flags]));
    }
    if clusters {
        // Word clusters (Koo et al. 2008): the word's and its neighbours'.
        let [_, tm, tf] = t.cl;
        out.push(feat(50, &[tf]));
        out.push(feat(51, &[tm]));
        out.push(feat(52, &[p1, tm]));
        out.push(feat(53, &[tf, t.suf[1]]));
        out.push(feat(54, &[m1.cl[1], tf]));
        out.push(feat(55, &[n1.cl[2]]));
        out.push(feat(56, &[tm, n1.cl[1]]));
        out.push(feat(57, &[n2.cl[0], n1.cl[0], t.cl[0]]));
    }
}

/// A trained tagger.
#[derive(Clone, Debug, Default)]
pub struct Tagger {
    tags: Vec<String>,
    weights: Weights,
    dict: HashMap<u64, u16, IdBuild>,
    lex: Lexicon,
    clusters: Clusters,
    groups: Option<Groups>,
    closed: ClosedClasses,
}

/// Training options for the tagger.
#[derive(Clone, Copy, Debug)]
pub struct TaggerOptions {
    /// Passes over the data.
    pub epochs: usize,
    /// Shuffling seed.
    pub seed: u64,
    /// Averaged weights below this magnitude are dropped.
    pub prune: f32,
    /// Features that took part in fewer updates are dropped.
    pub min_updates: u32,
}

impl Tagger {
    /// The tag set, indexed by class.
    pub fn tags(&self) -> &[String] {
        &self.tags
    }

    /// Train on sentences of `(form, tag)` pairs.
    pub fn train(data: &[Vec<(String, String)>], opts: TaggerOptions) -> Tagger {
        Tagger::train_with(data, opts, Lexicon::default())
    }

    /// The external lexicon the tagger uses (empty if none).
    pub fn lexicon(&self) -> &Lexicon {
        &self.lex
    }

    /// Train with an external lexicon ([`Lexicon`]) whose word classes become features.
    pub fn train_with(data: &[Vec<(String, String)>], opts: TaggerOptions, lex: Lexicon) -> Tagger {
        Tagger::train_with_clusters(data, opts, lex, Clusters::default())
    }

    /// The word clusters the tagger (and the parser) reads (empty if none).
    pub fn clusters(&self) -> &Clusters {
        &self.clusters
    }

    /// Hash one sentence's words for tagging and parsing, with their clusters.
    pub fn toks(&self, forms: &[&str]) -> Vec<Tok> {
        let mut toks: Vec<Tok> = forms
            .iter()
            .enumerate()
            .map(|(i, f)| Tok::new(f, i == 0))
            .collect();
        self.clusters.fill(&mut toks);
        toks
    }

    /// Train with an external lexicon and word clusters ([`Clusters`]; empty: no cluster
    /// features) whose values become features.
    pub fn train_with_clusters(
        data: &[Vec<(String, String)>],
        opts: TaggerOptions,
        lex: Lexicon,
        clusters: Clusters,
    ) -> Tagger {
        let mut tags: Vec<String> = data
            .iter()
            .flatten()
            .map(|(_, t)| t.clone())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        if tags.is_empty() {
            tags.push("X".to_string());
        }
        let tag_id = |t: &str| tags.iter().position(|x| x == t).unwrap_or(0);
        // Tag dictionary: frequent words with one dominant tag.
        let mut counts: HashMap<u64, Vec<u32>, IdBuild> = HashMap::default();
        for (f, t) in data.iter().flatten() {
            let row = counts
                .entry(hash_str(&norm(f)))
                .or_insert_with(|| vec![0; tags.len()]);
            if let Some(c) = row.get_mut(tag_id(t)) {
                *c += 1;
            }
        }
        let mut dict = HashMap::default();
        for (w, row) in &counts {
            let total: u32 = row.iter().sum();
            if let Some((best, &n)) = row.iter().enumerate().max_by_key(|(_, n)| **n)
                && total >= 20
                && f64::from(n) / f64::from(total) >= 0.99
            {
                dict.insert(*w, best as u16);
            }
        }
        let closed = ClosedClasses::learn(
            &tags,
            data.iter()
                .flatten()
                .map(|(f, t)| (hash_str(&norm(f)), tag_id(t))),
        );
        let encoded: Vec<(Vec<u64>, Vec<Tok>, Vec<usize>)> = data
            .iter()
            .map(|s| {
                let mut toks: Vec<Tok> = s
                    .iter()
                    .enumerate()
                    .map(|(i, (f, _))| Tok::new(f, i == 0))
                    .collect();
                clusters.fill(&mut toks);
                let gold = s.iter().map(|(_, t)| tag_id(t)).collect();
                (lex_classes(&lex, &toks), toks, gold)
            })
            .collect();
        let use_cl = !clusters.is_empty();
        let mut trainer = Trainer::new(tags.len());
        let mut groups = GroupTrainer::new(&tags);
        let mut order: Vec<usize> = (0..encoded.len()).collect();
        let mut rng = Rng::new(opts.seed);
        let mut feats = Vec::new();
        let mut scores = vec![0f32; tags.len()];
        for _ in 0..opts.epochs {
            rng.shuffle(&mut order);
            for &si in &order {
                let (lexc, toks, gold) = &encoded[si];
                let (mut p1, mut p2) = (START1, START2);
                for (i, &g) in gold.iter().enumerate() {
                    let guess = if let Some(&d) = dict.get(&toks[i].w) {
                        d as usize
                    } else {
                        features(toks, lexc, use_cl, i, p1, p2, &mut feats);
                        scores.iter_mut().for_each(|s| *s = 0.0);
                        trainer.score(&feats, &mut scores);
                        if let Some(gr) = groups.as_mut() {
                            gr.add_scores(&feats, &mut scores);
                        }
                        let guess = argmax(&scores, |_| true).unwrap_or(0);
                        trainer.update(&feats, g, guess);
                        if let Some(gr) = groups.as_mut() {
                            gr.update(&feats, g, guess);
                        }
                        guess
                    };
                    p2 = p1;
                    p1 = guess as u64;
                }
            }
        }
        Tagger {
            tags,
            weights: trainer.finish(opts.prune, opts.min_updates),
            dict,
            lex,
            clusters,
            groups: groups.map(|g| g.finish(opts.prune, opts.min_updates)),
            closed,
        }
    }

    /// The weights (for statistics).
    pub fn weights(&self) -> &Weights {
        &self.weights
    }

    /// Replace the weights (a pruned copy: [`crate::prune`]).
    pub fn set_weights(&mut self, weights: Weights) {
        self.weights = weights;
    }

    /// Drop weights below `min` in magnitude (for size experiments on a trained model).
    pub fn prune(&mut self, min: f32) {
        self.weights = self.weights.pruned(min);
    }

    /// Tag hashed tokens; returns class indices into [`Tagger::tags`].
    pub fn tag(&self, toks: &[Tok]) -> Vec<usize> {
        let mut out = Vec::with_capacity(toks.len());
        let mut feats = Vec::with_capacity(32);
        let mut scores = vec![0f32; self.tags.len()];
        let mut group_scores = Vec::new();
        let (mut p1, mut p2) = (START1, START2);
        let lexc = lex_classes(&self.lex, toks);
        let use_cl = !self.clusters.is_empty();
        for i in 0..toks.len() {
            let guess = if let Some(&d) = self.dict.get(&toks[i].w) {
                d as usize
            } else {
                features(toks, &lexc, use_cl, i, p1, p2, &mut feats);
                scores.iter_mut().for_each(|s| *s = 0.0);
                self.weights.score(&feats, &mut scores);
                if let Some(g) = &self.groups {
                    g.add_scores(&feats, &mut scores, &mut group_scores);
                }
                argmax(&scores, self.closed.allowed(toks[i].w)).unwrap_or(0)
            };
            out.push(guess);
            p2 = p1;
            p1 = guess as u64;
        }
        out
    }

    /// Serialise.
    pub fn write(&self, w: &mut Writer) {
        w.strs(&self.tags);
        let mut d: Vec<(&u64, &u16)> = self.dict.iter().collect();
        d.sort_unstable();
        w.u32(d.len() as u32);
        for (k, v) in d {
            w.u32(*k as u32);
            w.u32((*k >> 32) as u32);
            w.u16(*v);
        }
        self.weights.write(w);
        self.lex.write(w);
        self.clusters.write(w);
        match &self.groups {
            Some(g) => {
                w.u8(1);
                g.write(w);
            }
            None => w.u8(0),
        }
        self.closed.write(w);
    }

    /// Deserialise.
    pub fn read(r: &mut Reader<'_>) -> Result<Tagger> {
        let tags = r.strs()?;
        let n = r.u32()? as usize;
        let mut dict = HashMap::with_capacity_and_hasher(n, IdBuild::default());
        for _ in 0..n {
            let lo = u64::from(r.u32()?);
            let hi = u64::from(r.u32()?);
            dict.insert(lo | hi << 32, r.u16()?);
        }
        let weights = Weights::read(r)?;
        let lex = if r.version >= 3 {
            Lexicon::read(r)?
        } else {
            Lexicon::default()
        };
        let clusters = if r.version >= 6 {
            Clusters::read(r)?
        } else {
            Clusters::default()
        };
        let groups = if r.version >= 7 && r.u8()? == 1 {
            Some(Groups::read(r, tags.len())?)
        } else {
            None
        };
        let closed = if r.version >= 8 {
            ClosedClasses::read(r, &tags)?
        } else {
            ClosedClasses::default()
        };
        Ok(Tagger {
            tags,
            weights,
            dict,
            lex,
            clusters,
            groups,
            closed,
        })
    }
}

const START1: u64 = 1_000_001;
const START2: u64 = 1_000_002;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn taggers_of_older_formats_read_without_the_later_parts() {
        let data = vec![vec![
            ("De".to_string(), "DET".to_string()),
            ("man".to_string(), "NOUN".to_string()),
        ]];
        let opts = TaggerOptions {
            epochs: 2,
            seed: 1,
            prune: 0.0,
            min_updates: 1,
        };
        let t = Tagger::train(&data, opts);
        let mut w = Writer::default();
        t.write(&mut w);
        // Format 7 ends with the groups (no closed classes after them), format 6 with the
        // clusters (no groups flag), format 5 with the lexicon (no cluster count either).
        let mut closed = Writer::default();
        t.closed.write(&mut closed);
        let v7 = &w.buf[..w.buf.len() - closed.buf.len()];
        let mut r = Reader::new(v7);
        r.version = 7;
        assert_eq!(Tagger::read(&mut r).unwrap_or_default().tags(), t.tags());
        assert!(r.at_end());
        let v6 = &v7[..v7.len() - 1];
        let mut r = Reader::new(v6);
        r.version = 6;
        assert_eq!(Tagger::read(&mut r).unwrap_or_default().tags(), t.tags());
        assert!(r.at_end());
        let v5 = &v6[..v6.len() - 4];
        let mut r = Reader::new(v5);
        r.version = 5;
        let old = Tagger::read(&mut r).unwrap_or_default();
        assert!(r.at_end());
        assert!(old.clusters().is_empty());
        assert_eq!(old.tags(), t.tags());
        let toks = old.toks(&["De", "man"]);
        let mut unconstrained = t.clone();
        unconstrained.closed = ClosedClasses::default();
        assert_eq!(old.tag(&toks), unconstrained.tag(&toks));
        // An unseen first word: the weights say determiner, the closed class says no.
        let toks = t.toks(&["Zulke", "man"]);
        assert_eq!(unconstrained.tag(&toks)[0], 0, "DET by the weights");
        assert_eq!(t.tag(&toks)[0], 1, "no determiner seen as 'zulke'");
    }
}
