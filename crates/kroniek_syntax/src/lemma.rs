//! The lemmatiser: a lexicon of known (form, UPOS) pairs plus suffix edit rules.
//!
//! An edit rule says "lower-case or not, strip n characters, append s". For every training word
//! type the rule that turns it into its lemma is counted under each of its suffixes (0–7
//! characters) and its UPOS; an unknown word takes the most frequent rule of its longest known
//! suffix. The lexicon keeps only the known words the rules get wrong, so it stays small.

use std::collections::{BTreeMap, HashMap};

use crate::codec::{Reader, Writer};
use crate::error::Result;

const MAX_SUFFIX: usize = 7;

/// One edit rule.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Rule {
    lower: bool,
    strip: u8,
    append: String,
}

impl Rule {
    fn derive(form: &str, lemma: &str) -> Rule {
        let lower = form != form.to_lowercase() && lemma == lemma.to_lowercase();
        let base = if lower {
            form.to_lowercase()
        } else {
            form.to_string()
        };
        let b: Vec<char> = base.chars().collect();
        let l: Vec<char> = lemma.chars().collect();
        let common = b.iter().zip(&l).take_while(|(x, y)| x == y).count();
        Rule {
            lower,
            strip: (b.len() - common).min(255) as u8,
            append: l[common..].iter().collect(),
        }
    }

    fn apply(&self, form: &str) -> Option<String> {
        let base = if self.lower {
            form.to_lowercase()
        } else {
            form.to_string()
        };
        let n = base.chars().count();
        if self.strip as usize > n || (self.strip as usize == n && self.append.is_empty()) {
            return None;
        }
        let mut s: String = base.chars().take(n - self.strip as usize).collect();
        s.push_str(&self.append);
        Some(s)
    }
}

/// A trained lemmatiser.
#[derive(Clone, Debug, Default)]
pub struct Lemmatizer {
    rules: Vec<Rule>,
    /// "UPOS\tsuffix" → rule index.
    suffixes: HashMap<String, u32>,
    /// "form\tUPOS" → lemma, only where the rules are wrong.
    lexicon: HashMap<String, String>,
}

fn key(a: &str, b: &str) -> String {
    let mut k = String::with_capacity(a.len() + b.len() + 1);
    k.push_str(a);
    k.push('\t');
    k.push_str(b);
    k
}

fn suffix(lower: &str, k: usize) -> &str {
    let n = lower.chars().count();
    if k >= n {
        return lower;
    }
    let skip = n - k;
    match lower.char_indices().nth(skip) {
        Some((i, _)) => &lower[i..],
        None => "",
    }
}

