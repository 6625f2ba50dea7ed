//! Closed word classes: a word takes a function-word tag (a conjunction, preposition,
//! determiner, pronoun, auxiliary, particle) only if training saw it with that tag.
//!
//! The classes are closed: a treebank lists nearly all their members, so an unseen word, or a
//! seen one in an unseen function, is almost never one of them. Without the constraint, the
//! perceptron's context features can push a noun into one ("Massoud junior de wereld": `junior`
//! a conjunction; "legden maandag het werk neer": `maandag` one). Stored in the model from
//! format version 8 on; older files have no constraint.

use std::collections::HashMap;

use crate::codec::{Reader, Writer};
use crate::error::Result;
use crate::hashing::IdBuild;

/// The UPOS tags of the closed classes.
const CLOSED: [&str; 7] = ["ADP", "AUX", "CCONJ", "DET", "PART", "PRON", "SCONJ"];

/// Which closed-class tags each word was seen with.
#[derive(Clone, Debug, Default)]
pub struct ClosedClasses {
    /// Per tag index: whether its UPOS (the part before a fine tag's `|`) is closed.
    closed: Vec<bool>,
    /// Word hash → the closed tag indices it was seen with.
    seen: HashMap<u64, Vec<u16>, IdBuild>,
}

fn is_closed(tag: &str) -> bool {
    let upos = tag.split('|').next().unwrap_or(tag);
    CLOSED.contains(&upos)
}

impl ClosedClasses {
    /// Learn from `(word hash, tag index)` pairs of the training data over the tag set `tags`.
    pub fn learn(tags: &[String], pairs: impl IntoIterator<Item = (u64, usize)>) -> Self {
        let closed: Vec<bool> = tags.iter().map(|t| is_closed(t)).collect();
        let mut seen: HashMap<u64, Vec<u16>, IdBuild> = HashMap::default();
        for (w, t) in pairs {
            if closed.get(t).copied().unwrap_or(false) {
                let row = seen.entry(w).or_default();
                if !row.contains(&(t as u16)) {
                    row.push(t as u16);
                }
            }
        }
        ClosedClasses { closed, seen }
    }

    /// Whether the word with hash `w` may take tag index `t` (always, for an open tag or
    /// when nothing was learnt).
    pub fn allows(&self, w: u64, t: usize) -> bool {
        self.allowed(w)(t)
    }

    /// The tags the word with hash `w` may take, its entry looked up once (for scoring all
    /// tags of one token).
    pub fn allowed(&self, w: u64) -> impl Fn(usize) -> bool + '_ {
        let row = self.seen.get(&w).map_or(&[][..], Vec::as_slice);
        move |t| !self.closed.get(t).copied().unwrap_or(false) || row.contains(&(t as u16))
    }

    /// Serialise.
    pub fn write(&self, w: &mut Writer) {
        w.u8(u8::from(!self.closed.is_empty()));
        let mut rows: Vec<(&u64, &Vec<u16>)> = self.seen.iter().collect();
        rows.sort_unstable();
        w.u32(rows.len() as u32);
        for (k, row) in rows {
            w.u32(*k as u32);
            w.u32((*k >> 32) as u32);
            w.u16(row.len() as u16);
            for &t in row {
                w.u16(t);
            }
        }
    }

    /// Deserialise over the tag set `tags`.
    pub fn read(r: &mut Reader<'_>, tags: &[String]) -> Result<Self> {
        let on = r.u8()? == 1;
        let n = r.u32()? as usize;
        let mut seen = HashMap::with_capacity_and_hasher(n, IdBuild::default());
        for _ in 0..n {
            let lo = u64::from(r.u32()?);
            let hi = u64::from(r.u32()?);
            let len = r.u16()? as usize;
            let mut row = Vec::with_capacity(len);
            for _ in 0..len {
                row.push(r.u16()?);
            }
            seen.insert(lo | hi << 32, row);
        }
        let closed = if on {
            tags.iter().map(|t| is_closed(t)).collect()
        } else {
            Vec::new()
        };
        Ok(ClosedClasses { closed, seen })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags() -> Vec<String> {
        [
            "ADJ",
            "CCONJ",
            "NOUN",
            "AUX|VerbForm=Fin",
            "VERB|VerbForm=Fin",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect()
    }

    #[test]
    fn an_unseen_word_takes_no_closed_tag_but_any_open_one() {
        let c = ClosedClasses::learn(&tags(), [(1, 1), (2, 2), (3, 3)]);
        assert!(c.allows(1, 1), "'en' seen as CCONJ");
        assert!(!c.allows(2, 1), "a noun never seen as CCONJ");
        assert!(!c.allows(9, 1), "an unseen word");
        assert!(c.allows(9, 0) && c.allows(9, 2) && c.allows(9, 4));
        assert!(
            c.allows(3, 3) && !c.allows(1, 3),
            "fine AUX tags are closed"
        );
    }

    #[test]
    fn round_trips_and_an_empty_set_constrains_nothing() {
        let c = ClosedClasses::learn(&tags(), [(1, 1), (u64::MAX - 5, 3)]);
        let mut w = Writer::default();
        c.write(&mut w);
        let mut r = Reader::new(&w.buf);
        let back = ClosedClasses::read(&mut r, &tags()).unwrap_or_default();
        assert!(back.allows(u64::MAX - 5, 3) && !back.allows(2, 1));
        let none = ClosedClasses::default();
        assert!(none.allows(2, 1));
    }
}
