//! The dependency parser: arc-eager transitions, an averaged perceptron, and Goldberg and
//! Nivre's (2012) dynamic oracle.
//!
//! Two perceptrons share the work: one chooses among the four transitions (shift, reduce,
//! left-arc, right-arc) from stack, buffer and partial-tree features; the other labels each arc
//! when it is made, from head, dependent and the children already attached. Splitting the
//! decision keeps scoring cheap (4 + L classes instead of 2 + 2L).
//!
//! The dynamic oracle scores each transition by the gold arcs it makes unreachable, so the
//! parser learns from its own mistakes (it follows its own prediction during training from the
//! second epoch on) and non-projective training trees need no special treatment: their crossing
//! arcs simply count as lost. (Lifting them first, [`crate::projective`], is an option: a label
//! set with lifted labels `rel↑headrel` is undone after parsing.)
//!
//! A parser trained with a beam ([`ParserOptions::beam`] ≥ 2) keeps the same transition system,
//! features and label perceptron, but decodes with [`crate::beam`]; the width is stored in the
//! model and a width of 1 is this module's greedy parser.

use crate::codec::{Reader, Writer};
use crate::error::Result;
use crate::hashing::{Rng, feat};
use crate::perceptron::{Trainer, Weights, argmax};
use crate::tagger::Tok;

pub(crate) const SH: usize = 0;
pub(crate) const RE: usize = 1;
pub(crate) const LA: usize = 2;
pub(crate) const RA: usize = 3;
pub(crate) const NONE: usize = usize::MAX;
const NO: u64 = 0xDEAD;

/// One training sentence for the parser.
#[derive(Clone, Debug)]
pub struct ParseExample {
    /// Hashed tokens.
    pub toks: Vec<Tok>,
    /// Tag classes (the tagger's indices).
    pub tags: Vec<usize>,
    /// Gold heads, 0 = root, 1-based.
    pub heads: Vec<usize>,
    /// Gold label classes.
    pub labels: Vec<u16>,
}

pub(crate) struct State {
    n: usize,
    stack: Vec<usize>,
    in_stack: Vec<bool>,
    b: usize,
    head: Vec<usize>,
    label: Vec<u16>,
    lmost: Vec<usize>,
    rmost: Vec<usize>,
    lmost2: Vec<usize>,
    rmost2: Vec<usize>,
    nleft: Vec<u8>,
    nright: Vec<u8>,
    kids: Vec<u64>,
}

impl State {
    pub(crate) fn new(n: usize) -> State {
        let mut in_stack = vec![false; n + 1];
        in_stack[0] = true;
        State {
            n,
            stack: vec![0],
            in_stack,
            b: 1,
            head: vec![NONE; n + 1],
            label: vec![0; n + 1],
            lmost: vec![0; n + 1],
            rmost: vec![0; n + 1],
            lmost2: vec![0; n + 1],
            rmost2: vec![0; n + 1],
            nleft: vec![0; n + 1],
            nright: vec![0; n + 1],
            kids: vec![0; n + 1],
        }
    }

    /// The head of word `i` (`NONE` while it has none).
    #[cfg(test)]
    pub(crate) fn head_of(&self, i: usize) -> usize {
        self.head[i]
    }

    pub(crate) fn terminal(&self) -> bool {
        self.b > self.n
    }

    /// Become a copy of `o`, reusing this state's allocations (the beam copies states often).
    pub(crate) fn copy_from(&mut self, o: &State) {
        self.n = o.n;
        self.stack.clone_from(&o.stack);
        self.in_stack.clone_from(&o.in_stack);
        self.b = o.b;
        self.head.clone_from(&o.head);
        self.label.clone_from(&o.label);
        self.lmost.clone_from(&o.lmost);
        self.rmost.clone_from(&o.rmost);
        self.lmost2.clone_from(&o.lmost2);
        self.rmost2.clone_from(&o.rmost2);
        self.nleft.clone_from(&o.nleft);
        self.nright.clone_from(&o.nright);
        self.kids.clone_from(&o.kids);
    }

    /// The label of word `i`'s arc as a feature value (`NO` for the root, `NONE` and words
    /// without a head yet).
    fn label_code(&self, i: usize) -> u64 {
        if i == 0 || self.head.get(i).is_none_or(|&h| h == NONE) {
            NO
        } else {
            self.label.get(i).map_or(NO, |&l| u64::from(l) + 500)
        }
    }

    /// The `k`-th word from the top of the stack (0 = the top; `NONE` below the bottom).
    fn stack_word(&self, k: usize) -> usize {
        self.stack
            .len()
            .checked_sub(k + 1)
            .map_or(NONE, |i| self.stack[i])
    }

    /// The first word of the buffer (`NONE` when it is empty).
    fn buffer_front(&self) -> usize {
        if self.b <= self.n { self.b } else { NONE }
    }

    fn top(&self) -> Option<usize> {
        self.stack.last().copied()
    }

