//! Feature extraction: each feature is a template id and a few strings, hashed straight into a
//! row of the weight table (no feature dictionary, so the model is a fixed-size table and
//! extraction allocates nothing per feature).

use std::collections::HashMap;

use crate::lexicon::Lexicon;

/// What the tagger knows about one token before looking at its neighbours.
#[derive(Clone, Debug, Default)]
pub struct TokenInfo {
    /// The form as written.
    pub word: String,
    /// Lowercase form.
    pub lower: String,
    /// Collapsed shape: `Xx`, `X.X.`, `d-d`, …
    pub shape: String,
    /// Capitalisation class: 0 lower/other, 1 initial capital, 2 all caps, 3 mixed, 4 digits.
    pub cap: u8,
    /// How the word is written elsewhere in the document ([`DocContext`] flags).
    pub doc: u8,
    /// Position in a gazetteer place name ([`crate::gazetteer::mark`]).
    pub gaz: u8,
    /// Coarse, middle and fine word cluster ([`crate::lexicon`]), when known.
    pub clusters: Option<[u16; 3]>,
    /// [`crate::lexicon::count_bucket`] of the lowercase form in the unlabelled text.
    pub lower_freq: u8,
    /// How the form as written compares with its lowercase form in the unlabelled text: 0 not
    /// applicable (lowercase word), 1 never seen lowercase, 2 mostly capitalised, 3 comparable,
    /// 4 mostly lowercase.
    pub cap_ratio: u8,
    /// The lowercase form is an organisation word ([`crate::lexicon::org_words`]).
    pub org: bool,
    /// Given-name and surname bits of the lowercase form ([`crate::personnames`]).
    pub person: u8,
    /// The first pass's tag plus one (0 without a first pass; [`crate::history`]).
    pub first: u8,
    /// How the first pass typed the same word elsewhere in the document: per PER, ORG, LOC,
    /// MISC and outside, 0 never, 1 a minority, 2 at least half, 3 always.
    pub hist: [u8; 5],
    /// Organisation-cue class of the lowercase form ([`crate::orgcues::cue`]; only with
    /// [`FeatureSet::ORG_CUES`]).
    pub cue: u8,
    /// How the form is cued as an organisation elsewhere in the document
    /// ([`DocContext::cued`] bits).
    pub doc_cue: u8,
    /// Position in a listed organisation name ([`crate::orgnames::mark`]; only with
    /// [`FeatureSet::ORG_NAMES`]).
    pub orgname: u8,
}

impl TokenInfo {
    /// Analyse one word.
    pub fn new(word: &str) -> TokenInfo {
        let lower = word.to_lowercase();
        let mut shape = String::new();
        let mut last = ' ';
        let (mut upper, mut lowers, mut digits, mut letters) = (0usize, 0usize, 0usize, 0usize);
        for c in word.chars() {
            let s = if c.is_uppercase() {
                upper += 1;
                letters += 1;
                'X'
            } else if c.is_alphabetic() {
                lowers += 1;
                letters += 1;
                'x'
            } else if c.is_numeric() {
                digits += 1;
                'd'
            } else {
                c
            };
            if s != last {
                shape.push(s);
                last = s;
            }
        }
        let first_upper = word.chars().next().is_some_and(char::is_uppercase);
        let cap = if letters == 0 && digits > 0 {
            4
        } else if upper > 0 && lowers == 0 {
            2
        } else if first_upper && upper == 1 {
            1
        } else if upper > 0 {
            3
        } else {
            0
        };
        TokenInfo {
            word: word.to_string(),
            lower,
            shape,
            cap,
            doc: 0,
            gaz: 0,
            clusters: None,
            lower_freq: 0,
            cap_ratio: 0,
            org: false,
            person: 0,
            first: 0,
            hist: [0; 5],
            cue: 0,
            doc_cue: 0,
            orgname: 0,
        }
    }
}

