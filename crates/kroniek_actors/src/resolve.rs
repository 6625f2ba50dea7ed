//! From dictionary hits to actors: organisations, states, agencies with their country, and
//! capital metonyms.

use kroniek_core::{
    Actor, ActorKind, Document, EntityLayer, PlaceLayer, Segments, Span, SyntaxLayer, TokenKind,
};
use kroniek_text::fold;
use rustc_hash::FxHashMap;

use crate::dictionary::{Country, Dictionary, Organisation, Sense};
use crate::known::KnownPerson;
use crate::matcher::{Hit, Matcher, words};

/// Prepositions after which a country name is a place, not an actor ("in Afghanistan").
const LOCATIVE: &[&str] = &[
    "in",
    "naar",
    "uit",
    "door",
    "binnen",
    "nabij",
    "bij",
    "into",
    "to",
    "from",
    "at",
    "near",
    "across",
    "throughout",
];

/// The layers the actor stage reads, and helpers over tokens.
pub(crate) struct Ctx<'a> {
    pub(crate) text: &'a str,
    pub(crate) segments: &'a Segments,
    pub(crate) syntax: &'a SyntaxLayer,
    pub(crate) entities: &'a EntityLayer,
    pub(crate) places: &'a PlaceLayer,
    /// Known persons the entity stage did not find ("President Bush" read as a place):
    /// token ranges `first..end` and the table entry.
    pub(crate) known: Vec<(usize, usize, &'static KnownPerson)>,
}

impl Ctx<'_> {
    pub(crate) fn tok_text(&self, i: usize) -> &str {
        self.segments
            .tokens
            .get(i)
            .map_or("", |t| t.span.slice(self.text))
    }

    pub(crate) fn tok_span(&self, i: usize) -> Option<Span> {
        self.segments.tokens.get(i).map(|t| t.span)
    }

    pub(crate) fn is_punct(&self, i: usize) -> bool {
        self.segments
            .tokens
            .get(i)
            .is_none_or(|t| matches!(t.kind, TokenKind::Punct | TokenKind::Symbol))
    }

    pub(crate) fn upos(&self, i: usize) -> &str {
        self.syntax.tokens.get(i).map_or("", |t| t.upos.as_str())
    }

    pub(crate) fn deprel(&self, i: usize) -> &str {
        self.syntax.tokens.get(i).map_or("", |t| t.deprel.as_str())
    }

    pub(crate) fn folded(&self, i: usize) -> String {
        fold(self.tok_text(i))
    }

    /// The span from the start of token `a` to the end of token `b - 1`.
    pub(crate) fn cover(&self, a: usize, b: usize) -> Option<Span> {
        let s = self.tok_span(a)?;
        let e = self.tok_span(b.checked_sub(1)?)?;
        Some(s.cover(e))
    }

    /// The index of the token that starts at or contains byte `at`.
    pub(crate) fn token_at(&self, at: usize) -> usize {
        self.segments.tokens.partition_point(|t| t.span.end() <= at)
    }
}

/// The hits of one sentence and the actor each resolved to.
pub(crate) struct SentenceHits {
    /// Token range of the sentence.
    pub(crate) range: std::ops::Range<usize>,
    pub(crate) hits: Vec<Hit>,
    pub(crate) resolved: Vec<Option<String>>,
}

/// Actors under construction, by id.
pub(crate) struct Actors<'d> {
    pub(crate) dict: &'d Dictionary,
    pub(crate) list: Vec<Actor>,
    by_id: FxHashMap<String, usize>,
}

fn sector_word(sector: &str) -> &'static str {
    match sector {
        "GOV" => "government",
        "MIL" => "military",
        "COP" => "police",
        "LEG" => "legislature",
        "JUD" => "judiciary",
        "SPY" => "intelligence",
        "REB" => "rebels",
        "OPP" => "opposition",
        "CVL" => "civilians",
        "REF" => "refugees",
        "MED" => "media",
        _ => "actors",
    }
}

/// The URL-safe slug of a name: "Amrullah Saleh" → `amrullah-saleh`.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in fold(name).chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

