//! Time expressions (TIMEX3) in Dutch and English, resolved against the document date.
//!
//! Design:
//! - **Rules, not a model.** Time expressions are a closed, compositional grammar (numbers,
//!   units, months, weekdays, a few dozen function words) and their values follow from
//!   calendar arithmetic, so a hand-written recogniser over the segmenter's tokens is exact,
//!   explainable and fast. [`lexicon`] classifies each token once (a hash lookup, plus rules
//!   for numerals, Dutch compound number words like `eenentwintig`, ordinals and hyphenated
//!   compounds); [`grammar`] reads patterns over those classes, longest match first.
//! - **Meaning before value.** A match becomes a [`resolve::Sem`] (e.g. "shift the reference
//!   day by −2 days"), which [`resolve::eval`] turns into a day interval for one exact reference
//!   day. A document date known only to the month or year is an interval of possible reference
//!   days: the meaning is evaluated at both ends and the results joined, so `earliest`/`latest`
//!   are exact and the value is the best the evidence allows.
//! - **Reference time per expression.** Deictic expressions ("gisteren") use the document date;
//!   narrative ones ("drie jaar eerder", "sindsdien") the previous date expression of the text;
//!   anchored ones ("enkele dagen voor 9/11") their stated anchor. The `anchor` field says which.
//! - **English tense and financial conventions.** A bare English weekday, month or holiday
//!   takes the direction of the nearest tense marker around it (past: the latest not after the
//!   reference; future: the first not before it); Dutch keeps a sentence-level future test.
//!   Past markers are past forms that are not participles ("sank", "wrote"), and participles
//!   ("-ed", "found", "heard") except in a present passive ("the case is heard in May");
//!   "plan"/"schedule" mark the future only as verbs, not after a determiner ("the plan").
//!   "That year", "later that year", "that same month" are the unit of the narrative's time
//!   (not "that day": as often generic as anaphoric); "the second half of 1989" is `1989-H2`.
//!   The text's reporting quarter is the first quarter it names, then the last one that has
//!   ended by the document date (a coming quarter is a forecast): "the quarter", "the latest
//!   period", "a year ago", "the year-earlier quarter", "the comparable period last year"
//!   resolve against it (TimeBank's convention); after "the nine months" the comparison is
//!   with the year before. Word lists and rates were measured on the TempEval-3 training
//!   data.
//! - **What looks like time but is not** (module `not_time`, English): ages ("52 years
//!   old"), the present era ("today's youth"), vote tallies ("a 6-3 vote"), rates of an
//!   amount ("8.5% annually"), "average daily volume"; "the March for Life" is a march.
//! - **News looks back.** A day or month without a year and without a tense marker takes the
//!   occurrence from about eight months (a day) or seven months (a month) before the reference
//!   to four months after it, not the nearest one: on the training data, dates 7–9 months back
//!   are several times as frequent as dates as far ahead. A weekday is the latest not after
//!   the reference, except that the day after it is "tomorrow". A bare clock time ("at 10 p.m.") is on
//!   the day the text last named; "the weekend" is the last one, or the coming one when the
//!   future is marked; "the year ended March 31" is an accounting period (`P1Y`).
//! - **Guarding against overfitting.** Rules are checked on TimeBank and AQUAINT separately
//!   (see `eval-reports/time.md`); a rule is kept only when it does not lower value F1 on
//!   either.
//! - **Unresolvable is a finding, not an error.** Without a document date, relative
//!   expressions get `XXXX-XX-XX`-style values and a diagnostic.
//! - [`eval`] scores the stage on TimeML (TempEval-3) with the standard metrics.

mod anaphora;
mod calendar;
mod error;
pub mod eval;
pub mod grammar;
pub mod lexicon;
mod not_time;
pub mod numbers;
pub mod resolve;
mod stage;
pub mod timeml;

pub use error::{Error, Result};
pub use eval::{TimeReport, eval_time};
pub use stage::TimeStage;