/// A sentence prepared for feature extraction.
#[derive(Clone, Debug, Default)]
pub struct PreparedSentence {
    /// Token analyses.
    pub tokens: Vec<TokenInfo>,
    /// True when every letter of the sentence is uppercase (a headline).
    pub all_caps: bool,
    /// The feature groups beyond the base set ([`FeatureSet`]) filled in by
    /// [`PreparedSentence::with_lexicon`].
    pub features: FeatureSet,
}

/// Optional feature groups, stored in the model file (bit flags).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct FeatureSet(pub u8);

impl FeatureSet {
    /// Word clusters of the token and its neighbours.
    pub const CLUSTERS: u8 = 1;
    /// Lowercase frequency and capitalisation ratio in unlabelled text.
    pub const LEXICAL: u8 = 2;
    /// Organisation words in and around the token.
    pub const ORG_WORDS: u8 = 4;
    /// The first pass's tags and document history (the second pass of a two-stage model).
    pub const HISTORY: u8 = 8;
    /// Given names and surnames in and around the token ([`crate::personnames`]).
    pub const NAMES: u8 = 16;
    /// Organisation cues around the token and elsewhere in the document ([`crate::orgcues`]).
    pub const ORG_CUES: u8 = 32;
    /// Listed organisation names in and around the token ([`crate::orgnames`]).
    pub const ORG_NAMES: u8 = 64;
    /// With [`FeatureSet::ORG_NAMES`]: the list includes the English-language names
    /// ([`crate::orgnames::names_with_english`]).
    pub const ORG_NAMES_EN: u8 = 128;
    /// The groups of the standard English model (the standard Dutch model adds
    /// [`FeatureSet::ORG_NAMES`]; see [`crate::TrainConfig::standard`]).
    pub const ALL: FeatureSet =
        FeatureSet(Self::CLUSTERS | Self::LEXICAL | Self::ORG_WORDS | Self::ORG_CUES);

    /// True when the group `flag` is on.
    pub fn has(self, flag: u8) -> bool {
        self.0 & flag != 0
    }

    /// True when a group needs the language's lexicon.
    pub fn needs_lexicon(self) -> bool {
        self.has(Self::CLUSTERS | Self::LEXICAL)
    }
}

/// How each word form is written across a document: the tagger's view beyond the sentence
/// (a sentence-initial or headline word that appears lowercase elsewhere is probably not a name).
#[derive(Clone, Debug, Default)]
pub struct DocContext {
    seen: HashMap<String, u8>,
    cued: HashMap<String, u8>,
}

/// Seen lowercase (not sentence-initial).
const SEEN_LOWER: u8 = 1;
/// Seen with an initial capital, not sentence-initial, outside headlines.
const SEEN_CAP: u8 = 2;
/// Seen sentence-initially or in a headline only.
const SEEN_OTHER: u8 = 4;

impl DocContext {
    /// Gather the forms of a document's sentences.
    pub fn new<S: AsRef<str>>(sentences: &[&[S]]) -> DocContext {
        let mut seen: HashMap<String, u8> = HashMap::new();
        let mut cued: HashMap<String, u8> = HashMap::new();
        for words in sentences {
            // Only forms and capitalisation matter here: no gazetteer look-up.
            let tokens: Vec<TokenInfo> = words.iter().map(|w| TokenInfo::new(w.as_ref())).collect();
            let all_caps = all_caps(&tokens);
            for (i, t) in tokens.iter().enumerate() {
                let initial = i == 0 || is_opener(&tokens[i - 1].word);
                let flag = if t.cap == 0 && !initial {
                    SEEN_LOWER
                } else if t.cap == 1 && !initial && !all_caps {
                    SEEN_CAP
                } else {
                    SEEN_OTHER
                };
                *seen.entry(t.lower.clone()).or_default() |= flag;
            }
            mark_cued(&tokens, &mut cued);
        }
        DocContext { seen, cued }
    }

