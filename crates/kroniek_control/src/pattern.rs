//! A small pattern language over tokens, read from the TSV files in `data/control/`.
//!
//! A pattern is a space-separated list of elements:
//!
//! - `word` or `a|b|c`: a token whose lowercase form is one of the alternatives; an
//!   alternative may span tokens joined by `_` (`om_het_leven|omgekomen`); `=lemma` matches
//!   lemmas instead; a trailing `?` makes the element optional;
//! - `*`: a gap of zero to four tokens that are not punctuation;
//! - `REGION`, `ACTOR`, `OPP`, `SUBJ`: a noun phrase (determiner first, then adjectives,
//!   nouns, names, numbers; at most six tokens), resolved later to a region, an actor, an
//!   opposing actor, or either;
//! - `NUM`: a quantity (approximator, digits or number words, scale words).
//!
//! Rows are `label <TAB> pattern <TAB> example`; `#` starts a comment line.

use crate::error::{Error, Result};
use crate::number::quantity_at;
use crate::view::{SentenceView, Tok};

/// What a slot stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Slot {
    /// A region (place, definite description, quantified NP resolved after a colon).
    Region,
    /// The actor the row's label is about.
    Actor,
    /// The other side of a contest.
    Opp,
    /// The subject of an attribute: a region or an actor.
    Subj,
    /// A quantity.
    Num,
}

/// One pattern element.
#[derive(Clone, Debug)]
enum Elem {
    Word {
        alts: Vec<Vec<String>>,
        lemma: bool,
        optional: bool,
    },
    Gap,
    Slot(Slot),
}

/// A parsed pattern.
#[derive(Clone, Debug)]
pub(crate) struct Pattern {
    elems: Vec<Elem>,
}

/// Where a pattern matched: tokens `[start, end)` and each slot's token range.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Match {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Slots in pattern order with their token ranges.
    pub slots: Vec<(Slot, usize, usize)>,
}

impl Match {
    /// The token range of the first slot of this kind.
    pub fn slot(&self, kind: Slot) -> Option<(usize, usize)> {
        self.slots
            .iter()
            .find(|(k, _, _)| *k == kind)
            .map(|(_, a, b)| (*a, *b))
    }
}

/// What a match attempt needs besides the pattern.
struct Ctx<'a, 't> {
    toks: &'a [Tok<'t>],
    lang: &'a str,
    start: usize,
    accept: &'a dyn Fn(&Match) -> bool,
}

const MAX_NP: usize = 6;
const MAX_GAP: usize = 4;

impl Pattern {
    /// Parse one pattern.
    pub fn parse(src: &str) -> std::result::Result<Pattern, String> {
        let mut elems = Vec::new();
        for raw in src.split_whitespace() {
            let elem = match raw {
                "*" => Elem::Gap,
                "REGION" => Elem::Slot(Slot::Region),
                "ACTOR" => Elem::Slot(Slot::Actor),
                "OPP" => Elem::Slot(Slot::Opp),
                "SUBJ" => Elem::Slot(Slot::Subj),
                "NUM" => Elem::Slot(Slot::Num),
                _ => {
                    let (body, optional) = match raw.strip_suffix('?') {
                        Some(b) if !b.is_empty() => (b, true),
                        _ => (raw, false),
                    };
                    let (body, lemma) = match body.strip_prefix('=') {
                        Some(b) => (b, true),
                        None => (body, false),
                    };
                    if body.chars().any(|c| c.is_uppercase()) {
                        return Err(format!(
                            "`{raw}`: words are lowercase; slots are REGION, ACTOR, OPP, SUBJ, NUM"
                        ));
                    }
                    let alts: Vec<Vec<String>> = body
                        .split('|')
                        .map(|a| a.split('_').map(str::to_string).collect())
                        .collect();
                    if alts.iter().flatten().any(String::is_empty) {
                        return Err(format!("`{raw}`: empty alternative"));
                    }
                    Elem::Word {
                        alts,
                        lemma,
                        optional,
                    }
                }
            };
            elems.push(elem);
        }
        if elems.is_empty() {
            return Err("empty pattern".into());
        }
        Ok(Pattern { elems })
    }

    /// Every non-overlapping match in the sentence, leftmost first.
    pub fn find_all(&self, s: &SentenceView<'_>, lang: &str) -> Vec<Match> {
        self.find_all_with(s, lang, &|_| true)
    }

    /// Every non-overlapping match that `accept` takes (it sees the slots, so a slot that
    /// does not resolve makes the matcher try a shorter or later phrase).
    pub fn find_all_with(
        &self,
        s: &SentenceView<'_>,
        lang: &str,
        accept: &dyn Fn(&Match) -> bool,
    ) -> Vec<Match> {
        let mut out = Vec::new();
        if !self.possible(s) {
            return out;
        }
        let mut i = 0;
        while i < s.toks.len() {
            let mut slots = Vec::new();
            let ctx = Ctx {
                toks: &s.toks,
                lang,
                start: i,
                accept,
            };
            match self.at(&ctx, 0, i, &mut slots) {
                Some(end) if end > i => {
                    out.push(Match {
                        start: i,
                        end,
                        slots,
                    });
                    i = end;
                }
                _ => i += 1,
            }
        }
        out
    }

