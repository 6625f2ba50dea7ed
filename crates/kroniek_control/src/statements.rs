//! Stative control statements ("X is in handen van A", "A controls X", "fighting for X") and
//! exception statements ("X is het enige stukje dat niet veroverd werd door A", "all
//! provinces except X"), read with the patterns of `data/control/`.

use std::sync::OnceLock;

use kroniek_core::{ControlStatus, Document};

use crate::actor::{actor_for, layer_actor};
use crate::claims::Draft;
use crate::error::Result;
use crate::pattern::{Match, Row, Slot, load_rows};
use crate::region::{Region, Resolver};
use crate::view::SentenceView;
use crate::when::when_in;

/// The pattern files of one language.
#[derive(Debug)]
pub(crate) struct LangPatterns {
    /// Stative statements.
    pub stative: Vec<Row>,
    /// Exception statements.
    pub exceptions: Vec<Row>,
}

/// The embedded pattern files, parsed once.
#[derive(Debug)]
pub(crate) struct Patterns {
    /// Dutch.
    pub nl: LangPatterns,
    /// English.
    pub en: LangPatterns,
}

/// Parse a status label.
pub(crate) fn status(label: &str) -> Option<ControlStatus> {
    match label {
        "held" => Some(ControlStatus::Held),
        "contested" => Some(ControlStatus::Contested),
        "captured" => Some(ControlStatus::Captured),
        "lost" => Some(ControlStatus::Lost),
        "claimed" => Some(ControlStatus::Claimed),
        _ => None,
    }
}

fn load() -> Result<Patterns> {
    let ok = |l: &str| status(l).is_some();
    let exc = |l: &str| matches!(l, "held" | "captured");
    Ok(Patterns {
        nl: LangPatterns {
            stative: load_rows(
                "stative-nl.tsv",
                include_str!("../../../data/control/stative-nl.tsv"),
                ok,
            )?,
            exceptions: load_rows(
                "exceptions-nl.tsv",
                include_str!("../../../data/control/exceptions-nl.tsv"),
                exc,
            )?,
        },
        en: LangPatterns {
            stative: load_rows(
                "stative-en.tsv",
                include_str!("../../../data/control/stative-en.tsv"),
                ok,
            )?,
            exceptions: load_rows(
                "exceptions-en.tsv",
                include_str!("../../../data/control/exceptions-en.tsv"),
                exc,
            )?,
        },
    })
}

/// The patterns, parsed on first use.
pub(crate) fn patterns() -> std::result::Result<&'static Patterns, String> {
    static P: OnceLock<std::result::Result<Patterns, String>> = OnceLock::new();
    P.get_or_init(|| load().map_err(|e| e.to_string()))
        .as_ref()
        .map_err(Clone::clone)
}

/// The pattern sets for a document language (both for an undetermined one).
pub(crate) fn for_lang<'p>(p: &'p Patterns, lang: &str) -> Vec<(&'static str, &'p LangPatterns)> {
    match lang {
        "nl" => vec![("nl", &p.nl)],
        "en" => vec![("en", &p.en)],
        _ => vec![("nl", &p.nl), ("en", &p.en)],
    }
}

const NEGATION: &[&str] = &[
    "niet", "geen", "nooit", "nergens", "not", "never", "n't", "no",
];
const NO_LONGER: &[[&str; 2]] = &[
    ["niet", "meer"],
    ["niet", "langer"],
    ["geen", "meer"],
    ["no", "longer"],
    ["not", "anymore"],
];
const MODAL: &[&str] = &[
    "zou",
    "zouden",
    "kan",
    "kunnen",
    "mogelijk",
    "wellicht",
    "might",
    "could",
    "may",
    "reportedly",
];

/// How negation shapes a match: none, "no longer", or plain negation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Polarity {
    Positive,
    NoLonger,
    Negated,
}

fn polarity(s: &SentenceView<'_>, m: &Match) -> Polarity {
    let toks = &s.toks[m.start..m.end];
    for w in toks.windows(2) {
        if NO_LONGER
            .iter()
            .any(|[a, b]| w[0].lower == *a && w[1].lower == *b)
        {
            return Polarity::NoLonger;
        }
    }
    if toks.iter().any(|t| NEGATION.contains(&t.lower.as_str())) {
        Polarity::Negated
    } else {
        Polarity::Positive
    }
}

