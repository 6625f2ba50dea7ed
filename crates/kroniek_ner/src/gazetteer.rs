//! Place-name gazetteer: folded place names ([`fold()`]) derived from kroniek's compiled
//! gazetteer by [`crate::placenames`] (`cargo run -p kroniek_ner --example build_ner_gazetteer`, see
//! `models/ner/README.md`), embedded in the binary and used as a tagger feature.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::OnceLock;

static NAMES: &str = include_str!("../../../models/ner/gazetteer-loc.txt");
static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();

/// The longest name in words.
pub const MAX_WORDS: usize = crate::placenames::MAX_WORDS;

pub use kroniek_text::fold;

/// [`fold()`] of a word whose lowercase form is `lower`, borrowing `lower` when folding would not
/// change it (plain ASCII without separators: most words).
pub fn fold_word<'a>(word: &str, lower: &'a str) -> Cow<'a, str> {
    if lower.bytes().all(|b| {
        b.is_ascii() && !matches!(b, b'-' | b'_' | b'/' | b'`') && !b.is_ascii_whitespace()
    }) {
        Cow::Borrowed(lower)
    } else {
        Cow::Owned(fold(word))
    }
}

/// The set of lowercase place names.
pub fn places() -> &'static HashSet<&'static str> {
    SET.get_or_init(|| NAMES.lines().filter(|l| !l.is_empty()).collect())
}

/// Position of each token in the longest place name starting at a capitalised token, given
/// the tokens' [`fold()`]ed forms: 0 none, 1 a one-word name, 2 first, 3 inside, 4 last word of a
/// longer name.
pub fn mark(lowers: &[&str], capitalised: &[bool]) -> Vec<u8> {
    crate::phrase_marks::mark_longest(lowers, places(), MAX_WORDS, |i, _| {
        capitalised.get(i).copied().unwrap_or(false)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_places() {
        assert!(places().len() > 100_000, "gazetteer format changed?");
        let m = mark(
            &["hij", "woont", "in", "new", "york", "en", "kabul"],
            &[false, false, false, true, true, false, true],
        );
        assert_eq!(m, [0, 0, 0, 2, 4, 0, 1]);
        assert_eq!(mark(&["kabul"], &[false]), [0]);
        assert_eq!(mark(&["zuid korea", "kaboel"], &[true, true]), [1, 1]);
    }

    #[test]
    fn folds_like_the_geo_gazetteer() {
        assert_eq!(fold("Zuid-Korea"), "zuid korea");
        assert_eq!(fold("  Kábul "), "kabul");
        assert_eq!(fold("Côte d’Ivoire"), "cote d'ivoire");
        assert_eq!(fold("Düsseldorf"), "dusseldorf");
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("ZUID   KOREA"), "zuid korea");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold_word("Kabul", "kabul"), "kabul");
        assert!(matches!(fold_word("Kabul", "kabul"), Cow::Borrowed(_)));
        assert_eq!(fold_word("Zuid-Korea", "zuid-korea"), "zuid korea");
        assert_eq!(fold_word("België", "belgië"), "belgie");
    }
}