    /// False when a required word of the pattern is not in the sentence at all.
    fn possible(&self, s: &SentenceView<'_>) -> bool {
        self.elems.iter().all(|e| match e {
            Elem::Word {
                alts,
                lemma: false,
                optional: false,
            } => alts
                .iter()
                .any(|a| a.first().is_some_and(|w| s.vocab.binary_search(w).is_ok())),
            _ => true,
        })
    }

    /// Match elements `e..` at token `i`; the end token on success.
    fn at(
        &self,
        ctx: &Ctx<'_, '_>,
        e: usize,
        i: usize,
        slots: &mut Vec<(Slot, usize, usize)>,
    ) -> Option<usize> {
        let toks = ctx.toks;
        let Some(elem) = self.elems.get(e) else {
            let m = Match {
                start: ctx.start,
                end: i,
                slots: slots.clone(),
            };
            return (ctx.accept)(&m).then_some(i);
        };
        match elem {
            Elem::Word {
                alts,
                lemma,
                optional,
            } => {
                for alt in alts {
                    let hit = alt.iter().enumerate().all(|(k, w)| {
                        toks.get(i + k).is_some_and(|t| {
                            let key = if *lemma { &t.lemma } else { &t.lower };
                            key == w
                        })
                    });
                    if hit && let Some(end) = self.at(ctx, e + 1, i + alt.len(), slots) {
                        return Some(end);
                    }
                }
                if *optional {
                    return self.at(ctx, e + 1, i, slots);
                }
                None
            }
            Elem::Gap => {
                for n in 0..=MAX_GAP {
                    if n > 0 && toks.get(i + n - 1).is_none_or(|t| t.punct) {
                        break;
                    }
                    if let Some(end) = self.at(ctx, e + 1, i + n, slots) {
                        return Some(end);
                    }
                }
                None
            }
            Elem::Slot(Slot::Num) => {
                let q = quantity_at(toks, i, ctx.lang)?;
                slots.push((Slot::Num, i, q.end));
                let r = self.at(ctx, e + 1, q.end, slots);
                if r.is_none() {
                    slots.pop();
                }
                r
            }
            Elem::Slot(Slot::Region) => {
                // "grote delen van de regio Charkiv", "most of Idlib": the region after the
                // partitive words (and, failing that, the phrase at `i` itself).
                let p = partitive_len(toks, i);
                let after = (p > 0)
                    .then(|| self.slot_at(ctx, e, i + p, Slot::Region, slots))
                    .flatten();
                after.or_else(|| self.slot_at(ctx, e, i, Slot::Region, slots))
            }
            Elem::Slot(kind) => self.slot_at(ctx, e, i, *kind, slots),
        }
    }

    /// Match a noun-phrase slot `kind` at token `i` (longest phrase first), then elements
    /// `e + 1..`.
    fn slot_at(
        &self,
        ctx: &Ctx<'_, '_>,
        e: usize,
        i: usize,
        kind: Slot,
        slots: &mut Vec<(Slot, usize, usize)>,
    ) -> Option<usize> {
        let max = np_len(ctx.toks, i);
        for n in (1..=max).rev() {
            slots.push((kind, i, i + n));
            if let Some(end) = self.at(ctx, e + 1, i + n, slots) {
                return Some(end);
            }
            // "Mekele, de hoofdstad van Tigray, ingenomen": the pattern goes on after an
            // apposition between commas.
            if let Some(after) = apposition_end(ctx.toks, i + n)
                && let Some(end) = self.at(ctx, e + 1, after, slots)
            {
                return Some(end);
            }
            slots.pop();
        }
        None
    }
}

/// Words that put a part before a region ("het grootste deel van Aleppo", "most of Idlib"),
/// lowercase, as token sequences.
const PARTITIVES: &[&[&str]] = &[
    &["het", "grootste", "deel", "van"],
    &["een", "groot", "deel", "van"],
    &["grote", "delen", "van"],
    &["grote", "stukken", "van"],
    &["een", "deel", "van"],
    &["delen", "van"],
    &["deel", "van"],
    &["most", "of"],
    &["much", "of"],
    &["large", "parts", "of"],
    &["parts", "of"],
    &["part", "of"],
    &["all", "of"],
    &["the", "rest", "of"],
];

