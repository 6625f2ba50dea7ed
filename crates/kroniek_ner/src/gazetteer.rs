//! Place-name gazetteer: folded place names ([`fold`]) derived from kroniek's compiled
//! gazetteer by [`crate::placenames`] (`cargo run --example build_gazetteer`, see
//! `models/ner/README.md`), embedded in the binary and used as a tagger feature.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

static NAMES: &str = include_str!("../../../models/ner/gazetteer-loc.txt");
static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();

/// The longest name in words.
pub const MAX_WORDS: usize = crate::placenames::MAX_WORDS;

/// Fold a name the way the gazetteer's keys are folded (`kroniek_geo::fold`): lower case,
/// diacritics removed, ß æ œ ø ł ı đ þ spelt out, hyphens, slashes, underscores and white space
/// as single spaces, typographic apostrophes made plain. "Zuid-Korea" → `zuid korea`.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = true; // suppress leading spaces
    for c in s.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        match c {
            'ß' => push_str(&mut out, &mut space, "ss"),
            'æ' | 'Æ' => push_str(&mut out, &mut space, "ae"),
            'œ' | 'Œ' => push_str(&mut out, &mut space, "oe"),
            'ø' | 'Ø' => push(&mut out, &mut space, 'o'),
            'ł' | 'Ł' => push(&mut out, &mut space, 'l'),
            'ı' => push(&mut out, &mut space, 'i'),
            'đ' | 'Đ' => push(&mut out, &mut space, 'd'),
            'þ' | 'Þ' => push_str(&mut out, &mut space, "th"),
            '\u{2018}' | '\u{2019}' | '\u{02bc}' | '`' | '\u{00b4}' => {
                push(&mut out, &mut space, '\'')
            }
            '\u{2010}'..='\u{2015}' => push(&mut out, &mut space, ' '),
            _ => {
                for l in c.to_lowercase() {
                    push(&mut out, &mut space, l);
                }
            }
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// [`fold`] of a word whose lowercase form is `lower`, borrowing `lower` when folding would not
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

fn push_str(out: &mut String, space: &mut bool, s: &str) {
    for c in s.chars() {
        push(out, space, c);
    }
}

fn push(out: &mut String, space: &mut bool, c: char) {
    if c == '-' || c == '_' || c == '/' || c.is_whitespace() {
        if !*space {
            out.push(' ');
            *space = true;
        }
        return;
    }
    *space = false;
    out.push(c.to_ascii_lowercase());
}

/// The set of lowercase place names.
pub fn places() -> &'static HashSet<&'static str> {
    SET.get_or_init(|| NAMES.lines().filter(|l| !l.is_empty()).collect())
}

/// Position of each token in the longest place name starting at a capitalised token, given
/// the tokens' [`fold`]ed forms: 0 none, 1 a one-word name, 2 first, 3 inside, 4 last word of a
/// longer name.
pub fn mark(lowers: &[&str], capitalised: &[bool]) -> Vec<u8> {
    let set = places();
    let mut out = vec![0u8; lowers.len()];
    let mut buf = String::new();
    let mut i = 0;
    while i < lowers.len() {
        let mut matched = 0;
        if capitalised.get(i).copied().unwrap_or(false) {
            for len in (1..=MAX_WORDS.min(lowers.len() - i)).rev() {
                buf.clear();
                for (k, w) in lowers.iter().skip(i).take(len).enumerate() {
                    if k > 0 {
                        buf.push(' ');
                    }
                    buf.push_str(w);
                }
                if set.contains(buf.as_str()) {
                    matched = len;
                    break;
                }
            }
        }
        match matched {
            0 => i += 1,
            1 => {
                out[i] = 1;
                i += 1;
            }
            n => {
                for (k, o) in out.iter_mut().skip(i).take(n).enumerate() {
                    *o = if k == 0 {
                        2
                    } else if k + 1 == n {
                        4
                    } else {
                        3
                    };
                }
                i += n;
            }
        }
    }
    out
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
