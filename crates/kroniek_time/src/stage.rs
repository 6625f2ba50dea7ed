//! The time stage: classify tokens, recognise expressions, resolve them against the document
//! date (or the previous expression, for narrative time) and return the TIMEX3 layer.

use kroniek_core::{
    Diagnostic, Document, Layer, LayerKind, Precision, Result, Span, Stage, Timex, TimexAnchor,
    TimexLayer, TimexType,
};

use crate::calendar::{day_number, iso};
use crate::grammar::{Context, Hit, recognise};
use crate::lexicon::{Kw, Lex, Lexicon};
use crate::resolve::{Res, Sem, eval, join_reference, precision_gran};

/// Finds time expressions (TIMEX3) in Dutch and English and resolves them.
///
/// Requires the language and segments layers; provides [`LayerKind::Timexes`].
pub struct TimeStage {
    lexicon: Lexicon,
}

impl Default for TimeStage {
    fn default() -> Self {
        TimeStage::new()
    }
}

const FUTURE_NL: &[&str] = &["zal", "zullen", "zult"];

/// English words that put a nearby bare weekday, month or date ahead of the reference.
const AHEAD_EN: &[&str] = &[
    "will",
    "'ll",
    "shall",
    "would",
    "could",
    "plan",
    "plans",
    "planned",
    "planning",
    "scheduled",
    "schedule",
    "expected",
    "expects",
    "expect",
    "due",
    "until",
    "going",
    "soon",
];
/// English words that put it behind the reference: past forms that are not participles.
const BEHIND_EN: &[&str] = &[
    "said", "says", "was", "were", "did", "ago", "came", "went", "took", "began", "fell", "rose",
    "gave", "saw", "sank", "became", "broke", "chose", "drove", "flew", "grew", "knew", "ran",
    "spoke", "stole", "threw", "wrote", "tore", "withdrew", "drew", "forgot", "shook", "sang",
    "swore", "woke", "wore", "arose", "ate", "froze", "rode", "rang", "swam",
];
/// Irregular past forms that are also participles (like the `-ed` forms): past, except in a
/// present passive ("the case is heard in May"). Forms that are also present forms ("cut",
/// "hit", "put", "set", "read", "lay") are left out.
const PAST_PARTICIPLE_EN: &[&str] = &[
    "had",
    "told",
    "made",
    "held",
    "won",
    "lost",
    "left",
    "met",
    "died",
    "found",
    "struck",
    "fled",
    "sent",
    "spent",
    "kept",
    "led",
    "paid",
    "shot",
    "fought",
    "sold",
    "stood",
    "thought",
    "bought",
    "brought",
    "caught",
    "taught",
    "felt",
    "heard",
    "meant",
    "sought",
    "hid",
    "understood",
    "hung",
    "sat",
];
/// Words after which "plan", "plans", "schedule" are nouns ("the plan"), not verbs of intent.
const DETERMINERS_EN: &[&str] = &[
    "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "new",
];
/// Verbs of intent that are also nouns.
const INTENT_NOUNS_EN: &[&str] = &["plan", "plans", "schedule"];
/// Present forms of "be": a participle after them is a passive, not a past.
const BE_PRESENT_EN: &[&str] = &["is", "are", "am"];

/// The tense marker of one English word (after the word `prev`): 1 ahead, -1 behind, 0 none.
fn tense_mark(w: &str, capital: bool, prev: &str) -> i8 {
    let participle =
        PAST_PARTICIPLE_EN.contains(&w) || (!capital && w.len() >= 5 && w.ends_with("ed"));
    if AHEAD_EN.contains(&w) {
        // "the plan", "its schedule": a noun
        i8::from(!(INTENT_NOUNS_EN.contains(&w) && DETERMINERS_EN.contains(&prev)))
    } else if BEHIND_EN.contains(&w) || (participle && !BE_PRESENT_EN.contains(&prev)) {
        -1
    } else {
        0
    }
}

