//! Dictionary matching over a sentence's words: longest phrase first, case rules from the
//! dictionary, inflected forms ("Ruslands", "talibans"), compounds ("Taliban-strijders",
//! "talibanstrijders", "VN-gezant") and short forms of groups already named in the document
//! ("de Alliantie" after "de Noordelijke Alliantie").

use kroniek_core::{Segments, Sentence, Span};
use kroniek_text::fold;
use rustc_hash::FxHashMap;

use crate::dictionary::{Dictionary, Sense};

/// A piece of a token: hyphenated compounds are split into their parts ("Taliban-strijders" →
/// "taliban", "strijders"), each folded, each pointing back to its token.
#[derive(Clone, Debug)]
pub(crate) struct Word {
    /// Folded form.
    pub(crate) key: String,
    /// The piece as written.
    pub(crate) span: Span,
    /// Global token index.
    pub(crate) tok: usize,
    /// The previous piece belongs to the same token.
    pub(crate) joined_left: bool,
}

/// A dictionary match.
#[derive(Clone, Debug)]
pub(crate) struct Hit {
    /// First token (global index).
    pub(crate) first_tok: usize,
    /// One past the last token.
    pub(crate) end_tok: usize,
    /// What it means (one or more senses of the same alias).
    pub(crate) senses: Vec<Sense>,
}

impl Hit {
    pub(crate) fn has(&self, f: impl Fn(Sense) -> bool) -> bool {
        self.senses.iter().any(|&s| f(s))
    }
}

/// Nouns that, compounded after a group name, denote its members or parts.
const MEMBER_NOUNS: &[&str] = &[
    "strijder",
    "strijders",
    "beweging",
    "militie",
    "milities",
    "leiding",
    "bewind",
    "top",
    "kopstuk",
    "kopstukken",
    "aanhanger",
    "aanhangers",
    "lid",
    "leden",
    "fighters",
    "regime",
    "commandant",
    "commandanten",
    "gezant",
];

/// Inflectional endings tried on names (genitive, plural).
const ENDINGS: &[&str] = &["'s", "\u{2019}s", "s", "en", "n", "e"];

const SPLIT: &[char] = &['-', '\u{2010}', '\u{2011}', '\u{2012}', '\u{2013}', '/'];

/// The words of one sentence.
pub(crate) fn words(text: &str, segments: &Segments, sentence: &Sentence) -> Vec<Word> {
    let mut out = Vec::new();
    for tok in sentence.token_range() {
        let Some(t) = segments.tokens.get(tok) else {
            continue;
        };
        let s = t.span.slice(text);
        let base = t.span.start();
        let mut piece_start = 0;
        let mut first = true;
        for (i, c) in s.char_indices().chain(std::iter::once((s.len(), '-'))) {
            if !SPLIT.contains(&c) {
                continue;
            }
            let piece = &s[piece_start..i];
            let start = base + piece_start;
            piece_start = i + c.len_utf8();
            let key = fold(piece);
            if key.is_empty() {
                continue;
            }
            if let Ok(span) = Span::from_range(start, start + piece.len()) {
                out.push(Word {
                    key,
                    span,
                    tok,
                    joined_left: !first,
                });
                first = false;
            }
        }
    }
    out
}

/// The folded key of a run of words: joined by spaces, except that a possessive the tokenizer
/// split off ("Lord" "'s", "Workers" "'") joins the word before it, as the alias writes it
/// ("Lord's Resistance Army", "Kurdistan Workers' Party").
fn phrase_key(ws: &[&Word]) -> String {
    let mut key = String::new();
    for (k, w) in ws.iter().enumerate() {
        if k > 0 && !w.key.starts_with('\'') {
            key.push(' ');
        }
        key.push_str(&w.key);
    }
    key
}

/// Matches dictionary phrases in a document's sentences, remembering short forms of groups.
pub(crate) struct Matcher<'d> {
    dict: &'d Dictionary,
    short_forms: FxHashMap<String, u16>,
}

