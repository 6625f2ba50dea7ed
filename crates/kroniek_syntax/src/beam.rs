//! Beam search for the arc-eager parser, trained as a global structured perceptron.
//!
//! After Zhang and Clark (2008) and Zhang and Nivre (2011): the parser keeps the `k` best
//! transition sequences (scored by the sum of their transitions' scores) instead of one, with
//! the same transition features and the same label classifier as the greedy parser. Training
//! decodes each sentence with the current weights next to the gold transition sequence (a
//! static oracle: among the transitions that lose the fewest gold arcs, the first of left-arc,
//! right-arc, reduce, shift, so non-projective trees need no special treatment) and, where the
//! beam's best sequence is wrong, moves the weights by the difference of the two sequences'
//! features up to one step: the step where the gold sequence falls off the beam (Collins and
//! Roark's early update) or the step where the beam's best outscores the gold prefix most
//! (Huang, Fayong and Guo's 2012 max-violation update). Weights are averaged per sentence.
//!
//! States that have reached the end of the buffer stay in the beam unchanged (a no-op step), so
//! sequences of different lengths compete on their whole scores.
//!
//! Decoding can prune by score ([`Parser::set_prune_margin`]): after each step, the items whose
//! score trails the best by more than the margin leave the beam, so confident steps expand
//! fewer items. Training never prunes.
//!
//! About 60% of the transition features read only the top two stack words and the first buffer
//! word ([`crate::parser::static_key`]), and beam items often share those: decoding sums their
//! scores once per sentence and position and adds the tree-reading features per item. The sum
//! is formed in the same order either way, so the parse is the same with or without the memo.

use std::cell::RefCell;
use std::collections::HashMap;

use crate::hashing::{IdBuild, Rng, mix};
use crate::parser::{
    Ctx, LA, NONE, ParseExample, Parser, ParserOptions, RA, RE, SH, State, dynamic_label_features,
    dynamic_trans_features, label_features, static_key, static_label_features,
    static_trans_features, trans_features,
};
use crate::perceptron::{Trainer, Weights, argmax};

/// The transition of a finished state that stays in the beam.
const NOOP: u8 = 4;

/// Labels already chosen in this sentence, by a hash of the arc and its dynamic label
/// features.
type LabelMemo = HashMap<u64, u16, IdBuild>;

/// The scores of the static transition features ([`static_trans_features`]) already summed in
/// this sentence, by [`static_key`].
type StaticMemo = HashMap<u64, [f32; 4], IdBuild>;

/// What the beam scores with: weights being trained or frozen ones.
trait Score {
    fn add_scores(&self, feats: &[u32], scores: &mut [f32]);
}

impl Score for Trainer {
    fn add_scores(&self, feats: &[u32], scores: &mut [f32]) {
        self.score(feats, scores);
    }
}

impl Score for Weights {
    fn add_scores(&self, feats: &[u32], scores: &mut [f32]) {
        self.score(feats, scores);
    }
}

/// How one beam item was reached: its parent in the previous beam, the transition, and where
/// the parent's features lie in the feature arena (training only).
#[derive(Clone, Copy)]
struct Back {
    parent: u32,
    trans: u8,
    fstart: u32,
    flen: u32,
}

#[derive(Clone, Copy)]
struct Item {
    score: f32,
    /// Every transition so far is the gold sequence's.
    gold: bool,
}

/// The label scorer and the settings shared by one sentence's decoding.
struct Labeller<'a, L: Score> {
    lab: &'a L,
    n_labels: usize,
    root: u16,
    /// The transition feature set ([`crate::parser::FEATURE_SET`]).
    set: u8,
    /// Decoding drops items that trail the step's best by more than this (0: keep all `k`).
    margin: f32,
}

/// The label choice's scratch space for one sentence.
#[derive(Default)]
struct LabelScratch {
    feats: Vec<u32>,
    static_feats: Vec<u32>,
    scores: Vec<f32>,
    /// Labels already chosen, by arc and dynamic label features.
    memo: LabelMemo,
    /// Per arc (`h << 32 | d`), where the scores of its static label features start in `sums`.
    statics: HashMap<u64, u32, IdBuild>,
    sums: Vec<f32>,
}

impl LabelScratch {
    fn clear(&mut self) {
        self.memo.clear();
        self.statics.clear();
        self.sums.clear();
    }
}

