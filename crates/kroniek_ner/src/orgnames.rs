//! Organisation-name gazetteer (feature group [`crate::features::FeatureSet::ORG_NAMES`]): a
//! hand-written list of well-known football and cycling clubs, political parties, companies,
//! media and institutions (`models/ner/org-names.txt`, written for kroniek, not taken from a
//! corpus). Football clubs named after their town (`Racing Genk`, `Roda JC`, `Aston Villa`) were
//! the largest group of Dutch ORG names the tagger missed.
//!
//! With [`crate::features::FeatureSet::ORG_NAMES_EN`] the list also holds English-language
//! names (`models/ner/org-names-en.txt`: American and British companies, agencies, parties,
//! football clubs and North American teams), for the English model; the Dutch model reads the
//! first list alone, so the English one can grow without retraining it.

use std::collections::HashSet;
use std::sync::OnceLock;

static TEXT: &str = include_str!("../../../models/ner/org-names.txt");
static TEXT_EN: &str = include_str!("../../../models/ner/org-names-en.txt");

/// The longest name in words.
pub const MAX_WORDS: usize = 5;

fn parse(text: &str) -> impl Iterator<Item = String> + '_ {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            l.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        })
}

/// The lowercase names of `org-names.txt` (words joined by one space).
pub fn names() -> &'static HashSet<String> {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| parse(TEXT).collect())
}

/// The lowercase names of `org-names.txt` and `org-names-en.txt` together.
pub fn names_with_english() -> &'static HashSet<String> {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| parse(TEXT).chain(parse(TEXT_EN)).collect())
}

/// Position of each token in the longest listed name starting at it, given the tokens'
/// lowercase forms and whether each is written with a capital: 0 none, 1 a one-word name, 2
/// first, 3 inside, 4 last word of a longer name. A match needs a capital in one of its words.
/// `english`: match the English names as well ([`names_with_english`]).
pub fn mark(lowers: &[&str], capitalised: &[bool], english: bool) -> Vec<u8> {
    let set = if english {
        names_with_english()
    } else {
        names()
    };
    crate::phrase_marks::mark_longest(lowers, set, MAX_WORDS, |i, len| {
        capitalised.iter().skip(i).take(len).any(|&c| c)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words in lower case, and whether each starts with a capital.
    fn lowered(words: &[&str]) -> (Vec<String>, Vec<bool>) {
        let lowers = words.iter().map(|w| w.to_lowercase()).collect();
        let caps = words
            .iter()
            .map(|w| w.starts_with(char::is_uppercase))
            .collect();
        (lowers, caps)
    }

    #[test]
    fn marks_longest_names() {
        let words = [
            "Club", "Brugge", "speelt", "tegen", "Willem", "II", "en", "Ajax", ".",
        ];
        let (lowers, caps) = lowered(&words);
        let lowers: Vec<&str> = lowers.iter().map(String::as_str).collect();
        assert_eq!(mark(&lowers, &caps, false), vec![2, 4, 0, 0, 2, 4, 0, 1, 0]);
    }

    #[test]
    fn lowercase_words_do_not_match() {
        // `total` and `standard` are listed (capitalised) but here ordinary words.
        let lowers = ["het", "total", "standard", "bedrag"];
        assert_eq!(mark(&lowers, &[false; 4], false), vec![0; 4]);
        assert_eq!(mark(&lowers, &[false; 4], true), vec![0; 4]);
        assert!(names().len() > 400);
    }

    #[test]
    fn english_names_only_when_asked() {
        let words = ["Shares", "of", "Lehman", "Brothers", "and", "Ajax", "rose"];
        let (lowers, caps) = lowered(&words);
        let lowers: Vec<&str> = lowers.iter().map(String::as_str).collect();
        assert_eq!(mark(&lowers, &caps, false), vec![0, 0, 0, 0, 0, 1, 0]);
        assert_eq!(mark(&lowers, &caps, true), vec![0, 0, 2, 4, 0, 1, 0]);
        assert!(names_with_english().len() > names().len() + 500);
        assert!(names_with_english().is_superset(names()));
    }
}
