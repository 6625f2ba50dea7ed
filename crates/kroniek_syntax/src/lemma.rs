//! The lemmatiser: a lexicon of known (form, UPOS) pairs plus suffix edit rules.
//!
//! An edit rule says "lower-case or not, delete the infix `ge` k characters from the end or not,
//! strip n characters, append s". For every training word type the rule that turns it into its
//! lemma is counted under each of its suffixes (0–7 characters) and its UPOS; an unknown word
//! takes the most frequent rule of its longest known suffix whose rule applies. The lexicon
//! keeps only the known words the rules get wrong, so it stays small.
//!
//! The `ge` deletion is for Dutch participles: without it `gekoeld` → `koelen` can only be
//! learned as "strip 7, append `koelen`", which turns `gevoeld` into `koelen`; with it the rule
//! is "delete `ge` 7 from the end, strip 1, append `en`", which also serves `uitgevoerd` →
//! `uitvoeren` (the position counts from the end, so the particle in front does not matter).
//! A sentence-initial capitalised word that is not a name is lemmatised as its lower-case form.
//!
//! The lemmatiser keeps the set of training lemmas: among the rules of the known suffixes it
//! prefers the longest whose output is a known lemma, and an unknown word whose own form is a
//! known lemma stays as it is (`paus` does not become `pau`).

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use crate::codec::{Reader, Writer};
use crate::error::Result;

const MAX_SUFFIX: usize = 7;

/// One edit rule.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Rule {
    lower: bool,
    /// Characters from the end of the form at which [`INFIX`] is deleted (0: none).
    del_from_end: u8,
    strip: u8,
    append: String,
}

/// The infix a rule may delete (Dutch participles: `ge`koeld, uit`ge`voerd).
const INFIX: &str = "ge";

fn common_prefix(a: &[char], b: &[char]) -> usize {
    a.iter().zip(b).take_while(|(x, y)| x == y).count()
}