impl<L: Score> Labeller<'_, L> {
    /// The label of the arc a transition makes in `st`. The beam's items often make the same
    /// arc, and often in the same context: per sentence (the label weights do not change within
    /// one), the scores of each arc's static features ([`static_label_features`]) are summed
    /// once, and the label chosen is kept for each arc and set of dynamic features, so only new
    /// contexts are scored. The sum is formed in the same order either way.
    fn label(&self, c: &Ctx<'_>, st: &State, t: usize, ls: &mut LabelScratch) -> u16 {
        match st.arc(t) {
            Some((0, _)) => self.root,
            Some((h, d)) => {
                ls.feats.clear();
                dynamic_label_features(c, st, self.set, h, d, &mut ls.feats);
                let arc = (h as u64) << 32 | d as u64;
                let key = ls
                    .feats
                    .iter()
                    .fold(mix(0x51_7cc1_b727_220a, arc), |k, &f| mix(k, u64::from(f)));
                if let Some(&l) = ls.memo.get(&key) {
                    return l;
                }
                let n = self.n_labels;
                let start = match ls.statics.get(&arc) {
                    Some(&start) => start as usize,
                    None => {
                        let start = ls.sums.len();
                        ls.sums.resize(start + n, 0.0);
                        ls.static_feats.clear();
                        static_label_features(c, self.set, h, d, &mut ls.static_feats);
                        if let Some(sum) = ls.sums.get_mut(start..) {
                            self.lab.add_scores(&ls.static_feats, sum);
                        }
                        ls.statics.insert(arc, start as u32);
                        start
                    }
                };
                ls.scores.clear();
                ls.scores
                    .extend_from_slice(ls.sums.get(start..start + n).unwrap_or(&[]));
                ls.scores.resize(n, 0.0);
                self.lab.add_scores(&ls.feats, &mut ls.scores);
                let l = argmax(&ls.scores, |l| l != self.root as usize).unwrap_or(0) as u16;
                ls.memo.insert(key, l);
                l
            }
            None => 0,
        }
    }
}

/// A candidate for the next beam: score, parent item, transition, and where the parent's
/// features lie in the arena.
type Cand = (f32, u32, u8, u32, u32);

/// Candidates in beam order: higher score first, then lower parent, then lower transition.
fn beam_order(a: &Cand, b: &Cand) -> std::cmp::Ordering {
    b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2))
}

/// Keep the `k` first candidates in [`beam_order`], sorted. Candidates differ in (parent,
/// transition), so the order is total: choosing the `k` best first (linear time) and sorting
/// only them gives the same beam as sorting all.
fn keep_best(cands: &mut Vec<Cand>, k: usize) {
    if cands.len() > k && k > 0 {
        cands.select_nth_unstable_by(k - 1, beam_order);
    }
    cands.truncate(k);
    cands.sort_unstable_by(beam_order);
}

/// The beam and its scratch space, reused from sentence to sentence.
struct Beam {
    states: Vec<State>,
    next: Vec<State>,
    items: Vec<Item>,
    next_items: Vec<Item>,
    cands: Vec<Cand>,
    /// Features of every expanded state of this sentence (training only).
    arena: Vec<u32>,
    /// Per step, how each item of the beam after it was reached (training only).
    hist: Vec<Vec<Back>>,
    feats: Vec<u32>,
    labels: LabelScratch,
    statics: StaticMemo,
    /// Per item of the beam, the index of its last successor kept in this step.
    last_child: Vec<usize>,
}

impl Beam {
    fn new() -> Beam {
        Beam {
            states: Vec::new(),
            next: Vec::new(),
            items: Vec::new(),
            next_items: Vec::new(),
            cands: Vec::new(),
            arena: Vec::new(),
            hist: Vec::new(),
            feats: Vec::with_capacity(80),
            labels: LabelScratch::default(),
            statics: StaticMemo::default(),
            last_child: Vec::new(),
        }
    }

    fn reset(&mut self, n: usize) {
        let fresh = State::new(n);
        match self.states.first_mut() {
            Some(s) => s.copy_from(&fresh),
            None => self.states.push(fresh),
        }
        self.items.clear();
        self.items.push(Item {
            score: 0.0,
            gold: true,
        });
        self.arena.clear();
        self.labels.clear();
        self.statics.clear();
        for h in &mut self.hist {
            h.clear();
        }
    }

    fn done(&self) -> bool {
        self.states
            .iter()
            .take(self.items.len())
            .all(State::terminal)
    }

