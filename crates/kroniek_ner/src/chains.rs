//! Name chains within a document: which mentions name the same entity.
//!
//! Rules, applied to the mentions in text order:
//! 1. the same name (ignoring case) joins the existing chain;
//! 2. an acronym joins the chain whose name has those initials (`VN` ↔ `Verenigde Naties`), in
//!    either order, and an acronym in parentheses right after a name joins that name's chain
//!    (`Noord-Atlantische Verdragsorganisatie (NAVO)`);
//! 3. a one-word name joins the most recent chain of the same type whose multi-word name
//!    contains it, or of a person whose surname it is, whatever type the tagger gave it
//!    (`Saleh` → `Amrullah Saleh`), except that `junior` and `senior` (or `zoon
//!    van X`, `vader`, `wijlen`, `the late`, …) keep son and father apart (`Massoud junior` →
//!    `Ahmad Massoud`, not `Ahmad Shah Massoud`); two different multi-word names never merge;
//! 4. otherwise the mention starts a new chain;
//! 5. finally, a one-word chain that is the surname (or a word of the same type) of exactly
//!    one longer name mentioned later joins it (`Saleh's mannen … Amrullah Saleh`).
//!
//! Before that, mention spans are made sensible: a possessive `'s` is left out (`Saleh's` →
//! `Saleh`), and a hyphenated inflection whose head is a name found elsewhere in the document
//! is cut to that head and takes its type (`Taliban-strijders` → `Taliban`). Capitalised tokens
//! the tagger left out that repeat a name of the document are added as mentions.

use std::collections::HashMap;

use kroniek_core::{Entity, EntityLayer, EntityType, NameChain, Span, Token, TokenKind};

/// A tagged mention before linking.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mention {
    /// Whole tokens.
    pub span: Span,
    /// Predicted type.
    pub kind: EntityType,
    /// Tagger confidence.
    pub confidence: f32,
}

#[derive(Clone, Debug)]
struct Work {
    span: Span,
    kind: EntityType,
    confidence: f32,
    name: String,
    words: Vec<String>,
    junior: bool,
    senior: bool,
}

struct Chain {
    name: String,
    words: Vec<String>,
    kind: EntityType,
    mentions: Vec<u32>,
    junior: bool,
    senior: bool,
    last: usize,
}

const POSSESSIVES: [&str; 2] = ["'s", "’s"];

/// The span without a possessive `'s`.
fn trim_possessive(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    for p in POSSESSIVES {
        if let Some(head) = s.strip_suffix(p)
            && head.chars().count() >= 2
            && head.chars().last().is_some_and(char::is_alphabetic)
        {
            return Span::from_range(span.start(), span.start() + head.len()).unwrap_or(span);
        }
    }
    span
}

/// The capitalised head of a hyphenated inflection (`Taliban-strijders` → `Taliban`).
fn hyphen_head(s: &str) -> Option<&str> {
    let first = s.chars().next()?;
    if !first.is_uppercase() {
        return None;
    }
    let mut end = 0;
    for (i, part) in s.split('-').enumerate() {
        if i > 0 && part.chars().next().is_some_and(char::is_lowercase) {
            return (end > 0).then(|| &s[..end]);
        }
        end += part.len() + usize::from(i > 0);
    }
    None
}

fn words_of(name: &str) -> Vec<String> {
    name.split_whitespace()
        .map(str::to_lowercase)
        .filter(|w| !is_generation(w))
        .collect()
}

fn is_generation(w: &str) -> bool {
    matches!(
        w,
        "junior" | "jr" | "jr." | "senior" | "sr" | "sr." | "jun." | "sen."
    )
}

