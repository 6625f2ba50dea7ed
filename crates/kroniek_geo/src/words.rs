//! The words of one document, with the work the geoparser would otherwise repeat on them.
//!
//! - Each word is folded once, up front, without a string per word: a word that folds to
//!   itself (most lower-case words and punctuation) is not copied, the others go into one
//!   string ([`push_folded`] writes out the ASCII branch of [`fold()`]).
//! - The longest gazetteer match at a word that begins with a capital is computed once: the
//!   mention scan and the surname scan both ask for it.
//! - A name's gazetteer entries are looked up once ([`Words::ids`]): the choice asks about the
//!   same names many times.
//! - "Is this word written in lower case somewhere?" reads a chain of the lower-case words of
//!   one first letter, not a hash set of every word.
//!
//! Everything comes from the same pure functions as before, so the results are the same.

use std::cell::{OnceCell, RefCell};
use std::ops::Deref;

use rustc_hash::FxHashMap;

use crate::gazetteer::{EntryId, Gazetteer};
use kroniek_text::fold;

/// A gazetteer match: end token, folded key, and the country of an adjective or demonym.
pub(crate) type Match = (usize, String, Option<EntryId>);

/// The tokens of a document as text, folded, with memos.
pub(crate) struct Words<'a> {
    gaz: &'a Gazetteer,
    words: Vec<&'a str>,
    /// The folded words that differ from the word: `folded[start..end]`.
    folded: String,
    /// Where word `i` folded lies in `folded`, or `None` when it folds to itself.
    folded_at: Vec<Option<(u32, u32)>>,
    ids: RefCell<FxHashMap<Box<str>, &'a [EntryId]>>,
    /// Where the memo of word `i`'s match is in `matches` (`u32::MAX`: none; only words that
    /// begin with a capital start matches).
    match_slot: Vec<u32>,
    matches: Vec<OnceCell<Option<Match>>>,
    /// The ASCII words that begin with a lower-case letter, chained by that letter: the last
    /// such word of letter `c` is `lower_last[c]`, the one before word `i` is `lower_before[i]`
    /// (`u32::MAX`: none).
    lower_last: [u32; 26],
    lower_before: Vec<u32>,
}

impl<'a> Deref for Words<'a> {
    type Target = [&'a str];

    fn deref(&self) -> &[&'a str] {
        &self.words
    }
}

impl<'a> Words<'a> {
    /// The words, folded, with their lower-case index; matches and lookups are computed on
    /// first use.
    pub(crate) fn new(gaz: &'a Gazetteer, words: Vec<&'a str>) -> Words<'a> {
        let mut slots = 0;
        let mut match_slot = Vec::with_capacity(words.len());
        let mut folded = String::new();
        let mut folded_at = Vec::with_capacity(words.len());
        let mut lower_last = [u32::MAX; 26];
        let mut lower_before = Vec::with_capacity(words.len());
        for (i, w) in words.iter().enumerate() {
            let capital = match w.as_bytes().first() {
                Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
                _ => w.chars().next().is_some_and(char::is_uppercase),
            };
            if capital {
                match_slot.push(slots);
                slots += 1;
            } else {
                match_slot.push(u32::MAX);
            }
            let itself = folds_to_itself(w);
            if itself {
                folded_at.push(None);
            } else {
                let start = folded.len() as u32;
                push_folded(w, &mut folded);
                folded_at.push(Some((start, folded.len() as u32)));
            }
            // A word that folds to itself is ASCII.
            match w.as_bytes().first() {
                Some(b @ b'a'..=b'z') if itself || w.is_ascii() => {
                    let last = &mut lower_last[usize::from(b - b'a')];
                    lower_before.push(*last);
                    *last = i as u32;
                }
                _ => lower_before.push(u32::MAX),
            }
        }
        Words {
            gaz,
            words,
            folded,
            folded_at,
            ids: RefCell::default(),
            match_slot,
            matches: std::iter::repeat_with(OnceCell::new)
                .take(slots as usize)
                .collect(),
            lower_last,
            lower_before,
        }
    }

    /// Whether word `i` begins with a capital letter (`char::is_uppercase`), as noted up front.
    pub(crate) fn capitalised(&self, i: usize) -> bool {
        self.match_slot.get(i).is_some_and(|s| *s != u32::MAX)
    }