/// Claims from the stative and exception patterns of one sentence.
pub(crate) fn sentence_claims(
    doc: &Document,
    resolver: &Resolver<'_>,
    sets: &[(&'static str, &LangPatterns)],
    s: &SentenceView<'_>,
    index: usize,
    out: &mut Vec<Draft>,
) {
    let when = when_in(doc, s.span);
    let question = s.toks.last().is_some_and(|t| t.text == "?");
    if question {
        return;
    }
    for (lang, set) in sets {
        for row in &set.stative {
            let Some(status) = status(&row.label) else {
                continue;
            };
            let resolves = |m: &Match| {
                m.slot(Slot::Region)
                    .is_some_and(|(a, b)| resolver.resolve(s, a, b).is_some())
            };
            for m in row.pattern.find_all_with(s, lang, &resolves) {
                let status = match (polarity(s, &m), status) {
                    (Polarity::Positive, st) => st,
                    (Polarity::NoLonger, ControlStatus::Held) => ControlStatus::Lost,
                    _ => continue,
                };
                let Some((ra, rb)) = m.slot(Slot::Region) else {
                    continue;
                };
                let Some(region) = resolver.resolve(s, ra, rb) else {
                    continue;
                };
                let modal = s.toks[m.start..m.end]
                    .iter()
                    .any(|t| MODAL.contains(&t.lower.as_str()));
                let base = 0.8 * region.confidence * if modal { 0.6 } else { 1.0 };
                let mut push = |actor: Option<(String, f32)>, status| {
                    let (actor, f) = match actor {
                        Some((a, f)) => (Some(a), f),
                        None => (None, 1.0),
                    };
                    out.push(Draft {
                        region: region.clone(),
                        actor,
                        status,
                        when: when.clone(),
                        evidence: s.span,
                        sentence: index,
                        events: Vec::new(),
                        exceptions: Vec::new(),
                        confidence: base * f,
                        from_place: false,
                    });
                };
                match m.slot(Slot::Actor) {
                    Some((a, b)) => {
                        // A city or region (not a country, which is a state) that the actor
                        // layer does not know as a party is ground, not an actor ("…
                        // Cherson binnengetrokken nadat …").
                        let ground = layer_actor(doc, s.span_of(a, b)).is_none()
                            && resolver.resolve(s, a, b).is_some_and(|r| !r.is_country);
                        if !ground && let Some(actor) = actor_for(doc, s, a, b) {
                            push(Some(actor), status);
                        }
                        // "Franse en Malinese troepen": the first of two coordinated
                        // adjectives or names is an actor of its own.
                        if let Some(first) = coordinated_before(doc, s, a) {
                            push(Some((first, 1.0)), status);
                        }
                    }
                    None if m.slot(Slot::Opp).is_none() => push(None, status),
                    None => {}
                }
                if let Some((a, b)) = m.slot(Slot::Opp)
                    && let Some(actor) = actor_for(doc, s, a, b)
                {
                    push(Some(actor), ControlStatus::Contested);
                }
                if m.slot(Slot::Opp).is_some() && m.slot(Slot::Actor).is_none() {
                    push(None, ControlStatus::Contested);
                }
            }
        }
        for row in &set.exceptions {
            let Some(status) = status(&row.label) else {
                continue;
            };
            let resolves = |m: &Match| {
                m.slot(Slot::Region)
                    .is_some_and(|(a, b)| resolver.resolve(s, a, b).is_some_and(|r| !r.is_country))
            };
            for m in row.pattern.find_all_with(s, lang, &resolves) {
                let (Some((ra, rb)), Some((aa, ab))) = (m.slot(Slot::Region), m.slot(Slot::Actor))
                else {
                    continue;
                };
                let (Some(except), Some((actor, f))) =
                    (resolver.resolve(s, ra, rb), actor_for(doc, s, aa, ab))
                else {
                    continue;
                };
                let Some(container) = container_of(resolver, &except) else {
                    continue;
                };
                out.push(Draft {
                    confidence: 0.8 * f * container.confidence,
                    region: container,
                    actor: Some(actor),
                    status,
                    when: when.clone(),
                    evidence: s.span,
                    sentence: index,
                    events: Vec::new(),
                    exceptions: vec![except.code.clone()],
                    from_place: false,
                });
            }
        }
    }
}

/// The actor the actor layer places on the word before "en"/"and" that precedes token `a`.
fn coordinated_before(doc: &Document, s: &SentenceView<'_>, a: usize) -> Option<String> {
    let conj = s.toks.get(a.checked_sub(1)?)?;
    if !matches!(conj.lower.as_str(), "en" | "and") {
        return None;
    }
    let first = a.checked_sub(2)?;
    layer_actor(doc, s.span_of(first, first + 1))
}

/// The country that contains a region: the focus country when it is that one.
fn container_of(resolver: &Resolver<'_>, r: &Region) -> Option<Region> {
    if r.is_country {
        return None;
    }
    if let Some(f) = resolver.focus().filter(|f| f.code == r.country) {
        return Some(f.clone());
    }
    Some(Region {
        code: r.country.clone(),
        name: r.country.clone(),
        country: r.country.clone(),
        is_country: true,
        confidence: 0.9,
    })
}
