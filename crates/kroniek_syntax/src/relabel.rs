//! A second look at each relation once the whole tree is known.
//!
//! The parser labels an arc when it makes it ([`crate::parser`]), and arc-eager makes many arcs
//! before the head has all its dependents: a Dutch verb-second clause attaches a fronted object
//! ("Het boek las hij") before the subject that follows the verb, so at that moment nothing
//! tells the object from a subject. The relabeler chooses every relation again after parsing,
//! from the complete tree: the dependent and its head (forms, tags, direction, distance), the
//! head's head, the dependent's own function words ("door", "van", "dat"), and its siblings
//! (their tags and forms, which side of the head they stand on, the head's whole frame). It is
//! an averaged perceptron trained on the gold trees; heads are not changed, punctuation and
//! root arcs keep their relation. Stored in the model from format version 10 on; older files
//! have none, and their relations stay the parser's.

use kroniek_core::{Rng, TokenSyntax};

use crate::codec::{Reader, Writer};
use crate::error::Result;
use crate::eval::universal;
use crate::hashing::{feat, mix};
use crate::parser::{Ctx, NONE, ParseExample, pair_features};
use crate::perceptron::{Trainer, Weights, argmax};
use crate::projective::LIFT;
use crate::tagger::Tok;

/// The relation chooser (empty: relations stay as parsed).
#[derive(Clone, Debug, Default)]
pub struct Relabeler {
    labels: Vec<String>,
    weights: Weights,
    /// Added to the score of the relation the parser chose: the relabeler overrules the
    /// parser only by a margin of more than this.
    keep: f32,
    /// How each head is left one subject.
    subjects: SubjectRule,
}

/// Which of several words chosen as one head's subject stays its subject.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SubjectPick {
    /// No rule: every relation is chosen on its own.
    Free,
    /// The one whose subject relation beats its best other relation by most, the first in
    /// the sentence with [`SubjectRule::first_bonus`] added.
    Surest,
}

/// When a subject the parser gave is given back to a head the relabeler left without one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SubjectGiveBack {
    /// Never.
    Never,
    /// Whatever the head.
    Any,
    /// When the head is a finite verb (`VerbForm=Fin`).
    Finite,
}

/// The one-subject rule of [`Relabeler::relabel`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SubjectRule {
    /// Of several subjects, which stays.
    pub pick: SubjectPick,
    /// Added to the first subject's lead when picking the surest (a large bonus keeps the
    /// first).
    pub first_bonus: f32,
    /// When a lost subject is given back.
    pub give_back: SubjectGiveBack,
}

/// The first subject's bonus by default (chosen by cross-validation and the Dutch event gold
/// set; eval-reports/syntax.md, round 17).
pub const FIRST_SUBJECT_BONUS: f32 = 20.0;

impl Default for SubjectRule {
    fn default() -> SubjectRule {
        SubjectRule {
            pick: SubjectPick::Surest,
            first_bonus: FIRST_SUBJECT_BONUS,
            give_back: SubjectGiveBack::Finite,
        }
    }
}

impl std::str::FromStr for SubjectRule {
    type Err = String;

    /// `free`, or `PICK,GIVE_BACK` with PICK `surest` or `surest+BONUS` (the first subject's
    /// bonus) and GIVE_BACK `never`|`any`|`finite`.
    fn from_str(s: &str) -> std::result::Result<SubjectRule, String> {
        if s == "free" {
            return Ok(SubjectRule {
                pick: SubjectPick::Free,
                first_bonus: 0.0,
                give_back: SubjectGiveBack::Never,
            });
        }
        let (p, g) = s
            .split_once(',')
            .ok_or(format!("subject rule {s:?}: PICK,GIVE_BACK"))?;
        let (p, bonus) = p.split_once('+').unwrap_or((p, "0"));
        if p != "surest" {
            return Err(format!("subject pick {p:?}: surest or surest+BONUS"));
        }
        let pick = SubjectPick::Surest;
        let first_bonus = bonus
            .parse()
            .map_err(|_| format!("subject pick bonus {bonus:?}: a number"))?;
        let give_back = match g {
            "never" => SubjectGiveBack::Never,
            "any" => SubjectGiveBack::Any,
            "finite" => SubjectGiveBack::Finite,
            _ => return Err(format!("subject give-back {g:?}: never|any|finite")),
        };
        Ok(SubjectRule {
            pick,
            first_bonus,
            give_back,
        })
    }
}

