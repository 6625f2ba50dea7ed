//! Extended prediction history (Ratinov & Roth 2009): the second pass of a two-stage tagger
//! sees, for each capitalised token, the types the first pass gave the same word (lowercase)
//! elsewhere in the document, and the first pass's own tags around it.

use std::collections::HashMap;

use crate::features::{FeatureSet, PreparedSentence};
use crate::tags::{TYPES, Tag};

/// Slots of [`History`] counts: the four entity types, then "outside any entity".
const SLOTS: usize = 5;

/// How often the first pass tagged each word of a document with each type.
#[derive(Clone, Debug, Default)]
pub struct History {
    counts: HashMap<String, [u16; SLOTS]>,
}

fn slot(tag: Tag) -> usize {
    tag.kind()
        .and_then(|k| TYPES.iter().position(|&t| t == k))
        .unwrap_or(SLOTS - 1)
}

impl History {
    /// Count the first-pass tags of a document's sentences.
    pub fn new<S: AsRef<str>>(sentences: &[&[S]], tags: &[Vec<Tag>]) -> History {
        let mut counts: HashMap<String, [u16; SLOTS]> = HashMap::new();
        for (words, tags) in sentences.iter().zip(tags) {
            for (w, &t) in words.iter().zip(tags) {
                let w = w.as_ref();
                if !w.chars().next().is_some_and(char::is_uppercase) {
                    continue;
                }
                if let Some(c) = counts.entry(w.to_lowercase()).or_default().get_mut(slot(t)) {
                    *c = c.saturating_add(1);
                }
            }
        }
        History { counts }
    }

    /// Fill in the history of the tokens of `sent`, whose first-pass tags are `own`.
    pub fn apply(&self, sent: &mut PreparedSentence, own: &[Tag]) {
        for (t, &tag) in sent.tokens.iter_mut().zip(own) {
            t.first = tag.0 + 1;
            if !matches!(t.cap, 1..=3) {
                continue;
            }
            let Some(c) = self.counts.get(&t.lower) else {
                continue;
            };
            let mut others = *c;
            if let Some(x) = others.get_mut(slot(tag)) {
                *x = x.saturating_sub(1);
            }
            let total: u32 = others.iter().map(|&x| u32::from(x)).sum();
            if total == 0 {
                continue;
            }
            for (h, &n) in t.hist.iter_mut().zip(&others) {
                let n = u32::from(n);
                *h = if n == 0 {
                    0
                } else if n == total {
                    3
                } else if 2 * n >= total {
                    2
                } else {
                    1
                };
            }
        }
        sent.features = FeatureSet(sent.features.0 | FeatureSet::HISTORY);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::DocContext;

    #[test]
    fn counts_other_mentions_only() {
        let s1 = ["Napster", "groeit"];
        let s2 = ["Ook", "Napster", "werkt"];
        let sents: Vec<&[&str]> = vec![&s1, &s2];
        let tags = vec![
            vec![Tag::parse("B-ORG"), Tag::O],
            vec![Tag::O, Tag::parse("B-PER"), Tag::O],
        ];
        let h = History::new(&sents, &tags);
        let mut p = PreparedSentence::in_doc(&s2, &DocContext::new(&sents));
        h.apply(&mut p, &tags[1]);
        // The other mention (sentence 1) was ORG: all of the history is ORG.
        assert_eq!(p.tokens[1].hist, [0, 3, 0, 0, 0]);
        assert_eq!(p.tokens[1].first, Tag::parse("B-PER").0 + 1);
        assert_eq!(p.tokens[0].hist, [0; 5]);
        assert!(p.features.has(FeatureSet::HISTORY));
    }
}
