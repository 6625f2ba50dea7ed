//! Word clusters learnt from unlabelled text: each frequent-enough word form is described by the
//! words to its left and right (the most frequent lowercase words, and a shape class for the
//! rest), the count vectors are square-rooted and normalised (Hellinger), and spherical k-means
//! groups them at a fine level; the fine centroids are then grouped again into a middle and a
//! coarse level, which plays the part of Brown-cluster path prefixes. Deterministic: the
//! initial centroids are the most frequent words, ties broken by form.
//!
//! The result is written as the tagger's lexicon ([`crate::lexicon`]): `form TAB count TAB
//! coarse TAB middle TAB fine`, one line per form.

use std::collections::HashMap;
use std::fmt::Write as _;

/// Settings of [`build`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClusterOptions {
    /// Forms seen fewer times are left out.
    pub min_count: u32,
    /// How many of the most frequent lowercase words serve as context dimensions.
    pub context_words: usize,
    /// Clusters at the fine, middle and coarse levels.
    pub levels: [usize; 3],
    /// k-means iterations per level.
    pub iterations: usize,
}

impl Default for ClusterOptions {
    fn default() -> Self {
        ClusterOptions {
            min_count: 2,
            context_words: 300,
            levels: [600, 120, 24],
            iterations: 12,
        }
    }
}

/// Split raw text into sentences (lines) of tokens: whitespace-separated, with leading and
/// trailing punctuation split off (hyphens and apostrophes inside a word stay).
pub fn simple_tokens(text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut sent = Vec::new();
        for raw in line.split_whitespace() {
            let mut tail = Vec::new();
            let mut w = raw;
            while let Some(c) = w.chars().next().filter(|c| !c.is_alphanumeric()) {
                sent.push(c.to_string());
                w = &w[c.len_utf8()..];
            }
            while let Some(c) = w.chars().next_back().filter(|c| !c.is_alphanumeric()) {
                tail.push(c.to_string());
                w = &w[..w.len() - c.len_utf8()];
            }
            if !w.is_empty() {
                sent.push(w.to_string());
            }
            sent.extend(tail.into_iter().rev());
        }
        if !sent.is_empty() {
            out.push(sent);
        }
    }
    out
}

/// A shape class for a context word outside the context vocabulary.
fn shape_class(word: &str) -> usize {
    let first = word.chars().next();
    if first.is_some_and(char::is_uppercase) {
        if word.chars().all(|c| !c.is_lowercase()) {
            1
        } else {
            0
        }
    } else if first.is_some_and(char::is_numeric) {
        2
    } else if first.is_some_and(char::is_alphabetic) {
        3
    } else {
        4
    }
}

const SHAPES: usize = 5;

/// One clustered form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clustered {
    /// The form as written.
    pub form: String,
    /// How often it was seen.
    pub count: u32,
    /// Coarse, middle and fine cluster ids.
    pub ids: [u16; 3],
}

type Sparse = Vec<(u32, f32)>;

/// Cluster the forms of `sentences`.
pub fn build(sentences: &[Vec<String>], opts: ClusterOptions) -> Vec<Clustered> {
    // Form counts and the context vocabulary (lowercase).
    let mut counts: HashMap<&str, u32> = HashMap::new();
    let mut lower_counts: HashMap<String, u32> = HashMap::new();
    for s in sentences {
        for w in s {
            *counts.entry(w.as_str()).or_default() += 1;
            *lower_counts.entry(w.to_lowercase()).or_default() += 1;
        }
    }
    let mut ctx_words: Vec<(&String, &u32)> = lower_counts.iter().collect();
    ctx_words.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let ctx_index: HashMap<&str, usize> = ctx_words
        .iter()
        .take(opts.context_words)
        .enumerate()
        .map(|(i, (w, _))| (w.as_str(), i))
        .collect();
    let side = ctx_index.len() + SHAPES + 1;
    let context_of = |w: Option<&String>| -> usize {
        match w {
            None => side - 1,
            Some(w) => ctx_index
                .get(w.to_lowercase().as_str())
                .copied()
                .unwrap_or_else(|| ctx_index.len() + shape_class(w)),
        }
    };
    let mut vocab: Vec<(&str, u32)> = counts
        .iter()
        .filter(|&(_, &c)| c >= opts.min_count)
        .map(|(&w, &c)| (w, c))
        .collect();
    vocab.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let index: HashMap<&str, usize> = vocab
        .iter()
        .enumerate()
        .map(|(i, (w, _))| (*w, i))
        .collect();
    let mut cooc: Vec<HashMap<u32, f32>> = vec![HashMap::new(); vocab.len()];
    for s in sentences {
        for (i, w) in s.iter().enumerate() {
            let Some(&v) = index.get(w.as_str()) else {
                continue;
            };
            let left = context_of(i.checked_sub(1).and_then(|j| s.get(j)));
            let right = side + context_of(s.get(i + 1));
            for d in [left, right] {
                if let (Ok(d), Some(m)) = (u32::try_from(d), cooc.get_mut(v)) {
                    *m.entry(d).or_default() += 1.0;
                }
            }
        }
    }
    let vectors: Vec<Sparse> = cooc
        .into_iter()
        .map(|m| {
            let mut v: Sparse = m.into_iter().map(|(d, c)| (d, c.sqrt())).collect();
            v.sort_by_key(|&(d, _)| d);
            normalise_sparse(&mut v);
            v
        })
        .collect();
    let dim = 2 * side;
    let fine = kmeans_sparse(&vectors, dim, opts.levels[0], opts.iterations);
    let centroids = centroids_of(&vectors, &fine.0, fine.1, dim);
    let as_sparse = sparse_rows(&centroids);
    let mid = kmeans_sparse(&as_sparse, dim, opts.levels[1], opts.iterations);
    let mid_centroids = centroids_of(&as_sparse, &mid.0, mid.1, dim);
    let mid_sparse = sparse_rows(&mid_centroids);
    let coarse = kmeans_sparse(&mid_sparse, dim, opts.levels[2], opts.iterations);
    vocab
        .iter()
        .zip(&fine.0)
        .map(|(&(form, count), &f)| {
            let m = mid.0.get(f).copied().unwrap_or(0);
            let c = coarse.0.get(m).copied().unwrap_or(0);
            let id = |x: usize| u16::try_from(x).unwrap_or(u16::MAX);
            Clustered {
                form: form.to_string(),
                count,
                ids: [id(c), id(m), id(f)],
            }
        })
        .collect()
}