impl<'d> Actors<'d> {
    pub(crate) fn new(dict: &'d Dictionary) -> Actors<'d> {
        Actors {
            dict,
            list: Vec::new(),
            by_id: FxHashMap::default(),
        }
    }

    pub(crate) fn get(&self, id: &str) -> Option<&Actor> {
        self.by_id.get(id).and_then(|&i| self.list.get(i))
    }

    pub(crate) fn get_mut(&mut self, id: &str) -> Option<&mut Actor> {
        self.by_id.get(id).and_then(|&i| self.list.get_mut(i))
    }

    /// Add a mention to the actor `id`, creating it with `make` when new.
    pub(crate) fn mention(&mut self, id: &str, span: Option<Span>, make: impl FnOnce() -> Actor) {
        let i = match self.by_id.get(id) {
            Some(&i) => i,
            None => {
                self.list.push(make());
                self.by_id.insert(id.to_string(), self.list.len() - 1);
                self.list.len() - 1
            }
        };
        if let (Some(a), Some(span)) = (self.list.get_mut(i), span) {
            a.mentions.push(span);
        }
    }

    pub(crate) fn organisation(&mut self, o: &Organisation, span: Option<Span>) -> String {
        self.mention(&o.id, span, || Actor {
            id: o.id.clone(),
            name: o
                .names_en
                .first()
                .or(o.names_nl.first())
                .cloned()
                .unwrap_or_default(),
            kind: o.kind,
            country: Some(o.country.clone()),
            sector: Some(o.sector.clone()),
            affiliation: None,
            role: None,
            former: false,
            mentions: Vec::new(),
        });
        o.id.clone()
    }

    pub(crate) fn state(&mut self, c: &Country, span: Option<Span>) -> String {
        let id = c.iso3.to_lowercase();
        self.mention(&id, span, || Actor {
            id: id.clone(),
            name: c.names_en.first().cloned().unwrap_or_default(),
            kind: ActorKind::State,
            country: Some(c.iso3.clone()),
            sector: None,
            affiliation: None,
            role: None,
            former: false,
            mentions: Vec::new(),
        });
        id
    }

    pub(crate) fn agency(
        &mut self,
        c: Option<&Country>,
        sector: &str,
        kind: ActorKind,
        span: Option<Span>,
    ) -> String {
        let id = match c {
            Some(c) => format!("{}-{}", c.iso3.to_lowercase(), sector.to_lowercase()),
            None => sector.to_lowercase(),
        };
        let name = match c {
            Some(c) => format!(
                "{} {}",
                c.adjectives_en
                    .first()
                    .or(c.names_en.first())
                    .map_or("", String::as_str),
                sector_word(sector)
            ),
            None => sector_word(sector).to_string(),
        };
        self.mention(&id, span, || Actor {
            id: id.clone(),
            name,
            kind,
            country: c.map(|c| c.iso3.clone()),
            sector: Some(sector.to_string()),
            affiliation: None,
            role: None,
            former: false,
            mentions: Vec::new(),
        });
        id
    }
}

/// The document's focus country: the most frequent country of its places, else of its
/// country names.
pub(crate) fn focus_country<'d>(
    dict: &'d Dictionary,
    ctx: &Ctx,
    sentences: &[SentenceHits],
) -> Option<&'d Country> {
    let mut counts: Vec<(String, usize, usize)> = Vec::new();
    fn bump(counts: &mut Vec<(String, usize, usize)>, iso3: &str, order: usize) {
        match counts.iter_mut().find(|c| c.0 == iso3) {
            Some(c) => c.1 += 1,
            None => counts.push((iso3.to_string(), 1, order)),
        }
    }
    for (n, p) in ctx.places.places.iter().enumerate() {
        let at = ctx.token_at(p.span.start());
        if ctx.known.iter().any(|&(f, e, _)| f <= at && at < e) {
            continue;
        }
        if let Some(c) = dict.country_by_iso2(&p.country) {
            bump(&mut counts, &c.iso3, n);
        }
    }
    if counts.is_empty() {
        for s in sentences {
            for h in &s.hits {
                for sense in &h.senses {
                    if let Sense::CountryName(c) | Sense::CountryAdjective(c) = sense
                        && let Some(c) = dict.country(*c)
                    {
                        bump(&mut counts, &c.iso3, h.first_tok);
                    }
                }
            }
        }
    }
    let best = counts
        .iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.2.cmp(&a.2)))?;
    dict.countries().iter().find(|c| c.iso3 == best.0)
}