/// Whether a relation is an object or oblique one (`obj`, `iobj`, `obl` and their subtypes).
fn is_object(label: &str) -> bool {
    matches!(universal(label), "obj" | "iobj" | "obl")
}

/// Whether a relation is a subject (`nsubj`, `csubj` and their subtypes).
fn is_subject(label: &str) -> bool {
    matches!(universal(label), "nsubj" | "csubj")
}

/// The children of every word of a tree (0 = root), in sentence order, stored flat.
struct Children {
    start: Vec<usize>,
    kids: Vec<usize>,
}

impl Children {
    fn new(heads: &[usize]) -> Children {
        let n = heads.len();
        let mut start = vec![0usize; n + 2];
        for &h in heads {
            if h <= n {
                start[h + 1] += 1;
            }
        }
        for i in 1..start.len() {
            start[i] += start[i - 1];
        }
        let mut fill = start.clone();
        let mut kids = vec![0usize; start[n + 1]];
        for (d, &h) in heads.iter().enumerate() {
            if h <= n {
                kids[fill[h]] = d + 1;
                fill[h] += 1;
            }
        }
        Children { start, kids }
    }

    fn of(&self, h: usize) -> &[usize] {
        match (self.start.get(h), self.start.get(h + 1)) {
            (Some(&a), Some(&b)) => self.kids.get(a..b).unwrap_or(&[]),
            _ => &[],
        }
    }
}

/// The first word of each word's subtree (1-based positions; index 0 unused).
fn left_edges(heads: &[usize]) -> Vec<usize> {
    let n = heads.len();
    let mut edge: Vec<usize> = (0..=n).collect();
    for d in 1..=n {
        // Walk up from d, lowering each ancestor's edge; a cycle (never made by the parser)
        // stops after n steps.
        let mut h = heads[d - 1];
        let mut steps = 0;
        while h != 0 && h <= n && steps < n {
            if edge[h] <= d {
                break;
            }
            edge[h] = d;
            h = heads[h - 1];
            steps += 1;
        }
    }
    edge
}

/// A complete tree with what the features read of it.
struct Tree<'a> {
    c: Ctx<'a>,
    toks: &'a [Tok],
    heads: &'a [usize],
    kids: Children,
    edges: Vec<usize>,
    first_word: usize,
}

