//! Verb particles read as prepositions of the next clause, repaired after parsing.
//!
//! A Dutch separable verb leaves its particle at the end of the main clause, which can be right
//! before a subordinate clause: "We vragen ons af wat de familie zoekt". The parser sometimes
//! hangs `af` from the verb of the subordinate clause as its preposition (`case`), like "van" in
//! "een beeld van wat deze baan inhoudt"; then the main verb loses its particle, and the coder
//! reads "vragen" (ask) where the text says "afvragen" (wonder). Which words are particles is
//! learnt from the treebank: a word used as `compound:prt` at least three times and more often
//! than in all its other functions together (the shipped Dutch model: "af", "mee", "neer",
//! "overeen", "terecht", "terug", "toe").
//! Where such a word is a `case` of a verb to its right, and the next word opens that verb's
//! clause ("wat", "of", "dat", "hoe"), it becomes the particle of the nearest verb above it that
//! stands to its left and has no particle yet. Stored in the model from format version 9 on;
//! older files have an empty table, so nothing changes for them.

use std::collections::HashMap;

use kroniek_core::TokenSyntax;

use crate::codec::{Reader, Writer};
use crate::error::Result;

/// Uses as a particle a word needs before it counts as one.
const MIN_PARTICLE_USES: u32 = 3;

/// The words that are mostly verb particles (lower case, sorted).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Particles {
    words: Vec<String>,
}

impl Particles {
    /// Learn from the `(form, relation)` pairs of the training data.
    pub fn learn<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Particles {
        let mut counts: HashMap<String, (u32, u32)> = HashMap::new();
        for (form, rel) in pairs {
            let c = counts.entry(form.to_lowercase()).or_default();
            if rel == "compound:prt" {
                c.0 += 1;
            } else {
                c.1 += 1;
            }
        }
        let mut words: Vec<String> = counts
            .into_iter()
            .filter(|(_, (prt, other))| *prt >= MIN_PARTICLE_USES && prt > other)
            .map(|(w, _)| w)
            .collect();
        words.sort_unstable();
        Particles { words }
    }

    /// Whether `form` is mostly a verb particle.
    pub fn contains(&self, form: &str) -> bool {
        self.words
            .binary_search_by(|w| w.as_str().cmp(&form.to_lowercase()))
            .is_ok()
    }

    /// The words, sorted.
    pub fn words(&self) -> &[String] {
        &self.words
    }

    /// Serialise.
    pub fn write(&self, w: &mut Writer) {
        w.strs(&self.words);
    }

    /// Deserialise (format 9 on; older files: an empty table).
    pub fn read(r: &mut Reader<'_>) -> Result<Particles> {
        if r.version < 9 {
            return Ok(Particles::default());
        }
        let mut words = r.strs()?;
        words.sort_unstable();
        Ok(Particles { words })
    }

    /// Give particles read as a preposition of the next clause back to their verb (see the
    /// module documentation).
    pub fn reclaim(&self, forms: &[&str], toks: &mut [TokenSyntax]) {
        for i in 0..toks.len() {
            if toks[i].deprel != "case" || !forms.get(i).is_some_and(|f| self.contains(f)) {
                continue;
            }
            let Some(h) = (toks[i].head as usize).checked_sub(1) else {
                continue;
            };
            let opens_clause = toks.get(i + 1).is_some_and(|t| t.head as usize == h + 1);
            if h <= i + 1 || !toks.get(h).is_some_and(is_verb) || !opens_clause {
                continue;
            }
            if let Some(v) = verb_above(toks, h, i) {
                toks[i].head = v as u32 + 1;
                toks[i].deprel = "compound:prt".to_string();
            }
        }
    }
}

fn is_verb(t: &TokenSyntax) -> bool {
    matches!(t.upos.as_str(), "VERB" | "AUX")
}