/// The tense nearest to tokens `[start, end)`: the closest marker before (up to 10 tokens)
/// or after (up to 6).
fn tense_at(marks: &[i8], start: usize, end: usize) -> i8 {
    for d in 1..=10 {
        if let Some(m) = start.checked_sub(d).and_then(|k| marks.get(k))
            && *m != 0
        {
            return *m;
        }
        if d <= 6
            && let Some(m) = marks.get(end + d - 1)
            && *m != 0
        {
            return *m;
        }
    }
    0
}

/// Give bare weekdays, months, dates and holidays the direction of their tense.
fn apply_tense(sem: &mut Sem, t: i8) {
    match sem {
        Sem::Weekday { dir, .. } if *dir == 0 => *dir = if t > 0 { 2 } else { 4 },
        Sem::Weekend { dir } if *dir == 0 => *dir = t,
        // a date with its day is nearly always near the reference: only the future shifts it
        Sem::Date { y: None, dir, .. } if *dir == 0 && t > 0 => *dir = t,
        Sem::Month { y: None, dir, .. } | Sem::Holiday { y: None, dir, .. } if *dir == 0 => {
            *dir = 2 * t;
        }
        // ("the week of March 6", "Easter week" keep the day's own year)
        Sem::Clock { day: Some(d), .. } | Sem::Pod { day: d, .. } | Sem::Mod(_, d) => {
            apply_tense(d, t);
        }
        _ => {}
    }
}

/// English "for weeks", "within years": a bare plural unit after `for`/`within` is a vague
/// duration (`PXW`, `PXY`); inserted among the hits in order.
fn bare_durations(
    lx: &[Lex],
    tok_of: &[(usize, usize)],
    tokens: &[kroniek_core::Token],
    text: &str,
    hits: &mut Vec<Hit>,
) {
    for (k, l) in lx.iter().enumerate() {
        let Lex::Unit(u, true) = l else {
            continue;
        };
        if k == 0 || matches!(u, crate::lexicon::Unit::Weekend) {
            continue;
        }
        let before = tok_of.get(k - 1).and_then(|r| tokens.get(r.0));
        let is_for = before.is_some_and(|t| {
            let w = t.span.slice(text);
            w.eq_ignore_ascii_case("for") || w.eq_ignore_ascii_case("within")
        });
        if !is_for || hits.iter().any(|h| h.start <= k && k < h.end) {
            continue;
        }
        let value = match u {
            // decades count in years, as "two decades" = P20Y; TimeBank writes centuries PXC
            crate::lexicon::Unit::Decade => "PXY".to_string(),
            crate::lexicon::Unit::Century => "PXC".to_string(),
            _ => match u.duration_code().strip_prefix('T') {
                Some(c) => format!("PTX{c}"),
                None => format!("PX{}", u.duration_code()),
            },
        };
        let at = hits.partition_point(|h| h.start < k);
        hits.insert(
            at,
            Hit {
                start: k,
                end: k + 1,
                sem: Sem::Duration(value),
                kind: TimexType::Duration,
            },
        );
    }
}

/// Put the text's reporting quarter into the financial readings ("the quarter", "a year ago").
fn apply_quarter(sem: &mut Sem, quarter: Option<(i32, u8)>) {
    let Some((y, q)) = quarter else {
        return;
    };
    match sem {
        Sem::Fiscal { back, .. } => {
            *sem = Sem::Quarter {
                y: Some(y - *back),
                q,
            };
        }
        Sem::FiscalOf { y } => *sem = Sem::Quarter { y: Some(*y), q },
        Sem::Mod(_, d) => apply_quarter(d, quarter),
        _ => {}
    }
}

/// "the nine months", "the first six months": a reporting period of several months (a
/// determiner or "first"/"latest" before an amount of 2 to 11 months).
fn is_months_period(value: &str, lx: &[Lex], start: usize) -> bool {
    let months = value
        .strip_prefix('P')
        .and_then(|v| v.strip_suffix('M'))
        .and_then(|n| n.parse::<u32>().ok());
    months.is_some_and(|n| (2..12).contains(&n))
        && matches!(
            lx.get(start),
            Some(Lex::Kw(Kw::Det | Kw::Latest)) | Some(Lex::Ord(1))
        )
}