    /// [`Gazetteer::lookup_folded`], remembered for the document.
    pub(crate) fn ids(&self, key: &str) -> &'a [EntryId] {
        if let Some(ids) = self.ids.borrow().get(key) {
            return ids;
        }
        let ids = self.gaz.lookup_folded(key);
        self.ids.borrow_mut().insert(key.into(), ids);
        ids
    }

    /// Word `i` folded with [`fold()`]; `None` past the end.
    pub(crate) fn folded(&self, i: usize) -> Option<&str> {
        match self.folded_at.get(i)? {
            None => self.words.get(i).copied(),
            Some((start, end)) => self.folded.get(*start as usize..*end as usize),
        }
    }

    /// The match at token `i` up to the end of the document, computed by `compute` the first
    /// time it is asked for; `Err` with the computed match where `i` is past the end or a word
    /// that does not begin with a capital (no memo).
    pub(crate) fn match_at(
        &self,
        i: usize,
        compute: impl FnOnce() -> Option<Match>,
    ) -> Result<Option<&Match>, Option<Match>> {
        let slot = self.match_slot.get(i).copied().unwrap_or(u32::MAX);
        match self.matches.get(slot as usize) {
            Some(cell) => Ok(cell.get_or_init(compute).as_ref()),
            None => Err(compute()),
        }
    }

    /// Whether `word` is a word of the document that is ASCII and begins with a lower-case
    /// letter ("village" written so somewhere).
    pub(crate) fn has_lower(&self, word: &str) -> bool {
        let Some(c @ b'a'..=b'z') = word.as_bytes().first() else {
            return false;
        };
        let mut at = self.lower_last[usize::from(c - b'a')];
        while let Some(w) = self.words.get(at as usize) {
            if *w == word {
                return true;
            }
            at = self
                .lower_before
                .get(at as usize)
                .copied()
                .unwrap_or(u32::MAX);
        }
        false
    }
}

/// Whether [`fold()`] gives `s` back: ASCII without capitals, backquotes, hyphens,
/// underscores, slashes or white space.
fn folds_to_itself(s: &str) -> bool {
    s.bytes().all(|b| KEPT[usize::from(b)])
}

/// The bytes that [`fold()`] keeps as they are in an ASCII word: not capitals, backquotes,
/// hyphens, underscores, slashes or ASCII white space as `char::is_whitespace` has it (tab,
/// line feed, vertical tab, form feed, carriage return, space); no byte of a non-ASCII
/// character.
const KEPT: [bool; 256] = {
    let mut kept = [false; 256];
    let mut b = 0;
    while b < 128 {
        kept[b] = !matches!(
            b as u8,
            b'A'..=b'Z' | b'`' | b'-' | b'_' | b'/' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' '
        );
        b += 1;
    }
    kept
};

/// Append `fold(s)` to `out` (the ASCII branch of [`fold()`] written out, so that an ASCII
/// word needs no string of its own).
fn push_folded(s: &str, out: &mut String) {
    if !s.is_ascii() {
        out.push_str(&fold(s));
        return;
    }
    let start = out.len();
    let mut space = true;
    for b in s.bytes() {
        let c = if b == b'`' { '\'' } else { char::from(b) };
        if c == '-' || c == '_' || c == '/' || c.is_whitespace() {
            if !space {
                out.push(' ');
                space = true;
            }
            continue;
        }
        space = false;
        out.push(c.to_ascii_lowercase());
    }
    if out.len() > start && out.ends_with(' ') {
        out.pop();
    }
}

