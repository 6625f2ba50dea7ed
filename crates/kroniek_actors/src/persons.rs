//! Persons: each PER name chain becomes an actor, typed by the role phrase around its mentions
//! ("de voormalige vicepresident van Afghanistan, Amrullah Saleh", "Taliban spokesman Zabihullah
//! Mujahid", "Ahmad Massoud, leider van de Alliantie").

use kroniek_core::{Actor, ActorKind, EntityType, Span};

use crate::dictionary::{Dictionary, Sense};
use crate::known::{KnownPerson, KnownPersons};
use crate::resolve::{Actors, Ctx, SentenceHits, slug};

/// What the words around one mention say about the person.
#[derive(Default)]
struct Cues {
    role: Option<u16>,
    former: bool,
    country: Option<u16>,
    affiliation: Option<String>,
    /// First token of the role phrase before the name.
    phrase_start: Option<usize>,
}

/// One mention of a person after `junior` reassignment.
struct Mention {
    first_tok: usize,
    end_tok: usize,
    span: Span,
}

fn is_stop_pos(upos: &str) -> bool {
    matches!(upos, "VERB" | "AUX" | "PRON" | "CCONJ" | "SCONJ")
}

/// The tokens before a name that may describe it: back to a verb, punctuation, a conjunction
/// or a determiner that does not follow "van"/"of".
fn left_window(ctx: &Ctx, range: &std::ops::Range<usize>, first_tok: usize) -> (usize, usize) {
    let mut j = first_tok;
    if j > range.start && ctx.tok_text(j - 1) == "," {
        j -= 1;
    }
    let mut k = j;
    while k > range.start && j - k < 16 {
        let t = k - 1;
        let word = ctx.folded(t);
        if ctx.is_punct(t) || is_stop_pos(ctx.upos(t)) && ctx.deprel(t) != "amod" {
            break;
        }
        if ctx.upos(t) == "ADP" && !matches!(word.as_str(), "van" | "of") {
            break;
        }
        k = t;
        if ctx.upos(t) == "DET"
            || matches!(word.as_str(), "de" | "het" | "een" | "the" | "a" | "an")
        {
            let after_van = t > range.start && matches!(ctx.folded(t - 1).as_str(), "van" | "of");
            if !after_van {
                break;
            }
        }
    }
    (k, j)
}

/// The apposition after a name: ", de voormalige vicepresident van Afghanistan,".
fn right_window(ctx: &Ctx, range: &std::ops::Range<usize>, end_tok: usize) -> (usize, usize) {
    if end_tok >= range.end || ctx.tok_text(end_tok) != "," {
        return (end_tok, end_tok);
    }
    let start = end_tok + 1;
    let mut e = start;
    while e < range.end && e - start < 16 && !ctx.is_punct(e) && !is_stop_pos(ctx.upos(e)) {
        // "Saleh, samen met …": not an apposition.
        let word = ctx.folded(e);
        if ctx.upos(e) == "ADV" || ctx.upos(e) == "ADP" && !matches!(word.as_str(), "van" | "of") {
            break;
        }
        e += 1;
    }
    (start, e)
}

fn cues_in(s: &SentenceHits, window: (usize, usize), before_name: bool) -> Cues {
    let mut c = Cues::default();
    let inside: Vec<usize> = (0..s.hits.len())
        .filter(|&k| s.hits[k].first_tok >= window.0 && s.hits[k].end_tok <= window.1)
        .collect();
    let role_at = inside
        .iter()
        .copied()
        .find(|&k| s.hits[k].has(|x| matches!(x, Sense::Role(_))));
    if let Some(r) = role_at {
        c.role = s.hits[r].senses.iter().find_map(|x| match x {
            Sense::Role(i) => Some(*i),
            _ => None,
        });
        c.former = inside
            .iter()
            .any(|&k| k < r && s.hits[k].has(|x| x == Sense::Former));
        if before_name {
            let start = inside
                .iter()
                .copied()
                .filter(|&k| k <= r)
                .rev()
                .take_while(|&k| {
                    k == r
                        || s.hits[k].has(|x| {
                            matches!(
                                x,
                                Sense::Former | Sense::CountryAdjective(_) | Sense::Organisation(_)
                            )
                        })
                })
                .last()
                .unwrap_or(r);
            c.phrase_start = Some(s.hits[start].first_tok);
        }
    }
    c.country = inside.iter().find_map(|&k| {
        s.hits[k].senses.iter().find_map(|x| match x {
            Sense::CountryName(i) | Sense::CountryAdjective(i) => Some(*i),
            _ => None,
        })
    });
    // The group or agency: the last one after the role word ("leider van de moedjahedien van
    // de Alliantie"), else the nearest before it ("Taliban spokesman").
    let affil = |k: usize| {
        s.hits[k].has(|x| matches!(x, Sense::Organisation(_) | Sense::Agency(_)))
            && !s.hits[k].has(|x| matches!(x, Sense::CountryName(_) | Sense::CountryAdjective(_)))
    };
    let after = inside
        .iter()
        .copied()
        .rfind(|&k| role_at.is_none_or(|r| k > r) && affil(k));
    let before = inside
        .iter()
        .copied()
        .rfind(|&k| role_at.is_some_and(|r| k <= r) && affil(k));
    c.affiliation = after
        .or(before)
        .and_then(|k| s.resolved.get(k).cloned().flatten());
    c
}