/// The nearest verb above `h` that stands left of `i` and has no particle of its own.
fn verb_above(toks: &[TokenSyntax], h: usize, i: usize) -> Option<usize> {
    let mut cur = h;
    for _ in 0..toks.len() {
        cur = (toks.get(cur)?.head as usize).checked_sub(1)?;
        if cur < i && toks.get(cur)?.upos == "VERB" {
            let has_particle = toks
                .iter()
                .any(|t| t.head as usize == cur + 1 && t.deprel == "compound:prt");
            return (!has_particle).then_some(cur);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{toks, tree};

    fn particles() -> Particles {
        let mut pairs = vec![("af", "compound:prt"); 5];
        pairs.extend([("af", "case"), ("Op", "compound:prt"), ("op", "case")]);
        pairs.extend(vec![("van", "case"); 4]);
        Particles::learn(pairs)
    }

    /// "We vragen ons af wat de familie zoekt ." with `af` the preposition of `zoekt`.
    const WONDER: [(&str, &str, &str, &str, u32, &str); 9] = [
        ("We", "we", "PRON", "", 2, "nsubj"),
        ("vragen", "vragen", "VERB", "VerbForm=Fin", 0, "root"),
        ("ons", "ons", "PRON", "", 2, "obj"),
        ("af", "af", "ADP", "", 8, "case"),
        ("wat", "wat", "PRON", "", 8, "obj"),
        ("de", "de", "DET", "", 7, "det"),
        ("familie", "familie", "NOUN", "", 8, "nsubj"),
        ("zoekt", "zoeken", "VERB", "VerbForm=Fin", 2, "ccomp"),
        (".", ".", "PUNCT", "", 2, "punct"),
    ];

    fn forms(rows: &[(&'static str, &str, &str, &str, u32, &str)]) -> Vec<&'static str> {
        rows.iter().map(|r| r.0).collect()
    }

    #[test]
    fn only_words_mostly_used_as_particles_are_learnt() {
        // "op": one use of each (too few); "van": never a particle; "af": 5 against 1.
        assert_eq!(particles().words(), ["af"]);
        assert!(particles().contains("Af"));
        assert!(!particles().contains("van"));
    }

    #[test]
    fn a_particle_before_a_wh_clause_returns_to_the_main_verb() {
        let mut t = toks(&WONDER);
        particles().reclaim(&forms(&WONDER), &mut t);
        assert_eq!(t[3].head, 2);
        assert_eq!(t[3].deprel, "compound:prt");
        let mut rest = tree(&t);
        rest.remove(3);
        let original = toks(&WONDER);
        let mut before = tree(&original);
        before.remove(3);
        assert_eq!(rest, before);
    }

    #[test]
    fn a_real_preposition_or_a_verb_with_its_particle_stays() {
        let mut rows = WONDER;
        rows[3].0 = "van";
        let mut t = toks(&rows);
        particles().reclaim(&forms(&rows), &mut t);
        assert_eq!(tree(&t), tree(&toks(&rows)));
        // "vragen" already has a particle: `af` stays where the parser put it.
        let mut rows = WONDER;
        rows[2] = ("op", "op", "ADP", "", 2, "compound:prt");
        let mut t = toks(&rows);
        particles().reclaim(&forms(&rows), &mut t);
        assert_eq!(tree(&t), tree(&toks(&rows)));
    }

    #[test]
    fn a_case_whose_next_word_is_not_its_clause_stays() {
        // "af" before a word of another phrase ("af de familie …" with `de` under `familie`).
        let mut rows = WONDER;
        rows[4] = ("de", "de", "DET", "", 7, "det");
        let mut t = toks(&rows);
        particles().reclaim(&forms(&rows), &mut t);
        assert_eq!(tree(&t), tree(&toks(&rows)));
    }

    #[test]
    fn the_table_survives_the_codec_and_older_files_have_none() {
        let mut w = Writer::default();
        particles().write(&mut w);
        let mut r = Reader::new(&w.buf);
        r.version = 9;
        assert_eq!(Particles::read(&mut r).ok(), Some(particles()));
        let mut r = Reader::new(&w.buf);
        r.version = 8;
        assert_eq!(Particles::read(&mut r).ok(), Some(Particles::default()));
    }
}
