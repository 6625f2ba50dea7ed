//! Douglas–Peucker simplification that keeps shared borders identical.
//!
//! Neighbouring provinces store their common border twice, once in each polygon. Simplifying
//! each polygon on its own would drop different vertices on each side and leave slivers and gaps
//! between them. Instead every vertex is looked up by its exact coordinates to find the rings
//! that contain it; a vertex where that set changes (where a border meets the coast or a third
//! region) is locked, and Douglas–Peucker runs on the chains between locked vertices. A shared
//! chain then has the same ends and the same vertices in both rings, and simplifies the same way.

use std::collections::HashMap;

/// A point as (longitude, latitude) in degrees.
pub type Point = (f64, f64);

/// The exact-coordinate key of a point (the sources have at most six decimals).
fn key(p: Point) -> (i64, i64) {
    ((p.0 * 1e6).round() as i64, (p.1 * 1e6).round() as i64)
}

/// Distance from `p` to the segment `a`–`b`.
fn segment_distance(p: Point, a: Point, b: Point) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 {
        0.0
    } else {
        (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / len2).clamp(0.0, 1.0)
    };
    let (cx, cy) = (a.0 + t * dx, a.1 + t * dy);
    ((p.0 - cx).powi(2) + (p.1 - cy).powi(2)).sqrt()
}

/// Mark the vertices Douglas–Peucker keeps between `first` and `last` (indices into the
/// unrolled chain `chain`, both already kept).
fn douglas_peucker(chain: &[Point], keep: &mut [bool], tolerance: f64) {
    let mut stack = vec![(0, chain.len() - 1)];
    while let Some((first, last)) = stack.pop() {
        if last <= first + 1 {
            continue;
        }
        let (a, b) = (chain[first], chain[last]);
        let mut far = (0.0, first);
        for (i, &p) in chain.iter().enumerate().take(last).skip(first + 1) {
            let d = segment_distance(p, a, b);
            if d > far.0 {
                far = (d, i);
            }
        }
        if far.0 > tolerance {
            keep[far.1] = true;
            stack.push((first, far.1));
            stack.push((far.1, last));
        }
    }
}

/// Simplify closed rings (first point not repeated at the end) with the given tolerance in
/// degrees. Vertices shared by the same set of rings simplify identically in every ring. A ring
/// comes back with at least its locked vertices (and never fewer than two points).
pub fn simplify_rings(rings: &[Vec<Point>], tolerance: f64) -> Vec<Vec<Point>> {
    let mut owners: HashMap<(i64, i64), Vec<u32>> = HashMap::new();
    for (r, ring) in rings.iter().enumerate() {
        for &p in ring {
            let list = owners.entry(key(p)).or_default();
            if list.last() != Some(&(r as u32)) && !list.contains(&(r as u32)) {
                list.push(r as u32);
            }
        }
    }
    for list in owners.values_mut() {
        list.sort_unstable();
    }
    rings
        .iter()
        .map(|ring| simplify_ring(ring, &owners, tolerance))
        .collect()
}

