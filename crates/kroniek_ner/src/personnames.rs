//! Given names and surnames as a gazetteer feature ([`crate::features::FeatureSet::NAMES`]).
//!
//! The list (`models/ner/person-names.tsv`: `name TAB F|L|FL`, F a given name, L a surname) is
//! compiled by the `build_ner_names` example from the person-name tables of the npm package
//! `@faker-js/faker` (MIT; real given names and surnames of its Latin-script locales, Dutch and
//! English among them): [`faker_names`] reads them from the package's JavaScript chunks.
//! Look-ups are by lowercase form, so headlines in capitals match too.

use std::collections::HashMap;
use std::sync::OnceLock;

static TEXT: &str = include_str!("../../../models/ner/person-names.tsv");

/// Bit of a given name.
pub const GIVEN: u8 = 1;
/// Bit of a surname.
pub const SURNAME: u8 = 2;

/// The [`GIVEN`] and [`SURNAME`] bits of a lowercase form (0 when not a known name).
pub fn person_name(lower: &str) -> u8 {
    static MAP: OnceLock<HashMap<String, u8>> = OnceLock::new();
    MAP.get_or_init(|| parse(TEXT))
        .get(lower)
        .copied()
        .unwrap_or(0)
}

/// Parse `name TAB F|L|FL` lines into lowercase forms and their bits.
pub fn parse(text: &str) -> HashMap<String, u8> {
    let mut map = HashMap::new();
    for line in text.lines() {
        let Some((name, kinds)) = line.split_once('\t') else {
            continue;
        };
        let bits = kinds.chars().fold(0u8, |b, c| match c {
            'F' => b | GIVEN,
            'L' => b | SURNAME,
            _ => b,
        });
        if bits != 0 {
            *map.entry(name.to_lowercase()).or_default() |= bits;
        }
    }
    map
}

/// Whether a name is one word in Latin script (letters, possibly with diacritics, an inner
/// hyphen or apostrophe), at least two letters long.
pub fn usable(name: &str) -> bool {
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && name.chars().next().is_some_and(char::is_uppercase)
        && name.chars().all(|c| {
            (c.is_alphabetic() && (c.is_ascii() || ('\u{C0}'..='\u{24F}').contains(&c)))
                || c == '-'
                || c == '\''
        })
}

/// The given names and surnames in one JavaScript chunk of `@faker-js/faker`'s `dist` folder:
/// the string literals inside its `first_name:{…}` and `last_name:{…}` (or `[…]`) tables,
/// where a literal may hold several names separated by full stops (the package's compact
/// form). Names that are not [`usable`] are left out.
pub fn faker_names(js: &str) -> (Vec<String>, Vec<String>) {
    let mut out = (Vec::new(), Vec::new());
    for (key, given) in [("first_name:", true), ("last_name:", false)] {
        let mut rest = js;
        while let Some(i) = rest.find(key) {
            let after = &rest[i + key.len()..];
            let body = balanced(after).unwrap_or("");
            let list = if given { &mut out.0 } else { &mut out.1 };
            for lit in literals(body) {
                list.extend(lit.split('.').filter(|n| usable(n)).map(str::to_string));
            }
            rest = after;
        }
    }
    out
}

/// The text of a `{…}` or `[…]` group at the start of `s`, brackets included, skipping
/// brackets inside string literals.
fn balanced(s: &str) -> Option<&str> {
    let open = s.chars().next()?;
    if open != '{' && open != '[' {
        return None;
    }
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '`' | '"' | '\'') => quote = Some(c),
            (None, '{' | '[') => depth += 1,
            (None, '}' | ']') => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return s.get(..=i);
                }
            }
            _ => {}
        }
    }
    None
}

/// The string literals (backtick, double or single quotes) in `s`, without escapes.
fn literals(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start: Option<(char, usize)> = None;
    for (i, c) in s.char_indices() {
        match start {
            Some((q, from)) if c == q => {
                out.extend(s.get(from..i));
                start = None;
            }
            Some(_) => {}
            None if matches!(c, '`' | '"' | '\'') => start = Some((c, i + c.len_utf8())),
            None => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_both_compact_and_array_tables() {
        let js = "const x={person:{first_name:{generic:[`Bo`,`Sam`],female:`Aaltje.Ada.Ümit`},\
                  last_name:{generic:`Bakker.Dijkstra.O'Brien.X.ab`},title:[`Dr.`]}}";
        let (given, surnames) = faker_names(js);
        assert_eq!(given, ["Bo", "Sam", "Aaltje", "Ada", "Ümit"]);
        assert_eq!(surnames, ["Bakker", "Dijkstra", "O'Brien"]);
    }

    #[test]
    fn parse_merges_bits_by_lowercase_form() {
        let map = parse("Jan\tF\nJan\tL\nBakker\tL\nbad line\n");
        assert_eq!(map.get("jan"), Some(&(GIVEN | SURNAME)));
        assert_eq!(map.get("bakker"), Some(&SURNAME));
        assert_eq!(map.len(), 2);
    }

    #[test]
    fn non_latin_and_one_letter_names_are_not_usable() {
        assert!(usable("Ahmad") && usable("Jean-Luc") && usable("Zoë"));
        assert!(!usable("Иван") && !usable("X") && !usable("dr") && !usable("Ng8"));
    }
}