    /// One step: expand every item by every valid transition, keep the `k` best. With
    /// `gold`, items are marked as following it and the history of the step is kept.
    fn step<T: Score, L: Score>(
        &mut self,
        c: &Ctx<'_>,
        w: &T,
        labeller: &Labeller<'_, L>,
        k: usize,
        step: usize,
        gold: Option<&[u8]>,
    ) {
        self.cands.clear();
        for (i, (st, it)) in self.states.iter().zip(&self.items).enumerate() {
            if st.terminal() {
                self.cands.push((it.score, i as u32, NOOP, 0, 0));
                continue;
            }
            let fstart = self.arena.len() as u32;
            let mut scores = [0f32; 4];
            if gold.is_some() {
                trans_features(c, st, labeller.set, &mut self.feats);
                self.arena.extend_from_slice(&self.feats);
                w.add_scores(&self.feats, &mut scores);
            } else {
                // Decoding: the static features' sum once per position, then the rest.
                self.feats.clear();
                let key = static_key(st);
                match key.and_then(|k| self.statics.get(&k)) {
                    Some(&base) => scores = base,
                    None => {
                        static_trans_features(c, st, labeller.set, &mut self.feats);
                        w.add_scores(&self.feats, &mut scores);
                        if let Some(k) = key {
                            self.statics.insert(k, scores);
                        }
                        self.feats.clear();
                    }
                }
                dynamic_trans_features(c, st, labeller.set, &mut self.feats);
                w.add_scores(&self.feats, &mut scores);
            }
            for (t, s) in scores.iter().enumerate() {
                if st.valid(t) {
                    self.cands.push((
                        it.score + s,
                        i as u32,
                        t as u8,
                        fstart,
                        self.feats.len() as u32,
                    ));
                }
            }
        }
        keep_best(&mut self.cands, k);
        // Score-based pruning (decoding only, off unless asked for): drop the items that trail
        // the best by more than the margin.
        let margin = labeller.margin;
        if let Some(best) = self.cands.first().map(|c| c.0)
            && margin > 0.0
            && gold.is_none()
        {
            self.cands.retain(|c| c.0 >= best - margin);
        }
        while self.next.len() < self.cands.len() {
            self.next.push(State::new(0));
        }
        let gold_t = gold.map(|g| g.get(step).copied().unwrap_or(NOOP));
        if gold.is_some() && self.hist.len() <= step {
            self.hist.resize_with(step + 1, Vec::new);
        }
        self.next_items.clear();
        // A parent's last kept successor takes its state over (a swap) instead of a copy.
        self.last_child.clear();
        self.last_child.resize(self.states.len(), usize::MAX);
        for (j, cand) in self.cands.iter().enumerate() {
            if let Some(last) = self.last_child.get_mut(cand.1 as usize) {
                *last = j;
            }
        }
        for (j, &(score, parent, t, fstart, flen)) in self.cands.iter().enumerate() {
            let p = parent as usize;
            let last = self.last_child.get(p) == Some(&j);
            let (Some(from), Some(to)) = (self.states.get_mut(p), self.next.get_mut(j)) else {
                continue;
            };
            if last {
                std::mem::swap(from, to);
            } else {
                to.copy_from(from);
            }
            if t != NOOP {
                let l = labeller.label(c, to, usize::from(t), &mut self.labels);
                to.apply(usize::from(t), l);
            }
            let parent_gold = self.items.get(p).is_some_and(|it| it.gold);
            self.next_items.push(Item {
                score,
                gold: parent_gold && gold_t == Some(t),
            });
            if let Some(h) = self.hist.get_mut(step).filter(|_| gold.is_some()) {
                h.push(Back {
                    parent,
                    trans: t,
                    fstart,
                    flen,
                });
            }
        }
        std::mem::swap(&mut self.states, &mut self.next);
        std::mem::swap(&mut self.items, &mut self.next_items);
        // Spare states beyond the beam stay in the pool; `items` says how many are live.
        if self.states.len() > self.items.len() {
            let extra = self.states.split_off(self.items.len());
            self.next.extend(extra);
        }
    }
}

/// Parse one sentence with a beam of width `k`; the final state of the best sequence.
pub(crate) fn parse(parser: &Parser, c: &Ctx<'_>, n: usize, k: usize) -> State {
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut beam) => decode(parser, c, n, k, &mut beam),
        Err(_) => decode(parser, c, n, k, &mut Beam::new()),
    })
}