    pub(crate) fn valid(&self, t: usize) -> bool {
        let buf = self.b <= self.n;
        let top = self.top();
        match t {
            SH => buf,
            RE => top.is_some_and(|s| s != 0 && self.head[s] != NONE),
            LA => buf && top.is_some_and(|s| s != 0 && self.head[s] == NONE),
            RA => buf && top.is_some_and(|s| s != 0 || self.nright[0] == 0),
            _ => false,
        }
    }

    fn add_arc(&mut self, h: usize, d: usize, l: u16) {
        self.head[d] = h;
        self.label[d] = l;
        self.kids[h] |= 1 << (l % 63);
        if d < h {
            if self.lmost[h] == 0 || d < self.lmost[h] {
                self.lmost2[h] = self.lmost[h];
                self.lmost[h] = d;
            } else if self.lmost2[h] == 0 || d < self.lmost2[h] {
                self.lmost2[h] = d;
            }
            self.nleft[h] = self.nleft[h].saturating_add(1);
        } else {
            if d > self.rmost[h] {
                self.rmost2[h] = self.rmost[h];
                self.rmost[h] = d;
            } else if d > self.rmost2[h] {
                self.rmost2[h] = d;
            }
            self.nright[h] = self.nright[h].saturating_add(1);
        }
    }

    /// The set of relations of `h`'s dependents so far, as a bit set (labels modulo 63).
    fn child_labels(&self, h: usize) -> u64 {
        if h == NONE {
            return 1 << 63;
        }
        self.kids.get(h).copied().unwrap_or(0)
    }

    /// The arc a transition would make, as (head, dependent).
    pub(crate) fn arc(&self, t: usize) -> Option<(usize, usize)> {
        let s = self.top()?;
        match t {
            LA => Some((self.b, s)),
            RA => Some((s, self.b)),
            _ => None,
        }
    }

    pub(crate) fn apply(&mut self, t: usize, l: u16) {
        match t {
            SH => {
                self.stack.push(self.b);
                self.in_stack[self.b] = true;
                self.b += 1;
            }
            RE => {
                if let Some(s) = self.stack.pop() {
                    self.in_stack[s] = false;
                }
            }
            LA => {
                if let Some(s) = self.stack.pop() {
                    self.in_stack[s] = false;
                    self.add_arc(self.b, s, l);
                }
            }
            _ => {
                if let Some(s) = self.top() {
                    self.add_arc(s, self.b, l);
                }
                self.stack.push(self.b);
                self.in_stack[self.b] = true;
                self.b += 1;
            }
        }
    }

    /// Gold arcs lost by transition `t` (dynamic oracle for arc-eager).
    pub(crate) fn cost(&self, t: usize, gh: &[usize]) -> usize {
        let b = self.b;
        let n = self.n;
        let s = self.top().unwrap_or(0);
        let in_buf = |k: usize| k >= b && k <= n;
        match t {
            LA => {
                let mut c = usize::from(gh[s] != b && gh[s] > b && gh[s] <= n);
                c += (b..=n).filter(|&k| gh[k] == s).count();
                c
            }
            RA => {
                let mut c = 0;
                if gh[b] != s && ((gh[b] != NONE && self.in_stack[gh[b]]) || in_buf(gh[b])) {
                    c += 1;
                }
                c += self
                    .stack
                    .iter()
                    .filter(|&&k| k != 0 && gh[k] == b && self.head[k] == NONE)
                    .count();
                c
            }
            RE => (b..=n).filter(|&k| gh[k] == s).count(),
            _ => {
                let mut c = self
                    .stack
                    .iter()
                    .filter(|&&k| k != 0 && gh[k] == b && self.head[k] == NONE)
                    .count();
                if gh[b] != NONE && self.in_stack[gh[b]] {
                    c += 1;
                }
                c
            }
        }
    }
}

pub(crate) struct Ctx<'a> {
    toks: &'a [Tok],
    tags: &'a [usize],
    /// Punctuation tokens before each word (index `i`: among words `1..i-1`).
    punct_before: Vec<u16>,
    /// For each word (1-based), the last word before the next punctuation token at or after
    /// it: in Dutch the verb cluster of a verb-final clause (`NONE` where that is no word).
    clause_end: Vec<usize>,
}