impl<'a> Tree<'a> {
    fn new(toks: &'a [Tok], tags: &'a [usize], heads: &'a [usize]) -> Tree<'a> {
        Tree {
            c: Ctx::new(toks, tags),
            toks,
            heads,
            kids: Children::new(heads),
            edges: left_edges(heads),
            first_word: toks.iter().position(|t| !t.punct).map_or(1, |i| i + 1),
        }
    }
}

/// The features of the arc `heads[d-1] → d` (1-based `d`) in a complete tree.
fn features(t: &Tree<'_>, d: usize, out: &mut Vec<u32>) {
    let Tree {
        c,
        toks,
        heads,
        kids,
        edges,
        first_word,
    } = t;
    let first_word = *first_word;
    out.clear();
    let h = heads.get(d - 1).copied().unwrap_or(0);
    let (hw, hp, dw, dp) = (c.w(h), c.p(h), c.w(d), c.p(d));
    let dir = u64::from(d < h);
    let dist = h.abs_diff(d).min(8) as u64;
    let hh = if h == 0 {
        NONE
    } else {
        heads.get(h - 1).copied().unwrap_or(NONE)
    };
    let dsuf = toks.get(d - 1).map_or(0, |t| t.suf[2]);
    pair_features(600, [hw, hp, dw, dp], out);
    let fs: [(u64, &[u64]); 6] = [
        (9, &[dir, hp, dp]),
        (10, &[dir, dist, hp, dp]),
        (11, &[dp, c.p(d - 1), dir]),
        (12, &[dp, c.p(d + 1), dir]),
        (13, &[c.p(hh), hp, dp, dir]),
        (14, &[dp, dsuf, dir]),
    ];
    for (t, parts) in fs {
        out.push(feat(600 + t, parts));
    }
    // The dependent's own dependents: its first (a preposition, a conjunction, a determiner)
    // and its last, and how many.
    let (mut first, mut last, mut count) = (NONE, NONE, 0u64);
    for &k in kids.of(d) {
        if toks.get(k - 1).is_some_and(|t| t.punct) {
            continue;
        }
        if count == 0 && k < d {
            first = k;
        }
        last = k;
        count += 1;
    }
    out.push(feat(615, &[dp, c.w(first), dir]));
    out.push(feat(616, &[hp, dp, c.w(first)]));
    out.push(feat(617, &[dp, c.w(last)]));
    out.push(feat(618, &[dp, c.p(last), dir]));
    out.push(feat(619, &[dp, count.min(4), dir]));
    // The siblings: tags and forms by side, the head's frame with the dependent marked, and
    // how many stand before and after the head.
    let mut frame = mix(0x4652, hp);
    let mut placed_head = false;
    let (mut before, mut after) = (0u64, 0u64);
    for &s in kids.of(h) {
        if toks.get(s - 1).is_some_and(|t| t.punct) {
            continue;
        }
        if !placed_head && s > h {
            frame = mix(frame, 0x4845);
            placed_head = true;
        }
        if s == d {
            frame = mix(frame, 0x4d45);
            continue;
        }
        frame = mix(frame, c.p(s));
        let side = u64::from(s < d);
        if s < h {
            before += 1;
        } else {
            after += 1;
        }
        out.push(feat(620, &[dir, dp, side, c.p(s)]));
        out.push(feat(621, &[dp, side, u64::from(s < h), c.w(s)]));
        out.push(feat(622, &[hp, dp, c.p(s), side]));
    }
    out.push(feat(623, &[hp, frame]));
    out.push(feat(624, &[dp, frame]));
    out.push(feat(625, &[dir, dp, before.min(4), after.min(4)]));
    let initial = u64::from(edges.get(d).copied() == Some(first_word));
    out.push(feat(626, &[dp, hp, initial, dir]));
    out.push(feat(627, &[dir, c.cl(h, 1), dp]));
    out.push(feat(628, &[dir, hp, c.cl(d, 1)]));
}

impl Relabeler {
    /// Whether there is nothing to apply.
    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }

    /// The relations it chooses among.
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// The bonus of the parser's own relation.
    pub fn keep(&self) -> f32 {
        self.keep
    }

    /// Set the bonus of the parser's own relation.
    pub fn set_keep(&mut self, keep: f32) {
        self.keep = keep;
    }

    /// Train on the parser's training sentences (gold trees; `names` are the parser's label
    /// names, a lifted one read as its base relation), each example `copies[i]` times per epoch
    /// (1 where missing), in an order shuffled with `seed`; weights below `prune` and features
    /// with fewer than `min_updates` updates are dropped.
    pub fn train(
        examples: &[ParseExample],
        names: &[String],
        copies: &[usize],
        epochs: usize,
        seed: u64,
        prune: f32,
        min_updates: u32,
    ) -> Relabeler {
        let base = |l: u16| {
            names
                .get(usize::from(l))
                .and_then(|s| s.split(LIFT).next())
                .unwrap_or("dep")
        };
        let mut labels: Vec<String> = examples
            .iter()
            .flat_map(|e| e.labels.iter().map(|&l| base(l)))
            .filter(|l| *l != "punct" && *l != "root")
            .map(str::to_string)
            .collect();
        labels.sort_unstable();
        labels.dedup();
        if labels.is_empty() || epochs == 0 {
            return Relabeler::default();
        }
        // The relabeler's class of each parser label (`None`: punctuation and the root).
        let class: Vec<Option<usize>> = (0..names.len())
            .map(|l| {
                labels
                    .binary_search_by(|x| x.as_str().cmp(base(l as u16)))
                    .ok()
            })
            .collect();
        let mut order: Vec<usize> = Vec::new();
        for (i, _) in examples.iter().enumerate() {
            let k = copies.get(i).copied().unwrap_or(1).max(1);
            order.extend(std::iter::repeat_n(i, k));
        }
        let mut rng = Rng::new(seed ^ 0x05E1_ABE1);
        let mut trainer = Trainer::new(labels.len());
        let mut feats = Vec::new();
        let mut scores = vec![0f32; labels.len()];
        for _ in 0..epochs {
            rng.shuffle(&mut order);
            for &i in &order {
                let e = &examples[i];
                let n = e.toks.len();
                if e.tags.len() != n || e.heads.len() != n || e.labels.len() != n {
                    continue;
                }
                let tree = Tree::new(&e.toks, &e.tags, &e.heads);
                for d in 1..=n {
                    if e.heads[d - 1] == 0 || e.toks[d - 1].punct {
                        continue;
                    }
                    let Some(truth) = class.get(usize::from(e.labels[d - 1])).copied().flatten()
                    else {
                        continue;
                    };
                    features(&tree, d, &mut feats);
                    scores.iter_mut().for_each(|s| *s = 0.0);
                    trainer.score(&feats, &mut scores);
                    let guess = argmax(&scores, |_| true).unwrap_or(truth);
                    trainer.update(&feats, truth, guess);
                }
            }
        }
        Relabeler {
            labels,
            weights: trainer.finish(prune, min_updates),
            keep: 0.0,
            subjects: SubjectRule::default(),
        }
    }