fn first<T>(h: &Hit, f: impl Fn(Sense) -> Option<T>) -> Option<T> {
    h.senses.iter().find_map(|&s| f(s))
}

/// Whether a person is named at tokens `a..b` or right next to them in the sentence `range`:
/// "President Obama", "the foreign minister, Sergei Lavrov", "Lavrov, the foreign minister"
/// (the role then types that person, see `persons`).
fn names_person(ctx: &Ctx, range: &std::ops::Range<usize>, a: usize, b: usize) -> bool {
    let lo = a.saturating_sub(3).max(range.start);
    let hi = (b + 1).min(range.end.saturating_sub(1));
    let (Some(lo), Some(hi)) = (ctx.tok_span(lo), ctx.tok_span(hi)) else {
        return false;
    };
    let (Some(first), Some(last)) = (ctx.tok_span(a), ctx.tok_span(b.saturating_sub(1))) else {
        return false;
    };
    ctx.entities.entities.iter().any(|e| {
        e.kind == kroniek_core::EntityType::Per
            && ((e.span.start() >= first.start() && e.span.start() <= hi.start())
                || (e.span.end() <= last.end() && e.span.end() >= lo.start()))
    }) || ctx
        .known
        .iter()
        .any(|&(f, e, _)| (f >= a && f <= (b + 1).min(range.end)) || (e <= a && e + 3 >= a))
}

/// What a hit names as a state actor of some country: an agency or collective noun ("regering",
/// "rebels"), or a role word of a known sector that names no person ("the foreign minister",
/// "Ethiopian officials" → GOV). Gives the CAMEO sector and the actor kind.
fn state_noun(
    ctx: &Ctx,
    dict: &Dictionary,
    range: &std::ops::Range<usize>,
    x: &Hit,
) -> Option<(String, ActorKind)> {
    if let Some(a) = first(x, |y| match y {
        Sense::Agency(a) => dict.agency(a),
        _ => None,
    }) {
        return Some((a.sector.clone(), a.kind));
    }
    let role = first(x, |y| match y {
        Sense::Role(r) => dict.role(r),
        _ => None,
    })?;
    let sector = role.sector.clone()?;
    let last = x.end_tok.checked_sub(1)?;
    if !matches!(ctx.upos(last), "NOUN" | "PROPN")
        || names_person(ctx, range, x.first_tok, x.end_tok)
    {
        return None;
    }
    Some((sector, ActorKind::Agency))
}

/// The country of a possessive just before tokens from `first_tok`, past up to two adjectives:
/// "Taiwan's (vice) foreign minister", "Romania's new government".
fn possessive_country<'d>(
    ctx: &Ctx,
    dict: &'d Dictionary,
    s: &SentenceHits,
    first_tok: usize,
) -> Option<&'d Country> {
    let mut j = first_tok;
    // past up to two modifiers ("Vice Foreign"); the possessive marker itself is a PART
    for _ in 0..2 {
        if j > s.range.start + 1 && matches!(ctx.upos(j - 1), "ADJ" | "PROPN") {
            j -= 1;
        }
    }
    let poss = j.checked_sub(1).filter(|&p| p > s.range.start)?;
    if !matches!(ctx.folded(poss).as_str(), "'s" | "\u{2019}s" | "'") {
        return None;
    }
    let owner = s.hits.iter().find(|x| x.end_tok == poss)?;
    first(owner, |y| match y {
        Sense::CountryName(c) | Sense::Capital(c) => dict.country(c),
        _ => None,
    })
}

/// Match every sentence.
pub(crate) fn match_document(dict: &Dictionary, ctx: &Ctx) -> Vec<SentenceHits> {
    let mut matcher = Matcher::new(dict);
    ctx.segments
        .sentences
        .iter()
        .map(|s| {
            let ws = words(ctx.text, ctx.segments, s);
            let hits = matcher.sentence(ctx.text, &ws);
            let resolved = vec![None; hits.len()];
            SentenceHits {
                range: s.token_range(),
                hits,
                resolved,
            }
        })
        .collect()
}