impl Rule {
    fn derive(form: &str, lemma: &str) -> Rule {
        let lower = form != form.to_lowercase() && lemma == lemma.to_lowercase();
        let base = if lower {
            form.to_lowercase()
        } else {
            form.to_string()
        };
        let mut b: Vec<char> = base.chars().collect();
        let l: Vec<char> = lemma.chars().collect();
        let mut common = common_prefix(&b, &l);
        let mut del_from_end = 0;
        let infix: Vec<char> = INFIX.chars().collect();
        let n = b.len();
        // Deleting the infix must gain at least 2 matched characters (not just the `g` of it).
        for i in 0..n.saturating_sub(infix.len()) {
            if b[i..].starts_with(&infix) && n - i <= 255 {
                let cut: Vec<char> = b[..i]
                    .iter()
                    .chain(&b[i + infix.len()..])
                    .copied()
                    .collect();
                let c = common_prefix(&cut, &l);
                if c >= common + 2 && c > i {
                    common = c;
                    del_from_end = (n - i) as u8;
                }
            }
        }
        if del_from_end > 0 {
            let i = n - usize::from(del_from_end);
            b.drain(i..i + infix.len());
        }
        Rule {
            lower,
            del_from_end,
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
        let mut chars: Vec<char> = base.chars().collect();
        if self.del_from_end > 0 {
            let i = chars.len().checked_sub(usize::from(self.del_from_end))?;
            let infix: Vec<char> = INFIX.chars().collect();
            if !chars[i..].starts_with(&infix) {
                return None;
            }
            chars.drain(i..i + infix.len());
        }
        let n = chars.len();
        if self.strip as usize > n || (self.strip as usize == n && self.append.is_empty()) {
            return None;
        }
        let mut s: String = chars[..n - self.strip as usize].iter().collect();
        s.push_str(&self.append);
        Some(s)
    }
}

/// A Dutch treebank lemma without Alpino's `_` compound marks, in the 2017 LassySmall convention
/// the models follow: a mark where the form has a hyphen or slash before that part stays one
/// (`24-jarige`: `24_jarig` → `24-jarig`; `derde-rondepartij`: `derde_ronde_partij` →
/// `derde-rondepartij`), the others go (`Rabo_ploeg` on `Raboploeg` → `Raboploeg`).
pub fn unmark_compound(form: &str, lemma: &str) -> String {
    if lemma == "_" || !lemma.contains('_') {
        return lemma.to_string();
    }
    let form = form.to_lowercase();
    let mut parts = lemma.split('_');
    let mut out = parts.next().unwrap_or_default().to_string();
    for part in parts {
        let low = part.to_lowercase();
        let joint = ['-', '/']
            .into_iter()
            .find(|&j| !low.is_empty() && form.contains(&format!("{j}{low}")));
        if let Some(j) = joint {
            out.push(j);
        }
        out.push_str(part);
    }
    out
}

/// A trained lemmatiser.
#[derive(Clone, Debug, Default)]
pub struct Lemmatizer {
    rules: Vec<Rule>,
    /// "UPOS\tsuffix" → rule index.
    suffixes: HashMap<String, u32>,
    /// "form\tUPOS" → lemma, only where the rules are wrong.
    lexicon: HashMap<String, String>,
    /// Lower-cased lemmas seen in training: a rule whose output is one of them is preferred.
    known: HashSet<String>,
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
                del_from_end: 0,
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
        let known: BTreeSet<String> = best_lemma.values().map(|l| l.to_lowercase()).collect();
        let mut lem = Lemmatizer {
            rules,
            suffixes,
            lexicon: HashMap::new(),
            known: known.into_iter().collect(),
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

    /// The rule of the longest known suffix whose output is a known lemma; else the form itself
    /// if it is a known lemma; else the rule of the longest known suffix that applies.
    fn by_rules(&self, form: &str, upos: &str) -> String {
        let lower = form.to_lowercase();
        let n = lower.chars().count();
        let mut first = None;
        for k in (0..=MAX_SUFFIX.min(n)).rev() {
            if let Some(&id) = self.suffixes.get(&key(upos, suffix(&lower, k)))
                && let Some(l) = self.rules.get(id as usize).and_then(|r| r.apply(form))
            {
                if self.known.is_empty() || self.known.contains(&l.to_lowercase()) {
                    return l;
                }
                if first.is_none() {
                    first = Some(l);
                }
            }
        }
        let fallback = match upos {
            "PROPN" | "X" | "SYM" | "NUM" | "PUNCT" => form.to_string(),
            _ => lower.clone(),
        };
        match first {
            Some(_) if self.known.contains(&lower) => fallback,
            Some(l) => l,
            None => fallback,
        }
    }

    /// The lemma of `form` tagged `upos`.
    pub fn lemma(&self, form: &str, upos: &str) -> String {
        if let Some(l) = self.lexicon.get(&key(form, upos)) {
            return l.clone();
        }
        self.by_rules(form, upos)
    }

    /// The lemma of `form` tagged `upos`, where `first` says it begins the sentence: a
    /// capitalised first word that is not a name (nor all capitals) is lemmatised as its
    /// lower-case form unless the capitalised form itself is in the lexicon.
    pub fn lemma_in_sentence(&self, form: &str, upos: &str, first: bool) -> String {
        let capitalised = form.chars().next().is_some_and(char::is_uppercase)
            && form.chars().skip(1).any(char::is_lowercase);
        if first
            && capitalised
            && !matches!(upos, "PROPN" | "X" | "SYM")
            && !self.lexicon.contains_key(&key(form, upos))
        {
            return self.lemma(&form.to_lowercase(), upos);
        }
        self.lemma(form, upos)
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
            w.u8(r.del_from_end);
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
        let mut known: Vec<&String> = self.known.iter().collect();
        known.sort_unstable();
        w.u32(known.len() as u32);
        for k in known {
            w.str(k);
        }
    }

    /// Deserialise.
    pub fn read(r: &mut Reader<'_>) -> Result<Lemmatizer> {
        let n = r.u32()? as usize;
        let mut rules = Vec::with_capacity(n);
        for _ in 0..n {
            let lower = r.u8()? != 0;
            let del_from_end = if r.version >= 4 { r.u8()? } else { 0 };
            let strip = r.u8()?;
            let append = r.str()?;
            rules.push(Rule {
                lower,
                del_from_end,
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
        let mut known = HashSet::new();
        if r.version >= 4 {
            let n = r.u32()? as usize;
            known.reserve(n);
            for _ in 0..n {
                known.insert(r.str()?);
            }
        }
        Ok(Lemmatizer {
            rules,
            suffixes,
            lexicon,
            known,
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
    fn compound_marks_become_hyphens_only_where_the_form_has_them() {
        assert_eq!(unmark_compound("44-jarige", "44_jarig"), "44-jarig");
        assert_eq!(
            unmark_compound("tweede-kwartaalcijfers", "tweede_kwartaal_cijfer"),
            "tweede-kwartaalcijfer"
        );
        assert_eq!(
            unmark_compound("Zuid-Holland/Utrecht", "Zuid_Holland_Utrecht"),
            "Zuid-Holland/Utrecht"
        );
        assert_eq!(
            unmark_compound("stadhuisplein", "stad_huis_plein"),
            "stadhuisplein"
        );
        assert_eq!(unmark_compound("_", "_"), "_");
        assert_eq!(unmark_compound("liep", "lopen"), "lopen");
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

    #[test]
    fn a_form_that_is_a_known_lemma_is_not_cut() {
        let data = vec![
            t("landen", "NOUN", "land"),
            t("wegen", "NOUN", "weg"),
            t("pausen", "NOUN", "paus"),
        ];
        let l = Lemmatizer::train(&data);
        assert_eq!(l.lemma("kerken", "NOUN"), "kerk");
        // "paus" is a known lemma: not cut to "pa" by the "-en" rule.
        assert_eq!(l.lemma("paus", "NOUN"), "paus");
        let back = {
            let mut w = Writer::default();
            l.write(&mut w);
            Lemmatizer::read(&mut Reader::new(&w.buf)).unwrap()
        };
        assert_eq!(back.lemma("paus", "NOUN"), "paus");
    }

    #[test]
    fn participles_lose_their_ge_wherever_it_stands() {
        let data = vec![
            t("gekoeld", "VERB", "koelen"),
            t("gespeeld", "VERB", "spelen"),
            t("uitgevoerd", "VERB", "uitvoeren"),
            t("genoemd", "VERB", "noemen"),
            t("geloven", "VERB", "geloven"),
        ];
        let l = Lemmatizer::train(&data);
        assert_eq!(l.lemma("gevoeld", "VERB"), "voelen");
        assert_eq!(l.lemma("aangevoerd", "VERB"), "aanvoeren");
        assert_eq!(l.lemma("gedoemd", "VERB"), "doemen");
        assert_eq!(
            Rule::derive("geloven", "geloven"),
            Rule {
                lower: false,
                del_from_end: 0,
                strip: 0,
                append: String::new()
            }
        );
    }

    #[test]
    fn a_capitalised_first_word_is_lemmatised_in_lower_case() {
        let data = vec![
            t("vorige", "ADJ", "vorig"),
            t("rode", "ADJ", "rood"),
            t("misschien", "ADV", "misschien"),
        ];
        let l = Lemmatizer::train(&data);
        assert_eq!(l.lemma_in_sentence("Vorige", "ADJ", true), "vorig");
        assert_eq!(l.lemma_in_sentence("Misschien", "ADV", true), "misschien");
        assert_eq!(l.lemma_in_sentence("Rutte", "PROPN", true), "Rutte");
        assert_eq!(
            l.lemma_in_sentence("NAVO", "NOUN", true),
            l.lemma("NAVO", "NOUN")
        );
    }
}