thread_local! {
    /// Each thread's beam, reused from sentence to sentence (no allocation per sentence).
    static SCRATCH: RefCell<Beam> = RefCell::new(Beam::new());
}

/// [`parse`] with the scratch space `beam`.
fn decode(parser: &Parser, c: &Ctx<'_>, n: usize, k: usize, beam: &mut Beam) -> State {
    let (trans, lab, set, root) = parser.parts();
    let labeller = Labeller {
        lab,
        n_labels: lab.n_classes(),
        root,
        set,
        margin: parser.prune_margin(),
    };
    beam.reset(n);
    let mut step = 0;
    while !beam.done() && step <= 4 * n + 4 {
        beam.step(c, trans, &labeller, k, step, None);
        step += 1;
    }
    let mut best = State::new(0);
    if let Some(st) = beam.states.first() {
        best.copy_from(st);
    }
    best
}

/// The static oracle's transition sequence for gold heads `gh` (1-based, `gh[0]` unused).
fn oracle(n: usize, gh: &[usize]) -> Vec<u8> {
    let mut st = State::new(n);
    let mut seq = Vec::with_capacity(2 * n);
    while !st.terminal() {
        let mut best: Option<(usize, usize)> = None;
        for t in [LA, RA, RE, SH] {
            if st.valid(t) {
                let cost = st.cost(t, gh);
                if best.is_none_or(|(_, c)| cost < c) {
                    best = Some((t, cost));
                }
            }
        }
        let Some((t, _)) = best else {
            break;
        };
        seq.push(t as u8);
        st.apply(t, 0);
    }
    seq
}

/// One training sentence: gold heads and labels (1-based) and the oracle sequence.
struct Gold {
    heads: Vec<usize>,
    labels: Vec<u16>,
    seq: Vec<u8>,
}

/// Train the transition and label perceptrons with beam search (`opts.beam` ≥ 2).
pub(crate) fn train(
    data: &[ParseExample],
    n_labels: usize,
    root: u16,
    opts: &ParserOptions,
) -> (Trainer, Trainer) {
    let k = opts.beam.max(2);
    let mut trans = Trainer::new(4);
    let mut lab = Trainer::new(n_labels);
    let golds: Vec<Option<Gold>> = data
        .iter()
        .map(|ex| {
            let n = ex.toks.len();
            if ex.heads.len() != n || ex.labels.len() != n || ex.tags.len() != n || n == 0 {
                return None;
            }
            let mut heads = vec![NONE; n + 1];
            let mut labels = vec![0u16; n + 1];
            heads[1..].copy_from_slice(&ex.heads);
            labels[1..].copy_from_slice(&ex.labels);
            let seq = oracle(n, &heads);
            Some(Gold { heads, labels, seq })
        })
        .collect();
    let mut rng = Rng::new(opts.seed);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut beam = Beam::new();
    let mut gold_arena: Vec<u32> = Vec::new();
    let mut gold_feats: Vec<(u32, u32)> = Vec::new();
    let mut lab_events: Vec<(Vec<u32>, u16, u16)> = Vec::new();
    for _ in 0..opts.epochs {
        rng.shuffle(&mut order);
        for &si in &order {
            let (Some(ex), Some(Some(g))) = (data.get(si), golds.get(si)) else {
                continue;
            };
            trans.tick();
            let c = Ctx::new(&ex.toks, &ex.tags);
            let n = ex.toks.len();
            let labeller = Labeller {
                lab: &lab,
                n_labels,
                root,
                set: opts.features,
                margin: 0.0,
            };
            beam.reset(n);
            let mut gold_state = State::new(n);
            let mut gold_score = 0f32;
            gold_arena.clear();
            gold_feats.clear();
            lab_events.clear();
            // (violation, steps taken) of the update chosen so far.
            let mut chosen: Option<(f32, usize)> = None;
            let mut step = 0;
            while !beam.done() && step <= 4 * n + 4 {
                if let Some(&t) = g.seq.get(step) {
                    let t = usize::from(t);
                    trans_features(&c, &gold_state, labeller.set, &mut beam.feats);
                    let mut scores = [0f32; 4];
                    trans.score(&beam.feats, &mut scores);
                    gold_score += scores[t];
                    gold_feats.push((gold_arena.len() as u32, beam.feats.len() as u32));
                    gold_arena.extend_from_slice(&beam.feats);
                    let l = labeller.label(&c, &gold_state, t, &mut beam.labels);
                    if let Some((h, d)) = gold_state.arc(t)
                        && h != 0
                        && g.heads.get(d) == Some(&h)
                    {
                        let mut lfeats = Vec::new();
                        label_features(&c, &gold_state, labeller.set, h, d, &mut lfeats);
                        lab_events.push((lfeats, g.labels.get(d).copied().unwrap_or(0), l));
                    }
                    gold_state.apply(t, l);
                }
                beam.step(&c, &trans, &labeller, k, step, Some(&g.seq));
                step += 1;
                let best = beam.items.first().copied();
                let gold_in = beam.items.iter().any(|it| it.gold);
                if let Some(best) = best.filter(|b| !b.gold) {
                    let v = best.score - gold_score;
                    if opts.max_violation {
                        if chosen.is_none_or(|(cv, _)| v >= cv) {
                            chosen = Some((v, step));
                        }
                    } else if !gold_in {
                        chosen = Some((v, step));
                        break;
                    }
                }
            }
            let final_wrong = beam.items.first().is_some_and(|b| !b.gold);
            if !opts.max_violation && final_wrong && chosen.is_none() {
                chosen = Some((0.0, step));
            }
            if let Some((_, at)) = chosen.filter(|_| final_wrong || !opts.max_violation) {
                update(&mut trans, &beam, at, g, &gold_arena, &gold_feats);
            }
            for (f, truth, guess) in &lab_events {
                lab.update(f, usize::from(*truth), usize::from(*guess));
            }
        }
    }
    (trans, lab)
}

