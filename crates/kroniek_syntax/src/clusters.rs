//! Word clusters as features (Koo, Carreras and Collins 2008): each word known to a cluster
//! file carries its cluster ids at three granularities (coarse, middle, fine), which generalise
//! beyond the words of the small treebanks (a word never seen in training still shares a
//! cluster with words that were).
//!
//! The clusters are learnt elsewhere from unlabelled text (the entity tagger's lexicons,
//! `models/ner/clusters-*.tsv`: `form TAB count TAB coarse TAB middle TAB fine`); this module
//! only reads such a file and keeps the map inside the syntax model (format version 6), so the
//! model stays self-contained. Forms are keyed like the tagger's words: the low 32 bits of the
//! hash of the normalised form ([`crate::tagger::norm`]: lower case, digits as `0`), so
//! lookups reuse [`Tok::w`]; where several forms fold to one key (`De`, `de`), the most
//! frequent form's clusters are kept.

use std::collections::HashMap;
use std::path::Path;

use crate::codec::{Reader, Writer};
use crate::error::{Error, Result};
use crate::hashing::{IdBuild, hash_str};
use crate::tagger::{Tok, norm};

/// Cluster value of a word the map does not know (at every level).
pub const UNKNOWN: u64 = 0x0C1_0000;

/// Word (hashed normalised form, low 32 bits) → coarse, middle and fine cluster ids.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Clusters {
    map: HashMap<u32, [u16; 3], IdBuild>,
}

impl Clusters {
    /// Whether the map has no words (a model trained without clusters).
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Number of keys.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Read a cluster file (`form TAB count TAB coarse TAB middle TAB fine`).
    pub fn read_tsv(path: &Path) -> Result<Clusters> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Clusters::from_tsv(&text).map_err(|(line, message)| Error::Conllu {
            path: path.to_path_buf(),
            line,
            message,
        })
    }

    /// Parse the text of a cluster file; the error is (1-based line, what is wrong). Empty
    /// lines are skipped.
    pub fn from_tsv(text: &str) -> std::result::Result<Clusters, (usize, String)> {
        let mut best: HashMap<u32, (u64, [u16; 3]), IdBuild> = HashMap::default();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let [form, count, coarse, middle, fine] = cols.as_slice() else {
                return Err((i + 1, format!("expected 5 columns, found {}", cols.len())));
            };
            let num = |s: &str| {
                s.trim()
                    .parse::<u64>()
                    .map_err(|e| (i + 1, format!("{s:?}: {e}")))
            };
            let id = |s: &str| {
                s.trim()
                    .parse::<u16>()
                    .map_err(|e| (i + 1, format!("{s:?}: {e}")))
            };
            let count = num(count)?;
            let ids = [id(coarse)?, id(middle)?, id(fine)?];
            let key = hash_str(&norm(form)) as u32;
            // The first of equally frequent forms wins (file order: deterministic).
            match best.get(&key) {
                Some(&(c, _)) if c >= count => {}
                _ => {
                    best.insert(key, (count, ids));
                }
            }
        }
        Ok(Clusters {
            map: best.into_iter().map(|(k, (_, ids))| (k, ids)).collect(),
        })
    }

    /// The coarse, middle and fine cluster feature values of a word hash ([`Tok::w`]), each
    /// distinct from the other levels' values; [`UNKNOWN`] for unknown words.
    pub fn ids(&self, w: u64) -> [u64; 3] {
        match self.map.get(&(w as u32)) {
            Some(ids) => [
                u64::from(ids[0]) + 0x1_0000,
                u64::from(ids[1]) + 0x2_0000,
                u64::from(ids[2]) + 0x3_0000,
            ],
            None => [UNKNOWN; 3],
        }
    }

    /// The clusters of a word form (for tests and inspection).
    pub fn of(&self, form: &str) -> Option<[u16; 3]> {
        self.map.get(&(hash_str(&norm(form)) as u32)).copied()
    }

    /// Set each token's cluster values ([`Tok::cl`]).
    pub fn fill(&self, toks: &mut [Tok]) {
        if self.map.is_empty() {
            return;
        }
        for t in toks {
            t.cl = self.ids(t.w);
        }
    }

    /// Serialise: the count, the keys as sorted varint deltas, then each level's ids as a
    /// column (so deflate finds the repetitions).
    pub fn write(&self, w: &mut Writer) {
        let mut d: Vec<(&u32, &[u16; 3])> = self.map.iter().collect();
        d.sort_unstable();
        w.sorted_keys(d.iter().map(|(k, _)| **k));
        for level in 0..3 {
            for (_, ids) in &d {
                w.u16(ids[level]);
            }
        }
    }

    /// Deserialise.
    pub fn read(r: &mut Reader<'_>) -> Result<Clusters> {
        let keys = r.sorted_keys()?;
        let mut ids = vec![[0u16; 3]; keys.len()];
        for level in 0..3 {
            for row in &mut ids {
                row[level] = r.u16()?;
            }
        }
        Ok(Clusters {
            map: keys.into_iter().zip(ids).collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TSV: &str = "de\t100\t4\t4\t4\nDe\t30\t10\t10\t10\nhuis\t7\t2\t17\t301\n\
                       2021\t5\t3\t9\t88\n";

    #[test]
    fn case_variants_keep_the_most_frequent_form() {
        let c = Clusters::from_tsv(TSV).unwrap_or_default();
        assert_eq!(c.len(), 3);
        assert_eq!(c.of("De"), Some([4, 4, 4]));
        assert_eq!(c.of("HUIS"), Some([2, 17, 301]));
        // Digits are folded like the tagger's words: any four-digit number.
        assert_eq!(c.of("1999"), Some([3, 9, 88]));
        assert_eq!(c.of("kat"), None);
    }

    #[test]
    fn bad_lines_are_reported_with_their_number() {
        let err = Clusters::from_tsv("de\t1\t1\t1\t1\nhuis\t7\t2\n").err();
        assert_eq!(err.map(|e| e.0), Some(2));
        assert!(Clusters::from_tsv("x\t1\ta\t1\t1\n").is_err());
    }

    #[test]
    fn tokens_take_their_clusters_and_the_map_round_trips() {
        let c = Clusters::from_tsv(TSV).unwrap_or_default();
        let mut toks = vec![Tok::new("Het", true), Tok::new("huis", false)];
        c.fill(&mut toks);
        assert_eq!(toks[0].cl, [UNKNOWN; 3]);
        assert_eq!(toks[1].cl, [0x1_0002, 0x2_0011, 0x3_012D]);
        let mut w = Writer::default();
        c.write(&mut w);
        let mut r = Reader::new(&w.buf);
        let back = Clusters::read(&mut r).unwrap_or_default();
        assert!(r.at_end());
        assert_eq!(back, c);
    }
}