/// Chains named after "zoon van"/"son of": fathers, whom "junior" does not refer to.
fn father_chains(ctx: &Ctx) -> Vec<u32> {
    let mut out = Vec::new();
    for sentence in &ctx.segments.sentences {
        let r = sentence.token_range();
        for i in r.clone() {
            if !(matches!(
                ctx.folded(i).as_str(),
                "zoon" | "dochter" | "son" | "daughter"
            ) && matches!(ctx.folded(i + 1).as_str(), "van" | "of"))
            {
                continue;
            }
            let (Some(from), Some(to)) = (
                ctx.tok_span(i),
                ctx.tok_span((i + 12).min(r.end.saturating_sub(1))),
            ) else {
                continue;
            };
            if let Some(e) = ctx.entities.entities.iter().find(|e| {
                e.kind == EntityType::Per && e.span.start() > from.end() && e.span.end() <= to.end()
            }) {
                out.push(e.chain);
            }
        }
    }
    out
}

/// The mentions of each PER chain; "X junior" goes to the other chain of that surname when the
/// chain it was put in is someone's father.
fn person_mentions(ctx: &Ctx) -> Vec<(u32, Mention)> {
    let fathers = father_chains(ctx);
    let chains = &ctx.entities.chains;
    let surname = |name: &str| {
        kroniek_text::fold(name)
            .rsplit(' ')
            .next()
            .map(str::to_string)
    };
    let mut out = Vec::new();
    for e in &ctx.entities.entities {
        if e.kind != EntityType::Per {
            continue;
        }
        let first_tok = ctx.token_at(e.span.start());
        let mut end_tok = ctx.token_at(e.span.end().saturating_sub(1)) + 1;
        let mut chain = e.chain;
        let mut span = e.span;
        if matches!(ctx.folded(end_tok).as_str(), "junior" | "jr" | "jr.") {
            if let Some(s) = ctx.tok_span(end_tok) {
                span = span.cover(s);
            }
            end_tok += 1;
            let sn = surname(&ctx.text[e.span.start()..e.span.end()]);
            if fathers.contains(&chain) {
                let others: Vec<u32> = (0..chains.len())
                    .filter_map(|i| u32::try_from(i).ok())
                    .filter(|&i| i != chain && !fathers.contains(&i))
                    .filter(|&i| {
                        chains
                            .get(i as usize)
                            .is_some_and(|c| c.kind == EntityType::Per && surname(&c.name) == sn)
                    })
                    .collect();
                if let [other] = others.as_slice() {
                    chain = *other;
                }
            }
        }
        out.push((
            chain,
            Mention {
                first_tok,
                end_tok,
                span,
            },
        ));
    }
    out
}

/// Verbs of travel: a country or city they take as object or oblique is where someone goes,
/// not where the traveller is from ("Prime Minister X visited Kabul").
const TRAVEL: &[&str] = &[
    "visit",
    "arrive",
    "travel",
    "fly",
    "tour",
    "go",
    "come",
    "return",
    "reach",
    "leave",
    "head",
    "bezoeken",
    "aankomen",
    "reizen",
    "vliegen",
    "gaan",
    "komen",
    "terugkeren",
    "vertrekken",
];

/// Whether token `i` (of the sentence starting at `start`) is the object or an oblique of a
/// verb of travel.
fn travelled_to(ctx: &Ctx, start: usize, i: usize) -> bool {
    let rel = ctx.deprel(i);
    if !(rel.starts_with("obj") || rel.starts_with("obl") || rel.starts_with("nmod")) {
        return false;
    }
    let Some(h) = ctx.syntax.tokens.get(i).map(|t| t.head as usize) else {
        return false;
    };
    h > 0
        && ctx
            .syntax
            .tokens
            .get(start + h - 1)
            .is_some_and(|t| TRAVEL.contains(&t.lemma.as_str()))
}