    /// How a lowercase form is cued as an organisation somewhere in the document: bit 1 after
    /// an organisation noun (`het softwarebedrijf Arinso`), bit 2 after a role noun (`topman
    /// van Arinso`), bit 4 before an apposition with an organisation noun (`Arinso , de
    /// softwaregroep`); 0 when never.
    pub fn cued(&self, lower: &str) -> u8 {
        self.cued.get(lower).copied().unwrap_or(0)
    }

    /// The flags of a lowercase form.
    pub fn flags(&self, lower: &str) -> u8 {
        self.seen.get(lower).copied().unwrap_or(0)
    }
}

impl PreparedSentence {
    /// Analyse the words of a sentence within its document.
    pub fn in_doc<S: AsRef<str>>(words: &[S], doc: &DocContext) -> PreparedSentence {
        let mut sent = PreparedSentence::new(words);
        for t in &mut sent.tokens {
            t.doc = doc.flags(&t.lower);
            t.doc_cue = doc.cued(&t.lower);
        }
        sent
    }

    /// Analyse the words of a sentence on its own.
    pub fn new<S: AsRef<str>>(words: &[S]) -> PreparedSentence {
        let mut tokens: Vec<TokenInfo> = words.iter().map(|w| TokenInfo::new(w.as_ref())).collect();
        let folded: Vec<std::borrow::Cow<'_, str>> = tokens
            .iter()
            .map(|t| crate::gazetteer::fold_word(&t.word, &t.lower))
            .collect();
        let folded: Vec<&str> = folded.iter().map(AsRef::as_ref).collect();
        let caps: Vec<bool> = tokens.iter().map(|t| matches!(t.cap, 1..=3)).collect();
        let gaz = crate::gazetteer::mark(&folded, &caps);
        for (t, g) in tokens.iter_mut().zip(gaz) {
            t.gaz = g;
        }
        let all_caps = all_caps(&tokens);
        PreparedSentence {
            tokens,
            all_caps,
            features: FeatureSet::default(),
        }
    }

    /// Fill in the token information of the feature groups `features` from `lex` (groups that
    /// need a lexicon are left off without one).
    pub fn with_lexicon(mut self, lex: Option<&Lexicon>, features: FeatureSet) -> PreparedSentence {
        let mut on = features.0;
        if lex.is_none() {
            on &= !(FeatureSet::CLUSTERS | FeatureSet::LEXICAL);
        }
        let on = FeatureSet(on);
        for t in &mut self.tokens {
            if on.has(FeatureSet::ORG_WORDS) {
                t.org = crate::lexicon::org_words().contains(t.lower.as_str());
            }
            if on.has(FeatureSet::ORG_CUES) && t.cap == 0 {
                t.cue = crate::orgcues::cue(&t.lower);
            }
            if on.has(FeatureSet::NAMES) && t.cap != 0 && t.cap != 4 {
                t.person = crate::personnames::person_name(&t.lower);
            }
            let Some(lex) = lex else { continue };
            let own = lex.get(&t.word);
            let lower = if t.word == t.lower {
                own
            } else {
                lex.get(&t.lower)
            };
            if on.has(FeatureSet::CLUSTERS) {
                t.clusters = own.or(lower).map(|e| e.clusters);
            }
            if on.has(FeatureSet::LEXICAL) {
                let lc = lower.map_or(0, |e| e.count);
                t.lower_freq = crate::lexicon::count_bucket(lc);
                if t.cap != 0 && t.cap != 4 {
                    let cc = own.map_or(0, |e| e.count);
                    t.cap_ratio = if lc == 0 {
                        1
                    } else if cc >= 4 * lc {
                        2
                    } else if lc >= 4 * cc {
                        4
                    } else {
                        3
                    };
                }
            }
        }
        if on.has(FeatureSet::ORG_NAMES) {
            let lowers: Vec<&str> = self.tokens.iter().map(|t| t.lower.as_str()).collect();
            let caps: Vec<bool> = self.tokens.iter().map(|t| matches!(t.cap, 1..=3)).collect();
            let marks = crate::orgnames::mark(&lowers, &caps, on.has(FeatureSet::ORG_NAMES_EN));
            for (t, m) in self.tokens.iter_mut().zip(marks) {
                t.orgname = m;
            }
        }
        self.features = on;
        self
    }
}