impl<'a> Ctx<'a> {
    pub(crate) fn new(toks: &'a [Tok], tags: &'a [usize]) -> Ctx<'a> {
        let mut punct_before = Vec::with_capacity(toks.len() + 2);
        let mut k = 0u16;
        punct_before.push(0);
        punct_before.push(0);
        for t in toks {
            k = k.saturating_add(u16::from(t.punct));
            punct_before.push(k);
        }
        let n = toks.len();
        let mut clause_end = vec![NONE; n + 2];
        let mut end = NONE;
        for i in (1..=n).rev() {
            if toks[i - 1].punct {
                end = NONE;
            } else if end == NONE {
                end = i;
            }
            clause_end[i] = end;
        }
        Ctx {
            toks,
            tags,
            punct_before,
            clause_end,
        }
    }

    /// Punctuation tokens strictly between words `a < b` (1-based, 0 = root), capped at 3.
    fn punct_between(&self, a: usize, b: usize) -> u64 {
        if a == NONE || b == NONE || a >= b {
            return 9;
        }
        let at = |i: usize| self.punct_before.get(i).copied().unwrap_or(0);
        u64::from(at(b).saturating_sub(at(a + 1)).min(3))
    }

    pub(crate) fn w(&self, i: usize) -> u64 {
        match i {
            NONE => NO,
            0 => 0xB007,
            _ => self.toks.get(i - 1).map_or(NO, |t| t.w),
        }
    }
    /// The cluster value of word `i` at `level` (0 coarse, 1 middle, 2 fine).
    pub(crate) fn cl(&self, i: usize, level: usize) -> u64 {
        match i {
            NONE => NO,
            0 => 0xB009,
            _ => self.toks.get(i - 1).map_or(NO, |t| t.cl[level]),
        }
    }
    pub(crate) fn p(&self, i: usize) -> u64 {
        match i {
            NONE => NO,
            0 => 0xB008,
            _ => self.tags.get(i - 1).map_or(NO, |&t| t as u64 + 100),
        }
    }
}

/// The distance feature of the pair `s0`, `b0` (capped at 6; 9 where either is missing).
fn distance(s0: usize, b0: usize) -> u64 {
    if s0 == NONE || b0 == NONE {
        9
    } else {
        (b0 - s0).min(6) as u64
    }
}

fn opt(i: usize) -> usize {
    if i == 0 { NONE } else { i }
}

/// The positions the static transition features read, packed: the top two stack words and
/// the first buffer word (`None` for sentences too long to pack). Beam items that agree on
/// them share every feature of [`static_trans_features`], so decoding scores those once.
pub(crate) fn static_key(st: &State) -> Option<u64> {
    const MASK: u64 = 0x1F_FFFF;
    if st.n as u64 >= MASK {
        return None;
    }
    let pos = |i: usize| if i == NONE { MASK } else { i as u64 };
    let s0 = st.top().unwrap_or(NONE);
    let s1 = st.stack_word(1);
    let b0 = st.buffer_front();
    Some(pos(s0) | pos(s1) << 21 | pos(b0) << 42)
}

/// Every transition feature of `st`: the static ones, then the dynamic ones.
pub(crate) fn trans_features(c: &Ctx<'_>, st: &State, set: u8, out: &mut Vec<u32>) {
    out.clear();
    static_trans_features(c, st, set, out);
    dynamic_trans_features(c, st, set, out);
}

/// The transition features that read only the words at the positions of [`static_key`] and
/// the words after the first buffer word (forms, tags, clusters, distances, punctuation, the
/// clause end), not the partial tree. Appended to `out`.
pub(crate) fn static_trans_features(c: &Ctx<'_>, st: &State, set: u8, out: &mut Vec<u32>) {
    let n = st.n;
    let s0 = st.top().unwrap_or(NONE);
    let s1 = st.stack_word(1);
    let b = |k: usize| if st.b + k <= n { st.b + k } else { NONE };
    let (b0, b1, b2) = (b(0), b(1), b(2));
    let (s0w, s0p, b0w, b0p) = (c.w(s0), c.p(s0), c.w(b0), c.p(b0));
    let (b1w, b1p, b2p) = (c.w(b1), c.p(b1), c.p(b2));
    let dist = distance(s0, b0);
    let fs: [(u64, &[u64]); 31] = [
        (0, &[]),
        (1, &[s0w]),
        (2, &[s0p]),
        (3, &[s0w, s0p]),
        (4, &[b0w]),
        (5, &[b0p]),
        (6, &[b0w, b0p]),
        (7, &[b1w]),
        (8, &[b1p]),
        (9, &[b1w, b1p]),
        (10, &[b2p]),
        (11, &[c.w(b2)]),
        (12, &[s0w, s0p, b0w, b0p]),
        (13, &[s0w, s0p, b0w]),
        (14, &[s0w, b0w, b0p]),
        (15, &[s0w, s0p, b0p]),
        (16, &[s0p, b0w, b0p]),
        (17, &[s0w, b0w]),
        (18, &[s0p, b0p]),
        (19, &[b0p, b1p]),
        (20, &[b0p, b1p, b2p]),
        (21, &[s0p, b0p, b1p]),
        (26, &[dist, s0w]),
        (27, &[dist, s0p]),
        (28, &[dist, b0w]),
        (29, &[dist, b0p]),
        (30, &[dist, s0w, b0w]),
        (31, &[dist, s0p, b0p]),
        (49, &[c.p(s1)]),
        (50, &[c.w(s1)]),
        (51, &[c.p(s1), s0p, b0p]),
    ];
    for (t, parts) in fs {
        out.push(feat(100 + t, parts));
    }
    out.push(feat(161, &[b0w, b1w]));
    out.push(feat(162, &[c.punct_between(s0, b0), s0p, b0p]));
    out.push(feat(164, &[u64::from(b1 == NONE), s0p, b0p]));
    if set == 0 {
        return;
    }
    // The end of b0's clause: where a Dutch verb cluster stands.
    let ce = if b0 == NONE { NONE } else { c.clause_end[b0] };
    let ce_dist = if ce == NONE {
        9
    } else {
        (ce - b0).min(5) as u64
    };
    out.push(feat(175, &[c.p(ce), s0p, b0p]));
    out.push(feat(176, &[c.p(ce), ce_dist, b0p]));
    out.push(feat(177, &[c.w(ce), s0p]));
    if set < 2 {
        return;
    }
    // Word clusters in place of words (Koo et al. 2008): fine (f) and middle (m) levels, alone,
    // with tags, and with the other word of the pair.
    let (s0f, b0f, s0m, b0m) = (c.cl(s0, 2), c.cl(b0, 2), c.cl(s0, 1), c.cl(b0, 1));
    let b1m = c.cl(b1, 1);
    out.push(feat(200, &[s0f, b0f]));
    out.push(feat(201, &[s0f, b0p]));
    out.push(feat(202, &[s0p, b0f]));
    out.push(feat(203, &[dist, s0m, b0m]));
    out.push(feat(204, &[b0f, b1m]));
    out.push(feat(206, &[c.cl(ce, 2), s0p, b0p]));
    out.push(feat(208, &[s0f]));
    out.push(feat(209, &[b0f]));
    out.push(feat(210, &[s0m, s0p, b0m, b0p]));
    out.push(feat(211, &[s0m, b0w]));
    out.push(feat(212, &[s0w, b0m]));
    out.push(feat(213, &[b0m, b1m, b2p]));
    out.push(feat(214, &[c.cl(s1, 1), s0m, b0m]));
    out.push(feat(215, &[c.cl(ce, 1), b0m, s0p]));
}