/// In a text reporting on several months, "a year earlier", "year-ago" and "the 1988 period"
/// are the year before (TimeBank: `1988`, not the quarter).
fn apply_year_period(sem: &mut Sem) {
    match sem {
        Sem::Fiscal { back, .. } if *back > 0 => {
            *sem = Sem::Rel {
                unit: crate::lexicon::Unit::Year,
                lo: -*back,
                hi: -*back,
            };
        }
        Sem::FiscalOf { y } => *sem = Sem::Year(*y),
        Sem::Mod(_, d) => apply_year_period(d),
        _ => {}
    }
}

/// Whether a meaning depends on the text's reporting quarter.
fn is_fiscal(sem: &Sem) -> bool {
    match sem {
        Sem::Fiscal { .. } | Sem::FiscalOf { .. } => true,
        Sem::Mod(_, d) => is_fiscal(d),
        _ => false,
    }
}

/// Whether quarter `(y, q)` ended before the reference's last day (true without one).
fn quarter_ended((y, q): (i32, u8), reference: Option<(i32, i32)>) -> bool {
    let Some((_, last)) = reference else {
        return true;
    };
    let next = if q >= 4 {
        day_number(y + 1, 1, 1)
    } else {
        day_number(y, q * 3 + 1, 1)
    };
    next <= last
}

/// The year and quarter of a `YYYY-Qn` value.
fn quarter_of(value: &str) -> Option<(i32, u8)> {
    let (y, q) = value.split_once("-Q")?;
    Some((y.parse().ok()?, q.parse().ok()?))
}

impl TimeStage {
    /// A stage with the built-in Dutch and English lexicon.
    pub fn new() -> TimeStage {
        TimeStage {
            lexicon: Lexicon::new(),
        }
    }