/// The one country a document names (a country name, adjective or capital, also inside an
/// organisation's name, or a place's country), or `None` when it names none or several. A country or city that a verb of travel
/// takes ("visited Kabul", "arrived in Ghana") does not count: an office holder is rarely from
/// where he travels.
fn sole_country(dict: &Dictionary, ctx: &Ctx, sentences: &[SentenceHits]) -> Option<u16> {
    let mut found: Option<u16> = None;
    let mut all: Vec<u16> = Vec::new();
    for s in sentences {
        for h in &s.hits {
            let last = h.end_tok.saturating_sub(1);
            if travelled_to(ctx, s.range.start, last) {
                continue;
            }
            all.extend(h.senses.iter().filter_map(|x| match x {
                Sense::CountryName(i) | Sense::CountryAdjective(i) | Sense::Capital(i) => Some(*i),
                _ => None,
            }));
            // A country named inside an organisation's name ("the National Union for the
            // Total Independence of Angola") is still named.
            if h.has(|x| matches!(x, Sense::Organisation(_))) {
                for t in h.first_tok..h.end_tok {
                    all.extend(
                        dict.lookup(ctx.tok_text(t))
                            .into_iter()
                            .filter_map(|x| match x {
                                Sense::CountryName(i) => Some(i),
                                _ => None,
                            }),
                    );
                }
            }
        }
    }
    for p in &ctx.places.places {
        let at = ctx.token_at(p.span.start());
        let Some(s) = sentences.iter().find(|s| s.range.contains(&at)) else {
            continue;
        };
        let last = ctx.token_at(p.span.end().saturating_sub(1));
        if travelled_to(ctx, s.range.start, last) {
            continue;
        }
        if let Some(c) = dict.country_by_iso2(&p.country)
            && let Some(i) = dict.countries().iter().position(|x| x.iso3 == c.iso3)
            && let Ok(i) = u16::try_from(i)
        {
            all.push(i);
        }
    }
    for i in all {
        match found {
            None => found = Some(i),
            Some(j) if j != i => return None,
            Some(_) => {}
        }
    }
    found
}

/// Whether a role is an office of a state (its sector is a state sector).
fn state_role(sector: Option<&str>) -> bool {
    matches!(sector, Some("GOV" | "MIL" | "LEG" | "JUD" | "COP" | "SPY"))
}

/// Add one person actor per PER chain. A person the text gives no country gets the one of the
/// known-person table ("Arafat" → PSE), else, when a state role types it ("President Kabbah"),
/// the one country the document names.
pub(crate) fn add_persons(
    ctx: &Ctx,
    actors: &mut Actors,
    sentences: &[SentenceHits],
    covered: &dyn Fn(usize, usize) -> bool,
    known: &KnownPersons,
) {
    let dict = actors.dict;
    let sole = sole_country(dict, ctx, sentences);
    let mentions = person_mentions(ctx);
    for (ci, chain) in ctx.entities.chains.iter().enumerate() {
        if chain.kind != EntityType::Per {
            continue;
        }
        let ms: Vec<&Mention> = mentions
            .iter()
            .filter(|(c, _)| *c as usize == ci)
            .map(|(_, m)| m)
            .collect();
        if ms.is_empty() || ms.iter().all(|m| covered(m.first_tok, m.end_tok)) {
            continue;
        }
        let mut cues = Cues::default();
        let mut spans = Vec::new();
        for m in &ms {
            spans.push(m.span);
            let Some(s) = sentences.iter().find(|s| s.range.contains(&m.first_tok)) else {
                continue;
            };
            let left = cues_in(s, left_window(ctx, &s.range, m.first_tok), true);
            let right = cues_in(s, right_window(ctx, &s.range, m.end_tok), false);
            for c in [left, right] {
                if cues.role.is_none() && c.role.is_some() {
                    cues.role = c.role;
                    cues.former = c.former;
                    if let Some(p) = c.phrase_start
                        && let Some(span) = ctx.cover(p, m.end_tok)
                    {
                        spans.push(span);
                    }
                }
                if cues.country.is_none() {
                    cues.country = c.country;
                }
                if cues.affiliation.is_none() {
                    cues.affiliation = c.affiliation;
                }
            }
        }
        let id = slug(&chain.name);
        if id.is_empty() {
            continue;
        }
        let role = cues.role.and_then(|r| dict.role(r));
        let affiliation = cues.affiliation.as_deref().and_then(|a| actors.get(a));
        let person = known.lookup(&chain.name).or_else(|| {
            ms.iter()
                .find_map(|m| known.lookup(&ctx.text[m.span.start()..m.span.end()]))
        });
        let by_role = (person.is_none() && state_role(role.and_then(|r| r.sector.as_deref())))
            .then_some(sole)
            .flatten();
        let country = cues
            .country
            .or(by_role)
            .and_then(|c| dict.country(c))
            .map(|c| c.iso3.clone())
            .or_else(|| person.map(|p| p.country.clone()))
            .or_else(|| affiliation.and_then(|a| a.country.clone()));
        let sector = role
            .and_then(|r| r.sector.clone())
            .or_else(|| affiliation.and_then(|a| a.sector.clone()))
            .or_else(|| person.map(|p| p.sector.clone()))
            .or_else(|| {
                (role.is_some() && (cues.country.is_some() || by_role.is_some()))
                    .then(|| "GOV".to_string())
            });
        let actor = Actor {
            id: id.clone(),
            name: chain.name.clone(),
            kind: ActorKind::Person,
            country,
            sector,
            affiliation: cues.affiliation.clone(),
            role: role
                .map(|r| r.role.clone())
                .or_else(|| person.map(|p| p.role.clone())),
            former: cues.former,
            mentions: Vec::new(),
        };
        for span in spans {
            actors.mention(&id, Some(span), || actor.clone());
        }
        if let Some(a) = actors.get_mut(&id)
            && a.role.is_none()
        {
            // A second chain with the same slug: keep the typed reading.
            a.role = actor.role;
        }
    }
}

