//! Combining several parsers' trees into one: each parser votes for its heads, and the tree
//! with the most votes is the maximum spanning tree over the vote-weighted arcs (Sagae and
//! Lavie 2006, "Parser combination by reparsing"), found with the Chu–Liu–Edmonds algorithm and
//! kept to one word under the root as UD asks. Each word's relation is that of the first parser
//! (in the order given) whose head for it won.

/// The score of an arc that may not be chosen.
const NO_ARC: f32 = f32::NEG_INFINITY;

/// The heads (0 = root, words 1-based) of the maximum spanning tree of `n` words over arc scores
/// `score[h][d]` (h in 0..=n, d in 1..=n; `score[d][d]` is ignored), with exactly one word
/// under the root: of the words with a root arc, the one whose best tree scores highest.
/// `None` when `score` is not `(n + 1) × (n + 1)` or no tree exists (no root arc).
pub fn max_spanning_tree(score: &[Vec<f32>]) -> Option<Vec<usize>> {
    let n = score.len().checked_sub(1)?;
    if score.iter().any(|row| row.len() != n + 1) {
        return None;
    }
    if n == 0 {
        return Some(Vec::new());
    }
    let mut best: Option<(f32, Vec<usize>)> = None;
    for r in 1..=n {
        if score[0][r] == NO_ARC {
            continue;
        }
        // Only `r` may hang from the root.
        let mut s: Vec<Vec<f32>> = score.to_vec();
        for (d, w) in s[0].iter_mut().enumerate() {
            if d != r {
                *w = NO_ARC;
            }
        }
        let Some(heads) = chu_liu_edmonds(&s) else {
            continue;
        };
        let total: f32 = heads.iter().enumerate().map(|(d, &h)| s[h][d + 1]).sum();
        if best.as_ref().is_none_or(|(b, _)| total > *b) {
            best = Some((total, heads));
        }
    }
    best.map(|(_, heads)| heads)
}

/// Chu–Liu–Edmonds over a dense score matrix (node 0 the root): heads of nodes 1..n, or `None`
/// when some node has no finite incoming arc.
fn chu_liu_edmonds(score: &[Vec<f32>]) -> Option<Vec<usize>> {
    let n = score.len();
    // Best incoming arc of every node but the root.
    let mut head = vec![0usize; n];
    for d in 1..n {
        let (h, w) = (0..n)
            .filter(|&h| h != d)
            .map(|h| (h, score[h][d]))
            .fold((0, NO_ARC), |acc, x| if x.1 > acc.1 { x } else { acc });
        if w == NO_ARC {
            return None;
        }
        head[d] = h;
    }
    let Some(cycle) = find_cycle(&head) else {
        return Some(head[1..].to_vec());
    };
    // Contract the cycle into a new node `c` (the last index of the smaller problem).
    let in_cycle: Vec<bool> = (0..n).map(|v| cycle.contains(&v)).collect();
    let rest: Vec<usize> = (0..n).filter(|&v| !in_cycle[v]).collect();
    let c = rest.len();
    let mut sub = vec![vec![NO_ARC; c + 1]; c + 1];
    // For arcs into the cycle: which cycle node they enter; out of it: which one they leave.
    let mut enter = vec![0usize; c + 1];
    let mut leave = vec![0usize; c + 1];
    for (i, &u) in rest.iter().enumerate() {
        for (j, &v) in rest.iter().enumerate() {
            if i != j {
                sub[i][j] = score[u][v];
            }
        }
        for &v in &cycle {
            // Into the cycle at v: the gain over v's cycle arc.
            let w = score[u][v] - score[head[v]][v];
            if w > sub[i][c] {
                sub[i][c] = w;
                enter[i] = v;
            }
            // Out of the cycle from v to u.
            if i != 0 && score[v][u] > sub[c][i] {
                sub[c][i] = score[v][u];
                leave[i] = v;
            }
        }
    }
    let sub_heads = chu_liu_edmonds(&sub)?;
    let mut out = head.clone();
    for (k, &h) in sub_heads.iter().enumerate() {
        let d = k + 1;
        if d == c {
            // The cycle is entered from rest[h] at `enter[h]`; the other cycle nodes keep theirs.
            out[enter[h]] = rest[h];
        } else if h == c {
            out[rest[d]] = leave[d];
        } else {
            out[rest[d]] = rest[h];
        }
    }
    Some(out[1..].to_vec())
}

/// A cycle among the heads (node 0 has none), as its nodes.
fn find_cycle(head: &[usize]) -> Option<Vec<usize>> {
    let n = head.len();
    let mut state = vec![0u8; n]; // 0 unvisited, 1 on the current path, 2 done
    state[0] = 2;
    for start in 1..n {
        let mut path = Vec::new();
        let mut v = start;
        while state[v] == 0 {
            state[v] = 1;
            path.push(v);
            v = head[v];
        }
        if state[v] == 1 {
            let from = path.iter().position(|&x| x == v).unwrap_or(0);
            return Some(path[from..].to_vec());
        }
        for &p in &path {
            state[p] = 2;
        }
    }
    None
}