/// Turn the hits of one sentence into actor mentions (persons come later).
pub(crate) fn resolve_sentence(
    ctx: &Ctx,
    actors: &mut Actors,
    focus: Option<&Country>,
    s: &mut SentenceHits,
) {
    let dict = actors.dict;
    let mut consumed = vec![false; s.hits.len()];
    for k in 0..s.hits.len() {
        if consumed[k] {
            continue;
        }
        let h = s.hits[k].clone();
        let span = ctx.cover(h.first_tok, h.end_tok);
        // The word before the phrase, folded ("in Rusland", "etnische Tadzjieken").
        let prev = h
            .first_tok
            .checked_sub(1)
            .filter(|&p| p >= s.range.start)
            .map(|p| ctx.folded(p));
        if let Some(o) = first(&h, |x| match x {
            Sense::Organisation(o) => dict.organisation(o),
            _ => None,
        }) {
            s.resolved[k] = Some(actors.organisation(o, span));
            continue;
        }
        if let Some(c) = first(&h, |x| match x {
            Sense::CountryName(c) => dict.country(c),
            _ => None,
        }) {
            // "Kosovo Albanians": a people of the country named first.
            if demonym_people(actors, s, &mut consumed, k, c, ctx) {
                continue;
            }
            // "U.S. soldiers", "Iraq's army" is the possessive path: a name before an agency
            // noun is that country's agency.
            if let Some((m, end, (sector, kind))) = agency_after(ctx, dict, s, k) {
                let id = actors.agency(Some(c), &sector, kind, ctx.cover(h.first_tok, end));
                consumed[m] = true;
                s.resolved[m] = Some(id.clone());
                s.resolved[k] = Some(id);
                continue;
            }
            if !prev.is_some_and(|p| LOCATIVE.contains(&p.as_str())) {
                s.resolved[k] = Some(actors.state(c, span));
            }
            continue;
        }
        if let Some(c) = first(&h, |x| match x {
            Sense::CountryAdjective(c) => dict.country(c),
            _ => None,
        }) {
            if prev.is_some_and(|p| matches!(p.as_str(), "etnische" | "etnisch" | "ethnic")) {
                // "ethnic Albanians" in a document about Macedonia: coded by where they live.
                if let Some(f) = focus.filter(|f| f.iso3 != c.iso3)
                    && !(h.end_tok < s.range.end && ctx.upos(h.end_tok) == "NOUN")
                {
                    s.resolved[k] = Some(actors.state(f, span));
                }
                continue;
            }
            // "Bosnian Serbs": a people of the country named first.
            if demonym_people(actors, s, &mut consumed, k, c, ctx) {
                continue;
            }
            let agency = agency_after(ctx, dict, s, k);
            if let Some((m, end, (sector, kind))) = agency {
                let id = actors.agency(Some(c), &sector, kind, ctx.cover(h.first_tok, end));
                consumed[m] = true;
                s.resolved[m] = Some(id.clone());
                s.resolved[k] = Some(id);
            } else if h.end_tok < s.range.end
                && (matches!(ctx.upos(h.end_tok), "NOUN" | "PROPN" | "ADJ" | "NUM")
                    || s.hits.iter().any(|x| x.first_tok == h.end_tok))
            {
                // A modifier ("Amerikaanse wapens", "de Afghaanse president"): a cue, no actor.
            } else if let Some((m, home)) = people_of(ctx, dict, s, k, c) {
                // "the Albanians of southern Serbia": coded by where they live.
                let id = actors.state(home, ctx.cover(h.first_tok, s.hits[m].end_tok));
                consumed[m] = true;
                s.resolved[m] = Some(id.clone());
                s.resolved[k] = Some(id);
            } else {
                s.resolved[k] = Some(actors.state(c, span));
            }
            continue;
        }
        if let Some(c) = first(&h, |x| match x {
            Sense::Capital(c) => dict.country(c),
            _ => None,
        }) {
            // "Kabul said", "het Kremlin ontkent": a capital as subject stands for its government.
            if (h.first_tok..h.end_tok).any(|t| ctx.deprel(t).starts_with("nsubj")) {
                s.resolved[k] = Some(actors.agency(Some(c), "GOV", ActorKind::Agency, span));
            }
            continue;
        }
        if let Some(a) = state_noun(ctx, dict, &s.range, &h) {
            // Members of a group named in the same token ("Taliban-strijders") are the group.
            if s.hits.iter().any(|x| {
                x.first_tok == h.first_tok && x.has(|y| matches!(y, Sense::Organisation(_)))
            }) {
                continue;
            }
            // … and so are members named right after it ("Hezbollah guerrillas", "NATO
            // troops").
            if let Some((m, o)) = s
                .hits
                .iter()
                .enumerate()
                .take(k)
                .rfind(|(_, x)| x.end_tok == h.first_tok)
                .and_then(|(m, x)| {
                    first(x, |y| match y {
                        Sense::Organisation(o) => dict.organisation(o),
                        _ => None,
                    })
                    .map(|o| (m, o))
                })
            {
                let first_tok = s.hits[m].first_tok;
                s.resolved[k] = Some(actors.organisation(o, ctx.cover(first_tok, h.end_tok)));
                continue;
            }
            s.resolved[k] = agency_with_complement(ctx, actors, focus, s, k, &a, &mut consumed);
        }
    }
}