/// Known persons named where the entity stage found no person ("President Bush" read as a
/// town): token ranges of up to four capitalised words that the known-person table names; a
/// single word must be tagged a proper noun.
pub(crate) fn known_mentions(
    ctx: &Ctx,
    known: &'static KnownPersons,
) -> Vec<(usize, usize, &'static KnownPerson)> {
    let per: Vec<(usize, usize)> = ctx
        .entities
        .entities
        .iter()
        .filter(|e| e.kind == EntityType::Per)
        .map(|e| {
            (
                ctx.token_at(e.span.start()),
                ctx.token_at(e.span.end().saturating_sub(1)) + 1,
            )
        })
        .collect();
    let mut out = Vec::new();
    for sentence in &ctx.segments.sentences {
        let r = sentence.token_range();
        let mut i = r.start;
        while i < r.end {
            let mut next = i + 1;
            let capital = ctx
                .tok_text(i)
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
            if capital {
                for n in (1..=4).rev() {
                    let j = i + n;
                    if j > r.end || (i..j).any(|k| ctx.is_punct(k)) {
                        continue;
                    }
                    if n == 1 && ctx.upos(i) != "PROPN" {
                        continue;
                    }
                    if per.iter().any(|&(a, b)| a < j && i < b) {
                        continue;
                    }
                    let words: Vec<&str> = (i..j).map(|k| ctx.tok_text(k)).collect();
                    if let Some(p) = known.lookup(&words.join(" ")) {
                        out.push((i, j, p));
                        next = j;
                        break;
                    }
                }
            }
            i = next;
        }
    }
    out
}

/// Add the known persons the entity stage missed, typed by the table and the role phrase
/// before them.
pub(crate) fn add_known(ctx: &Ctx, actors: &mut Actors, sentences: &[SentenceHits]) {
    for &(first, end, p) in &ctx.known {
        let Some(s) = sentences.iter().find(|s| s.range.contains(&first)) else {
            continue;
        };
        let left = cues_in(s, left_window(ctx, &s.range, first), true);
        let start = left.phrase_start.unwrap_or(first);
        let role = left
            .role
            .and_then(|r| actors.dict.role(r))
            .map(|r| r.role.clone());
        let actor = Actor {
            id: p.id.clone(),
            name: p.names.first().cloned().unwrap_or_default(),
            kind: ActorKind::Person,
            country: Some(p.country.clone()),
            sector: Some(p.sector.clone()),
            affiliation: None,
            role: role.or_else(|| Some(p.role.clone())),
            former: left.former,
            mentions: Vec::new(),
        };
        actors.mention(&p.id, ctx.cover(start, end), || actor);
    }
}