/// Longest name run that an organisation cue marks.
const CUE_RUN: usize = 4;

/// Record the capitalised runs of a sentence that an organisation cue marks ([`DocContext::cued`]).
fn mark_cued(tokens: &[TokenInfo], cued: &mut HashMap<String, u8>) {
    let name = |t: &TokenInfo| matches!(t.cap, 1..=3);
    for (j, t) in tokens.iter().enumerate() {
        if t.cap == 0 {
            let c = crate::orgcues::cue(&t.lower);
            if c != crate::orgcues::NONE {
                let mut k = j + 1;
                while k < j + 3
                    && tokens
                        .get(k)
                        .is_some_and(|n| crate::orgcues::is_link(&n.lower))
                {
                    k += 1;
                }
                for n in tokens.iter().skip(k).take(CUE_RUN).take_while(|n| name(n)) {
                    *cued.entry(n.lower.clone()).or_default() |= c;
                }
            }
        }
        if t.word == "," && j > 0 && appositive_cue(tokens, j) == crate::orgcues::HEAD {
            let before = tokens.get(j.saturating_sub(CUE_RUN)..j).unwrap_or(&[]);
            for n in before.iter().rev().take_while(|n| name(n)) {
                *cued.entry(n.lower.clone()).or_default() |= 4;
            }
        }
    }
}

/// The cue class of the noun of an apposition opened by the comma at `comma` (`, de
/// softwaregroep`).
fn appositive_cue(tokens: &[TokenInfo], comma: usize) -> u8 {
    let mut k = comma + 1;
    if tokens
        .get(k)
        .is_some_and(|t| crate::orgcues::is_determiner(&t.lower))
    {
        k += 1;
    }
    tokens
        .get(k)
        .filter(|t| t.cap == 0)
        .map_or(crate::orgcues::NONE, |t| crate::orgcues::cue(&t.lower))
}