    /// Choose the relation of every word again from its complete tree (`out`'s heads); words
    /// that are punctuation or hang from the root keep theirs. Each head then keeps one
    /// subject ([`SubjectRule`]; by default, of several words chosen as its subject the surest
    /// stays one, the first with a bonus, and a finite verb left without any gets back the
    /// subject the parser gave it: "zag het kabinet af van …").
    pub fn relabel(&self, toks: &[Tok], tags: &[usize], out: &mut [TokenSyntax]) {
        let n = out.len();
        let nl = self.labels.len();
        if self.is_empty() || toks.len() != n || tags.len() != n {
            return;
        }
        let heads: Vec<usize> = out.iter().map(|t| t.head as usize).collect();
        let tree = Tree::new(toks, tags, &heads);
        let mut feats = Vec::new();
        // Every relabeled word's scores (the parser's relation with its bonus), its choice and
        // the parser's relation.
        let mut scores = vec![0f32; n * nl];
        let mut chosen: Vec<Option<usize>> = vec![None; n];
        let parsed: Vec<Option<usize>> = out
            .iter()
            .map(|t| self.labels.binary_search(&t.deprel).ok())
            .collect();
        for d in 1..=n {
            if heads[d - 1] == 0 || toks[d - 1].punct {
                continue;
            }
            let Some(row) = scores.get_mut((d - 1) * nl..d * nl) else {
                continue;
            };
            features(&tree, d, &mut feats);
            self.weights.score(&feats, row);
            if let Some(Some(own)) = parsed.get(d - 1)
                && let Some(s) = row.get_mut(*own)
            {
                *s += self.keep;
            }
            chosen[d - 1] = argmax(row, |_| true);
        }
        if self.subjects.pick != SubjectPick::Free {
            let finite: Vec<bool> = out
                .iter()
                .map(|t| {
                    t.feats
                        .as_deref()
                        .is_some_and(|f| f.split('|').any(|x| x == "VerbForm=Fin"))
                })
                .collect();
            self.one_subject(&heads, &finite, &scores, &parsed, &mut chosen);
        }
        for (t, c) in out.iter_mut().zip(&chosen) {
            if let Some(l) = c.and_then(|i| self.labels.get(i)) {
                t.deprel.clone_from(l);
            }
        }
    }

