//! Territorial control and quantities: who holds which region from when, and how many live,
//! died or fight there.
//!
//! Two stages:
//!
//! - [`ControlStage`] (`control`, provides [`LayerKind::Control`](kroniek_core::LayerKind)):
//!   claims per region from (a) events whose pattern declares a control effect (when an event
//!   layer exists), (b) stative statements read with `data/control/stative-{nl,en}.tsv`
//!   ("Panjshir is in handen van de Noordelijke Alliantie", "Kandahar is under Taliban
//!   control", "fighting for Kherson"), (c) exception statements read with
//!   `data/control/exceptions-{nl,en}.tsv` ("X is het enige stukje dat niet veroverd werd door
//!   A", "all provinces except X", "all but one province: X"), which give A's claim on the
//!   country with `exceptions: [X]`, and (d) a sentence rule: a country taken or held by A and,
//!   in the same sentence with a contrast word (maar, behalve, only, but), a region of it
//!   contested or held by another party make that region an exception.
//! - [`AttributeStage`] (`attributes`, provides
//!   [`LayerKind::Attributes`](kroniek_core::LayerKind)): population, dead, injured, displaced,
//!   refugees, fighters and troops, read with `data/control/quantities-{nl,en}.tsv` and a small
//!   number parser (Dutch `150.000`/`1,2 miljoen`, English `150,000`/`1.2 million`, number words;
//!   vague "tientallen"/"dozens" are not values).
//!
//! Design choices:
//!
//! - **Patterns are data.** Each row of a pattern file has an example sentence, and a test runs
//!   every example through the real upstream stages. The pattern language (literal words,
//!   lemmas, optional words, short gaps, noun-phrase slots) is in `pattern.rs`; it works on
//!   token forms and part-of-speech tags, not on the dependency parse, whose Dutch attachment
//!   is too unreliable for this.
//! - **Regions.** A slot resolves to a region through the place layer (a country gives its
//!   alpha-2 code, an admin-1 region its ISO 3166-2 code), through a small definite-NP
//!   coreference (`data/control/anaphora.tsv`: "het land"/"the country" → the document's focus
//!   country, i.e. the country most places lie in; "de provincie" → the most recent admin-1
//!   place; "de vallei" → the most recent place written with that noun, else the most recent
//!   admin-1 place; "the city" → the most recent city), through "the city of X", or, for a
//!   quantified phrase ("één provincie biedt weerstand: de Panjshir-vallei"), through the place
//!   named after a colon. **A city** stands for its admin-1 region: the claim has the admin-1
//!   code as `region`, the city's name as `region_name`, and confidence × 0.7, so claims stay
//!   comparable per region while the city is not lost.
//! - **Actors.** The actor layer's id for the phrase when that layer exists (`ActorLayer::at`),
//!   else a slug of the phrase without determiners (`de Noordelijke Alliantie` →
//!   `noordelijke-alliantie`, confidence × 0.8), so claims are never lost for want of a
//!   dictionary.
//! - **Dates.** The first DATE/TIME expression of the sentence, else the document date
//!   (event claims use the event's date). A date more than a year before the document date, a
//!   `PAST_REF` ("in het verleden") or a past cue word makes the claim historical.
//! - **Negation.** A negated stative match gives no claim; "niet meer"/"no longer" turns held
//!   into lost. Negated events give no claim (a diagnostic notes them): "het Rode Leger kon de
//!   vallei nooit veroveren" says who did not take it, not who held it. Possible and intended
//!   events give none; reported ones count with lower confidence.
//! - **Merging.** Claims with the same region, actor, status and historical flag merge,
//!   collecting evidence sentences, event indices and exceptions.
//! - **Without events.** Captures told as events ("De taliban veroverden het land") need the
//!   event layer; stative and exception statements carry a text on their own. On the seed
//!   article, `AF` captured by the taliban with exception `AF-PAN` comes from "De vallei is het
//!   enige stukje dat niet veroverd werd door de taliban" alone, and is confirmed by the first
//!   sentence once events exist.

mod actor;
mod attributes;
mod claims;
mod control_stage;
mod error;
mod events;
mod number;
mod pattern;
mod region;
mod statements;
mod view;
mod when;

pub use attributes::{ATTRIBUTE_NAMES, AttributeStage};
pub use control_stage::ControlStage;
pub use error::{Error, Result};
pub use pattern::Row;

/// Every row of the embedded pattern files (stative, exception and quantity patterns), for
/// audits and for the test that runs each row's example sentence.
pub fn pattern_rows() -> std::result::Result<Vec<Row>, String> {
    let mut rows = Vec::new();
    let p = statements::patterns()?;
    for set in [&p.nl, &p.en] {
        rows.extend(set.stative.iter().cloned());
        rows.extend(set.exceptions.iter().cloned());
    }
    rows.extend(attributes::quantity_rows()?);
    Ok(rows)
}