    /// Find and resolve the expressions of `text` with its segments and language.
    pub fn timexes(
        &self,
        text: &str,
        seg: &kroniek_core::Segments,
        lang: &str,
        date: &kroniek_core::DocDate,
        diag: &mut Vec<Diagnostic>,
    ) -> Result<TimexLayer> {
        let english = lang == "en";
        let reference = reference(date);
        let floor = precision_gran(date.precision());
        let mut layer = TimexLayer::default();
        let mut prev: Option<(u32, Res)> = None;
        let mut lx: Vec<Lex> = Vec::new();
        let mut hits: Vec<Hit> = Vec::new();
        let mut buf = String::new();
        let mut prev_lower = String::new();
        let mut tok_of: Vec<(usize, usize)> = Vec::new();
        let mut marks: Vec<i8> = Vec::new();
        let mut quarter: Option<(i32, u8)> = None;
        // the text's last financial period was several months ("the nine months")
        let mut half_year_period = false;
        for sentence in &seg.sentences {
            let tokens = seg.sentence_tokens(sentence);
            lx.clear();
            tok_of.clear();
            let mut future = false;
            marks.clear();
            let mut skip_next = false;
            for (k, t) in tokens.iter().enumerate() {
                if skip_next {
                    skip_next = false;
                    continue;
                }
                let s = t.span.slice(text);
                if s.len() > 40 {
                    lx.push(Lex::Other);
                    tok_of.push((k, k + 1));
                    continue;
                }
                lower_into(s, &mut buf);
                // glue "third - quarter", "two - year", "'90 s" back together
                let adjacent_prev = k > 0
                    && tokens
                        .get(k - 1)
                        .is_some_and(|p| p.span.end() == t.span.start());
                if adjacent_prev && !prev_lower.is_empty() {
                    let next = tokens.get(k + 1).filter(|n| n.span.start() == t.span.end());
                    let glued = match (buf.as_str(), next) {
                        ("-", Some(n)) => {
                            let mut b = String::new();
                            lower_into(n.span.slice(text), &mut b);
                            Some((self.lexicon.hyphenated(&prev_lower, &b), true))
                        }
                        ("s", _) if prev_lower.starts_with(['\'', '’']) => {
                            let joined = format!("{prev_lower}s");
                            Some((
                                self.lexicon
                                    .classify(&joined, kroniek_core::TokenKind::Word),
                                false,
                            ))
                        }
                        _ => None,
                    };
                    // "52-year-old": an age, not a duration
                    let glued = match glued {
                        Some((Lex::NumUnit(..), true)) if self.is_old(text, tokens, k + 2) => {
                            Some((Lex::Other, true))
                        }
                        g => g,
                    };
                    if let Some((l, two)) = glued
                        && l != Lex::Other
                        && let (Some(last), Some(range)) = (lx.last_mut(), tok_of.last_mut())
                    {
                        *last = l;
                        range.1 = if two { k + 2 } else { k + 1 };
                        skip_next = two;
                        prev_lower.clear();
                        continue;
                    }
                }
                let mut l = self.lexicon.classify(&buf, t.kind);
                if matches!(l, Lex::Month(_))
                    && matches!(buf.as_str(), "may" | "march" | "mar" | "jan" | "dec")
                    && s.starts_with(|c: char| c.is_lowercase())
                {
                    l = Lex::Other;
                }
                // "the March for Life", "a March of the Mothers": a march, not the month
                if english && buf == "march" && self.is_march(text, tokens, k) {
                    l = Lex::Other;
                }
                // "Jan" without a day next to it is a first name
                if buf == "jan"
                    && !matches!(lx.last(), Some(Lex::Num(_)))
                    && !tokens
                        .get(k + 1)
                        .is_some_and(|n| n.kind == kroniek_core::TokenKind::Number)
                {
                    l = Lex::Other;
                }
                // (English reads tense per expression, from `marks` below)
                if !english && l == Lex::Other {
                    future |= FUTURE_NL.contains(&buf.as_str());
                }
                lx.push(l);
                tok_of.push((k, k + 1));
                prev_lower.clear();
                prev_lower.push_str(&buf);
            }
            prev_lower.clear();
            hits.clear();
            // English reads tense per expression (below); Dutch per sentence
            let future = future && !english;
            recognise(&lx, Context { english, future }, &mut hits);
            if english {
                bare_durations(&lx, &tok_of, tokens, text, &mut hits);
                crate::anaphora::that_units(&lx, &tok_of, tokens, text, &mut hits);
                // tense markers, only for sentences with an expression (most have none)
                if !hits.is_empty() {
                    prev_lower.clear();
                    for (l, &(k, _)) in lx.iter().zip(tok_of.iter()) {
                        let mark = match (l, tokens.get(k)) {
                            (Lex::Other, Some(t)) => {
                                let s = t.span.slice(text);
                                lower_into(s, &mut buf);
                                let upper = s.starts_with(|c: char| c.is_uppercase());
                                tense_mark(&buf, upper, &prev_lower)
                            }
                            // (keywords mark nothing, but "the" before "plan" counts)
                            (_, Some(t)) => {
                                lower_into(t.span.slice(text), &mut buf);
                                0
                            }
                            (_, None) => {
                                buf.clear();
                                0
                            }
                        };
                        marks.push(mark);
                        std::mem::swap(&mut prev_lower, &mut buf);
                    }
                    prev_lower.clear();
                }
            }
            let words = crate::not_time::Words {
                lx: &lx,
                tok_of: &tok_of,
                tokens,
                text,
            };
            for mut hit in hits.drain(..) {
                let mut fiscal = false;
                if english && crate::not_time::english_not_time(&hit, &words) {
                    continue;
                }
                if english {
                    let possessive = matches!(lx.get(hit.end), Some(Lex::Kw(Kw::ApoS)));
                    let t = if possessive {
                        -1
                    } else {
                        tense_at(&marks, hit.start, hit.end)
                    };
                    apply_tense(&mut hit.sem, t);
                    // a bare clock time ("at 10 p.m.") is on the day the text last named
                    if let Sem::Clock {
                        day: day @ None, ..
                    } = &mut hit.sem
                        && let Some((_, p)) = &prev
                        && p.gran == crate::resolve::Gran::Day
                    {
                        let (y, m, d) = crate::calendar::civil(p.lo);
                        *day = Some(Box::new(Sem::Date {
                            y: Some(y),
                            m,
                            d,
                            dir: 0,
                        }));
                    }
                    // "the (fiscal) year ended March 31": an accounting period, a duration
                    if matches!(
                        hit.sem,
                        Sem::Rel {
                            unit: crate::lexicon::Unit::Year,
                            lo: 0,
                            hi: 0
                        }
                    ) && matches!(lx.get(hit.start), Some(Lex::Kw(Kw::Det)))
                        && tok_of
                            .get(hit.end)
                            .and_then(|r| tokens.get(r.0))
                            .is_some_and(|n| {
                                let w = n.span.slice(text);
                                w.eq_ignore_ascii_case("ended") || w.eq_ignore_ascii_case("ending")
                            })
                    {
                        hit.sem = Sem::Duration("P1Y".into());
                        hit.kind = TimexType::Duration;
                    }
                    fiscal = is_fiscal(&hit.sem);
                    // after "the nine months", "a year earlier" compares years, not quarters
                    if half_year_period {
                        apply_year_period(&mut hit.sem);
                    }
                    apply_quarter(&mut hit.sem, quarter);
                    match &hit.sem {
                        Sem::Duration(v) if is_months_period(v, &lx, hit.start) => {
                            half_year_period = true;
                        }
                        Sem::Quarter { .. } | Sem::Fiscal { back: 0, .. } => {
                            half_year_period = false;
                        }
                        _ => {}
                    }
                }
                let first = tok_of.get(hit.start).and_then(|r| tokens.get(r.0));
                let last = tok_of.get(hit.end - 1).and_then(|r| tokens.get(r.1 - 1));
                let (Some(first), Some(last)) = (first, last) else {
                    continue;
                };
                let span = Span::new(text, first.span.start(), last.span.end())?;
                let timex = resolve(
                    &hit,
                    span,
                    reference,
                    floor,
                    prev.as_ref(),
                    layer.timexes.len(),
                    diag,
                    text,
                );
                // the quarter the text reports on: the first one it names, then the last
                // one that has ended by the document date ("the fourth quarter" in October,
                // after the third, is a forecast; the first named may be a fiscal quarter)
                if let Some(q) = quarter_of(&timex.value)
                    && (!fiscal || quarter.is_none())
                    && (!english || quarter.is_none() || quarter_ended(q, reference))
                {
                    quarter = Some(q);
                }
                if timex.kind == TimexType::Date
                    && let Some(res) = timex_res(&timex)
                    && !matches!(hit.sem, Sem::Ref(_))
                {
                    prev = Some((layer.timexes.len() as u32, res));
                }
                layer.timexes.push(timex);
            }
        }
        Ok(layer)
    }
}