/// The agency noun hit right after hit `k`, past up to two adjectives or compound nouns that
/// are no hits themselves ("de Afghaanse (nationale) regering", "the Afghan government",
/// "Israeli intelligence officials", "U.S. soldiers"): its index, end token, sector and kind.
fn agency_after(
    ctx: &Ctx,
    dict: &Dictionary,
    s: &SentenceHits,
    k: usize,
) -> Option<(usize, usize, (String, ActorKind))> {
    let h = s.hits.get(k)?;
    let mut j = h.end_tok;
    while j < s.range.end
        && j < h.end_tok + 2
        && (ctx.upos(j) == "ADJ"
            || (matches!(ctx.upos(j), "NOUN" | "PROPN") && ctx.deprel(j) == "compound"))
        && !s.hits.iter().any(|x| x.first_tok == j)
    {
        j += 1;
    }
    s.hits
        .iter()
        .enumerate()
        .skip(k + 1)
        .find(|(_, x)| x.first_tok == j)
        .and_then(|(m, x)| state_noun(ctx, dict, &s.range, x).map(|a| (m, x.end_tok, a)))
}

/// The hit right after hit `k` when it is a people of another country standing alone as a
/// noun ("Bosnian Serbs", "Kosovo Albanians"), not a modifier ("Bosnian Serb forces").
/// "Kosovo Albanians", "Bosnian Serbs": when the hit `k` (country `c`) is followed by another
/// country's demonym ([`demonym_after`]), both become one actor of `c` (CAMEO codes ethnic
/// groups by the country they live in) and the demonym is consumed. True when it applied.
fn demonym_people(
    actors: &mut Actors,
    s: &mut SentenceHits,
    consumed: &mut [bool],
    k: usize,
    c: &Country,
    ctx: &Ctx,
) -> bool {
    let Some(m) = demonym_after(actors.dict, s, k, c, ctx) else {
        return false;
    };
    let (Some(h), Some(x)) = (s.hits.get(k), s.hits.get(m)) else {
        return false;
    };
    let id = actors.state(c, ctx.cover(h.first_tok, x.end_tok));
    if let Some(flag) = consumed.get_mut(m) {
        *flag = true;
    }
    s.resolved[m] = Some(id.clone());
    s.resolved[k] = Some(id);
    true
}

