//! Time expressions (TIMEX3) resolved against the document date.

use serde::{Deserialize, Serialize};

use crate::span::{Span, Spanned};

/// TIMEX3 types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period ("20 augustus", "vorige week", "de jaren negentig").
    Date,
    /// A time of day ("om 14.30 uur", "gisteravond").
    Time,
    /// A length of time ("drie weken").
    Duration,
    /// A recurring time ("elke maandag").
    Set,
}

/// Which reference time a relative expression was resolved against.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", tag = "kind")]
pub enum TimexAnchor {
    /// Absolute: no reference needed.
    None,
    /// The document date.
    Document,
    /// An earlier time expression of the text (narrative time), by its index.
    Timex {
        /// Index into `TimexLayer::timexes`.
        index: u32,
    },
    /// A named event ("9/11") or other stated reference.
    Event {
        /// What the anchor is.
        name: String,
    },
}

/// One time expression.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Timex {
    /// Where it is.
    pub span: Span,
    /// TIMEX3 type.
    pub kind: TimexType,
    /// TIMEX3 value (`2021-08-18`, `2021-08`, `199X`, `P3W`, `XXXX-XX-XX` when unresolved).
    pub value: String,
    /// TIMEX3 `mod` (`START`, `MID`, `END`, `APPROX`, `BEFORE`, `AFTER`, …).
    pub modifier: Option<String>,
    /// First day the expression can denote (ISO date), accounting for the document date's
    /// precision.
    pub earliest: Option<String>,
    /// Last day the expression can denote (ISO date).
    pub latest: Option<String>,
    /// The reference time used.
    pub anchor: TimexAnchor,
    /// For SETs: TIMEX3 `freq` / `quant` (`1W`, `EVERY`).
    pub freq: Option<String>,
}

impl Spanned for Timex {
    fn span(&self) -> Span {
        self.span
    }
}

/// The time-expression layer.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TimexLayer {
    /// Expressions in text order.
    pub timexes: Vec<Timex>,
}