/// Words before "March" that make it the month ("in March for the first time").
const MONTH_BEFORE: &[&str] = &[
    "in", "since", "until", "by", "from", "through", "during", "before", "after", "early", "late",
    "mid", "last", "next", "this", "of", "on", "to", "and", "or", "between",
];

impl TimeStage {
    /// Whether capitalised "March" at token `k` is the noun: a preposition after it and a name
    /// or "the" after that ("March for Life", "March of the Mothers"), and no word before it
    /// that introduces a month.
    fn is_march(&self, text: &str, tokens: &[kroniek_core::Token], k: usize) -> bool {
        let word = |i: usize| tokens.get(i).map(|t| t.span.slice(text));
        let prep = word(k + 1).is_some_and(|w| matches!(w, "of" | "for" | "on" | "against"));
        let named =
            word(k + 2).is_some_and(|w| w == "the" || w.starts_with(|c: char| c.is_uppercase()));
        let month_word = k
            .checked_sub(1)
            .and_then(word)
            .is_some_and(|w| MONTH_BEFORE.iter().any(|m| w.eq_ignore_ascii_case(m)));
        prep && named && !month_word
    }

    /// Whether tokens `k`, `k + 1` read "-old" (glued to what precedes).
    fn is_old(&self, text: &str, tokens: &[kroniek_core::Token], k: usize) -> bool {
        match (
            tokens.get(k.wrapping_sub(1)),
            tokens.get(k),
            tokens.get(k + 1),
        ) {
            (Some(p), Some(h), Some(o)) => {
                p.span.end() == h.span.start()
                    && h.span.slice(text) == "-"
                    && o.span.slice(text).eq_ignore_ascii_case("old")
            }
            _ => false,
        }
    }
}

