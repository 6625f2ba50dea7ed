//! A participant's country code where the actor stage gave none.
//!
//! The actor stage makes actors of names, agencies and persons; a country adjective before an
//! ordinary noun ("an Australian ultimatum", "Palestinian prisoners") is only a cue there, and a
//! country after a locative preposition is a place. An event's participant still belongs to
//! that country (PLOVER codes "an Australian ultimatum" as AUS), so the coder reads the
//! participant's words (and its `by`/`from` modifiers: "calls by Belarus's rulers") against
//! the actor dictionary, leftmost and longest first, and falls back to the country of a place
//! inside the phrase ("Juba" → SDN). A country word that names a language ("the Russian
//! language", "Arabic-language media") names no country.

use kroniek_actors::{Dictionary, Sense};
use kroniek_core::Place;

use crate::tree::Tree;

/// The embedded actor dictionary (parsed once per process), if it parses.
pub fn dictionary() -> Option<&'static Dictionary> {
    Dictionary::embedded().ok()
}

/// The longest phrase, in words, tried against the dictionary.
const MAX_WORDS: usize = 4;

/// A country (or `IGO`/`NGO`-style) code and a sector found in the tokens `toks` (sorted).
pub fn code_in(
    tree: &Tree<'_>,
    toks: &[usize],
    dict: &Dictionary,
    places: &[Place],
) -> Option<(String, Option<String>)> {
    let mut found: Option<(String, Option<String>)> = None;
    'outer: for (k, &i) in toks.iter().enumerate() {
        for n in (1..=MAX_WORDS).rev() {
            let Some(&j) = toks.get(k + n - 1) else {
                continue;
            };
            if j != i + n - 1 {
                continue;
            }
            let surface = tree.span_of(i, j).slice(tree.text);
            // "the Russian language", "Arabic-language media": a language, not a country.
            let language = |w: &str| {
                matches!(
                    w.to_lowercase().as_str(),
                    "language" | "languages" | "taal" | "talen" | "speaking" | "talig" | "talige"
                )
            };
            if toks.get(k + n).is_some_and(|&x| language(tree.form(x)))
                || surface.rsplit('-').next().is_some_and(language)
            {
                continue;
            }
            let mut hit = sense_code(dict, surface, tree.upos(i) == "PROPN");
            if hit.is_none() && n == 1 && surface.contains('-') {
                // "Taliban-strijders", "VN-gezant": a group or country in a compound is its
                // owner; a city is not ("het Minsk-akkoord" is no Belarusian act).
                hit = surface
                    .split('-')
                    .find_map(|part| sense_code(dict, part, false));
            }
            if let Some(h) = hit {
                found = Some(h);
                break 'outer;
            }
        }
    }
    if found.is_none() {
        let (Some(&a), Some(&b)) = (toks.first(), toks.last()) else {
            return None;
        };
        let span = tree.span_of(a, b);
        found = places
            .iter()
            .filter(|p| span.contains(p.span) && !p.country.is_empty())
            .find_map(|p| dict.country_by_iso2(&p.country))
            .map(|c| (c.iso3.clone(), None));
    }
    // A country with an agency noun ("Iranian authorities") takes the agency's sector.
    if let Some((_, sector @ None)) = &mut found {
        *sector = toks.iter().find_map(|&i| {
            dict.lookup(tree.span(i).slice(tree.text))
                .into_iter()
                .find_map(|s| match s {
                    Sense::Agency(a) => dict.agency(a).map(|a| a.sector.clone()),
                    _ => None,
                })
        });
    }
    found
}

/// The code a dictionary phrase stands for: countries by name, adjective or (proper-noun)
/// capital; organisations by their country and sector.
fn sense_code(dict: &Dictionary, surface: &str, proper: bool) -> Option<(String, Option<String>)> {
    if surface.len() < 2 {
        return None;
    }
    dict.lookup(surface).into_iter().find_map(|s| match s {
        Sense::CountryName(c) | Sense::CountryAdjective(c) => {
            dict.country(c).map(|c| (c.iso3.clone(), None))
        }
        Sense::Capital(c) if proper => dict.country(c).map(|c| (c.iso3.clone(), None)),
        Sense::Organisation(o) => dict
            .organisation(o)
            .filter(|o| !o.country.is_empty())
            .map(|o| (o.country.clone(), Some(o.sector.clone()))),
        _ => None,
    })
}