/// The transition features that read the partial tree (heads, children, labels, valencies)
/// or the third stack word. Appended to `out`.
pub(crate) fn dynamic_trans_features(c: &Ctx<'_>, st: &State, set: u8, out: &mut Vec<u32>) {
    let s0 = st.top().unwrap_or(NONE);
    let b0 = st.buffer_front();
    let get = |v: &Vec<usize>, i: usize| if i == NONE { NONE } else { opt(v[i]) };
    let s0h = if s0 == NONE { NONE } else { st.head[s0] };
    let (s0l, s0r, b0l) = (get(&st.lmost, s0), get(&st.rmost, s0), get(&st.lmost, b0));
    let lab = |i: usize| st.label_code(i);
    let val = |v: &Vec<u8>, i: usize| if i == NONE { 99 } else { u64::from(v[i]) };
    let (s0p, b0p) = (c.p(s0), c.p(b0));
    let s0w = c.w(s0);
    let b0w = c.w(b0);
    let dist = distance(s0, b0);
    let has_head = u64::from(s0 != NONE && s0h != NONE);
    let fs: [(u64, &[u64]); 22] = [
        (22, &[c.p(s0h), s0p, b0p]),
        (23, &[s0p, c.p(s0l), b0p]),
        (24, &[s0p, c.p(s0r), b0p]),
        (25, &[s0p, b0p, c.p(b0l)]),
        (32, &[s0w, val(&st.nright, s0)]),
        (33, &[s0p, val(&st.nright, s0)]),
        (34, &[s0w, val(&st.nleft, s0)]),
        (35, &[s0p, val(&st.nleft, s0)]),
        (36, &[b0w, val(&st.nleft, b0)]),
        (37, &[b0p, val(&st.nleft, b0)]),
        (38, &[c.w(s0h)]),
        (39, &[c.p(s0h)]),
        (40, &[lab(s0)]),
        (41, &[c.p(s0l)]),
        (42, &[lab(s0l)]),
        (43, &[c.p(s0r)]),
        (44, &[lab(s0r)]),
        (45, &[c.p(b0l)]),
        (46, &[lab(b0l)]),
        (47, &[s0p, lab(s0l), lab(s0r)]),
        (48, &[b0p, lab(b0l)]),
        (52, &[has_head, s0p, b0p]),
    ];
    for (t, parts) in fs {
        out.push(feat(100 + t, parts));
    }
    out.push(feat(160, &[has_head, lab(s0), b0p]));
    out.push(feat(163, &[c.punct_between(s0, b0), dist, has_head]));
    out.push(feat(165, &[st.child_labels(s0), s0p, b0p]));
    if set == 0 {
        return;
    }
    // Zhang and Nivre (2011): second-leftmost/rightmost children, grandparent, third stack item.
    let s1 = st.stack_word(1);
    let s2 = st.stack_word(2);
    let s0h2 = if s0h == NONE || s0h == 0 {
        NONE
    } else {
        st.head[s0h]
    };
    let (s0l2, s0r2, b0l2) = (
        get(&st.lmost2, s0),
        get(&st.rmost2, s0),
        get(&st.lmost2, b0),
    );
    out.push(feat(166, &[s0p, c.p(s0l), c.p(s0l2)]));
    out.push(feat(167, &[s0p, c.p(s0r), c.p(s0r2)]));
    out.push(feat(168, &[b0p, c.p(b0l), c.p(b0l2)]));
    out.push(feat(169, &[s0p, c.p(s0h), c.p(s0h2)]));
    out.push(feat(170, &[s0p, lab(s0l), lab(s0l2)]));
    out.push(feat(171, &[s0p, lab(s0r), lab(s0r2)]));
    out.push(feat(172, &[b0p, lab(b0l), lab(b0l2)]));
    out.push(feat(173, &[c.p(s2), c.p(s1), s0p]));
    out.push(feat(174, &[c.w(s0h), s0p, b0p]));
    let ce = if b0 == NONE { NONE } else { c.clause_end[b0] };
    out.push(feat(178, &[c.p(ce), has_head, lab(s0), s0p]));
    if set < 2 {
        return;
    }
    let s0m = c.cl(s0, 1);
    out.push(feat(205, &[c.cl(s0h, 1), s0m, b0p]));
    out.push(feat(207, &[c.cl(s0, 2), c.p(s0l), c.cl(b0, 2)]));
}