/// The structured perceptron update: + the gold sequence's features, − those of the beam's
/// best item after `at` steps, from the first step where the two differ.
fn update(
    trans: &mut Trainer,
    beam: &Beam,
    at: usize,
    g: &Gold,
    gold_arena: &[u32],
    gold_feats: &[(u32, u32)],
) {
    // Trace the best item (index 0 after step `at`) back to the start.
    let mut pred: Vec<Back> = Vec::with_capacity(at);
    let mut idx = 0usize;
    for s in (0..at).rev() {
        let Some(b) = beam.hist.get(s).and_then(|h| h.get(idx)) else {
            return;
        };
        pred.push(*b);
        idx = b.parent as usize;
    }
    pred.reverse();
    let same = pred
        .iter()
        .zip(&g.seq)
        .take_while(|(b, t)| b.trans == **t)
        .count();
    let slice = |arena: &[u32], start: u32, len: u32| -> Vec<u32> {
        let (s, l) = (start as usize, len as usize);
        arena.get(s..s + l).map(<[u32]>::to_vec).unwrap_or_default()
    };
    for s in same..at {
        if let (Some(&t), Some(&(fs, fl))) = (g.seq.get(s), gold_feats.get(s)) {
            trans.add(&slice(gold_arena, fs, fl), usize::from(t), 1.0);
        }
        if let Some(b) = pred.get(s).filter(|b| b.trans != NOOP) {
            trans.add(
                &slice(&beam.arena, b.fstart, b.flen),
                usize::from(b.trans),
                -1.0,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choosing_the_best_first_gives_the_fully_sorted_beam() {
        let mut rng = Rng::new(3);
        for round in 0..500 {
            let n = (rng.next_u64() % 40) as usize;
            // Few distinct scores, so that ties are decided by parent and transition.
            let mut cands: Vec<Cand> = (0..n)
                .map(|i| {
                    let score = (rng.next_u64() % 5) as f32 - 2.0;
                    (score, (i / 4) as u32, (i % 4) as u8, i as u32, 0)
                })
                .collect();
            rng.shuffle(&mut cands);
            let mut sorted = cands.clone();
            sorted.sort_by(beam_order);
            for k in [0, 1, 2, 8, 16, 64] {
                let mut kept = cands.clone();
                keep_best(&mut kept, k);
                let want: Vec<Cand> = sorted.iter().take(k).copied().collect();
                assert_eq!(kept, want, "round {round}, k {k}");
            }
        }
    }

    #[test]
    fn oracle_rebuilds_a_projective_tree() {
        // 1 ← 2 → 3, 2 → 4, root → 2.
        let gh = [NONE, 2, 0, 2, 2];
        let seq = oracle(4, &gh);
        let mut st = State::new(4);
        for &t in &seq {
            st.apply(usize::from(t), 0);
        }
        let heads: Vec<usize> = (1..=4).map(|i| st.head_of(i)).collect();
        assert_eq!(heads, vec![2, 0, 2, 2]);
    }
}