/// True when a sentence's words are all capitals (at least two words with letters).
fn all_caps(tokens: &[TokenInfo]) -> bool {
    let lettered = tokens.iter().filter(|t| matches!(t.cap, 1..=3)).count();
    let caps = tokens.iter().filter(|t| t.cap == 2).count();
    lettered >= 2 && caps == lettered
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// Hashes a template id and string parts.
#[derive(Clone, Copy)]
struct Hasher(u64);

impl Hasher {
    fn new(template: u8) -> Hasher {
        Hasher((FNV_OFFSET ^ u64::from(template)).wrapping_mul(FNV_PRIME))
    }

    fn str(mut self, s: &str) -> Hasher {
        for &b in s.as_bytes() {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(FNV_PRIME);
        }
        // A separator, so ("ab", "c") and ("a", "bc") differ.
        self.0 = (self.0 ^ 0xff).wrapping_mul(FNV_PRIME);
        self
    }

    fn u16(self, v: u16) -> Hasher {
        let [a, b] = v.to_le_bytes();
        self.byte(a).byte(b)
    }

    fn byte(mut self, b: u8) -> Hasher {
        self.0 = (self.0 ^ u64::from(b)).wrapping_mul(FNV_PRIME);
        self
    }

    fn row(self, mask: u32) -> u32 {
        let h = self.0 ^ (self.0 >> 31);
        let h = h.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let r = u32::try_from(h >> 32).unwrap_or(0);
        r & mask
    }
}

fn prefix(s: &str, n: usize) -> Option<&str> {
    match s.char_indices().nth(n) {
        Some((end, _)) => s.get(..end),
        None => (s.chars().count() == n).then_some(s),
    }
}

fn suffix(s: &str, n: usize) -> Option<&str> {
    let count = s.chars().count();
    if count < n {
        return None;
    }
    let start = s.char_indices().nth(count - n).map(|(i, _)| i)?;
    s.get(start..)
}

const BOS: &str = "<s>";
const EOS: &str = "</s>";

/// Write the feature rows of token `i` into `out` (cleared first).
pub fn extract(sent: &PreparedSentence, i: usize, mask: u32, out: &mut Vec<u32>) {
    out.clear();
    let toks = &sent.tokens;
    let Some(t) = toks.get(i) else {
        return;
    };
    let lower_at = |j: isize| -> &str {
        if j < 0 {
            BOS
        } else {
            toks.get(j.unsigned_abs()).map_or(EOS, |t| t.lower.as_str())
        }
    };
    let shape_at = |j: isize| -> &str {
        if j < 0 {
            BOS
        } else {
            toks.get(j.unsigned_abs()).map_or(EOS, |t| t.shape.as_str())
        }
    };
    #[expect(
        clippy::cast_possible_wrap,
        reason = "sentences are far shorter than 2^63"
    )]
    let ii = i as isize;
    let initial = u8::from(i == 0 || toks.get(i - 1).is_some_and(|p| is_opener(&p.word)));
    let mut push = |h: Hasher| out.push(h.row(mask));

    // The bias, then the two word-identity features: training's word dropout
    // (`TrainConfig::word_dropout`) finds them at these positions.
    push(Hasher::new(0));
    push(Hasher::new(1).str(&t.word));
    push(Hasher::new(2).str(&t.lower));
    push(Hasher::new(3).str(&t.shape));
    for n in 1..=4 {
        if let Some(p) = prefix(&t.lower, n) {
            push(Hasher::new(4).byte(u8::try_from(n).unwrap_or(0)).str(p));
        }
        if let Some(s) = suffix(&t.lower, n) {
            push(Hasher::new(5).byte(u8::try_from(n).unwrap_or(0)).str(s));
        }
    }
    push(
        Hasher::new(6)
            .byte(t.cap)
            .byte(initial)
            .byte(u8::from(sent.all_caps)),
    );
    if initial == 1 {
        push(Hasher::new(7).str(&t.lower));
    }
    push(Hasher::new(8).str(lower_at(ii - 1)));
    push(Hasher::new(9).str(lower_at(ii + 1)));
    push(Hasher::new(10).str(lower_at(ii - 2)));
    push(Hasher::new(11).str(lower_at(ii + 2)));
    push(Hasher::new(12).str(shape_at(ii - 1)));
    push(Hasher::new(13).str(shape_at(ii + 1)));
    push(Hasher::new(14).str(lower_at(ii - 1)).str(&t.lower));
    push(Hasher::new(15).str(&t.lower).str(lower_at(ii + 1)));
    push(
        Hasher::new(16)
            .str(shape_at(ii - 1))
            .str(&t.shape)
            .str(shape_at(ii + 1)),
    );
    if let Some((head, tail)) = t.lower.split_once('-') {
        push(Hasher::new(17).str(head));
        push(Hasher::new(18).str(tail.rsplit('-').next().unwrap_or(tail)));
    }
    let len = u8::try_from(t.word.chars().count().min(12)).unwrap_or(12);
    push(Hasher::new(19).byte(len).byte(t.cap));
    push(Hasher::new(20).str(lower_at(ii - 1)).str(&t.shape));
    push(Hasher::new(21).str(&t.shape).str(lower_at(ii + 1)));
    if sent.all_caps {
        push(Hasher::new(22).str(&t.lower));
    }
    if t.cap != 0 {
        push(
            Hasher::new(23)
                .byte(t.cap)
                .byte(initial)
                .byte(u8::from(sent.all_caps))
                .byte(t.doc),
        );
    }
    let cap_at = |j: isize| -> u8 {
        if j < 0 {
            9
        } else {
            toks.get(j.unsigned_abs()).map_or(9, |t| t.cap)
        }
    };
    push(
        Hasher::new(24)
            .byte(cap_at(ii - 1))
            .byte(t.cap)
            .byte(cap_at(ii + 1)),
    );
    let gaz_at = |j: isize| -> u8 {
        if j < 0 {
            9
        } else {
            toks.get(j.unsigned_abs()).map_or(9, |t| t.gaz)
        }
    };
    if t.gaz != 0 {
        push(Hasher::new(27).byte(t.gaz).byte(t.cap).byte(initial));
    }
    push(
        Hasher::new(28)
            .byte(gaz_at(ii - 1))
            .byte(t.gaz)
            .byte(gaz_at(ii + 1)),
    );
    if let Some(s) = suffix(lower_at(ii - 1), 3) {
        push(Hasher::new(25).str(s));
    }
    if let Some(s) = suffix(lower_at(ii + 1), 3) {
        push(Hasher::new(26).str(s));
    }
    let at = |j: isize| -> Option<&TokenInfo> {
        if j < 0 {
            None
        } else {
            toks.get(j.unsigned_abs())
        }
    };
    if sent.features.has(FeatureSet::CLUSTERS) {
        const NONE: u16 = u16::MAX;
        let cl = |t: Option<&TokenInfo>, level: usize| -> u16 {
            t.and_then(|t| t.clusters)
                .and_then(|c| c.get(level).copied())
                .unwrap_or(NONE)
        };
        for level in 0..3u8 {
            let c = cl(Some(t), usize::from(level));
            push(Hasher::new(29).byte(level).u16(c));
            if level > 0 {
                push(Hasher::new(30).byte(level).byte(t.cap).byte(initial).u16(c));
            }
        }
        for (d, j) in [(0u8, ii - 1), (1, ii + 1)] {
            push(Hasher::new(31).byte(d).u16(cl(at(j), 1)));
            push(Hasher::new(32).byte(d).u16(cl(at(j), 2)));
        }
    }
    if sent.features.has(FeatureSet::LEXICAL) && t.cap != 0 && t.cap != 4 {
        push(
            Hasher::new(33)
                .byte(t.cap)
                .byte(initial)
                .byte(t.lower_freq)
                .byte(t.cap_ratio),
        );
        push(Hasher::new(34).byte(t.cap_ratio).byte(t.doc));
    }
    if sent.features.has(FeatureSet::ORG_WORDS) {
        let org = |j: isize| at(j).is_some_and(|t| t.org && t.cap != 0);
        let pattern = [org(ii - 2), org(ii - 1), t.org, org(ii + 1), org(ii + 2)];
        if pattern.iter().any(|&b| b) {
            let bits = pattern.iter().fold(0u8, |acc, &b| (acc << 1) | u8::from(b));
            push(Hasher::new(35).byte(bits).byte(t.cap));
        }
        if t.org && t.cap != 0 {
            push(Hasher::new(36).str(&t.lower).byte(cap_at(ii - 1)));
        }
    }
    if sent.features.has(FeatureSet::NAMES) {
        let person = |j: isize| at(j).map_or(0, |t| t.person);
        let (before, after) = (person(ii - 1), person(ii + 1));
        if t.person != 0 || before != 0 || after != 0 {
            push(
                Hasher::new(37)
                    .byte(before)
                    .byte(t.person)
                    .byte(after)
                    .byte(t.cap),
            );
        }
        if t.person != 0 {
            push(
                Hasher::new(38)
                    .byte(t.person)
                    .byte(t.cap)
                    .byte(initial)
                    .byte(t.doc),
            );
        }
    }
    if sent.features.has(FeatureSet::ORG_CUES) {
        org_cue_features(sent, i, initial, &mut push);
    }
    if sent.features.has(FeatureSet::ORG_NAMES) {
        let name_at = |j: isize| at(j).map_or(9, |t| t.orgname);
        if t.orgname != 0 {
            push(Hasher::new(51).byte(t.orgname).byte(t.gaz).byte(initial));
        }
        let (before, after) = (name_at(ii - 1), name_at(ii + 1));
        if t.orgname != 0 || matches!(before, 1..=8) || matches!(after, 1..=8) {
            push(
                Hasher::new(52)
                    .byte(before)
                    .byte(t.orgname)
                    .byte(after)
                    .byte(t.cap),
            );
        }
    }
    if sent.features.has(FeatureSet::HISTORY) {
        let first_at = |j: isize| at(j).map_or(0, |t| t.first);
        push(Hasher::new(40).byte(t.first));
        push(
            Hasher::new(41)
                .byte(first_at(ii - 1))
                .byte(t.first)
                .byte(first_at(ii + 1)),
        );
        push(Hasher::new(42).byte(t.first).str(&t.shape));
        if t.hist != [0; 5] {
            for (k, &h) in (0u8..).zip(&t.hist) {
                if h != 0 {
                    push(Hasher::new(43).byte(k).byte(h));
                    push(Hasher::new(44).byte(k).byte(h).byte(t.first));
                }
            }
            push(
                Hasher::new(45)
                    .byte(t.hist[0])
                    .byte(t.hist[1])
                    .byte(t.hist[2])
                    .byte(t.hist[3])
                    .byte(t.hist[4]),
            );
        }
    }
}

