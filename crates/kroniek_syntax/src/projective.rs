//! Pseudo-projective parsing (Nivre and Nilsson 2005, "head" encoding).
//!
//! The arc-eager parser can only build projective trees. Before training, each non-projective
//! arc is *lifted* (its dependent re-attached to its head's head, shortest arcs first, until the
//! tree is projective), and the lifted dependent's relation records the relation of the head it
//! was taken from: `obj` lifted from under an `xcomp` becomes `obj↑xcomp`. The parser learns
//! these labels like any other. After parsing, [`deprojectivize`] undoes the lift: a word with
//! a label `r↑h` is moved to the first word with relation `h` found breadth-first below its
//! predicted head (outside its own subtree), and its label becomes `r`; where none is found it
//! keeps its head and only loses the mark.
//!
//! Heads are 1-based with 0 for the root, as in CoNLL-U; index `i` of a slice is word `i + 1`.

/// The mark between a relation and the relation of the head it was lifted from.
pub const LIFT: char = '↑';

/// Whether `a` dominates `k` (is `k` or an ancestor of it) in the tree `heads`.
fn dominates(heads: &[usize], a: usize, k: usize) -> bool {
    let mut x = k;
    for _ in 0..=heads.len() {
        if x == a {
            return true;
        }
        if x == 0 {
            return false;
        }
        x = heads.get(x - 1).copied().unwrap_or(0);
    }
    false
}

/// Whether the arc to word `d` (1-based) is projective: its head dominates every word between.
fn arc_projective(heads: &[usize], d: usize) -> bool {
    let h = heads.get(d - 1).copied().unwrap_or(0);
    let (lo, hi) = (h.min(d), h.max(d));
    (lo + 1..hi).all(|k| dominates(heads, h, k))
}

/// The words (1-based) whose incoming arc is non-projective.
pub fn non_projective_arcs(heads: &[usize]) -> Vec<usize> {
    (1..=heads.len())
        .filter(|&d| !arc_projective(heads, d))
        .collect()
}

/// Lift non-projective arcs until the tree is projective, shortest arc first (leftmost on
/// ties). Returns, for each word, the head it had before its first lift (`None`: not lifted).
/// Words are never lifted to the artificial root; heads that are not a tree are left as they
/// are (the check is bounded).
pub fn projectivize(heads: &mut [usize]) -> Vec<Option<usize>> {
    let n = heads.len();
    let mut lifted: Vec<Option<usize>> = vec![None; n];
    if heads.iter().any(|&h| h > n) {
        return lifted;
    }
    for _ in 0..n * n {
        let Some(d) = non_projective_arcs(heads)
            .into_iter()
            .filter(|&d| heads[d - 1] != 0 && heads[heads[d - 1] - 1] != 0)
            .min_by_key(|&d| (heads[d - 1].abs_diff(d), d))
        else {
            break;
        };
        let h = heads[d - 1];
        if lifted[d - 1].is_none() {
            lifted[d - 1] = Some(h);
        }
        heads[d - 1] = heads[h - 1];
    }
    lifted
}

/// Projectivize a tree with string relations: lifted words get `rel↑headrel`, where `headrel`
/// is the relation of the head they were lifted from (subtypes kept). Returns the number of
/// words lifted.
pub fn projectivize_labels(heads: &mut [usize], labels: &mut [String]) -> usize {
    let lifted = projectivize(heads);
    let head_rel: Vec<Option<String>> = lifted
        .iter()
        .map(|h| h.and_then(|h| labels.get(h - 1).cloned()))
        .collect();
    let mut count = 0;
    for (l, hr) in labels.iter_mut().zip(head_rel) {
        if let Some(hr) = hr {
            let base = hr.split(LIFT).next().unwrap_or(&hr).to_string();
            *l = format!("{l}{LIFT}{base}");
            count += 1;
        }
    }
    count
}

/// For a label set, the (base, head relation) classes of each lifted label (`None` for plain
/// labels, and for lifted labels whose parts are not in the set).
pub fn lift_table(labels: &[String]) -> Vec<Option<(u16, u16)>> {
    let index = |s: &str| labels.iter().position(|l| l == s).map(|i| i as u16);
    labels
        .iter()
        .map(|l| {
            let (base, head) = l.split_once(LIFT)?;
            Some((index(base)?, index(head)?))
        })
        .collect()
}