impl<'d> Matcher<'d> {
    pub(crate) fn new(dict: &'d Dictionary) -> Matcher<'d> {
        Matcher {
            dict,
            short_forms: FxHashMap::default(),
        }
    }

    fn senses(&self, key: &str, surface: &[&Word], text: &str) -> Vec<Sense> {
        self.dict
            .aliases(key)
            .iter()
            .filter(|a| {
                use crate::dictionary::CaseRule;
                match a.case {
                    CaseRule::Upper => surface.iter().all(|w| a.case.admits(w.span.slice(text))),
                    _ => surface
                        .first()
                        .is_some_and(|w| a.case.admits(w.span.slice(text))),
                }
            })
            .map(|a| a.sense)
            .collect()
    }

    fn is_member_noun(&self, key: &str) -> bool {
        MEMBER_NOUNS.contains(&key)
            || self
                .dict
                .aliases(key)
                .iter()
                .any(|a| matches!(a.sense, Sense::Agency(_) | Sense::Role(_)))
    }

    /// All hits of one sentence, left to right, longest first.
    pub(crate) fn sentence(&mut self, text: &str, words: &[Word]) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut i = 0;
        while i < words.len() {
            // "anti-Taliban", "pro-Russische": not the group or country itself.
            let negated_prefix = words[i].joined_left
                && i > 0
                && matches!(words[i - 1].key.as_str(), "anti" | "pro" | "post" | "pre");
            let mut matched = 0;
            let max = self.dict.max_words().min(words.len() - i);
            for len in (1..=max).rev() {
                let ws: Vec<&Word> = words[i..i + len].iter().collect();
                let key = phrase_key(&ws);
                let senses = self.senses(&key, &ws, text);
                if !senses.is_empty() {
                    matched = len;
                    if !negated_prefix {
                        self.remember_short_forms(&key, &senses);
                        hits.push(Hit {
                            first_tok: ws[0].tok,
                            end_tok: ws[len - 1].tok + 1,
                            senses,
                        });
                    }
                    break;
                }
            }
            if matched == 0 && !negated_prefix {
                self.single(text, &words[i], &mut hits);
            }
            i += matched.max(1);
        }
        hits
    }

    /// Inflected forms, closed compounds and short forms for one word without an exact match.
    fn single(&self, text: &str, w: &Word, hits: &mut Vec<Hit>) {
        let one = |senses: Vec<Sense>| Hit {
            first_tok: w.tok,
            end_tok: w.tok + 1,
            senses,
        };
        let surface = [w];
        for end in ENDINGS {
            if let Some(stem) = w.key.strip_suffix(end)
                && stem.chars().count() >= 4
            {
                let senses: Vec<Sense> = self
                    .senses(stem, &surface, text)
                    .into_iter()
                    .filter(|s| matches!(s, Sense::CountryName(_) | Sense::Organisation(_)))
                    .collect();
                if !senses.is_empty() {
                    hits.push(one(senses));
                    return;
                }
            }
        }
        let chars: Vec<(usize, char)> = w.key.char_indices().collect();
        if chars.len() >= 7 {
            // "talibanstrijders", "talibanwoordvoerder": a group name and a member or role noun.
            for &(b, _) in chars.iter().skip(3).take(chars.len().saturating_sub(6)) {
                let (prefix, suffix) = w.key.split_at(b);
                let org: Vec<Sense> = self
                    .senses(prefix, &surface, text)
                    .into_iter()
                    .filter(|s| matches!(s, Sense::Organisation(_)))
                    .collect();
                if !org.is_empty() && self.is_member_noun(suffix) {
                    hits.push(one(org));
                    let member: Vec<Sense> = self
                        .dict
                        .aliases(suffix)
                        .iter()
                        .filter(|a| matches!(a.sense, Sense::Agency(_) | Sense::Role(_)))
                        .map(|a| a.sense)
                        .collect();
                    if !member.is_empty() {
                        hits.push(one(member));
                    }
                    return;
                }
            }
            // "oproerpolitie", "regeringsleger": the head of a Dutch compound is an agency noun.
            for &(b, _) in chars.iter().skip(3) {
                let suffix = &w.key[b..];
                if suffix.chars().count() < 5 {
                    break;
                }
                let senses: Vec<Sense> = self
                    .dict
                    .aliases(suffix)
                    .iter()
                    .filter(|a| matches!(a.sense, Sense::Agency(_)))
                    .map(|a| a.sense)
                    .collect();
                if !senses.is_empty() {
                    hits.push(one(senses));
                    return;
                }
            }
        }
        if let Some(&o) = self.short_forms.get(&w.key)
            && crate::dictionary::CaseRule::Capitalised.admits(w.span.slice(text))
        {
            hits.push(one(vec![Sense::Organisation(o)]));
        }
    }

    /// After "Noordelijke Alliantie", "Alliantie" alone names the same group in this document.
    fn remember_short_forms(&mut self, key: &str, senses: &[Sense]) {
        let Some(o) = senses.iter().find_map(|s| match s {
            Sense::Organisation(o) => Some(*o),
            _ => None,
        }) else {
            return;
        };
        for part in key.split(' ').skip(1) {
            if part.chars().count() >= 4
                && !matches!(part, "van" | "voor" | "the" | "and" | "with")
                && self.dict.aliases(part).is_empty()
            {
                self.short_forms.entry(part.to_string()).or_insert(o);
            }
        }
    }
}