/// The transition feature set a newly trained parser uses: 0 = the round-2 set, 1 = with
/// second-order and clause-end features, 2 = and word clusters in the transition and label
/// features (used only when the model has clusters: training without them falls back to 1).
/// Stored in the model (format version 4 on).
pub const FEATURE_SET: u8 = 2;

pub(crate) fn label_features(
    c: &Ctx<'_>,
    st: &State,
    set: u8,
    h: usize,
    d: usize,
    out: &mut Vec<u32>,
) {
    out.clear();
    static_label_features(c, set, h, d, out);
    dynamic_label_features(c, st, set, h, d, out);
}

/// The nine features of a head–dependent pair from their forms and tags (`[hw, hp, dw, dp]`),
/// as templates `base` to `base + 8`: a bias, each alone, and each pairing. Appended to `out`.
pub(crate) fn pair_features(base: u64, [hw, hp, dw, dp]: [u64; 4], out: &mut Vec<u32>) {
    let fs: [&[u64]; 9] = [
        &[],
        &[hw],
        &[hp],
        &[dw],
        &[dp],
        &[hp, dp],
        &[hw, dp],
        &[hp, dw],
        &[hw, dw],
    ];
    for (t, parts) in (0u64..).zip(fs) {
        out.push(feat(base + t, parts));
    }
}

/// The label features of the arc `h → d` that read only the two words and their neighbours
/// (forms, tags, clusters, direction, distance), not the partial tree: the same for every beam
/// item that makes this arc. Appended to `out`.
pub(crate) fn static_label_features(c: &Ctx<'_>, set: u8, h: usize, d: usize, out: &mut Vec<u32>) {
    let (hw, hp, dw, dp) = (c.w(h), c.p(h), c.w(d), c.p(d));
    let dir = u64::from(d < h);
    let dist = h.abs_diff(d).min(8) as u64;
    let dsuf = if d == 0 {
        NO
    } else {
        c.toks.get(d - 1).map_or(NO, |t| t.suf[2])
    };
    pair_features(300, [hw, hp, dw, dp], out);
    let fs: [(u64, &[u64]); 6] = [
        (9, &[dir, hp, dp]),
        (10, &[dir, dist]),
        (11, &[dir, dist, hp, dp]),
        (17, &[dp, c.p(d + 1), dir]),
        (18, &[dp, c.p(d.wrapping_sub(1)), dir]),
        (19, &[dp, dsuf, dir]),
    ];
    for (t, parts) in fs {
        out.push(feat(300 + t, parts));
    }
    if set >= 2 {
        let (hf, df) = (c.cl(h, 2), c.cl(d, 2));
        out.push(feat(340, &[dir, hf, dp]));
        out.push(feat(341, &[dir, hp, df]));
        out.push(feat(342, &[dir, hf, df]));
        out.push(feat(343, &[dir, c.cl(h, 1), c.cl(d, 1), dist]));
        out.push(feat(344, &[dir, hw, df]));
        out.push(feat(345, &[dir, hf, dw]));
    }
}

/// The label features of the arc `h → d` that read the partial tree (children, heads, labels
/// and valencies of the two words). Appended to `out`.
pub(crate) fn dynamic_label_features(
    c: &Ctx<'_>,
    st: &State,
    set: u8,
    h: usize,
    d: usize,
    out: &mut Vec<u32>,
) {
    let (hp, dw, dp) = (c.p(h), c.w(d), c.p(d));
    let dir = u64::from(d < h);
    let lab = |i: usize| st.label_code(i);
    let hh = if h == 0 { NONE } else { st.head[h] };
    let fs: [(u64, &[u64]); 7] = [
        (12, &[dp, lab(opt(st.lmost[d]))]),
        (13, &[dp, lab(opt(st.rmost[d]))]),
        (14, &[hp, lab(opt(st.lmost[h]))]),
        (15, &[hp, lab(opt(st.rmost[h]))]),
        (16, &[c.p(hh), hp, dp]),
        (
            20,
            &[dir, hp, dp, u64::from(st.nleft[h]), u64::from(st.nright[h])],
        ),
        (21, &[dir, dw, hp, lab(h)]),
    ];
    for (t, parts) in fs {
        out.push(feat(300 + t, parts));
    }
    let hkids = st.child_labels(h);
    out.push(feat(330, &[dir, dp, hkids]));
    out.push(feat(331, &[dir, dp, hp, hkids]));
    if set >= 2 {
        out.push(feat(346, &[dir, c.cl(h, 1), dp, lab(h)]));
    }
}

