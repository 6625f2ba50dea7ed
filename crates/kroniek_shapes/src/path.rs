//! SVG path data in an equirectangular projection with integer coordinates.
//!
//! x is the longitude and y the negated latitude, both in units of `unit` degrees (0.01° is about
//! 1 km), so the page draws the paths as they are inside one `viewBox`. Each ring is an absolute
//! move followed by relative line segments: small integers, and no separator before a minus.

use std::fmt::Write;

use crate::simplify::Point;

/// Quantise a point to integer grid coordinates (y pointing down, as in SVG).
pub fn grid(p: Point, unit: f64) -> (i64, i64) {
    ((p.0 / unit).round() as i64, (-p.1 / unit).round() as i64)
}

fn number(out: &mut String, n: i64, first: bool) {
    if !first && n >= 0 {
        out.push(' ');
    }
    let _ = write!(out, "{n}");
}

/// Quantise a ring, dropping repeated points; `None` when fewer than three distinct points
/// remain (the ring is smaller than one grid cell).
pub fn quantise_ring(ring: &[Point], unit: f64) -> Option<Vec<(i64, i64)>> {
    let mut out: Vec<(i64, i64)> = Vec::with_capacity(ring.len());
    for &p in ring {
        let g = grid(p, unit);
        if out.last() != Some(&g) {
            out.push(g);
        }
    }
    while out.len() > 1 && out.first() == out.last() {
        out.pop();
    }
    (out.len() >= 3).then_some(out)
}

/// Append one quantised ring as `M x y l dx dy … z`.
pub fn push_ring(out: &mut String, ring: &[(i64, i64)]) {
    let Some(&(x0, y0)) = ring.first() else {
        return;
    };
    out.push('M');
    number(out, x0, true);
    number(out, y0, false);
    out.push('l');
    let mut prev = (x0, y0);
    for (i, &(x, y)) in ring.iter().enumerate().skip(1) {
        number(out, x - prev.0, i == 1);
        number(out, y - prev.1, false);
        prev = (x, y);
    }
    out.push('z');
}

/// Twice the signed area of a quantised ring (grid units squared).
pub fn area2(ring: &[(i64, i64)]) -> i64 {
    let n = ring.len();
    (0..n)
        .map(|i| {
            let (a, b) = (ring[i], ring[(i + 1) % n]);
            a.0 * b.1 - b.0 * a.1
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rings_become_relative_integer_paths() {
        let ring = quantise_ring(&[(69.5, 35.25), (69.75, 35.25), (69.75, 35.0)], 0.01);
        let ring = ring.unwrap_or_default();
        let mut d = String::new();
        push_ring(&mut d, &ring);
        assert_eq!(d, "M6950-3525l25 0 0 25z");
    }

    #[test]
    fn rings_smaller_than_a_cell_vanish() {
        assert_eq!(
            quantise_ring(&[(1.0, 1.0), (1.001, 1.0), (1.0, 1.002)], 0.01),
            None
        );
    }
}