/// After a phrase ending before token `i`: when `i` opens an apposition (a comma, a noun
/// phrase with prepositional phrases, no verb, a closing comma within ten tokens), the token
/// after the closing comma.
fn apposition_end(toks: &[Tok<'_>], i: usize) -> Option<usize> {
    if toks.get(i)?.text != "," {
        return None;
    }
    for (j, t) in toks.iter().enumerate().take(i + 12).skip(i + 2) {
        if t.text == "," {
            return Some(j + 1);
        }
        if t.punct || matches!(t.upos, "VERB" | "AUX" | "SCONJ" | "PRON") {
            return None;
        }
    }
    None
}

/// Length of the partitive words at token `i` (0 when none).
fn partitive_len(toks: &[Tok<'_>], i: usize) -> usize {
    PARTITIVES
        .iter()
        .find(|p| {
            p.iter()
                .enumerate()
                .all(|(k, w)| toks.get(i + k).is_some_and(|t| t.lower == *w))
        })
        .map_or(0, |p| p.len())
}

/// Function words a noun phrase never contains, for texts without a syntax layer and for
/// tagger mistakes.
const NOT_NP: &[&str] = &[
    "is", "zijn", "was", "waren", "wordt", "werd", "heeft", "hebben", "in", "van", "op", "aan",
    "door", "met", "niet", "nog", "en", "of", "maar", "dat", "die", "er", "by", "and", "or", "but",
    "not", "has", "have", "had", "are", "were", "be", "been", "that", "which", "who", "still",
    "to", "for", "as", "at", "on", "from", "under",
];

const PRONOUNS: &[&str] = &[
    "ik", "jij", "je", "u", "hij", "zij", "ze", "het", "wij", "we", "jullie", "men", "dit", "dat",
    "die", "deze", "wie", "wat", "er", "zich", "i", "you", "he", "she", "it", "we", "they", "this",
    "that", "these", "those", "who", "what", "there", "meer", "veel", "alle", "iedereen",
];

/// How many tokens from `i` can form a noun phrase (0 when none).
pub(crate) fn np_len(toks: &[Tok<'_>], i: usize) -> usize {
    let mut n = 0;
    while let Some(t) = toks.get(i + n) {
        if n >= MAX_NP || !np_token(t, n == 0) {
            break;
        }
        n += 1;
    }
    n
}

fn np_token(t: &Tok<'_>, first: bool) -> bool {
    if t.punct || t.lower == "'s" || t.lower == "’s" {
        return false;
    }
    let capital = t.text.starts_with(|c: char| c.is_uppercase());
    let is_det = matches!(
        t.lower.as_str(),
        "de" | "het" | "the" | "een" | "a" | "an" | "één" | "one"
    );
    if is_det {
        return first;
    }
    // An acronym is a name, whatever word it spells in lower case ("IS", "AND").
    if t.text.chars().count() >= 2 && t.text.chars().all(char::is_uppercase) {
        return true;
    }
    if NOT_NP.contains(&t.lower.as_str()) {
        return false;
    }
    if t.upos == "PRON" {
        // Names the tagger takes for pronouns ("Herat is …"), not real pronouns.
        return capital && !PRONOUNS.contains(&t.lower.as_str());
    }
    match t.upos {
        "" | "ADJ" | "NOUN" | "PROPN" | "NUM" | "X" => true,
        "DET" => first,
        _ => {
            capital
                && !matches!(
                    t.upos,
                    "PRON" | "ADP" | "AUX" | "SCONJ" | "CCONJ" | "ADV" | "PART"
                )
        }
    }
}

/// One row of a pattern file.
#[derive(Clone, Debug)]
pub struct Row {
    /// The data file it comes from (`stative-nl.tsv`).
    pub file: &'static str,
    /// The label (a status or an attribute name).
    pub label: String,
    /// The pattern.
    pub(crate) pattern: Pattern,
    /// The pattern as written.
    pub source: String,
    /// The example sentence.
    pub example: String,
}

impl Row {
    /// True when the row's pattern matches some sentence of `doc` (for checking examples).
    pub fn matches(&self, doc: &kroniek_core::Document) -> bool {
        let lang = if self.file.contains("-en") {
            "en"
        } else {
            "nl"
        };
        crate::view::sentences(doc)
            .iter()
            .any(|s| !self.pattern.find_all(s, lang).is_empty())
    }
}

/// Parse a pattern file: `label <TAB> pattern <TAB> example`; labels are checked by `label_ok`.
pub(crate) fn load_rows(
    file: &'static str,
    content: &str,
    label_ok: impl Fn(&str) -> bool,
) -> Result<Vec<Row>> {
    let mut rows = Vec::new();
    for (n, line) in content.lines().enumerate() {
        let line_no = n + 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let err = |message: String| Error::Data {
            file,
            line: line_no,
            message,
        };
        let cols: Vec<&str> = line.split('\t').collect();
        let [label, pattern, example] = cols.as_slice() else {
            return Err(err(format!(
                "expected 3 tab-separated columns, got {}",
                cols.len()
            )));
        };
        if !label_ok(label) {
            return Err(err(format!("unknown label `{label}`")));
        }
        if example.trim().is_empty() {
            return Err(err("every row needs an example sentence".into()));
        }
        let parsed = Pattern::parse(pattern).map_err(err)?;
        rows.push(Row {
            file,
            label: (*label).to_string(),
            pattern: parsed,
            source: (*pattern).to_string(),
            example: (*example).to_string(),
        });
    }
    Ok(rows)
}
