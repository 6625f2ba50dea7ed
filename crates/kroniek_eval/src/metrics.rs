//! Precision, recall and F1 from counts.

use std::fmt;
use std::ops::AddAssign;

/// True positives, false positives and false negatives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Prf {
    /// Predicted and in the gold standard.
    pub tp: u64,
    /// Predicted but not in the gold standard.
    pub fp: u64,
    /// In the gold standard but not predicted.
    pub fn_: u64,
}

impl Prf {
    /// Counts from set sizes: `predicted` and `gold` items, `correct` in both.
    pub fn from_counts(correct: u64, predicted: u64, gold: u64) -> Prf {
        Prf {
            tp: correct,
            fp: predicted.saturating_sub(correct),
            fn_: gold.saturating_sub(correct),
        }
    }

    /// tp / (tp + fp); 0 when nothing was predicted.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    /// tp / (tp + fn); 0 when the gold standard is empty.
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    /// The harmonic mean of precision and recall; 0 when both are 0.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

#[expect(
    clippy::cast_precision_loss,
    reason = "counts far below 2^52 in practice"
)]
fn ratio(a: u64, b: u64) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

impl AddAssign for Prf {
    fn add_assign(&mut self, o: Prf) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

impl fmt::Display for Prf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "P {:.4} R {:.4} F1 {:.4} (tp {}, fp {}, fn {})",
            self.precision(),
            self.recall(),
            self.f1(),
            self.tp,
            self.fp,
            self.fn_
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores() {
        let m = Prf::from_counts(8, 10, 16);
        assert_eq!(
            m,
            Prf {
                tp: 8,
                fp: 2,
                fn_: 8
            }
        );
        assert!((m.precision() - 0.8).abs() < 1e-12);
        assert!((m.recall() - 0.5).abs() < 1e-12);
        assert!((m.f1() - 2.0 * 0.4 / 1.3).abs() < 1e-12);
        assert_eq!(Prf::default().f1(), 0.0);
        assert_eq!(
            m.to_string(),
            "P 0.8000 R 0.5000 F1 0.6154 (tp 8, fp 2, fn 8)"
        );
        let mut t = Prf::default();
        t += m;
        t += m;
        assert_eq!(t.tp, 16);
    }
}