impl Lemmatizer {
    /// Train from `(form, upos, lemma)` triples (tokens; repeated ones count for the lexicon).
    pub fn train(data: &[(String, String, String)]) -> Lemmatizer {
        // Most frequent lemma per (form, upos).
        let mut lex: BTreeMap<(String, String), BTreeMap<String, u32>> = BTreeMap::new();
        for (f, u, l) in data {
            if l.is_empty() || l == "_" {
                continue;
            }
            *lex.entry((f.clone(), u.clone()))
                .or_default()
                .entry(l.clone())
                .or_default() += 1;
        }
        let best_lemma: BTreeMap<(String, String), String> = lex
            .into_iter()
            .filter_map(|(k, m)| {
                let best = m.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))?;
                Some((k, best.0.clone()))
            })
            .collect();
        // Rules counted over types.
        let mut rule_ids: BTreeMap<Rule, u32> = BTreeMap::new();
        let mut counts: BTreeMap<String, BTreeMap<u32, u32>> = BTreeMap::new();
        for ((f, u), l) in &best_lemma {
            let r = Rule::derive(f, l);
            let next = rule_ids.len() as u32;
            let id = *rule_ids.entry(r).or_insert(next);
            let lower = f.to_lowercase();
            for k in 0..=MAX_SUFFIX.min(lower.chars().count()) {
                *counts
                    .entry(key(u, suffix(&lower, k)))
                    .or_default()
                    .entry(id)
                    .or_default() += 1;
            }
        }
        let mut rules = vec![
            Rule {
                lower: false,
                strip: 0,
                append: String::new()
            };
            rule_ids.len()
        ];
        for (r, id) in rule_ids {
            rules[id as usize] = r;
        }
        let suffixes = counts
            .into_iter()
            .filter_map(|(k, m)| {
                let best = m.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))?;
                Some((k, *best.0))
            })
            .collect();
        let mut lem = Lemmatizer {
            rules,
            suffixes,
            lexicon: HashMap::new(),
        };
        let mut lexicon = HashMap::new();
        for ((f, u), l) in best_lemma {
            if lem.by_rules(&f, &u) != l {
                lexicon.insert(key(&f, &u), l);
            }
        }
        lem.lexicon = lexicon;
        lem
    }

    fn by_rules(&self, form: &str, upos: &str) -> String {
        let lower = form.to_lowercase();
        let n = lower.chars().count();
        for k in (0..=MAX_SUFFIX.min(n)).rev() {
            if let Some(&id) = self.suffixes.get(&key(upos, suffix(&lower, k)))
                && let Some(l) = self.rules.get(id as usize).and_then(|r| r.apply(form))
            {
                return l;
            }
        }
        match upos {
            "PROPN" | "X" | "SYM" | "NUM" | "PUNCT" => form.to_string(),
            _ => lower,
        }
    }

    /// The lemma of `form` tagged `upos`.
    pub fn lemma(&self, form: &str, upos: &str) -> String {
        if let Some(l) = self.lexicon.get(&key(form, upos)) {
            return l.clone();
        }
        self.by_rules(form, upos)
    }

    /// Number of lexicon entries and of rules.
    pub fn sizes(&self) -> (usize, usize) {
        (self.lexicon.len(), self.rules.len())
    }

    /// Serialise.
    pub fn write(&self, w: &mut Writer) {
        w.u32(self.rules.len() as u32);
        for r in &self.rules {
            w.u8(u8::from(r.lower));
            w.u8(r.strip);
            w.str(&r.append);
        }
        let mut s: Vec<_> = self.suffixes.iter().collect();
        s.sort_unstable();
        w.u32(s.len() as u32);
        for (k, v) in s {
            w.str(k);
            w.u32(*v);
        }
        let mut l: Vec<_> = self.lexicon.iter().collect();
        l.sort_unstable();
        w.u32(l.len() as u32);
        for (k, v) in l {
            w.str(k);
            w.str(v);
        }
    }

    /// Deserialise.
    pub fn read(r: &mut Reader<'_>) -> Result<Lemmatizer> {
        let n = r.u32()? as usize;
        let mut rules = Vec::with_capacity(n);
        for _ in 0..n {
            let lower = r.u8()? != 0;
            let strip = r.u8()?;
            let append = r.str()?;
            rules.push(Rule {
                lower,
                strip,
                append,
            });
        }
        let n = r.u32()? as usize;
        let mut suffixes = HashMap::with_capacity(n);
        for _ in 0..n {
            let k = r.str()?;
            suffixes.insert(k, r.u32()?);
        }
        let n = r.u32()? as usize;
        let mut lexicon = HashMap::with_capacity(n);
        for _ in 0..n {
            let k = r.str()?;
            lexicon.insert(k, r.str()?);
        }
        Ok(Lemmatizer {
            rules,
            suffixes,
            lexicon,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(f: &str, u: &str, l: &str) -> (String, String, String) {
        (f.into(), u.into(), l.into())
    }

    #[test]
    fn learns_suffix_rules_for_unknown_words() {
        let data = vec![
            t("veroverden", "VERB", "veroveren"),
            t("verklaarden", "VERB", "verklaren"),
            t("bombardeerden", "VERB", "bombarderen"),
            t("landen", "NOUN", "land"),
            t("De", "DET", "de"),
        ];
        let l = Lemmatizer::train(&data);
        assert_eq!(l.lemma("veroverden", "VERB"), "veroveren");
        assert_eq!(l.lemma("De", "DET"), "de");
        assert_eq!(l.lemma("steden", "NOUN"), "sted");
        assert_eq!(l.lemma("Kyiv", "PROPN"), "Kyiv");
    }
}