    /// Leave each head one subject among the relabeled words' choices (see [`Self::relabel`];
    /// `finite[i]`: word `i + 1` is a finite verb). A word that loses its subject relation
    /// takes its best object or oblique relation (any other where it has none).
    fn one_subject(
        &self,
        heads: &[usize],
        finite: &[bool],
        scores: &[f32],
        parsed: &[Option<usize>],
        chosen: &mut [Option<usize>],
    ) {
        let nl = self.labels.len();
        let subject: Vec<bool> = self.labels.iter().map(|l| is_subject(l)).collect();
        let nominal: Vec<bool> = self.labels.iter().map(|l| is_object(l)).collect();
        let is_subj = |l: Option<usize>| l.is_some_and(|i| subject.get(i).copied() == Some(true));
        let mut order: Vec<usize> = (0..heads.len()).collect();
        order.sort_by_key(|&i| heads[i]);
        for group in order.chunk_by(|&a, &b| heads[a] == heads[b]) {
            let row = |i: usize| scores.get(i * nl..(i + 1) * nl).unwrap_or(&[]);
            // The best relation that is not a subject (an object or oblique one where it can).
            let other = |i: usize| {
                let r = row(i);
                argmax(r, |l| nominal.get(l).copied() == Some(true))
                    .or_else(|| argmax(r, |l| subject.get(l).copied() == Some(false)))
            };
            // By how much a word's choice beats its best other relation.
            let lead = |i: usize| {
                let r = row(i);
                let best = r.iter().copied().fold(f32::MIN, f32::max);
                other(i).and_then(|l| r.get(l)).map_or(0.0, |o| best - o)
            };
            let subjects: Vec<usize> = group
                .iter()
                .copied()
                .filter(|&i| is_subj(chosen[i]))
                .collect();
            if subjects.len() > 1 {
                let first = subjects.iter().copied().min();
                let sure = |i: usize| {
                    lead(i)
                        + if Some(i) == first {
                            self.subjects.first_bonus
                        } else {
                            0.0
                        }
                };
                let stays = subjects
                    .iter()
                    .copied()
                    .max_by(|&a, &b| sure(a).total_cmp(&sure(b)).then(b.cmp(&a)));
                for &i in &subjects {
                    if Some(i) != stays {
                        chosen[i] = other(i);
                    }
                }
            } else if subjects.is_empty() {
                let head = group.first().map_or(0, |&i| heads[i]);
                let may = match self.subjects.give_back {
                    SubjectGiveBack::Never => false,
                    SubjectGiveBack::Any => true,
                    SubjectGiveBack::Finite => {
                        head > 0 && finite.get(head - 1).copied() == Some(true)
                    }
                };
                let given: Vec<usize> = group
                    .iter()
                    .copied()
                    .filter(|&i| chosen[i].is_some() && is_subj(parsed[i]))
                    .collect();
                if may && let [i] = given[..] {
                    chosen[i] = parsed[i];
                }
            }
        }
    }

    /// Set the one-subject rule (for measuring it; files keep the default).
    pub fn set_subject_rule(&mut self, rule: SubjectRule) {
        self.subjects = rule;
    }

    /// Serialise.
    pub fn write(&self, w: &mut Writer) {
        w.strs(&self.labels);
        w.f32(self.keep);
        self.weights.write(w);
    }

