//! Could a word be an event trigger? A cheap, conservative test on a word's form, lemma and
//! part of speech, which needs no parse: the coder codes nothing in a sentence in which no word
//! passes. Measured for a parse cascade (issue 7: decode such sentences more cheaply) and not
//! used there: 75% of the benchmark's Dutch and 92% of its English words are in sentences with
//! a possible trigger (`cargo run --release -p kroniek --example trigger_share`), so the
//! cascade paid about 3% of the pipeline's time.
//!
//! The test over-approximates [`crate::Coder`]'s trigger search: a word passes when its
//! lemma, its lower-cased form or a guessed lemma of a verbal form (`guess`) is some
//! pattern's trigger, or (Dutch) the tail of a trigger (a separable verb's base, `roepen` of
//! `oproepen`, whose particle the parse joins), or (English) the verb of a phrasal trigger
//! (`call` of `call off`).

use std::collections::HashSet;

use crate::pattern::Pattern;

/// The trigger words of one language's patterns, for [`Triggers::could_trigger`].
#[derive(Clone, Debug, Default)]
pub struct Triggers {
    english: bool,
    /// Whole triggers, (English) the verb of each phrasal trigger, and (Dutch) every tail of
    /// a trigger of at least three letters after at least two (a possible separable verb's
    /// base: the coder joins any particle, and the parser's compound lemma any
    /// `compound:prt` word, to the base).
    words: HashSet<String>,
}

impl Triggers {
    /// The trigger words of `patterns` (`english` selects the English rules for particles
    /// and lemma guesses).
    pub fn new(patterns: &[Pattern], english: bool) -> Triggers {
        let mut words = HashSet::new();
        for t in patterns.iter().flat_map(|p| &p.triggers) {
            let t = t.to_lowercase();
            if english {
                if let Some((verb, _)) = t.split_once(' ') {
                    words.insert(verb.to_string());
                }
            } else {
                let starts: Vec<usize> = t.char_indices().map(|(i, _)| i).collect();
                let n = starts.len();
                for &i in starts.iter().take(n.saturating_sub(2)).skip(2) {
                    words.insert(t[i..].to_string());
                }
            }
            words.insert(t);
        }
        Triggers { english, words }
    }

    fn matches(&self, base: &str) -> bool {
        !base.is_empty() && self.words.contains(base)
    }

    /// Whether the word (`form`, its `lemma` and `upos` from the tagger) could be a trigger.
    pub fn could_trigger(&self, form: &str, lemma: &str, upos: &str) -> bool {
        let lemma = lemma.to_lowercase();
        let form = form.to_lowercase();
        if self.matches(&lemma) || self.matches(&form) {
            return true;
        }
        // The coder guesses lemmas for these parts of speech only (`Coder::lemmas`).
        matches!(upos, "VERB" | "AUX" | "ADJ" | "NOUN")
            && crate::guess::lemmas(&form, self.english)
                .iter()
                .any(|g| self.matches(&g.to_lowercase()))
    }

    /// Whether some word of a sentence could be a trigger (`forms`, `lemmas` and `upos` are
    /// parallel).
    pub fn sentence_could_trigger(&self, forms: &[&str], lemmas: &[&str], upos: &[&str]) -> bool {
        forms
            .iter()
            .zip(lemmas)
            .zip(upos)
            .any(|((f, l), u)| self.could_trigger(f, l, u))
    }
}
