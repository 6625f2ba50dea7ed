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
        }
    }

    /// Choose the relation of every word again from its complete tree (`out`'s heads); words
    /// that are punctuation or hang from the root keep theirs.
    pub fn relabel(&self, toks: &[Tok], tags: &[usize], out: &mut [TokenSyntax]) {
        if self.is_empty() || toks.len() != out.len() || tags.len() != out.len() {
            return;
        }
        let heads: Vec<usize> = out.iter().map(|t| t.head as usize).collect();
        let tree = Tree::new(toks, tags, &heads);
        let mut feats = Vec::new();
        let mut scores = vec![0f32; self.labels.len()];
        for d in 1..=out.len() {
            if heads[d - 1] == 0 || toks[d - 1].punct {
                continue;
            }
            features(&tree, d, &mut feats);
            scores.iter_mut().for_each(|s| *s = 0.0);
            self.weights.score(&feats, &mut scores);
            if let Some(Ok(own)) = out.get(d - 1).map(|t| self.labels.binary_search(&t.deprel))
                && let Some(s) = scores.get_mut(own)
            {
                *s += self.keep;
            }
            if let Some(l) = argmax(&scores, |_| true).and_then(|i| self.labels.get(i))
                && let Some(t) = out.get_mut(d - 1)
            {
                t.deprel.clone_from(l);
            }
        }
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
