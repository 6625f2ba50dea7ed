//! The averaged perceptron with sparse, hashed feature weights.
//!
//! During training each feature key owns a short list of `(class, weight, total, stamp)`
//! entries, so only classes that ever took part in an update cost memory. [`Trainer::finish`]
//! averages the weights (the lazy-update trick: totals are brought up to date only when a weight
//! changes), drops near-zero ones and rarely updated features, and quantises the rest to one
//! byte; the frozen [`Weights`] keep one contiguous slice of `(class, code)` pairs per feature.

use std::collections::HashMap;

use crate::codec::{Reader, Writer};
use crate::error::{Error, Result};
use crate::hashing::IdBuild;

#[derive(Clone, Copy)]
struct Entry {
    class: u16,
    w: f32,
    total: f32,
    stamp: u32,
}

#[derive(Clone, Default)]
struct Row {
    /// Updates this feature took part in.
    updates: u32,
    entries: Vec<Entry>,
}

/// Weights being learnt.
pub struct Trainer {
    n_classes: usize,
    rows: HashMap<u32, Row, IdBuild>,
    time: u32,
}

impl Trainer {
    /// A trainer for `n_classes` classes.
    pub fn new(n_classes: usize) -> Trainer {
        Trainer {
            n_classes,
            rows: HashMap::default(),
            time: 0,
        }
    }

    /// Add the current (not averaged) scores of `feats` to `scores`.
    pub fn score(&self, feats: &[u32], scores: &mut [f32]) {
        for f in feats {
            if let Some(row) = self.rows.get(f) {
                for e in &row.entries {
                    if let Some(s) = scores.get_mut(e.class as usize) {
                        *s += e.w;
                    }
                }
            }
        }
    }

    /// Count one training instance; when `guess != truth` move weights towards `truth`.
    pub fn update(&mut self, feats: &[u32], truth: usize, guess: usize) {
        self.time += 1;
        if truth == guess {
            return;
        }
        let now = self.time;
        for &f in feats {
            let row = self.rows.entry(f).or_default();
            row.updates = row.updates.saturating_add(1);
            let row = &mut row.entries;
            for (class, delta) in [(truth, 1.0f32), (guess, -1.0)] {
                let class = class as u16;
                match row.iter_mut().find(|e| e.class == class) {
                    Some(e) => {
                        e.total += (now - e.stamp) as f32 * e.w;
                        e.stamp = now;
                        e.w += delta;
                    }
                    None => row.push(Entry {
                        class,
                        w: delta,
                        total: 0.0,
                        stamp: now,
                    }),
                }
            }
        }
    }

    /// Start one structured training instance (a sentence for the beam parser): advance the
    /// averaging clock once; [`Trainer::add`] then changes weights at this time.
    pub fn tick(&mut self) {
        self.time += 1;
    }

    /// Add `delta` to the weight of `class` for each of `feats` (a structured perceptron's
    /// update is a sum of these: +1 along the gold sequence, −1 along the predicted one).
    pub fn add(&mut self, feats: &[u32], class: usize, delta: f32) {
        let now = self.time;
        let class = class as u16;
        for &f in feats {
            let row = self.rows.entry(f).or_default();
            row.updates = row.updates.saturating_add(1);
            match row.entries.iter_mut().find(|e| e.class == class) {
                Some(e) => {
                    e.total += (now - e.stamp) as f32 * e.w;
                    e.stamp = now;
                    e.w += delta;
                }
                None => row.entries.push(Entry {
                    class,
                    w: delta,
                    total: 0.0,
                    stamp: now,
                }),
            }
        }
    }

    /// Average the weights and freeze them, dropping weights whose magnitude is below `prune`
    /// and features that took part in fewer than `min_updates` updates.
    pub fn finish(self, prune: f32, min_updates: u32) -> Weights {
        let now = self.time.max(1) as f32;
        let mut rows: Vec<(u32, Vec<(u16, f32)>)> = self
            .rows
            .iter()
            .filter(|(_, row)| row.updates >= min_updates)
            .map(|(&k, row)| {
                let mut kept: Vec<(u16, f32)> = row
                    .entries
                    .iter()
                    .map(|e| {
                        let total = e.total + (self.time - e.stamp) as f32 * e.w;
                        (e.class, total / now)
                    })
                    .filter(|(_, avg)| avg.abs() >= prune)
                    .collect();
                kept.sort_by_key(|e| e.0);
                (k, kept)
            })
            .collect();
        rows.sort_unstable_by_key(|r| r.0);
        Weights::from_rows(self.n_classes, rows)
    }
}

