//! English readings that look like time expressions but are not (measured on the TempEval-3
//! training data, where none of them is annotated): ages ("52 years old"), the generic
//! "today's world" (the present era, not the document's day), vote tallies written like a
//! day and month ("a 6-3 vote"), and "average daily volume" (an adjective of a measure, not a
//! recurring event).

use kroniek_core::{TimexType, Token};

use crate::grammar::Hit;
use crate::lexicon::Lex;

/// Nouns after "today's" that make it the present era rather than the day.
const ERA_NOUNS: &[&str] = &[
    "world",
    "youth",
    "society",
    "generation",
    "generations",
    "young",
    "children",
    "kids",
    "teenagers",
    "standards",
];

/// The words of one sentence, by the classified-token index.
pub(crate) struct Words<'a> {
    /// Classified tokens.
    pub lx: &'a [Lex],
    /// Token range of each classified token.
    pub tok_of: &'a [(usize, usize)],
    /// The sentence's tokens.
    pub tokens: &'a [Token],
    /// The document text.
    pub text: &'a str,
}

impl Words<'_> {
    /// The text of classified token `i` (its first token).
    fn word(&self, i: usize) -> Option<&str> {
        let (k, _) = *self.tok_of.get(i)?;
        Some(self.tokens.get(k)?.span.slice(self.text))
    }

    fn is(&self, i: usize, w: &str) -> bool {
        self.word(i).is_some_and(|x| x.eq_ignore_ascii_case(w))
    }

    /// Whether the words before `i` end in an amount: a number, "million", "%", "percent",
    /// or a plural noun after a number ("700 seats").
    fn after_amount(&self, i: usize) -> bool {
        let amount = |j: usize| {
            matches!(self.lx.get(j), Some(Lex::Num(_)))
                || self.word(j).is_some_and(|x| {
                    x.starts_with(|c: char| c.is_ascii_digit() || c == '$')
                        || x.ends_with('%')
                        || ["million", "billion", "percent", "%", "cents"]
                            .iter()
                            .any(|m| x.eq_ignore_ascii_case(m))
                })
        };
        let plural = |j: usize| {
            self.word(j).is_some_and(|x| {
                x.len() > 3 && x.ends_with('s') && x.chars().all(char::is_lowercase)
            })
        };
        amount(i - 1) || (i >= 2 && plural(i - 1) && amount(i - 2))
    }
}

/// Whether an English hit is not a time expression.
pub(crate) fn english_not_time(hit: &Hit, w: &Words<'_>) -> bool {
    // "52 years old", "an 8-month-old baby" is handled when the hyphens are glued
    if hit.kind == TimexType::Duration && w.is(hit.end, "old") {
        return true;
    }
    let single = hit.end == hit.start + 1;
    // "today's world", "today's youth": the present era (annotated 0 of 4 times)
    if single
        && matches!(w.lx.get(hit.start), Some(Lex::DayRel(0)))
        && matches!(w.lx.get(hit.end), Some(Lex::Kw(crate::lexicon::Kw::ApoS)))
        && (hit.end + 1..hit.end + 4).any(|i| {
            w.word(i)
                .is_some_and(|x| ERA_NOUNS.iter().any(|n| x.eq_ignore_ascii_case(n)))
        })
    {
        return true;
    }
    // "a 6-3 vote": English writes dates with slashes; a hyphenated pair is a score
    if single
        && let Some(Lex::DigitDate(_, 2, false)) = w.lx.get(hit.start)
        && w.word(hit.start).is_some_and(|x| x.contains('-'))
    {
        return true;
    }
    // "to rise 8.5% annually", "$17.9 million annually": the rate of an amount, not a
    // recurring time (not annotated 3 of 3 times; "$2 million a year" is annotated 3 of 13
    // times, but dropping it lowered value F1 on AQUAINT, so it stays)
    if single && hit.start > 0 && w.is(hit.start, "annually") && w.after_amount(hit.start) {
        return true;
    }
    // "average daily volume": a measure, not a recurring event
    if single
        && matches!(w.lx.get(hit.start), Some(Lex::Freq(_)))
        && hit.start > 0
        && w.is(hit.start - 1, "average")
    {
        return true;
    }
    false
}
