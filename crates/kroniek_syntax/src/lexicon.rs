//! An external word lexicon for the tagger: the part-of-speech classes a word takes in another
//! tagged corpus (CoNLL-2002 Dutch, CoNLL-2003 English: news, in their own tag sets).
//!
//! The tagger uses a word's class (the set of tags it was seen with, e.g. `Adj|Adv`) as a
//! feature; the tag sets need no mapping to UPOS, the perceptron learns what each class means.
//! Because the lexicon comes from other text, its classes are as available for training words as
//! for new ones, unlike an ambiguity class computed from the training data itself.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use crate::codec::{Reader, Writer};
use crate::error::{Error, Result};
use crate::hashing::{IdBuild, hash_str};
use crate::tagger::norm;

/// A tag share below this is ignored when a word's class is built.
const MIN_SHARE: f64 = 0.1;

/// Word (hashed normalised form, low 32 bits) → class index into a table of tag-set names.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    classes: Vec<String>,
    map: HashMap<u32, u16, IdBuild>,
}

/// True when a sentence has a word with letters and no word with a lowercase letter (a
/// headline or a dateline).
fn is_all_caps(sentence: &[(String, String)]) -> bool {
    let mut words = 0usize;
    for (form, _) in sentence {
        if form.chars().any(char::is_lowercase) {
            return false;
        }
        words += usize::from(form.chars().any(char::is_alphabetic));
    }
    words >= 1
}

/// Class value for words the lexicon does not know.
pub const UNKNOWN: u64 = 0x0BAD_F00D;

impl Lexicon {
    /// Whether the lexicon has no words.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Number of words and of classes.
    pub fn sizes(&self) -> (usize, usize) {
        (self.map.len(), self.classes.len())
    }

    /// The class feature value of a word hash ([`crate::tagger::Tok::w`]), or [`UNKNOWN`].
    pub fn class(&self, w: u64) -> u64 {
        self.map
            .get(&(w as u32))
            .map_or(UNKNOWN, |&c| u64::from(c) + 0x1_0000)
    }

    /// The class name of a word form (for tests and inspection).
    pub fn class_of(&self, form: &str) -> Option<&str> {
        let c = self.map.get(&(hash_str(&norm(form)) as u32))?;
        self.classes.get(usize::from(*c)).map(String::as_str)
    }

