//! English anaphoric units: "that year", "that same month", "later that year" name the unit of
//! the narrative's time (the previous date expression), as TimeML tags them
//! (`Sem::Narrative` with no shift). Only months and years: "that day" is as often generic
//! ("trades made that day") as anaphoric, and after a month-only date its day is unknown
//! (on TBAQ, "that day" added 4 predictions and no correct value).

use kroniek_core::{TimexType, Token};

use crate::grammar::Hit;
use crate::lexicon::{Kw, Lex, Unit};
use crate::resolve::Sem;

/// Insert a hit, in order, for each "that [same] MONTH|YEAR" not already inside one,
/// taking a directly preceding "earlier"/"later" into the span. A possessive after the unit
/// ("that year's budget") is still the year.
pub(crate) fn that_units(
    lx: &[Lex],
    tok_of: &[(usize, usize)],
    tokens: &[Token],
    text: &str,
    hits: &mut Vec<Hit>,
) {
    let word = |k: usize| {
        tok_of
            .get(k)
            .and_then(|r| tokens.get(r.0))
            .map_or("", |t| t.span.slice(text))
    };
    for k in 0..lx.len() {
        if !word(k).eq_ignore_ascii_case("that") {
            continue;
        }
        let mut u = k + 1;
        if word(u).eq_ignore_ascii_case("same") {
            u += 1;
        }
        let Some(Lex::Unit(unit @ (Unit::Month | Unit::Year), false)) = lx.get(u) else {
            continue;
        };
        // "that day-to-day work": a hyphenated compound is no unit
        let next_hyphen = tok_of
            .get(u)
            .and_then(|r| tokens.get(r.1.saturating_sub(1)))
            .is_some_and(|t| text.get(t.span.end()..).is_some_and(|s| s.starts_with('-')));
        if next_hyphen {
            continue;
        }
        let start = if k > 0 && matches!(lx.get(k - 1), Some(Lex::Kw(Kw::Earlier | Kw::Later))) {
            k - 1
        } else {
            k
        };
        if hits.iter().any(|h| h.start <= u && start < h.end) {
            continue;
        }
        let at = hits.partition_point(|h| h.start < start);
        hits.insert(
            at,
            Hit {
                start,
                end: u + 1,
                sem: Sem::Narrative {
                    unit: *unit,
                    lo: 0,
                    hi: 0,
                },
                kind: TimexType::Date,
            },
        );
    }
}