fn simplify_ring(
    ring: &[Point],
    owners: &HashMap<(i64, i64), Vec<u32>>,
    tolerance: f64,
) -> Vec<Point> {
    let n = ring.len();
    if n < 4 {
        return ring.to_vec();
    }
    let empty = Vec::new();
    let sig: Vec<&Vec<u32>> = ring
        .iter()
        .map(|&p| owners.get(&key(p)).unwrap_or(&empty))
        .collect();
    let mut locked: Vec<usize> = (0..n)
        .filter(|&i| sig[i] != sig[(i + n - 1) % n] || sig[i] != sig[(i + 1) % n])
        .collect();
    if locked.is_empty() {
        // A ring on its own (an island, or a region with no neighbours): lock its first vertex
        // and the vertex farthest from it.
        let far = (1..n)
            .max_by(|&a, &b| {
                let da = segment_distance(ring[a], ring[0], ring[0]);
                let db = segment_distance(ring[b], ring[0], ring[0]);
                da.total_cmp(&db)
            })
            .unwrap_or(1);
        locked = vec![0, far];
    }
    let mut keep = vec![false; n];
    for &i in &locked {
        keep[i] = true;
    }
    // Each chain runs from one locked vertex to the next, wrapping around the ring.
    for (k, &start) in locked.iter().enumerate() {
        let end = locked.get(k + 1).copied().unwrap_or(locked[0] + n);
        let mut chain: Vec<Point> = (start..=end).map(|i| ring[i % n]).collect();
        let m = chain.len();
        if m < 3 {
            continue;
        }
        // Run on a canonical direction, so that ties in the farthest-vertex search break the
        // same way in the neighbour, which walks the shared chain backwards.
        let reversed = (key(chain[0]), key(chain[1])) > (key(chain[m - 1]), key(chain[m - 2]));
        if reversed {
            chain.reverse();
        }
        let mut chain_keep = vec![false; m];
        douglas_peucker(&chain, &mut chain_keep, tolerance);
        for (j, kept) in chain_keep.iter().enumerate() {
            if *kept {
                let at = if reversed { m - 1 - j } else { j };
                keep[(start + at) % n] = true;
            }
        }
    }
    ring.iter()
        .zip(&keep)
        .filter(|(_, k)| **k)
        .map(|(p, _)| *p)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square_with_bumps(x0: f64) -> Vec<Point> {
        // A unit square whose bottom edge wiggles by 0.001 and whose top edge has a 0.5 spike.
        let mut ring = vec![(x0, 0.0)];
        for i in 1..10 {
            ring.push((
                x0 + f64::from(i) / 10.0,
                if i % 2 == 0 { 0.0 } else { 0.001 },
            ));
        }
        ring.extend([(x0 + 1.0, 0.0), (x0 + 1.0, 1.0), (x0 + 0.5, 1.5), (x0, 1.0)]);
        ring
    }

    #[test]
    fn small_wiggles_go_and_large_features_stay() {
        let out = simplify_rings(&[square_with_bumps(0.0)], 0.01);
        assert_eq!(out[0].len(), 5, "{:?}", out[0]);
        assert!(out[0].contains(&(0.5, 1.5)));
    }

    #[test]
    fn shared_border_simplifies_the_same_in_both_rings() {
        // Two regions side by side share a wiggly vertical border at x = 1.
        let border: Vec<Point> = (0..=20)
            .map(|i| {
                (
                    1.0 + if i % 3 == 0 { 0.0 } else { 0.004 },
                    f64::from(i) / 20.0,
                )
            })
            .collect();
        let mut left = vec![(0.0, 0.0)];
        left.extend(border.iter().copied());
        left.push((0.0, 1.0));
        let mut right: Vec<Point> = border.iter().rev().copied().collect();
        right.extend([(2.0, 1.0), (2.0, 0.0)]);
        // Make the right ring start somewhere else, so the chains are unrolled differently.
        right.rotate_left(5);
        let out = simplify_rings(&[left, right], 0.003);
        let on_border = |ring: &Vec<Point>| {
            let mut v: Vec<(i64, i64)> = ring
                .iter()
                .filter(|p| p.0 >= 1.0 && p.0 < 1.5)
                .map(|&p| key(p))
                .collect();
            v.sort_unstable();
            v
        };
        assert_eq!(on_border(&out[0]), on_border(&out[1]));
        assert!(on_border(&out[0]).len() < border.len());
    }

    #[test]
    fn an_island_keeps_its_extremes() {
        let ring: Vec<Point> = (0..100)
            .map(|i| {
                let a = f64::from(i) / 100.0 * std::f64::consts::TAU;
                (a.cos(), a.sin())
            })
            .collect();
        let out = simplify_rings(std::slice::from_ref(&ring), 0.05);
        assert!(out[0].len() >= 4 && out[0].len() < 30, "{}", out[0].len());
        assert_eq!(out[0][0], ring[0]);
    }
}