fn demonym_after(
    dict: &Dictionary,
    s: &SentenceHits,
    k: usize,
    c: &Country,
    ctx: &Ctx,
) -> Option<usize> {
    let h = s.hits.get(k)?;
    let (m, x) = s
        .hits
        .iter()
        .enumerate()
        .skip(k + 1)
        .find(|(_, x)| x.first_tok == h.end_tok)?;
    let other = first(x, |y| match y {
        Sense::CountryAdjective(o) => dict.country(o),
        _ => None,
    })?;
    let last = x.end_tok.checked_sub(1)?;
    let plural_noun = matches!(ctx.upos(last), "NOUN" | "PROPN")
        && ctx.folded(last).ends_with('s')
        && !(x.end_tok < s.range.end
            && (matches!(ctx.upos(x.end_tok), "NOUN" | "PROPN")
                || s.hits.iter().any(|y| y.first_tok == x.end_tok)));
    (other.iso3 != c.iso3 && plural_noun).then_some(m)
}

/// A people named with where it lives ("the Albanians of southern Serbia", "Turken in
/// Duitsland"): the hit of that other country and the country.
fn people_of<'d>(
    ctx: &Ctx,
    dict: &'d Dictionary,
    s: &SentenceHits,
    k: usize,
    c: &Country,
) -> Option<(usize, &'d Country)> {
    let h = s.hits.get(k)?;
    let mut j = h.end_tok;
    if j >= s.range.end || !matches!(ctx.folded(j).as_str(), "of" | "in" | "van" | "uit") {
        return None;
    }
    j += 1;
    while j < s.range.end && j < h.end_tok + 4 && matches!(ctx.upos(j), "ADJ" | "DET") {
        j += 1;
    }
    let (m, x) = s
        .hits
        .iter()
        .enumerate()
        .skip(k + 1)
        .find(|(_, x)| x.first_tok == j)?;
    let home = first(x, |y| match y {
        Sense::CountryName(o) => dict.country(o),
        _ => None,
    })?;
    (home.iso3 != c.iso3).then_some((m, home))
}

/// "het leger van Afghanistan", "de strijders van de taliban", "Romania's government", or the
/// focus country's agency.
fn agency_with_complement(
    ctx: &Ctx,
    actors: &mut Actors,
    focus: Option<&Country>,
    s: &mut SentenceHits,
    k: usize,
    (sector, kind): &(String, ActorKind),
    consumed: &mut [bool],
) -> Option<String> {
    let dict = actors.dict;
    let h = s.hits.get(k)?.clone();
    if let Some(c) = possessive_country(ctx, dict, s, h.first_tok) {
        let id = actors.agency(Some(c), sector, *kind, ctx.cover(h.first_tok, h.end_tok));
        return Some(id);
    }
    let mut j = h.end_tok;
    if j < s.range.end && matches!(ctx.folded(j).as_str(), "van" | "of") {
        j += 1;
        while j < s.range.end && matches!(ctx.folded(j).as_str(), "de" | "het" | "the" | "der") {
            j += 1;
        }
        if let Some((m, x)) = s
            .hits
            .iter()
            .enumerate()
            .skip(k + 1)
            .find(|(_, x)| x.first_tok == j)
        {
            let x = x.clone();
            if let Some(c) = first(&x, |y| match y {
                Sense::CountryName(c) | Sense::CountryAdjective(c) => dict.country(c),
                _ => None,
            }) {
                let id = actors.agency(Some(c), sector, *kind, ctx.cover(h.first_tok, h.end_tok));
                return Some(id);
            }
            if let Some(o) = first(&x, |y| match y {
                Sense::Organisation(o) => dict.organisation(o),
                _ => None,
            }) {
                let id = actors.organisation(o, ctx.cover(h.first_tok, x.end_tok));
                consumed[m] = true;
                if let Some(r) = s.resolved.get_mut(m) {
                    *r = Some(id.clone());
                }
                return Some(id);
            }
        }
    }
    Some(actors.agency(focus, sector, *kind, ctx.cover(h.first_tok, h.end_tok)))
}

/// Borrow the layers the stage needs.
pub(crate) fn ctx(doc: &Document) -> Option<Ctx<'_>> {
    let layers = doc.layers();
    Some(Ctx {
        text: doc.text(),
        segments: layers.segments()?,
        syntax: layers.syntax()?,
        entities: layers.entities()?,
        places: layers.places()?,
        known: Vec::new(),
    })
}