fn lower_into(s: &str, buf: &mut String) {
    buf.clear();
    if s.is_ascii() {
        buf.push_str(s);
        buf.make_ascii_lowercase();
    } else {
        buf.extend(s.chars().flat_map(char::to_lowercase));
    }
}

fn timex_res(t: &Timex) -> Option<Res> {
    let lo = parse_iso(t.earliest.as_deref()?)?;
    let hi = parse_iso(t.latest.as_deref()?)?;
    let gran = match t.value.len() {
        2 => crate::resolve::Gran::Century,
        4 if t.value.ends_with('X') => crate::resolve::Gran::Decade,
        4 => crate::resolve::Gran::Year,
        7 if t.value.as_bytes().get(5) == Some(&b'Q') => crate::resolve::Gran::Quarter,
        7 if t.value.as_bytes().get(5) == Some(&b'H') => crate::resolve::Gran::Half,
        7 => crate::resolve::Gran::Month,
        10 => crate::resolve::Gran::Day,
        _ => return None,
    };
    Some(Res {
        lo,
        hi,
        gran,
        base: lo,
        time: None,
    })
}

fn parse_iso(s: &str) -> Option<i32> {
    let y = s.get(0..4)?.parse().ok()?;
    let m = s.get(5..7)?.parse().ok()?;
    let d = s.get(8..10)?.parse().ok()?;
    Some(day_number(y, m, d))
}

fn reference(date: &kroniek_core::DocDate) -> Option<(i32, i32)> {
    if date.precision() == Precision::Unknown {
        return None;
    }
    let (y0, m0, d0) = date.earliest()?;
    let (y1, m1, d1) = date.latest()?;
    Some((day_number(y0, m0, d0), day_number(y1, m1, d1)))
}

fn unresolved_value(sem: &Sem) -> String {
    match sem {
        Sem::Date { m, d, .. } => format!("XXXX-{m:02}-{d:02}"),
        Sem::Month { m, .. } => format!("XXXX-{m:02}"),
        Sem::Quarter { q, .. } => format!("XXXX-Q{q}"),
        _ => "XXXX-XX-XX".into(),
    }
}