/// Frozen, averaged weights, quantised to one byte each.
///
/// A weight is stored as a code: the sign in the top bit and one of 128 magnitude levels spaced
/// geometrically between the smallest and the largest kept magnitude (`lo · r^level`), so every
/// weight keeps its value within about ±4% however wide the range. Scoring looks codes up in a
/// 256-entry table.
#[derive(Clone, Debug)]
pub struct Weights {
    n_classes: usize,
    index: HashMap<u32, (u32, u32), IdBuild>,
    entries: Vec<(u16, u8)>,
    lo: f32,
    hi: f32,
    table: Vec<f32>,
    /// For models of at most [`DENSE`] classes (the parser's transitions), each feature's
    /// decoded weights inline in the hash table: one memory access per feature instead of two.
    dense: HashMap<u32, [f32; DENSE], IdBuild>,
}

/// Models with at most this many classes score from inline dense rows.
const DENSE: usize = 4;

impl Default for Weights {
    fn default() -> Weights {
        Weights::from_rows(0, Vec::new())
    }
}

/// The 256 values the codes stand for, for magnitudes between `lo` and `hi`.
fn code_table(lo: f32, hi: f32) -> Vec<f32> {
    let ratio = level_ratio(lo, hi);
    (0..256u32)
        .map(|code| {
            let mag = f64::from(lo) * ratio.powi((code & 0x7f) as i32);
            let v = if code & 0x80 == 0 { mag } else { -mag };
            v as f32
        })
        .collect()
}

fn level_ratio(lo: f32, hi: f32) -> f64 {
    if lo > 0.0 && hi > lo {
        (f64::from(hi) / f64::from(lo)).powf(1.0 / 127.0)
    } else {
        1.0
    }
}

/// The code of `w` (nearest level in log space).
fn encode(w: f32, lo: f32, hi: f32) -> u8 {
    let ratio = level_ratio(lo, hi);
    let mag = f64::from(w.abs()).max(f64::from(lo));
    let level = if ratio > 1.0 {
        ((mag / f64::from(lo)).ln() / ratio.ln())
            .round()
            .clamp(0.0, 127.0) as u8
    } else {
        0
    };
    level | if w < 0.0 { 0x80 } else { 0 }
}

impl Weights {
    /// Quantise rows of `(key, [(class, weight)])` (keys in any order; zero weights dropped).
    fn from_rows(n_classes: usize, rows: Vec<(u32, Vec<(u16, f32)>)>) -> Weights {
        let mags = rows
            .iter()
            .flat_map(|(_, r)| r.iter().map(|(_, w)| w.abs()));
        let (lo, hi) = mags
            .filter(|m| *m > 0.0)
            .fold((f32::MAX, 0.0f32), |(lo, hi), m| (lo.min(m), hi.max(m)));
        let lo = if hi > 0.0 { lo } else { 1.0 };
        let hi = hi.max(lo);
        let mut index = HashMap::with_capacity_and_hasher(rows.len(), IdBuild::default());
        let mut entries = Vec::new();
        for (k, row) in rows {
            let start = entries.len();
            for (c, w) in row {
                if w != 0.0 {
                    entries.push((c, encode(w, lo, hi)));
                }
            }
            if entries.len() > start {
                index.insert(k, (start as u32, (entries.len() - start) as u32));
            }
        }
        Weights::assemble(n_classes, index, entries, lo, hi)
    }

    /// Build the value table and, for few classes, the dense rows.
    fn assemble(
        n_classes: usize,
        index: HashMap<u32, (u32, u32), IdBuild>,
        entries: Vec<(u16, u8)>,
        lo: f32,
        hi: f32,
    ) -> Weights {
        let table = code_table(lo, hi);
        let mut dense = HashMap::default();
        if n_classes <= DENSE {
            dense.reserve(index.len());
            for (&k, &(start, len)) in &index {
                let mut row = [0f32; DENSE];
                let (start, len) = (start as usize, len as usize);
                for &(c, code) in entries.get(start..start + len).unwrap_or(&[]) {
                    if let (Some(slot), Some(v)) =
                        (row.get_mut(c as usize), table.get(code as usize))
                    {
                        *slot += v;
                    }
                }
                dense.insert(k, row);
            }
        }
        Weights {
            n_classes,
            index,
            entries,
            lo,
            hi,
            table,
            dense,
        }
    }

    /// Number of classes.
    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Number of features with at least one weight.
    pub fn n_features(&self) -> usize {
        self.index.len()
    }

    /// Number of stored (feature, class) weights.
    pub fn n_weights(&self) -> usize {
        self.entries.len()
    }