/// Words in breadth-first order from the root, left to right.
fn bfs_order(heads: &[usize]) -> Vec<usize> {
    let n = heads.len();
    let mut order = Vec::with_capacity(n);
    let mut queue = std::collections::VecDeque::from([0usize]);
    let mut seen = vec![false; n + 1];
    while let Some(x) = queue.pop_front() {
        for d in 1..=n {
            if heads[d - 1] == x && !seen[d] {
                seen[d] = true;
                order.push(d);
                queue.push_back(d);
            }
        }
    }
    order
}

/// Undo [`projectivize_labels`] on a parse with label classes: each word with a lifted label
/// (see [`lift_table`]), taken top-down, moves to the first word breadth-first below its head
/// (left to right, outside its own subtree) whose relation is the recorded head relation, and
/// takes its base label.
pub fn deprojectivize(heads: &mut [usize], labels: &mut [u16], table: &[Option<(u16, u16)>]) {
    let lifted = |l: u16| table.get(usize::from(l)).copied().flatten();
    if !labels.iter().any(|&l| lifted(l).is_some()) {
        return;
    }
    let base_of = |l: u16| lifted(l).map_or(l, |(b, _)| b);
    for d in bfs_order(heads) {
        let Some((base, want)) = lifted(labels[d - 1]) else {
            continue;
        };
        let h = heads[d - 1];
        let mut queue = std::collections::VecDeque::from([h]);
        let mut target = None;
        'search: while let Some(x) = queue.pop_front() {
            for k in 1..=heads.len() {
                if heads[k - 1] != x || k == d {
                    continue;
                }
                if base_of(labels[k - 1]) == want && !dominates(heads, d, k) {
                    target = Some(k);
                    break 'search;
                }
                queue.push_back(k);
            }
        }
        if let Some(t) = target {
            heads[d - 1] = t;
        }
        labels[d - 1] = base;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| (*x).to_string()).collect()
    }

    #[test]
    fn lifts_and_restores_a_crossing_arc() {
        // "Wat wil hij kopen ?": wat (obj of kopen) crosses hij → wil.
        // 1 wat→4 obj, 2 wil root, 3 hij→2 nsubj, 4 kopen→2 xcomp, 5 ?→2 punct
        let gold = vec![4, 0, 2, 2, 2];
        assert_eq!(non_projective_arcs(&gold), vec![1]);
        let mut heads = gold.clone();
        let mut labels = s(&["obj", "root", "nsubj", "xcomp", "punct"]);
        assert_eq!(projectivize_labels(&mut heads, &mut labels), 1);
        assert_eq!(heads, vec![2, 0, 2, 2, 2]);
        assert_eq!(labels[0], "obj↑xcomp");
        assert!(non_projective_arcs(&heads).is_empty());

        let set = s(&["nsubj", "obj", "obj↑xcomp", "punct", "root", "xcomp"]);
        let table = lift_table(&set);
        assert_eq!(table[2], Some((1, 5)));
        let mut classes: Vec<u16> = labels
            .iter()
            .map(|l| set.iter().position(|x| x == l).unwrap() as u16)
            .collect();
        deprojectivize(&mut heads, &mut classes, &table);
        assert_eq!(heads, gold);
        assert_eq!(classes, vec![1, 4, 0, 5, 3]);
    }

    #[test]
    fn projective_trees_are_untouched() {
        let mut heads = vec![2, 0, 2];
        let mut labels = s(&["nsubj", "root", "obj"]);
        assert_eq!(projectivize_labels(&mut heads, &mut labels), 0);
        assert_eq!(heads, vec![2, 0, 2]);
        assert_eq!(labels, s(&["nsubj", "root", "obj"]));
    }

    #[test]
    fn unfound_target_only_drops_the_mark() {
        let set = s(&["obj", "obj↑xcomp", "root", "xcomp"]);
        let table = lift_table(&set);
        assert_eq!(lift_table(&s(&["obj", "obj↑xcomp"])), vec![None, None]);
        let mut heads = vec![2, 0];
        let mut classes = vec![1, 2];
        deprojectivize(&mut heads, &mut classes, &table);
        assert_eq!(heads, vec![2, 0]);
        assert_eq!(classes, vec![0, 2]);
    }

    #[test]
    fn broken_trees_do_not_loop() {
        let mut heads = vec![2, 1, 9];
        assert!(projectivize(&mut heads).iter().all(Option::is_none));
        let mut cyc = vec![3, 1, 2, 0];
        let _ = projectivize(&mut cyc);
    }
}
