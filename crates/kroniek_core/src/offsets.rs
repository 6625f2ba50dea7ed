//! The map from normalised text back to the original input.
//!
//! Normalisation (NFC, removed control and zero-width characters, folded whitespace) changes
//! byte offsets. Like `tokenizers`' `NormalizedString`, kroniek keeps an alignment so that every
//! span can be shown in the original file. The map stores only the points where the shift
//! between the two texts changes, so clean text costs one entry.

use serde::{Deserialize, Serialize};

/// One alignment point: normalised offset `norm` corresponds to original offset `orig`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Alignment {
    /// Offset in the normalised text.
    pub norm: u32,
    /// Offset in the original text.
    pub orig: u64,
}

/// Piecewise-linear alignment from normalised to original byte offsets.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OffsetMap {
    points: Vec<Alignment>,
    orig_len: u64,
}

impl OffsetMap {
    /// The identity map for a text of `len` bytes starting at `base` in the original.
    pub fn identity(base: u64, len: usize) -> OffsetMap {
        OffsetMap {
            points: vec![Alignment {
                norm: 0,
                orig: base,
            }],
            orig_len: base + len as u64,
        }
    }

    /// A map from explicit points, which must be ordered by `norm` (out-of-order points are
    /// dropped) ; `orig_end` is the original offset that the end of the normalised text maps to.
    pub fn from_points(points: Vec<Alignment>, orig_end: u64) -> OffsetMap {
        let mut clean: Vec<Alignment> = Vec::with_capacity(points.len());
        for p in points {
            match clean.last_mut() {
                Some(last) if last.norm == p.norm => *last = p,
                Some(last) if last.norm > p.norm || last.orig > p.orig => {}
                _ => clean.push(p),
            }
        }
        if clean.is_empty() {
            clean.push(Alignment { norm: 0, orig: 0 });
        }
        OffsetMap {
            points: clean,
            orig_len: orig_end,
        }
    }

    /// The original offset of normalised offset `norm`.
    pub fn to_original(&self, norm: usize) -> u64 {
        let norm = u32::try_from(norm).unwrap_or(u32::MAX);
        let idx = self.points.partition_point(|p| p.norm <= norm);
        let Some(p) = idx.checked_sub(1).and_then(|i| self.points.get(i)) else {
            return 0;
        };
        let mapped = p.orig + u64::from(norm - p.norm);
        let limit = self.points.get(idx).map_or(self.orig_len, |next| next.orig);
        mapped.min(limit.max(p.orig))
    }

    /// The alignment points (for storage and inspection).
    pub fn points(&self) -> &[Alignment] {
        &self.points
    }

    /// True when the normalised text is a plain shifted copy of the original.
    pub fn is_shift_only(&self) -> bool {
        self.points.len() <= 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_shifts() {
        let m = OffsetMap::identity(13, 100);
        assert_eq!(m.to_original(0), 13);
        assert_eq!(m.to_original(50), 63);
        assert!(m.is_shift_only());
    }

    #[test]
    fn piecewise() {
        // original "a  b" (two spaces) normalised to "a b": after byte 2 shift by one
        let m = OffsetMap::from_points(
            vec![
                Alignment { norm: 0, orig: 0 },
                Alignment { norm: 2, orig: 3 },
            ],
            4,
        );
        assert_eq!(m.to_original(1), 1);
        assert_eq!(m.to_original(2), 3);
        assert_eq!(m.to_original(3), 4);
    }
}