    /// Build from `(form, tag)` pairs.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Lexicon {
        let mut counts: BTreeMap<String, BTreeMap<String, u32>> = BTreeMap::new();
        for (f, t) in pairs {
            *counts
                .entry(norm(f))
                .or_default()
                .entry(t.to_string())
                .or_default() += 1;
        }
        let mut classes: Vec<String> = Vec::new();
        let mut index: HashMap<String, u16> = HashMap::new();
        let mut map = HashMap::default();
        for (w, tags) in counts {
            let total: u32 = tags.values().sum();
            let name = tags
                .iter()
                .filter(|(_, n)| f64::from(**n) / f64::from(total) >= MIN_SHARE)
                .map(|(t, _)| t.as_str())
                .collect::<Vec<_>>()
                .join("|");
            let next = classes.len() as u16;
            let c = *index.entry(name.clone()).or_insert_with(|| {
                classes.push(name);
                next
            });
            map.insert(hash_str(&w) as u32, c);
        }
        Lexicon { classes, map }
    }

    /// Read a column file of `word POS …` lines (CoNLL-2002/2003), UTF-8 or latin-1. Lines
    /// with fewer than three columns, `-DOCSTART-` and words with damaged bytes (0x81 in
    /// the CoNLL-2002 copy) are skipped. With `skip_capitals`, so are sentences written in
    /// capitals (headlines and datelines such as `MOSCOW 1996-08-22`, whose tags describe the
    /// line, not the word: CoNLL-2003 tags that dateline word `RB`, which put "Moscow" in a rare
    /// class and made the English tagger read "Moscow said" as AUX + VERB).
    pub fn read_columns(path: &Path, skip_capitals: bool) -> Result<Vec<(String, String)>> {
        Ok(Lexicon::read_column_sentences(path, skip_capitals, false)?
            .into_iter()
            .flatten()
            .collect())
    }

    /// [`Lexicon::read_columns`], sentence by sentence (a blank line ends one). A sentence
    /// that lost a line (a damaged word, a line of fewer than three columns) keeps its other
    /// words, or with `whole_only` is left out.
    pub fn read_column_sentences(
        path: &Path,
        skip_capitals: bool,
        whole_only: bool,
    ) -> Result<Vec<Vec<(String, String)>>> {
        let bytes = std::fs::read(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => e
                .into_bytes()
                .iter()
                .map(|&b| if b == 0x81 { '\u{FFFD}' } else { char::from(b) })
                .collect(),
        };
        let mut out = Vec::new();
        let mut sentence: Vec<(String, String)> = Vec::new();
        let mut lost = false;
        for line in text.lines().chain(std::iter::once("")) {
            let cols: Vec<&str> = line.split_whitespace().collect();
            if cols.is_empty() {
                let skip = sentence.is_empty()
                    || (skip_capitals && is_all_caps(&sentence))
                    || (whole_only && lost);
                if !skip {
                    out.push(std::mem::take(&mut sentence));
                }
                sentence.clear();
                lost = false;
                continue;
            }
            if cols.first() == Some(&"-DOCSTART-") {
                continue;
            }
            if cols.len() < 3 || cols[0].contains('\u{FFFD}') {
                lost = true;
                continue;
            }
            sentence.push((cols[0].to_string(), cols[1].to_string()));
        }
        Ok(out)
    }

    /// Build from column files ([`Lexicon::read_columns`]).
    pub fn from_files(paths: &[impl AsRef<Path>], skip_capitals: bool) -> Result<Lexicon> {
        let mut pairs = Vec::new();
        for p in paths {
            pairs.extend(Lexicon::read_columns(p.as_ref(), skip_capitals)?);
        }
        Ok(Lexicon::from_pairs(
            pairs.iter().map(|(f, t)| (f.as_str(), t.as_str())),
        ))
    }

    /// Serialise.
    pub fn write(&self, w: &mut Writer) {
        w.strs(&self.classes);
        let mut d: Vec<(&u32, &u16)> = self.map.iter().collect();
        d.sort_unstable();
        w.sorted_keys(d.iter().map(|(k, _)| **k));
        for (_, c) in &d {
            w.u16(**c);
        }
    }

    /// Deserialise.
    pub fn read(r: &mut Reader<'_>) -> Result<Lexicon> {
        let classes = r.strs()?;
        let keys = r.sorted_keys()?;
        let mut map = HashMap::with_capacity_and_hasher(keys.len(), IdBuild::default());
        for k in keys {
            map.insert(k, r.u16()?);
        }
        Ok(Lexicon { classes, map })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines_and_headlines_are_left_out() {
        let dir = std::env::temp_dir().join(format!("kroniek-lex-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap_or_default();
        let path = dir.join("cols.txt");
        let text = "PARIS RB I-ADVP\n1996-08-22 CD I-NP\n\nParis NNP I-NP\nsaid VBD I-VP\n\n\
                    ALL CAPS HEADLINE NNP I-NP\n";
        std::fs::write(&path, text).unwrap_or_default();
        let all = Lexicon::read_columns(&path, false).unwrap_or_default();
        assert_eq!(all.len(), 5);
        let pairs = Lexicon::read_columns(&path, true).unwrap_or_default();
        assert_eq!(
            pairs,
            [
                ("Paris".to_string(), "NNP".to_string()),
                ("said".to_string(), "VBD".to_string())
            ]
        );
        std::fs::remove_dir_all(&dir).unwrap_or_default();
    }
}