    /// Deserialise (format 10 on; older files: none).
    pub fn read(r: &mut Reader<'_>) -> Result<Relabeler> {
        if r.version < 10 {
            return Ok(Relabeler::default());
        }
        let labels = r.strs()?;
        let keep = r.f32()?;
        let weights = Weights::read(r)?;
        Ok(Relabeler {
            labels,
            weights,
            keep,
            subjects: SubjectRule::default(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{toks as fixture, tree};

    const DET: usize = 0;
    const NOUN: usize = 1;
    const VERB: usize = 2;
    const PRON: usize = 3;
    const PUNCT: usize = 4;

    const NAMES: [&str; 5] = ["det", "nsubj", "obj", "punct", "root"];

    fn names() -> Vec<String> {
        NAMES.iter().map(|s| s.to_string()).collect()
    }

    /// A sentence of (form, tag, head, relation).
    fn example(rows: &[(&str, usize, usize, &str)]) -> ParseExample {
        ParseExample {
            toks: rows
                .iter()
                .enumerate()
                .map(|(i, r)| Tok::new(r.0, i == 0))
                .collect(),
            tags: rows.iter().map(|r| r.1).collect(),
            heads: rows.iter().map(|r| r.2).collect(),
            labels: rows
                .iter()
                .map(|r| NAMES.iter().position(|n| *n == r.3).unwrap_or(0) as u16)
                .collect(),
        }
    }

    /// Subject-first and object-first main clauses: which noun phrase is the object shows only
    /// in the whole clause (a pronoun subject after the verb), not in the fronted phrase alone.
    fn clauses() -> Vec<ParseExample> {
        let mut out = Vec::new();
        for (verb, noun, other, pron) in [
            ("las", "boek", "man", "hij"),
            ("zag", "film", "vrouw", "zij"),
            ("kocht", "huis", "buurman", "hij"),
            ("schreef", "brief", "minister", "zij"),
        ] {
            out.push(example(&[
                ("Het", DET, 2, "det"),
                (noun, NOUN, 3, "obj"),
                (verb, VERB, 0, "root"),
                (pron, PRON, 3, "nsubj"),
                (".", PUNCT, 3, "punct"),
            ]));
            out.push(example(&[
                ("De", DET, 2, "det"),
                (other, NOUN, 3, "nsubj"),
                (verb, VERB, 0, "root"),
                ("het", DET, 5, "det"),
                (noun, NOUN, 3, "obj"),
                (".", PUNCT, 3, "punct"),
            ]));
        }
        out
    }

    #[test]
    fn a_fronted_object_is_told_from_a_subject_by_the_rest_of_the_clause() {
        let r = Relabeler::train(&clauses(), &names(), &[], 5, 7, 0.0, 1);
        assert!(!r.is_empty());
        // The parser's reading labelled the fronted object as the subject and the other way round.
        let forms = ["Het", "boek", "zag", "zij", "."];
        let toks: Vec<Tok> = forms
            .iter()
            .enumerate()
            .map(|(i, f)| Tok::new(f, i == 0))
            .collect();
        let tags = [DET, NOUN, VERB, PRON, PUNCT];
        let mut out = fixture(&[
            ("Het", "het", "DET", "", 2, "det"),
            ("boek", "boek", "NOUN", "", 3, "nsubj"),
            ("zag", "zien", "VERB", "", 0, "root"),
            ("zij", "zij", "PRON", "", 3, "obj"),
            (".", ".", "PUNCT", "", 3, "punct"),
        ]);
        r.relabel(&toks, &tags, &mut out);
        assert_eq!(
            tree(&out),
            [
                (2, "det"),
                (3, "obj"),
                (0, "root"),
                (3, "nsubj"),
                (3, "punct")
            ]
        );
        // Subject first: the same noun after the verb is the object.
        let forms = ["De", "vrouw", "las", "het", "boek", "."];
        let toks: Vec<Tok> = forms
            .iter()
            .enumerate()
            .map(|(i, f)| Tok::new(f, i == 0))
            .collect();
        let tags = [DET, NOUN, VERB, DET, NOUN, PUNCT];
        let mut out = fixture(&[
            ("De", "de", "DET", "", 2, "det"),
            ("vrouw", "vrouw", "NOUN", "", 3, "obj"),
            ("las", "lezen", "VERB", "", 0, "root"),
            ("het", "het", "DET", "", 5, "det"),
            ("boek", "boek", "NOUN", "", 3, "obj"),
            (".", ".", "PUNCT", "", 3, "punct"),
        ]);
        r.relabel(&toks, &tags, &mut out);
        assert_eq!(
            tree(&out),
            [
                (2, "det"),
                (3, "nsubj"),
                (0, "root"),
                (5, "det"),
                (3, "obj"),
                (3, "punct")
            ]
        );
    }

    #[test]
    fn each_head_keeps_one_subject() {
        // NAMES: det, nsubj, obj, punct, root. Words 1 and 2 hang from word 3, word 4 from 5.
        let mut r = Relabeler {
            labels: names(),
            ..Relabeler::default()
        };
        let heads = [3, 3, 0, 5, 3];
        let finite = [false, false, true, false, true];
        let row = |det: f32, nsubj: f32, obj: f32| [det, nsubj, obj, 0.0, 0.0];
        let scores: Vec<f32> = [
            row(5.0, 6.0, 4.0), // nsubj by 2 over obj, its best object relation
            row(0.0, 9.0, 2.0), // nsubj by 7: the surer subject
            row(0.0, 0.0, 0.0),
            row(0.0, 1.0, 3.0), // chosen obj
            row(0.0, 0.0, 0.0),
        ]
        .concat();
        let (det, nsubj, obj) = (Some(0), Some(1), Some(2));
        // Two subjects of word 3: the surer stays, the other becomes an object (not "det", its
        // second best).
        let parsed = [nsubj, obj, None, obj, nsubj];
        let before = [nsubj, nsubj, None, obj, det];
        r.set_subject_rule("surest,never".parse().unwrap_or_default());
        let mut chosen = before;
        r.one_subject(&heads, &finite, &scores, &parsed, &mut chosen);
        assert_eq!(chosen, [obj, nsubj, None, obj, det]);
        // With a bonus of 10 for the first one (lead 2 against 7) the first stays, and so it
        // does by default (a bonus of 20).
        for rule in [
            "surest+10,never".parse().unwrap_or_default(),
            SubjectRule::default(),
        ] {
            r.set_subject_rule(rule);
            let mut chosen = before;
            r.one_subject(&heads, &finite, &scores, &parsed, &mut chosen);
            assert_eq!(chosen, [nsubj, obj, None, obj, det], "{rule:?}");
        }
        // Word 5, a finite verb, is left without the subject the parser gave word 4: given back
        // by default, not where the head is no finite verb or with `never`.
        let parsed = [nsubj, obj, None, nsubj, None];
        let heads = [3, 3, 0, 5, 0];
        let before = [nsubj, obj, None, obj, None];
        for (rule, finite_head, given) in [
            ("surest,finite", true, true),
            ("surest,finite", false, false),
            ("surest,any", false, true),
            ("surest,never", true, false),
        ] {
            r.set_subject_rule(rule.parse().unwrap_or_default());
            let finite = [false, false, true, false, finite_head];
            let mut chosen = before;
            r.one_subject(&heads, &finite, &scores, &parsed, &mut chosen);
            let word4 = if given { nsubj } else { obj };
            assert_eq!(
                chosen,
                [nsubj, obj, None, word4, None],
                "{rule} {finite_head}"
            );
        }
        // Two words the parser made subjects, none kept: nothing to give back with certainty.
        r.set_subject_rule(SubjectRule::default());
        let parsed = [nsubj, nsubj, None, obj, None];
        let mut chosen = [obj, obj, None, obj, None];
        r.one_subject(&heads, &[true; 5], &scores, &parsed, &mut chosen);
        assert_eq!(chosen, [obj, obj, None, obj, None]);
        assert!("surest".parse::<SubjectRule>().is_err());
        assert!("leftmost,any".parse::<SubjectRule>().is_err());
        assert_eq!(
            "free".parse::<SubjectRule>().map(|r| r.pick),
            Ok(SubjectPick::Free)
        );
    }

    #[test]
    fn an_empty_relabeler_changes_nothing_and_survives_the_file() {
        let r = Relabeler::train(&clauses(), &names(), &[], 0, 7, 0.0, 1);
        assert!(r.is_empty());
        let mut out = fixture(&[
            ("Het", "het", "DET", "", 2, "det"),
            ("boek", "boek", "NOUN", "", 0, "root"),
        ]);
        let toks = [Tok::new("Het", true), Tok::new("boek", false)];
        r.relabel(&toks, &[DET, NOUN], &mut out);
        assert_eq!(tree(&out), [(2, "det"), (0, "root")]);
        let trained = Relabeler::train(&clauses(), &names(), &[], 3, 7, 0.0, 1);
        let mut w = Writer::default();
        trained.write(&mut w);
        let mut r = Reader::new(&w.buf);
        let back = Relabeler::read(&mut r).expect("reads back");
        assert_eq!(back.labels(), trained.labels());
        assert!(r.at_end());
    }

    #[test]
    fn children_and_left_edges_follow_the_tree() {
        // 1 ← 2 → 3, 3 → 4; 2 is the root.
        let heads = [2, 0, 2, 3];
        let kids = Children::new(&heads);
        assert_eq!(kids.of(0), &[2]);
        assert_eq!(kids.of(2), &[1, 3]);
        assert_eq!(kids.of(3), &[4]);
        assert!(kids.of(4).is_empty());
        assert!(kids.of(9).is_empty());
        let edges = left_edges(&heads);
        assert_eq!(&edges[1..], &[1, 1, 3, 4]);
    }
}