/// A trained parser.
#[derive(Clone, Debug, Default)]
pub struct Parser {
    labels: Vec<String>,
    /// Lifted labels' (base, head relation) classes ([`crate::projective`]).
    lift: Vec<Option<(u16, u16)>>,
    /// Transition feature set ([`FEATURE_SET`] when trained now; 0 for older model files).
    features: u8,
    /// Beam width when parsing: 1 = greedy (older model files), more = beam search
    /// ([`crate::beam`]; stored from model format version 5 on).
    beam: u8,
    /// Beam decoding's pruning margin (0 = off; not stored in the model file): see
    /// [`Parser::set_prune_margin`].
    margin: f32,
    root: u16,
    trans: Weights,
    lab: Weights,
}

/// Training options for the parser.
#[derive(Clone, Copy, Debug)]
pub struct ParserOptions {
    /// Passes over the data.
    pub epochs: usize,
    /// Seed for shuffling and exploration.
    pub seed: u64,
    /// Probability of following the model's own (possibly wrong) transition from epoch 2 on.
    pub explore: f64,
    /// Averaged weights below this magnitude are dropped.
    pub prune: f32,
    /// Features that took part in fewer updates are dropped.
    pub min_updates: u32,
    /// Transition feature set ([`FEATURE_SET`]: the newest; 0: round 2's).
    pub features: u8,
    /// Beam width: 0 or 1 trains the greedy parser with the dynamic oracle (`explore` applies);
    /// 2 or more trains a global structured perceptron with beam search ([`crate::beam`]) and
    /// stores the width in the model, which then parses with the same beam.
    pub beam: usize,
    /// Beam training's update: `true` = Huang et al.'s (2012) max-violation update, `false` =
    /// Collins and Roark's early update (stop where the gold sequence falls off the beam).
    pub max_violation: bool,
}

impl Parser {
    /// The label set, indexed by class (lifted labels `rel↑headrel` included).
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// The transition and label weights (for statistics).
    pub fn weights(&self) -> (&Weights, &Weights) {
        (&self.trans, &self.lab)
    }

    /// Drop weights below `min` in magnitude (for size experiments on a trained model).
    pub fn prune(&mut self, min: f32) {
        self.trans = self.trans.pruned(min);
        self.lab = self.lab.pruned(min);
    }

    /// Replace the transition and label weights (pruned copies: [`crate::prune`]).
    pub fn set_weights(&mut self, trans: Weights, labels: Weights) {
        self.trans = trans;
        self.lab = labels;
    }

    /// The beam width this parser parses with (1 = greedy).
    pub fn beam(&self) -> usize {
        usize::from(self.beam.max(1))
    }

    /// Parse with another beam width from now on (1 = greedy; for experiments: a parser
    /// trained greedily can be decoded with a beam and the reverse).
    pub fn set_beam(&mut self, width: usize) {
        self.beam = width.clamp(1, usize::from(u8::MAX)) as u8;
    }

    /// Beam decoding from now on drops, at each step, the items whose score trails the best
    /// by more than `margin` (in the model's score units; 0, the default, keeps all `k`: the
    /// exact beam). A speed option whose accuracy cost is measured in `eval-reports/syntax.md`;
    /// greedy parsers ignore it.
    pub fn set_prune_margin(&mut self, margin: f32) {
        self.margin = if margin.is_finite() && margin > 0.0 {
            margin
        } else {
            0.0
        };
    }

    /// The pruning margin set by [`Parser::set_prune_margin`] (0 = off).
    pub fn prune_margin(&self) -> f32 {
        self.margin
    }

    /// Train. `labels` is the label set the examples index into; it must contain `root`.
    pub fn train(data: &[ParseExample], labels: Vec<String>, opts: ParserOptions) -> Parser {
        let root = labels.iter().position(|l| l == "root").unwrap_or(0) as u16;
        let (trans, lab) = if opts.beam > 1 {
            crate::beam::train(data, labels.len(), root, &opts)
        } else {
            train_greedy(data, labels.len(), root, &opts)
        };
        Parser {
            lift: crate::projective::lift_table(&labels),
            labels,
            features: opts.features.min(FEATURE_SET),
            beam: opts.beam.clamp(1, usize::from(u8::MAX)) as u8,
            margin: 0.0,
            root,
            trans: trans.finish(opts.prune, opts.min_updates),
            lab: lab.finish(opts.prune, opts.min_updates),
        }
    }