fn normalise_sparse(v: &mut Sparse) {
    let norm = v.iter().map(|(_, x)| x * x).sum::<f32>().sqrt();
    if norm > 0.0 {
        for (_, x) in v.iter_mut() {
            *x /= norm;
        }
    }
}

/// Spherical k-means; the first `k` vectors (the most frequent forms) seed the centroids
/// (seeding farthest-first instead picks rare outliers and gave worse clusters). Returns the
/// assignment of each vector and the number of clusters.
fn kmeans_sparse(
    vectors: &[Sparse],
    dim: usize,
    k: usize,
    iterations: usize,
) -> (Vec<usize>, usize) {
    let k = k.min(vectors.len()).max(1);
    let sim = |v: &Sparse, c: &[f32]| -> f32 {
        v.iter()
            .map(|&(d, x)| x * c.get(d as usize).copied().unwrap_or(0.0))
            .sum()
    };
    let mut centroids: Vec<Vec<f32>> = vectors
        .iter()
        .take(k)
        .map(|v| {
            let mut c = vec![0.0; dim];
            for &(d, x) in v {
                if let Some(slot) = c.get_mut(d as usize) {
                    *slot = x;
                }
            }
            c
        })
        .collect();
    let mut assign = vec![0usize; vectors.len()];
    for _ in 0..iterations {
        let mut changed = 0usize;
        for (a, v) in assign.iter_mut().zip(vectors) {
            let mut best = (f32::NEG_INFINITY, 0usize);
            for (j, c) in centroids.iter().enumerate() {
                let s = sim(v, c);
                if s > best.0 {
                    best = (s, j);
                }
            }
            if *a != best.1 {
                changed += 1;
                *a = best.1;
            }
        }
        centroids = centroids_of(vectors, &assign, k, dim);
        if changed == 0 {
            break;
        }
    }
    (assign, k)
}

/// Dense centroid rows as sparse vectors (the non-zero dimensions only).
fn sparse_rows(rows: &[Vec<f32>]) -> Vec<Sparse> {
    rows.iter()
        .map(|c| {
            c.iter()
                .enumerate()
                .filter(|&(_, &x)| x != 0.0)
                .filter_map(|(d, &x)| u32::try_from(d).ok().map(|d| (d, x)))
                .collect()
        })
        .collect()
}

/// Normalised mean of each cluster's vectors.
fn centroids_of(vectors: &[Sparse], assign: &[usize], k: usize, dim: usize) -> Vec<Vec<f32>> {
    let mut c = vec![vec![0.0f32; dim]; k];
    for (v, &a) in vectors.iter().zip(assign) {
        if let Some(row) = c.get_mut(a) {
            for &(d, x) in v {
                if let Some(slot) = row.get_mut(d as usize) {
                    *slot += x;
                }
            }
        }
    }
    for row in &mut c {
        let norm = row.iter().map(|x| x * x).sum::<f32>().sqrt();
        if norm > 0.0 {
            for x in row.iter_mut() {
                *x /= norm;
            }
        }
    }
    c
}

/// The lexicon file text of clustered forms.
pub fn to_text(clustered: &[Clustered]) -> String {
    let mut out = String::new();
    for c in clustered {
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}",
            c.form, c.count, c.ids[0], c.ids[1], c.ids[2]
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenises_punctuation_off() {
        let s = simple_tokens("Hij zei: \"Kabul's val.\"\nTweede regel");
        assert_eq!(s[0], ["Hij", "zei", ":", "\"", "Kabul's", "val", ".", "\""]);
        assert_eq!(s[1], ["Tweede", "regel"]);
    }

    #[test]
    fn words_in_the_same_contexts_cluster_together() {
        let mut text = String::new();
        for _ in 0..5 {
            for name in ["Jan", "Piet", "Marie"] {
                let _ = writeln!(text, "{name} zegt");
            }
            for place in ["Kabul", "Gent", "Brugge"] {
                let _ = writeln!(text, "naar {place}");
            }
        }
        let opts = ClusterOptions {
            min_count: 2,
            context_words: 20,
            levels: [4, 2, 1],
            iterations: 10,
        };
        let sents = simple_tokens(&text);
        let c = build(&sents, opts);
        let fine = |w: &str| c.iter().find(|x| x.form == w).map(|x| x.ids[2]).unwrap();
        assert_eq!(fine("Jan"), fine("Marie"));
        assert_eq!(fine("Gent"), fine("Brugge"));
        assert_ne!(fine("Jan"), fine("Gent"));
        assert_eq!(c, build(&sents, opts));
    }
}