/// The organisation-cue templates (46–50) of token `i`.
fn org_cue_features(sent: &PreparedSentence, i: usize, initial: u8, push: &mut impl FnMut(Hasher)) {
    let toks = &sent.tokens;
    let Some(t) = toks.get(i) else { return };
    let at = |j: usize| toks.get(j);
    let cue_at = |j: usize| at(j).map_or(0, |n| n.cue);
    if t.cue != 0 {
        push(Hasher::new(46).byte(t.cue).byte(initial));
    }
    if t.cap == 0 || t.cap == 4 {
        return;
    }
    if i >= 1 && cue_at(i - 1) != 0 {
        push(Hasher::new(47).byte(cue_at(i - 1)).byte(t.cap));
    }
    if i >= 2 && cue_at(i - 2) != 0 && at(i - 1).is_some_and(|n| crate::orgcues::is_link(&n.lower))
    {
        push(Hasher::new(47).byte(cue_at(i - 2) + 4).byte(t.cap));
    }
    // The name run from here on, then an apposition: `Arinso , de softwaregroep`.
    let end = (i + 1..toks.len())
        .take(CUE_RUN)
        .find(|&k| at(k).is_none_or(|n| !matches!(n.cap, 1..=3)))
        .unwrap_or(toks.len());
    if at(end).is_some_and(|n| n.word == ",") {
        let c = appositive_cue(toks, end);
        if c != 0 {
            push(Hasher::new(48).byte(c).byte(t.cap));
        }
    }
    if t.doc_cue != 0 {
        push(Hasher::new(49).byte(t.doc_cue).byte(t.cap).byte(initial));
    }
    // A name followed by its acronym in brackets, and the acronym itself.
    let word = |j: usize| at(j).map_or("", |n| n.word.as_str());
    if word(i + 1) == "(" && at(i + 2).is_some_and(|n| n.cap == 2) && word(i + 3) == ")" {
        push(Hasher::new(50).byte(1).byte(t.cap));
    }
    if t.cap == 2
        && i >= 2
        && word(i - 1) == "("
        && word(i + 1) == ")"
        && at(i - 2).is_some_and(|n| matches!(n.cap, 1..=3))
    {
        push(Hasher::new(50).byte(2));
    }
}