/// Whether `fold(s) == key`, without building the folded string when `s` is ASCII (the
/// ASCII branch of [`fold()`]: backquote to apostrophe, runs of hyphens, underscores,
/// slashes and white space to one space, none at either end, lower case).
pub(crate) fn folds_to(s: &str, key: &str) -> bool {
    if !s.is_ascii() {
        return fold(s) == key;
    }
    let mut k = key.bytes();
    let mut space = true;
    let mut pending = false;
    for b in s.bytes() {
        let c = if b == b'`' { '\'' } else { char::from(b) };
        if c == '-' || c == '_' || c == '/' || c.is_whitespace() {
            if !space {
                pending = true;
                space = true;
            }
            continue;
        }
        space = false;
        if pending {
            if k.next() != Some(b' ') {
                return false;
            }
            pending = false;
        }
        if k.next() != Some(c.to_ascii_lowercase() as u8) {
            return false;
        }
    }
    k.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_to_agrees_with_fold() {
        let names = [
            "Zuid-Korea",
            "  Kábul ",
            "New  York",
            "-Al-Fashir-",
            "a_b/c",
            "O`Hare",
            "x\u{b}y",
            "",
            " ",
            "--",
            "Côte d’Ivoire",
            "ST. LOUIS",
        ];
        let keys = [
            "zuid korea",
            "kabul",
            "new york",
            "al fashir",
            "a b c",
            "o'hare",
            "x y",
        ];
        for n in names {
            for k in keys.iter().copied().chain([fold(n).as_str(), "", " "]) {
                assert_eq!(folds_to(n, k), fold(n) == k, "{n:?} {k:?}");
            }
        }
    }

    #[test]
    fn folded_words_agree_with_fold() {
        let words = [
            "Kábul",
            "en",
            "NEW",
            "Zuid-Korea",
            "-",
            "'s",
            "’s",
            "a/b",
            "x_y",
            "`",
            "--a--",
            "",
            " ",
            "dc",
            "D.C.",
            "Straße",
            "o`hare",
            "tab\tin",
            "İstanbul",
        ];
        let w = Words::new(crate::embedded::gazetteer().unwrap(), words.to_vec());
        for (i, word) in words.iter().enumerate() {
            assert_eq!(w.folded(i), Some(fold(word).as_str()), "{word:?}");
        }
        assert_eq!(w.folded(words.len()), None);
    }

    #[test]
    fn folds_to_agrees_on_every_gazetteer_name() {
        let gaz = crate::embedded::gazetteer().unwrap();
        let mut pushed = String::new();
        for e in gaz.entries() {
            let f = fold(e.name);
            assert!(folds_to(e.name, &f), "{}", e.name);
            pushed.clear();
            push_folded(e.name, &mut pushed);
            assert_eq!(pushed, f, "{}", e.name);
            // A sufficient test, not a necessary one ("el hed" folds to itself too).
            assert!(!folds_to_itself(e.name) || f == e.name, "{}", e.name);
            let longer = format!("{f}x");
            assert!(!folds_to(e.name, &longer), "{}", e.name);
            if let Some(shorter) = f.get(..f.len().saturating_sub(1)) {
                assert_eq!(folds_to(e.name, shorter), f == shorter, "{}", e.name);
            }
        }
    }

    #[test]
    fn words_fold_once_and_know_lower_case_words() {
        let gaz = crate::embedded::gazetteer().unwrap();
        let w = Words::new(gaz, vec!["Kábul", "en", "Herat", "été"]);
        assert_eq!(w.ids("kabul"), gaz.lookup_folded("kabul"));
        assert_eq!(w.ids("kabul"), gaz.lookup("Kabul"));
        assert!(w.ids("no such place at all").is_empty());
        assert_eq!(w.folded(0), Some("kabul"));
        assert_eq!(w.folded(4), None);
        assert!(w.capitalised(0) && !w.capitalised(1) && w.capitalised(2));
        assert!(!w.capitalised(3) && !w.capitalised(4));
        assert!(w.has_lower("en"));
        assert!(!w.has_lower("été"));
        assert!(!w.has_lower("Herat"));
        assert!(!w.has_lower("herat"));
        assert!(!w.has_lower("e"));
        assert!(!w.has_lower(""));
        let many = Words::new(
            gaz,
            vec!["b", "a", "Zed", "ab", "zed", "a-b", "éa", "aé", "b"],
        );
        for (q, yes) in [
            ("a", true),
            ("b", true),
            ("ab", true),
            ("zed", true),
            ("a-b", true),
            ("aé", false),
            ("éa", false),
            ("z", false),
            ("Zed", false),
        ] {
            assert_eq!(many.has_lower(q), yes, "{q}");
        }
        let mut calls = 0;
        for _ in 0..3 {
            let m = w.match_at(2, || {
                calls += 1;
                Some((3, "herat".into(), None))
            });
            assert_eq!(m.ok().flatten().map(|m| m.0), Some(3));
        }
        assert_eq!(calls, 1);
        for i in [1, 9] {
            let m = w.match_at(i, || {
                calls += 1;
                None
            });
            assert_eq!(m, Err(None));
        }
        assert_eq!(calls, 3);
    }

    #[test]
    fn ascii_white_space_is_what_char_says() {
        for b in 0_u8..128 {
            let s = char::from(b).to_string();
            assert_eq!(folds_to_itself(&s), fold(&s) == s, "{b}");
        }
    }
}