/// Combine parsers' `(head, relation)` per word (each slice as long as the sentence) with
/// `weights` per parser: the maximum spanning tree of the weighted head votes, each word's
/// relation from the first parser whose head for it won. `None` when the trees disagree in
/// length, a head is out of range, `weights` does not give one weight per tree, or no tree
/// exists.
pub fn vote(trees: &[Vec<(usize, String)>], weights: &[f32]) -> Option<Vec<(usize, String)>> {
    if weights.len() != trees.len() {
        return None;
    }
    let n = trees.first()?.len();
    // Arcs no parser chose score 0, so a tree always exists; only words some parser put under
    // the root may go there.
    let mut score = vec![vec![0f32; n + 1]; n + 1];
    let mut rooted = vec![false; n + 1];
    for (tree, &w) in trees.iter().zip(weights) {
        if tree.len() != n {
            return None;
        }
        for (d, (h, _)) in tree.iter().enumerate() {
            *score.get_mut(*h)?.get_mut(d + 1)? += w;
            if *h == 0 {
                rooted[d + 1] = true;
            }
        }
    }
    for (d, cell) in score[0].iter_mut().enumerate() {
        if !rooted[d] {
            *cell = NO_ARC;
        }
    }
    // Each word's most voted head (the earlier parser's on a tie): when those form a tree with
    // one word under the root, it is the maximum spanning tree, found without the search.
    let greedy: Vec<usize> = (0..n)
        .map(|d| {
            trees
                .iter()
                .map(|t| t[d].0)
                .fold((0, f32::NEG_INFINITY), |best, h| {
                    let w = score[h][d + 1];
                    if w > best.1 { (h, w) } else { best }
                })
                .0
        })
        .collect();
    let full: Vec<usize> = std::iter::once(0).chain(greedy.iter().copied()).collect();
    let heads = if greedy.iter().filter(|&&h| h == 0).count() == 1 && find_cycle(&full).is_none() {
        greedy
    } else {
        max_spanning_tree(&score)?
    };
    Some(
        heads
            .iter()
            .enumerate()
            .map(|(d, &h)| {
                let rel = trees
                    .iter()
                    .find_map(|t| t.get(d).filter(|(th, _)| *th == h).map(|(_, r)| r.clone()))
                    .unwrap_or_else(|| "dep".to_string());
                (h, rel)
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(heads: &[usize]) -> Vec<(usize, String)> {
        heads.iter().map(|&h| (h, format!("r{h}"))).collect()
    }

    #[test]
    fn the_majority_tree_wins_and_relations_follow_the_winning_parser() {
        let a = tree(&[2, 0, 2, 3]);
        let b = tree(&[2, 0, 2, 2]);
        let c = tree(&[3, 0, 2, 2]);
        let v = vote(&[a, b, c], &[1.0, 1.0, 1.0]).unwrap();
        let heads: Vec<usize> = v.iter().map(|x| x.0).collect();
        assert_eq!(heads, vec![2, 0, 2, 2]);
        assert_eq!(v[3].1, "r2");
        // Malformed input is refused, not a panic.
        assert!(vote(&[tree(&[2, 0]), tree(&[2, 0])], &[1.0]).is_none());
        assert!(vote(&[tree(&[2, 0]), tree(&[9, 0])], &[1.0, 1.0]).is_none());
        assert!(vote(&[tree(&[2, 0]), tree(&[0])], &[1.0, 1.0]).is_none());
    }

    #[test]
    fn cycles_in_the_votes_are_broken_into_a_tree_with_one_root() {
        // Word 1 and 2 vote for each other more than for anything else; 3 is under the root
        // in one tree, 1 in another.
        let a = tree(&[2, 1, 0]);
        let b = tree(&[2, 1, 0]);
        let c = tree(&[0, 1, 1]);
        let v = vote(&[a, b, c], &[1.0, 1.0, 1.0]).unwrap();
        let heads: Vec<usize> = v.iter().map(|x| x.0).collect();
        assert_eq!(heads.iter().filter(|&&h| h == 0).count(), 1);
        assert!(
            find_cycle(
                &[0].into_iter()
                    .chain(heads.iter().copied())
                    .collect::<Vec<_>>()
            )
            .is_none()
        );
        // 1 → 2 (three votes) and 2 → 1 (two) cannot both stay: the weighted first parser makes
        // 3 the root word, 2 hangs from 1, and 1 from 3 (no vote, but the tree's best).
        let a = tree(&[2, 1, 0]);
        let v = vote(&[a.clone(), a, tree(&[0, 1, 1])], &[1.5, 1.0, 1.0]).unwrap();
        let heads: Vec<usize> = v.iter().map(|x| x.0).collect();
        assert_eq!(heads, vec![3, 1, 0]);
    }

    #[test]
    fn mst_matches_brute_force_on_small_random_graphs() {
        let mut seed = 7u64;
        let mut next = || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((seed >> 33) % 10) as f32
        };
        for n in 1..=5usize {
            for _ in 0..40 {
                let score: Vec<Vec<f32>> =
                    (0..=n).map(|_| (0..=n).map(|_| next()).collect()).collect();
                let got = max_spanning_tree(&score).unwrap();
                let total = |hs: &[usize]| -> f32 {
                    hs.iter().enumerate().map(|(d, &h)| score[h][d + 1]).sum()
                };
                // Brute force over all head assignments that form a tree with one root word.
                let mut best = f32::NEG_INFINITY;
                let mut hs = vec![0usize; n];
                loop {
                    let full: Vec<usize> = [0].into_iter().chain(hs.iter().copied()).collect();
                    let roots = hs.iter().filter(|&&h| h == 0).count();
                    let selfloop = hs.iter().enumerate().any(|(d, &h)| h == d + 1);
                    if roots == 1 && !selfloop && find_cycle(&full).is_none() {
                        best = best.max(total(&hs));
                    }
                    let mut i = 0;
                    while i < n {
                        hs[i] += 1;
                        if hs[i] <= n {
                            break;
                        }
                        hs[i] = 0;
                        i += 1;
                    }
                    if i == n {
                        break;
                    }
                }
                assert_eq!(total(&got), best, "n {n} score {score:?} got {got:?}");
            }
        }
    }
}
