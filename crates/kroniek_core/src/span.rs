//! Byte spans into a document's immutable, normalised text.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// A half-open byte range `[start, end)` into `Document::text`.
///
/// The invariant `start <= end` holds for every value; [`Span::new`] additionally checks that
/// both ends lie on `char` boundaries of the text the span is made for, so slicing never panics.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Span {
    start: u32,
    end: u32,
}

impl Span {
    /// A span checked against `text`: in bounds, ordered and on char boundaries.
    pub fn new(text: &str, start: usize, end: usize) -> Result<Span> {
        if start > end || end > text.len() {
            return Err(Error::InvalidSpan {
                start,
                end,
                len: text.len(),
                reason: "out of bounds or reversed",
            });
        }
        if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            return Err(Error::InvalidSpan {
                start,
                end,
                len: text.len(),
                reason: "not on a char boundary",
            });
        }
        Self::from_range(start, end)
    }

    /// A span from offsets that the caller derived from the text itself (for instance from
    /// `char_indices`); only the ordering and the 4 GiB limit are checked here.
    pub fn from_range(start: usize, end: usize) -> Result<Span> {
        let (Ok(s), Ok(e)) = (u32::try_from(start), u32::try_from(end)) else {
            return Err(Error::InvalidSpan {
                start,
                end,
                len: end,
                reason: "offset beyond 4 GiB",
            });
        };
        if s > e {
            return Err(Error::InvalidSpan {
                start,
                end,
                len: end,
                reason: "reversed",
            });
        }
        Ok(Span { start: s, end: e })
    }

    /// The first byte.
    pub fn start(self) -> usize {
        self.start as usize
    }

    /// One past the last byte.
    pub fn end(self) -> usize {
        self.end as usize
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    /// True when the span covers no byte.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The covered text; empty when the span does not fit `text` (never panics).
    pub fn slice(self, text: &str) -> &str {
        text.get(self.start()..self.end()).unwrap_or("")
    }

    /// True when `other` lies within this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

/// Every annotation points into the text with one span.
pub trait Spanned {
    /// The annotation's byte span in `Document::text`.
    fn span(&self) -> Span;
}

impl Spanned for Span {
    fn span(&self) -> Span {
        *self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checks_char_boundaries() {
        let text = "Kaboel ĳs";
        assert!(Span::new(text, 0, 6).is_ok());
        assert!(Span::new(text, 7, 8).is_err(), "ĳ is two bytes");
        assert!(Span::new(text, 5, 4).is_err());
        assert!(Span::new(text, 0, 100).is_err());
        assert_eq!(Span::new(text, 7, 9).map(|s| s.slice(text)).ok(), Some("ĳ"));
    }

    #[test]
    fn slice_never_panics() {
        let s = Span::from_range(3, 10).unwrap_or_default();
        assert_eq!(s.slice("ab"), "");
        assert_eq!(s.len(), 7);
    }
}