#[allow(clippy::too_many_arguments)]
fn resolve(
    hit: &Hit,
    span: Span,
    reference: Option<(i32, i32)>,
    floor: crate::resolve::Gran,
    prev: Option<&(u32, Res)>,
    index: usize,
    diag: &mut Vec<Diagnostic>,
    text: &str,
) -> Timex {
    let _ = index;
    let mut t = Timex {
        span,
        kind: hit.kind,
        value: String::new(),
        modifier: None,
        earliest: None,
        latest: None,
        anchor: TimexAnchor::None,
        freq: None,
    };
    let mut sem = &hit.sem;
    if let Sem::Mod(m, inner) = sem {
        t.modifier = Some(m.as_str().to_string());
        if matches!(**inner, Sem::Duration(_)) {
            sem = inner;
        }
    }
    match sem {
        Sem::Duration(v) => {
            t.value = v.clone();
            return t;
        }
        Sem::Set(v, f) => {
            t.value = v.clone();
            t.freq = f.clone();
            return t;
        }
        Sem::Ref(r) => {
            t.value = (*r).to_string();
            if let Some((lo, hi)) = reference {
                t.anchor = TimexAnchor::Document;
                match *r {
                    "PRESENT_REF" => {
                        t.earliest = Some(iso(lo));
                        t.latest = Some(iso(hi));
                    }
                    "PAST_REF" => t.latest = Some(iso(hi)),
                    _ => t.earliest = Some(iso(lo)),
                }
            }
            return t;
        }
        Sem::SinceThen => {
            match (prev, reference) {
                (Some((i, p)), Some((_, hi))) => {
                    t.value = p.value();
                    t.modifier = Some("ON_OR_AFTER".into());
                    t.earliest = Some(iso(p.lo));
                    t.latest = Some(iso(hi));
                    t.anchor = TimexAnchor::Timex { index: *i };
                }
                _ => t.value = "PAST_REF".into(),
            }
            return t;
        }
        _ => {}
    }
    let narrative = uses_narrative(sem);
    let independent = is_absolute(sem);
    let prev_res = if narrative { prev.map(|p| &p.1) } else { None };
    let res = if independent {
        eval(sem, 0, prev_res)
    } else if let Some((lo, hi)) = reference {
        match (eval(sem, lo, prev_res), eval(sem, hi, prev_res)) {
            (Some(a), Some(b)) if lo == hi => {
                Some(join_reference(a.clone(), b, crate::resolve::Gran::Time))
            }
            (Some(a), Some(b)) => Some(join_reference(a, b, floor)),
            _ => None,
        }
    } else if narrative && prev_res.is_some() {
        eval(sem, 0, prev_res)
    } else {
        None
    };
    t.anchor = match (sem, narrative, prev) {
        (
            Sem::Anchored {
                anchor: Some(a), ..
            },
            _,
            _,
        ) => match **a {
            Sem::Holiday {
                h: crate::lexicon::Holiday::NineEleven,
                ..
            } => TimexAnchor::Event {
                name: "9/11".into(),
            },
            _ if is_absolute(a) => TimexAnchor::None,
            _ => TimexAnchor::Document,
        },
        (Sem::Anchored { anchor: None, .. }, _, _) => TimexAnchor::Event {
            name: span.slice(text).to_string(),
        },
        (_, true, Some((i, _))) => TimexAnchor::Timex { index: *i },
        _ if independent => TimexAnchor::None,
        _ => TimexAnchor::Document,
    };
    match res {
        Some(r) => {
            t.value = r.value();
            t.earliest = Some(iso(r.lo));
            t.latest = Some(iso(r.hi));
        }
        None => {
            t.value = unresolved_value(sem);
            diag.push(Diagnostic::info(
                "time",
                span,
                format!(
                    "time expression `{}` cannot be resolved: {}",
                    span.slice(text),
                    if matches!(sem, Sem::Anchored { anchor: None, .. }) {
                        "its anchor is an event without a date"
                    } else {
                        "the document date is unknown"
                    }
                ),
            ));
        }
    }
    t
}

fn uses_narrative(sem: &Sem) -> bool {
    match sem {
        Sem::Narrative { .. } => true,
        Sem::Mod(_, s) => uses_narrative(s),
        _ => false,
    }
}

/// True when the meaning needs no reference time at all.
fn is_absolute(sem: &Sem) -> bool {
    match sem {
        Sem::Date { y, .. } | Sem::Month { y, dir: 0, .. } | Sem::Quarter { y, .. } => y.is_some(),
        Sem::Season { y, .. } | Sem::Holiday { y, .. } => {
            y.is_some()
                || matches!(
                    sem,
                    Sem::Holiday {
                        h: crate::lexicon::Holiday::NineEleven,
                        ..
                    }
                )
        }
        Sem::Year(_) | Sem::Decade(_) | Sem::Century(_) => true,
        Sem::Mod(_, s) | Sem::WeekOf(s) => is_absolute(s),
        Sem::Clock { day: Some(d), .. } | Sem::Pod { day: d, .. } => is_absolute(d),
        Sem::Anchored {
            anchor: Some(a), ..
        } => is_absolute(a),
        _ => false,
    }
}

impl Stage for TimeStage {
    fn id(&self) -> &'static str {
        "time"
    }

    fn requires(&self) -> &'static [LayerKind] {
        &[LayerKind::Language, LayerKind::Segments]
    }

    fn provides(&self) -> LayerKind {
        LayerKind::Timexes
    }

    fn annotate(&self, doc: &Document, diag: &mut Vec<Diagnostic>) -> Result<Layer> {
        let Some(seg) = doc.layers().segments() else {
            return Err(kroniek_core::Error::Stage {
                stage: "time",
                message: "the segments layer is missing".into(),
            });
        };
        let lang = doc.lang().map_or("und", |l| l.as_str());
        let layer = self.timexes(doc.text(), seg, lang, doc.date(), diag)?;
        Ok(Layer::Timexes(layer))
    }
}