fn initials(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

fn is_acronym(name: &str) -> bool {
    let n = name.chars().count();
    (2..=6).contains(&n) && name.chars().all(char::is_uppercase)
}

/// Index of the token that starts at or covers byte `at`.
fn token_at(tokens: &[Token], at: usize) -> usize {
    tokens.partition_point(|t| t.span.end() <= at)
}

fn lower_tok(text: &str, tokens: &[Token], i: usize) -> String {
    tokens
        .get(i)
        .map_or(String::new(), |t| t.span.slice(text).to_lowercase())
}

/// Father/son markers around a mention: (junior, senior).
fn generation(text: &str, tokens: &[Token], span: Span) -> (bool, bool) {
    let first = token_at(tokens, span.start());
    let last = token_at(tokens, span.end().saturating_sub(1));
    let after: Vec<String> = (1..=4).map(|k| lower_tok(text, tokens, last + k)).collect();
    let before: Vec<String> = (1..=3)
        .map(|k| {
            first
                .checked_sub(k)
                .map_or(String::new(), |i| lower_tok(text, tokens, i))
        })
        .collect();
    let after1 = after.first().map_or("", String::as_str);
    let mut junior = is_generation(after1) && after1.starts_with('j');
    let mut senior = is_generation(after1) && after1.starts_with('s');
    let b = |k: usize| before.get(k).map_or("", String::as_str);
    if matches!(b(0), "vader" | "father" | "wijlen" | "late" | "senior")
        || (matches!(b(0), "van" | "of") && matches!(b(1), "zoon" | "son"))
    {
        senior = true;
    }
    if matches!(b(0), "zoon" | "son" | "junior") && !matches!(after1, "van" | "of") {
        junior = true;
    }
    if after
        .windows(2)
        .any(|w| matches!(w[0].as_str(), "zoon" | "son") && matches!(w[1].as_str(), "van" | "of"))
    {
        junior = true;
    }
    (junior, senior)
}

/// Link the tagged mentions of one document into chains, making spans sensible on the way.
/// `tokens` are all tokens of the document, in order.
pub fn link(text: &str, tokens: &[Token], mentions: &[Mention]) -> EntityLayer {
    let mut work: Vec<Work> = mentions
        .iter()
        .map(|m| {
            let span = trim_possessive(text, m.span);
            let name = span.slice(text).to_string();
            Work {
                span,
                kind: m.kind,
                confidence: m.confidence,
                words: words_of(&name),
                name,
                junior: false,
                senior: false,
            }
        })
        .collect();

    // Names known in this document, and the type they were tagged with.
    let mut known: HashMap<String, EntityType> = HashMap::new();
    for w in &work {
        if hyphen_head(&w.name).is_none() {
            known.entry(w.name.to_lowercase()).or_insert(w.kind);
            if w.kind == EntityType::Per
                && w.words.len() > 1
                && let Some(last) = w.words.last()
            {
                known.entry(last.clone()).or_insert(w.kind);
            }
        }
    }

    // Hyphenated inflections of known names are cut to the name.
    for w in &mut work {
        if let Some(head) = hyphen_head(&w.name).map(str::to_string)
            && let Some(&kind) = known.get(&head.to_lowercase())
        {
            w.span =
                Span::from_range(w.span.start(), w.span.start() + head.len()).unwrap_or(w.span);
            w.words = words_of(&head);
            w.name = head;
            w.kind = kind;
        }
    }

    // Repeated names the tagger missed.
    let mut covered = vec![false; tokens.len()];
    for w in &work {
        let a = token_at(tokens, w.span.start());
        let b = token_at(tokens, w.span.end().saturating_sub(1));
        for c in covered.iter_mut().take(b + 1).skip(a) {
            *c = true;
        }
    }
    for (i, tok) in tokens.iter().enumerate() {
        if covered.get(i).copied().unwrap_or(true) || tok.kind != TokenKind::Word {
            continue;
        }
        let span = trim_possessive(text, tok.span);
        let s = span.slice(text);
        let (span, s) = match hyphen_head(s) {
            Some(h) => (
                Span::from_range(span.start(), span.start() + h.len()).unwrap_or(span),
                h,
            ),
            None => (span, s),
        };
        if !s.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        if let Some(&kind) = known.get(&s.to_lowercase()) {
            work.push(Work {
                span,
                kind,
                confidence: 0.5,
                name: s.to_string(),
                words: words_of(s),
                junior: false,
                senior: false,
            });
        }
    }
    work.sort_by_key(|w| (w.span.start(), w.span.end()));
    for w in &mut work {
        (w.junior, w.senior) = generation(text, tokens, w.span);
    }

    let mut chains: Vec<Chain> = Vec::new();
    let mut entities: Vec<Entity> = Vec::with_capacity(work.len());
    for (ix, w) in work.iter().enumerate() {
        let lower = w.name.to_lowercase();
        let key: Vec<String> = w.words.clone();
        let prev_end = ix
            .checked_sub(1)
            .and_then(|p| work.get(p))
            .map(|p| p.span.end());
        let parenthetical = prev_end.is_some_and(|e| {
            text.get(e..w.span.start())
                .is_some_and(|between| between.trim() == "(")
        }) && is_acronym(&w.name);

        let found = if parenthetical {
            entities.last().map(|e| e.chain as usize)
        } else {
            None
        }
        .or_else(|| {
            // 1. The same name.
            chains.iter().rposition(|c| {
                (!key.is_empty() && c.words == key) || c.name.to_lowercase() == lower
            })
        })
        .or_else(|| {
            // 2. Acronyms.
            if is_acronym(&w.name) {
                chains
                    .iter()
                    .rposition(|c| initials(&c.name) == w.name && c.words.len() > 1)
            } else if key.len() > 1 {
                let ini = initials(&w.name);
                chains
                    .iter()
                    .rposition(|c| is_acronym(&c.name) && c.name == ini)
            } else {
                None
            }
        })
        .or_else(|| {
            // 3. A one-word short form of a longer name.
            let [word] = key.as_slice() else { return None };
            let cands: Vec<usize> = (0..chains.len())
                .filter(|&c| {
                    let ch = &chains[c];
                    // A surname joins its person whatever type the tagger gave it.
                    let surname = ch.kind == EntityType::Per && ch.words.last() == Some(word);
                    ch.words.len() > 1
                        && (surname || (ch.kind == w.kind && ch.words.contains(word)))
                })
                .collect();
            let pick = |f: &dyn Fn(&Chain) -> bool| {
                cands
                    .iter()
                    .copied()
                    .filter(|&c| f(&chains[c]))
                    .max_by_key(|&c| chains[c].last)
            };
            if w.junior {
                pick(&|c| c.junior).or_else(|| pick(&|c| !c.senior))
            } else if w.senior {
                pick(&|c| c.senior).or_else(|| pick(&|c| !c.junior))
            } else {
                pick(&|_| true)
            }
        });

        let entity_ix = u32::try_from(entities.len()).unwrap_or(u32::MAX);
        let chain_ix = match found {
            Some(c) => {
                if let Some(ch) = chains.get_mut(c) {
                    ch.mentions.push(entity_ix);
                    ch.junior |= w.junior;
                    ch.senior |= w.senior;
                    ch.last = ix;
                    let fuller = key.len() > ch.words.len()
                        || (key.len() == ch.words.len() && w.name.len() > ch.name.len())
                        || (is_acronym(&ch.name) && !is_acronym(&w.name));
                    if fuller && !is_acronym(&w.name) {
                        ch.name.clone_from(&w.name);
                        ch.words.clone_from(&key);
                    }
                }
                c
            }
            None => {
                chains.push(Chain {
                    name: w.name.clone(),
                    words: key,
                    kind: w.kind,
                    mentions: vec![entity_ix],
                    junior: w.junior,
                    senior: w.senior,
                    last: ix,
                });
                chains.len() - 1
            }
        };
        let kind = chains.get(chain_ix).map_or(w.kind, |c| c.kind);
        entities.push(Entity {
            span: w.span,
            kind,
            chain: u32::try_from(chain_ix).unwrap_or(u32::MAX),
            confidence: w.confidence,
        });
    }
    merge_forward(&mut chains, &mut entities);
    EntityLayer {
        entities,
        chains: chains
            .into_iter()
            .map(|c| NameChain {
                name: c.name,
                kind: c.kind,
                mentions: c.mentions,
            })
            .collect(),
    }
}

/// A one-word chain whose name is the surname (or a word, same type) of exactly one longer
/// chain named later joins it: "Saleh's mannen … Amrullah Saleh".
fn merge_forward(chains: &mut Vec<Chain>, entities: &mut [Entity]) {
    let mut target: Vec<Option<usize>> = vec![None; chains.len()];
    for (i, c) in chains.iter().enumerate() {
        let [word] = c.words.as_slice() else { continue };
        let cands: Vec<usize> = chains
            .iter()
            .enumerate()
            .filter(|(j, d)| {
                *j != i
                    && d.words.len() > 1
                    && ((d.kind == EntityType::Per && d.words.last() == Some(word))
                        || (d.kind == c.kind && d.words.contains(word)))
            })
            .map(|(j, _)| j)
            .collect();
        if let [j] = cands.as_slice() {
            target[i] = Some(*j);
        }
    }
    if target.iter().all(Option::is_none) {
        return;
    }
    // Renumber: kept chains in order; merged ones point to their target's new index.
    let mut new_index = vec![0usize; chains.len()];
    let mut next = 0;
    for (i, t) in target.iter().enumerate() {
        if t.is_none() {
            new_index[i] = next;
            next += 1;
        }
    }
    for (i, t) in target.iter().enumerate() {
        if let Some(j) = t {
            new_index[i] = new_index[*j];
        }
    }
    let old = std::mem::take(chains);
    let mut kept: Vec<Chain> = Vec::new();
    let mut moved: Vec<(usize, Vec<u32>)> = Vec::new();
    for (i, c) in old.into_iter().enumerate() {
        if target[i].is_some() {
            moved.push((new_index[i], c.mentions));
        } else {
            kept.push(c);
        }
    }
    for (to, mentions) in moved {
        if let Some(c) = kept.get_mut(to) {
            c.mentions.extend(mentions);
            c.mentions.sort_unstable();
        }
    }
    for e in entities.iter_mut() {
        let to = new_index.get(e.chain as usize).copied().unwrap_or(0);
        e.chain = u32::try_from(to).unwrap_or(u32::MAX);
        if let Some(c) = kept.get(to) {
            e.kind = c.kind;
        }
    }
    *chains = kept;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helpers() {
        assert_eq!(hyphen_head("Taliban-strijders"), Some("Taliban"));
        assert_eq!(hyphen_head("Al-Qaida-leider"), Some("Al-Qaida"));
        assert_eq!(hyphen_head("Noord-Atlantische"), None);
        assert_eq!(hyphen_head("oud-minister"), None);
        assert_eq!(initials("Verenigde Naties"), "VN");
        assert_eq!(initials("North Atlantic Treaty Organization"), "NATO");
        assert!(is_acronym("NAVO"));
        assert!(!is_acronym("Kabul"));
    }
}