    /// Parse one sentence; returns (heads with 0 = root, label classes), one per token.
    pub fn parse(&self, toks: &[Tok], tags: &[usize]) -> (Vec<usize>, Vec<u16>) {
        let n = toks.len();
        let c = Ctx::new(toks, tags);
        let st = if self.beam > 1 {
            crate::beam::parse(self, &c, n, usize::from(self.beam))
        } else {
            self.parse_greedy(&c, n)
        };
        self.finish_tree(st)
    }

    /// The weights and settings [`crate::beam`] decodes with.
    pub(crate) fn parts(&self) -> (&Weights, &Weights, u8, u16) {
        (&self.trans, &self.lab, self.features, self.root)
    }
}

/// The greedy parser's training: one perceptron update per transition, Goldberg and Nivre's
/// dynamic oracle, exploration from the second epoch on.
fn train_greedy(
    data: &[ParseExample],
    n_labels: usize,
    root: u16,
    opts: &ParserOptions,
) -> (Trainer, Trainer) {
    let mut trans = Trainer::new(4);
    let mut lab = Trainer::new(n_labels);
    let mut rng = Rng::new(opts.seed);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut feats = Vec::with_capacity(64);
    let mut lfeats = Vec::with_capacity(32);
    let mut lscores = vec![0f32; n_labels];
    for epoch in 0..opts.epochs {
        rng.shuffle(&mut order);
        for &si in &order {
            let ex = &data[si];
            let n = ex.toks.len();
            if ex.heads.len() != n || ex.labels.len() != n || ex.tags.len() != n {
                continue;
            }
            let mut gh = vec![NONE; n + 1];
            let mut gl = vec![0u16; n + 1];
            gh[1..].copy_from_slice(&ex.heads);
            gl[1..].copy_from_slice(&ex.labels);
            let c = Ctx::new(&ex.toks, &ex.tags);
            let mut st = State::new(n);
            while !st.terminal() {
                trans_features(&c, &st, opts.features, &mut feats);
                let mut scores = [0f32; 4];
                trans.score(&feats, &mut scores);
                let Some(pred) = argmax(&scores, |t| st.valid(t)) else {
                    break;
                };
                let mut costs = [usize::MAX; 4];
                for (t, cost) in costs.iter_mut().enumerate() {
                    if st.valid(t) {
                        *cost = st.cost(t, &gh);
                    }
                }
                let min = costs.iter().copied().min().unwrap_or(0);
                let gold = argmax(&scores, |t| costs[t] == min).unwrap_or(pred);
                // Called on every decision so that averaging counts correct ones too.
                trans.update(&feats, gold, if costs[pred] > min { pred } else { gold });
                let follow = if epoch > 0 && (rng.next_u64() % 1000) as f64 / 1000.0 < opts.explore
                {
                    pred
                } else {
                    gold
                };
                let l = match st.arc(follow) {
                    Some((0, _)) => root,
                    Some((h, d)) => {
                        label_features(&c, &st, opts.features, h, d, &mut lfeats);
                        lscores.iter_mut().for_each(|s| *s = 0.0);
                        lab.score(&lfeats, &mut lscores);
                        let guess = argmax(&lscores, |l| l != root as usize).unwrap_or(0);
                        if gh[d] == h {
                            lab.update(&lfeats, gl[d] as usize, guess);
                        }
                        guess as u16
                    }
                    None => 0,
                };
                st.apply(follow, l);
            }
        }
    }
    (trans, lab)
}

impl Parser {
    fn parse_greedy(&self, c: &Ctx<'_>, n: usize) -> State {
        let mut st = State::new(n);
        let mut feats = Vec::with_capacity(64);
        let mut lfeats = Vec::with_capacity(32);
        let mut lscores = vec![0f32; self.labels.len()];
        while !st.terminal() {
            trans_features(c, &st, self.features, &mut feats);
            let mut scores = [0f32; 4];
            self.trans.score(&feats, &mut scores);
            let Some(t) = argmax(&scores, |t| st.valid(t)) else {
                break;
            };
            let l = match st.arc(t) {
                Some((0, _)) => self.root,
                Some((h, d)) => {
                    label_features(c, &st, self.features, h, d, &mut lfeats);
                    lscores.iter_mut().for_each(|s| *s = 0.0);
                    self.lab.score(&lfeats, &mut lscores);
                    argmax(&lscores, |l| l != self.root as usize).unwrap_or(0) as u16
                }
                None => 0,
            };
            st.apply(t, l);
        }
        st
    }

    /// Read the tree off a final state: words left without a head attach to the root word (or
    /// become it); lifted labels are undone.
    fn finish_tree(&self, mut st: State) -> (Vec<usize>, Vec<u16>) {
        let n = st.n;
        // Words left without a head attach to the root word (or become it).
        let mut root_word = (1..=n).find(|&i| st.head[i] == 0);
        let mut heads = Vec::with_capacity(n);
        let mut labels = Vec::with_capacity(n);
        for i in 1..=n {
            if st.head[i] == NONE {
                match root_word {
                    Some(r) => {
                        st.head[i] = r;
                        st.label[i] = self.fallback_label();
                    }
                    None => {
                        st.head[i] = 0;
                        st.label[i] = self.root;
                        root_word = Some(i);
                    }
                }
            }
        }
        for i in 1..=n {
            heads.push(st.head[i]);
            labels.push(st.label[i]);
        }
        crate::projective::deprojectivize(&mut heads, &mut labels, &self.lift);
        (heads, labels)
    }