    /// A copy without the weights whose magnitude is below `min` (for size experiments).
    pub fn pruned(&self, min: f32) -> Weights {
        let rows = self
            .sorted_rows()
            .into_iter()
            .map(|(k, row)| {
                let row = row
                    .into_iter()
                    .filter(|(_, w)| w.abs() >= min)
                    .collect::<Vec<_>>();
                (k, row)
            })
            .collect();
        Weights::from_rows(self.n_classes, rows)
    }

    /// Each feature's row norm, by key: the largest magnitude among its (decoded) weights
    /// (`l1 == false`) or the sum of their magnitudes (`l1 == true`).
    pub fn row_norms(&self, l1: bool) -> Vec<(u32, f32)> {
        let mut out: Vec<(u32, f32)> = self
            .index
            .iter()
            .map(|(&k, &(start, len))| {
                let (start, len) = (start as usize, len as usize);
                let mags = self
                    .entries
                    .get(start..start + len)
                    .unwrap_or(&[])
                    .iter()
                    .map(|&(_, code)| self.value(code).abs());
                let norm = if l1 {
                    mags.sum()
                } else {
                    mags.fold(0.0f32, f32::max)
                };
                (k, norm)
            })
            .collect();
        out.sort_unstable_by_key(|e| e.0);
        out
    }

    /// A copy with only the features for which `keep(key)` holds. Kept rows keep their codes
    /// and the quantisation range, so their weights are exactly those of `self`.
    pub fn retain_rows(&self, keep: impl Fn(u32) -> bool) -> Weights {
        let mut keys: Vec<(u32, (u32, u32))> = self
            .index
            .iter()
            .filter(|(k, _)| keep(**k))
            .map(|(&k, &v)| (k, v))
            .collect();
        keys.sort_unstable_by_key(|e| e.0);
        let mut index = HashMap::with_capacity_and_hasher(keys.len(), IdBuild::default());
        let mut entries = Vec::new();
        for (k, (start, len)) in keys {
            let (start, len) = (start as usize, len as usize);
            let row = self.entries.get(start..start + len).unwrap_or(&[]);
            index.insert(k, (entries.len() as u32, row.len() as u32));
            entries.extend_from_slice(row);
        }
        Weights::assemble(self.n_classes, index, entries, self.lo, self.hi)
    }

    /// Approximate bytes of the lookup tables scoring reads: the hash table's slots (key and
    /// row, or key and offset) with their control bytes, plus the weight entries where rows are
    /// not inline.
    pub fn table_bytes(&self) -> usize {
        fn slots<K, V, S>(m: &HashMap<K, V, S>) -> usize {
            // SwissTable: capacity is 7/8 of a power-of-two bucket count (at least 4 buckets).
            if m.capacity() == 0 {
                0
            } else {
                (m.capacity() * 8 / 7).next_power_of_two().max(4)
            }
        }
        if self.dense.is_empty() {
            slots(&self.index) * (1 + std::mem::size_of::<(u32, (u32, u32))>())
                + self.entries.len() * std::mem::size_of::<(u16, u8)>()
        } else {
            slots(&self.dense) * (1 + std::mem::size_of::<(u32, [f32; DENSE])>())
        }
    }

    fn sorted_rows(&self) -> Vec<(u32, Vec<(u16, f32)>)> {
        let mut keys: Vec<(&u32, &(u32, u32))> = self.index.iter().collect();
        keys.sort_unstable();
        keys.into_iter()
            .map(|(k, &(start, len))| {
                let row = self
                    .entries
                    .iter()
                    .skip(start as usize)
                    .take(len as usize)
                    .map(|&(c, code)| (c, self.value(code)))
                    .collect();
                (*k, row)
            })
            .collect()
    }

    #[inline]
    fn value(&self, code: u8) -> f32 {
        self.table.get(code as usize).copied().unwrap_or(0.0)
    }

    /// Add the scores of `feats` to `scores` (length `n_classes`).
    #[inline]
    pub fn score(&self, feats: &[u32], scores: &mut [f32]) {
        if !self.dense.is_empty() {
            let mut sum = [0f32; DENSE];
            for f in feats {
                if let Some(row) = self.dense.get(f) {
                    for (s, w) in sum.iter_mut().zip(row) {
                        *s += w;
                    }
                }
            }
            for (s, w) in scores.iter_mut().zip(sum) {
                *s += w;
            }
            return;
        }
        for f in feats {
            if let Some(&(start, len)) = self.index.get(f) {
                let (start, len) = (start as usize, len as usize);
                if let Some(row) = self.entries.get(start..start + len) {
                    for &(c, code) in row {
                        if let Some(s) = scores.get_mut(c as usize) {
                            *s += self.value(code);
                        }
                    }
                }
            }
        }
    }