/// Tokens after which a word is in sentence-initial position (quotes, dashes, colons; `,,` is
/// the Dutch opening quote typed as two commas, which the CoNLL corpora never contain, so adding
/// it changes no trained weight).
fn is_opener(word: &str) -> bool {
    matches!(
        word,
        "\"" | "'" | "“" | "‘" | "„" | "(" | "-" | "–" | "—" | ":" | "«" | "`" | "``" | ",,"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_and_caps() {
        let t = TokenInfo::new("Amrullah");
        assert_eq!((t.shape.as_str(), t.cap), ("Xx", 1));
        assert_eq!(TokenInfo::new("NAVO").cap, 2);
        assert_eq!(TokenInfo::new("McCain").cap, 3);
        assert_eq!(TokenInfo::new("1996-08-22").shape, "d-d-d");
        assert_eq!(suffix("saleh", 2), Some("eh"));
        assert_eq!(prefix("zoë", 3), Some("zoë"));
        assert_eq!(prefix("zoë", 4), None);
    }

    #[test]
    fn organisation_cues_mark_names_across_the_document() {
        let s1 = ["Het", "softwarebedrijf", "Arinso", "groeit", "."];
        let s2 = [
            "Zij",
            "werkt",
            "bij",
            "Telindus",
            ",",
            "de",
            "netwerkgroep",
            ".",
        ];
        let s3 = ["Arinso", "en", "Telindus", "praten", "met", "Jan", "."];
        let doc = DocContext::new(&[&s1[..], &s2[..], &s3[..]]);
        assert_eq!(doc.cued("arinso"), 1);
        assert_eq!(doc.cued("telindus"), 4);
        assert_eq!(doc.cued("jan"), 0);
        let on = FeatureSet(FeatureSet::ORG_CUES);
        let plain = PreparedSentence::in_doc(&s3, &doc);
        let cued = PreparedSentence::in_doc(&s3, &doc).with_lexicon(None, on);
        let (mut fa, mut fb) = (Vec::new(), Vec::new());
        extract(&plain, 0, (1 << 20) - 1, &mut fa);
        extract(&cued, 0, (1 << 20) - 1, &mut fb);
        assert_eq!(fb.len(), fa.len() + 1, "the document cue of Arinso");
        extract(&plain, 5, (1 << 20) - 1, &mut fa);
        extract(&cued, 5, (1 << 20) - 1, &mut fb);
        assert_eq!(fa, fb, "Jan is not cued");
        let s4 = PreparedSentence::new(&s1).with_lexicon(None, on);
        extract(&PreparedSentence::new(&s1), 2, (1 << 20) - 1, &mut fa);
        extract(&s4, 2, (1 << 20) - 1, &mut fb);
        assert_eq!(fb.len(), fa.len() + 1, "Arinso after an organisation noun");
    }

    #[test]
    fn features_depend_on_context() {
        let a = PreparedSentence::new(&["De", "VN", "vergaderen"]);
        let b = PreparedSentence::new(&["Zij", "VN", "vergaderen"]);
        let (mut fa, mut fb) = (Vec::new(), Vec::new());
        extract(&a, 1, (1 << 20) - 1, &mut fa);
        extract(&b, 1, (1 << 20) - 1, &mut fb);
        assert_ne!(fa, fb);
        assert!(fa.iter().all(|&r| r < 1 << 20));
    }

    #[test]
    fn listed_organisation_names_add_features() {
        let words = ["Hij", "speelt", "bij", "Club", "Brugge", "."];
        let on = FeatureSet(FeatureSet::ORG_NAMES);
        let plain = PreparedSentence::new(&words);
        let named = PreparedSentence::new(&words).with_lexicon(None, on);
        let marks: Vec<u8> = named.tokens.iter().map(|t| t.orgname).collect();
        assert_eq!(marks, vec![0, 0, 0, 2, 4, 0]);
        let (mut fa, mut fb) = (Vec::new(), Vec::new());
        extract(&plain, 3, (1 << 20) - 1, &mut fa);
        extract(&named, 3, (1 << 20) - 1, &mut fb);
        assert_eq!(fb.len(), fa.len() + 2, "position and neighbour templates");
        // Without the group nothing is marked.
        assert!(plain.tokens.iter().all(|t| t.orgname == 0));
    }
}