    fn fallback_label(&self) -> u16 {
        self.labels
            .iter()
            .position(|l| l == "dep" || l == "parataxis")
            .unwrap_or(0) as u16
    }

    /// Serialise.
    pub fn write(&self, w: &mut Writer) {
        w.strs(&self.labels);
        w.u8(self.features);
        w.u8(self.beam.max(1));
        w.u16(self.root);
        self.trans.write(w);
        self.lab.write(w);
    }

    /// Deserialise.
    pub fn read(r: &mut Reader<'_>) -> Result<Parser> {
        let labels = r.strs()?;
        let features = if r.version >= 4 { r.u8()? } else { 0 };
        let beam = if r.version >= 5 { r.u8()?.max(1) } else { 1 };
        Ok(Parser {
            lift: crate::projective::lift_table(&labels),
            labels,
            features,
            beam,
            margin: 0.0,
            root: r.u16()?,
            trans: Weights::read(r)?,
            lab: Weights::read(r)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every state reachable from the start of an `n`-word sentence (labels by depth).
    fn every_state(n: usize) -> Vec<State> {
        let mut out = Vec::new();
        let mut todo = vec![(State::new(n), 0u16)];
        while let Some((st, depth)) = todo.pop() {
            for t in [SH, RE, LA, RA] {
                if st.valid(t) {
                    let mut next = State::new(0);
                    next.copy_from(&st);
                    next.apply(t, depth % 7);
                    todo.push((next, depth + 1));
                }
            }
            out.push(st);
        }
        out
    }

    #[test]
    fn static_features_read_nothing_but_the_positions_of_their_key_or_arc() {
        let forms = ["De", "Taliban", "veroverden", ",", "zegt", "hij"];
        let toks: Vec<Tok> = forms
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let mut t = Tok::new(f, i == 0);
                t.punct = *f == ",";
                t.cl = [i as u64, 10 + i as u64, 20 + i as u64];
                t
            })
            .collect();
        let tags: Vec<usize> = (0..toks.len()).map(|i| i % 4).collect();
        let c = Ctx::new(&toks, &tags);
        let n = toks.len();
        // Histories meet at the same stack and buffer positions with different trees.
        let mut by_key: std::collections::HashMap<(u64, u8), Vec<u32>> = Default::default();
        let mut shared = 0;
        for st in &every_state(n) {
            for set in [0, 1, 2] {
                let mut all = Vec::new();
                trans_features(&c, st, set, &mut all);
                let mut parts = Vec::new();
                static_trans_features(&c, st, set, &mut parts);
                let n_static = parts.len();
                dynamic_trans_features(&c, st, set, &mut parts);
                assert_eq!(all, parts);
                // Labels: training reads every feature, decoding the two parts.
                for t in [LA, RA] {
                    if let Some((h, d)) = st.arc(t).filter(|_| st.valid(t)) {
                        label_features(&c, st, set, h, d, &mut all);
                        parts.clear();
                        static_label_features(&c, set, h, d, &mut parts);
                        dynamic_label_features(&c, st, set, h, d, &mut parts);
                        assert_eq!(all, parts);
                    }
                }
                trans_features(&c, st, set, &mut all);
                let Some(key) = static_key(st) else {
                    panic!("a short sentence has a key");
                };
                let stat = all[..n_static].to_vec();
                match by_key.get(&(key, set)) {
                    Some(seen) => {
                        assert_eq!(seen, &stat, "same key {key:#x}, other static features");
                        shared += 1;
                    }
                    None => {
                        by_key.insert((key, set), stat);
                    }
                }
            }
        }
        assert!(shared > 1000, "{shared} states shared a key");
    }

    #[test]
    fn parsers_written_before_format_5_parse_greedily() {
        let labels = vec!["det".to_string(), "root".to_string()];
        // Format 4: labels, feature set, root, weights; no beam width.
        let mut w = Writer::default();
        w.strs(&labels);
        w.u8(1);
        w.u16(1);
        Weights::default().write(&mut w);
        Weights::default().write(&mut w);
        let mut r = Reader::new(&w.buf);
        r.version = 4;
        let p = Parser::read(&mut r).unwrap_or_default();
        assert!(r.at_end());
        assert_eq!((p.beam(), p.features, p.labels().len()), (1, 1, 2));
        // Format 5 keeps the width.
        let mut q = p.clone();
        q.set_beam(8);
        let mut w = Writer::default();
        q.write(&mut w);
        let mut r = Reader::new(&w.buf);
        r.version = 5;
        let back = Parser::read(&mut r).unwrap_or_default();
        assert!(r.at_end());
        assert_eq!(back.beam(), 8);
    }
}