    /// Serialise, column by column (so that the model file compresses well): the key deltas
    /// and row lengths as varints, then the classes (one byte each when there are at most 256
    /// classes), then the weight codes.
    pub fn write(&self, w: &mut Writer) {
        w.u32(self.n_classes as u32);
        w.f32(self.lo);
        w.f32(self.hi);
        let mut keys: Vec<(&u32, &(u32, u32))> = self.index.iter().collect();
        keys.sort_unstable();
        w.sorted_keys(keys.iter().map(|(k, _)| **k));
        for (_, (_, len)) in &keys {
            w.varint(*len);
        }
        let rows = || {
            keys.iter().flat_map(|&(_, &(start, len))| {
                self.entries.iter().skip(start as usize).take(len as usize)
            })
        };
        let wide = self.n_classes > 256;
        for &(c, _) in rows() {
            if wide {
                w.u16(c);
            } else {
                w.u8(c as u8);
            }
        }
        for &(_, code) in rows() {
            w.u8(code);
        }
    }

    /// Deserialise (either format version).
    pub fn read(r: &mut Reader<'_>) -> Result<Weights> {
        if r.version == 1 {
            return Weights::read_v1(r);
        }
        let n_classes = r.u32()? as usize;
        let lo = r.f32()?;
        let hi = r.f32()?;
        let keys = r.sorted_keys()?;
        let mut index = HashMap::with_capacity_and_hasher(keys.len(), IdBuild::default());
        let mut total = 0u32;
        for k in keys {
            let len = r.varint()?;
            index.insert(k, (total, len));
            total = total
                .checked_add(len)
                .ok_or_else(|| Error::Model("weight count overflows".into()))?;
        }
        let wide = n_classes > 256;
        let classes = r.bytes(total as usize * if wide { 2 } else { 1 })?;
        let codes = r.bytes(total as usize)?;
        let entries = (0..total as usize)
            .map(|i| {
                let c = if wide {
                    u16::from_le_bytes([classes[2 * i], classes[2 * i + 1]])
                } else {
                    u16::from(classes[i])
                };
                (c, codes[i])
            })
            .collect();
        Ok(Weights::assemble(n_classes, index, entries, lo, hi))
    }

    /// Deserialise the first model format (`f32` weights), quantising it.
    fn read_v1(r: &mut Reader<'_>) -> Result<Weights> {
        let n_classes = r.u32()? as usize;
        let n = r.u32()? as usize;
        let mut rows = Vec::with_capacity(n.min(1 << 24));
        for _ in 0..n {
            let k = r.u32()?;
            let len = r.u16()?;
            let mut row = Vec::with_capacity(len as usize);
            for _ in 0..len {
                let c = r.u16()?;
                row.push((c, r.f32()?));
            }
            rows.push((k, row));
        }
        Ok(Weights::from_rows(n_classes, rows))
    }
}

/// The index of the highest score among `allowed` classes (first wins ties).
pub fn argmax(scores: &[f32], allowed: impl Fn(usize) -> bool) -> Option<usize> {
    let mut best: Option<(usize, f32)> = None;
    for (i, &s) in scores.iter().enumerate() {
        if allowed(i) && best.is_none_or(|(_, b)| s > b) {
            best = Some((i, s));
        }
    }
    best.map(|(i, _)| i)
}

/// Averaged weights below this magnitude are dropped when a model is frozen (keeps models
/// small; the dropped weights barely move scores).
pub const PRUNE: f32 = 0.5;

/// Features that took part in fewer updates than this are dropped when a model is frozen.
pub const MIN_UPDATES: u32 = 2;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantised_weights_stay_within_four_percent() {
        let (lo, hi) = (0.5f32, 800.0f32);
        let table = code_table(lo, hi);
        let mut v = lo;
        while v <= hi {
            for x in [v, -v] {
                let back = table[encode(x, lo, hi) as usize];
                assert!((back - x).abs() <= 0.04 * x.abs(), "{x} -> {back}");
            }
            v *= 1.013;
        }
        let w = Weights::from_rows(
            2,
            vec![(9, vec![(0, 2.0), (1, -0.75)]), (3, vec![(1, 0.0)])],
        );
        assert_eq!((w.n_features(), w.n_weights()), (1, 2));
        let mut s = [0f32; 2];
        w.score(&[9, 3, 4], &mut s);
        assert!(
            (s[0] - 2.0).abs() < 0.08 && (s[1] + 0.75).abs() < 0.03,
            "{s:?}"
        );
    }
}
