//! The attribute stage: quantities tied to their subject (population, casualties, displaced,
//! refugees, fighters, troops), read with the patterns of `data/control/quantities-*.tsv`.

use std::sync::OnceLock;

use kroniek_core::{
    Attribute, AttributeLayer, AttributeSubject, Diagnostic, Document, Layer, LayerKind, Result,
    Span, Stage,
};

use crate::actor::{actor_for, layer_actor};
use crate::number::quantity_at;
use crate::pattern::{Row, Slot, load_rows};
use crate::region::{Anaphora, Resolver, region_of_place};
use crate::view::{SentenceView, sentences};

/// The attribute names the quantity files may use.
pub const ATTRIBUTE_NAMES: &[&str] = &[
    "population",
    "dead",
    "injured",
    "displaced",
    "refugees",
    "fighters",
    "troops",
];

struct QuantityPatterns {
    nl: Vec<Row>,
    en: Vec<Row>,
}

fn load() -> crate::Result<QuantityPatterns> {
    let ok = |l: &str| ATTRIBUTE_NAMES.contains(&l);
    Ok(QuantityPatterns {
        nl: load_rows(
            "quantities-nl.tsv",
            include_str!("../../../data/control/quantities-nl.tsv"),
            ok,
        )?,
        en: load_rows(
            "quantities-en.tsv",
            include_str!("../../../data/control/quantities-en.tsv"),
            ok,
        )?,
    })
}

fn quantity_patterns() -> std::result::Result<&'static QuantityPatterns, String> {
    static P: OnceLock<std::result::Result<QuantityPatterns, String>> = OnceLock::new();
    P.get_or_init(|| load().map_err(|e| e.to_string()))
        .as_ref()
        .map_err(Clone::clone)
}

/// The quantity rows, Dutch then English.
pub(crate) fn quantity_rows() -> std::result::Result<Vec<Row>, String> {
    let p = quantity_patterns()?;
    Ok(p.nl.iter().chain(&p.en).cloned().collect())
}

/// Quantities tied to their subject (`LayerKind::Attributes`).
///
/// Requires segments, syntax and places; reads actors when an earlier stage provided them.
#[derive(Debug, Clone)]
pub struct AttributeStage {
    anaphora: Anaphora,
}

impl AttributeStage {
    /// The stage with the embedded quantity files; fails when one does not parse.
    pub fn new() -> crate::Result<AttributeStage> {
        if let Err(message) = quantity_patterns() {
            return Err(crate::Error::Data {
                file: "data/control",
                line: 0,
                message,
            });
        }
        Ok(AttributeStage {
            anaphora: Anaphora::embedded()?,
        })
    }

    /// The attribute layer of a document (what `annotate` returns, unwrapped).
    pub fn attributes(&self, doc: &Document) -> Result<AttributeLayer> {
        let p = quantity_patterns().map_err(|message| kroniek_core::Error::Stage {
            stage: "attributes",
            message,
        })?;
        let lang = doc.lang().map_or("und", |l| l.as_str());
        let sets: Vec<(&str, &[Row])> = match lang {
            "nl" => vec![("nl", &p.nl)],
            "en" => vec![("en", &p.en)],
            _ => vec![("nl", &p.nl), ("en", &p.en)],
        };
        let resolver = Resolver::new(doc, &self.anaphora);
        let mut out = Vec::new();
        let views = sentences(doc);
        for (k, s) in views.iter().enumerate() {
            let previous = k.checked_sub(1).and_then(|j| views.get(j)).map(|p| p.span);
            let mut used: Vec<usize> = Vec::new();
            for (lang, rows) in &sets {
                for row in rows.iter() {
                    for m in row.pattern.find_all(s, lang) {
                        let Some((na, _)) = m.slot(Slot::Num) else {
                            continue;
                        };
                        if used.contains(&na) {
                            continue;
                        }
                        let Some(q) = quantity_at(&s.toks, na, lang) else {
                            continue;
                        };
                        let subject = match m.slot(Slot::Subj) {
                            Some((a, b)) => subject_of(doc, &resolver, s, a, b),
                            None => nearest_subject(
                                doc,
                                s,
                                s.span_of(m.start, m.end),
                                &row.label,
                                previous,
                            ),
                        };
                        used.push(na);
                        out.push(Attribute {
                            subject,
                            name: row.label.clone(),
                            value: q.value,
                            approximate: q.approximate,
                            span: s.span_of(m.start, m.end),
                        });
                    }
                }
            }
        }
        out.sort_by_key(|a| a.span);
        Ok(AttributeLayer { attributes: out })
    }
}

/// A subject slot: a region (place code) and, when the actor layer knows it, an actor; a slug
/// of the phrase when it is neither.
fn subject_of(
    doc: &Document,
    resolver: &Resolver<'_>,
    s: &SentenceView<'_>,
    a: usize,
    b: usize,
) -> AttributeSubject {
    let span = s.span_of(a, b);
    let place = resolver.resolve(s, a, b).map(|r| r.code);
    let actor = match layer_actor(doc, span) {
        Some(id) => Some(id),
        None if place.is_none() => actor_for(doc, s, a, b).map(|(id, _)| id),
        None => None,
    };
    AttributeSubject {
        text: span.slice(doc.text()).to_string(),
        span,
        place,
        actor,
    }
}

/// Without a subject slot: the place (for fighters and troops first the actor) of the sentence
/// nearest to the quantity; else the quantity phrase itself, unresolved.
fn nearest_subject(
    doc: &Document,
    s: &SentenceView<'_>,
    at: Span,
    name: &str,
    previous: Option<Span>,
) -> AttributeSubject {
    let dist = |x: Span| x.start().abs_diff(at.start());
    let force = matches!(name, "fighters" | "troops");
    if force && let Some(actors) = doc.layers().actors() {
        let best = actors
            .actors
            .iter()
            .flat_map(|a| a.mentions.iter().map(move |m| (a, *m)))
            .filter(|(_, m)| s.span.contains(*m) && !at.contains(*m))
            .min_by_key(|(_, m)| dist(*m));
        if let Some((a, m)) = best {
            return AttributeSubject {
                text: m.slice(doc.text()).to_string(),
                span: m,
                place: None,
                actor: Some(a.id.clone()),
            };
        }
    }
    let places = doc.layers().places().map_or(&[][..], |l| &l.places[..]);
    let best = places
        .iter()
        .filter(|p| s.span.contains(p.span) && !p.adjectival)
        .filter_map(|p| region_of_place(p).map(|r| (p, r)))
        .min_by_key(|(p, _)| dist(p.span));
    match best {
        Some((p, r)) => AttributeSubject {
            text: p.span.slice(doc.text()).to_string(),
            span: p.span,
            place: Some(r.code),
            actor: None,
        },
        None => AttributeSubject {
            text: at.slice(doc.text()).to_string(),
            span: at,
            // Casualties with no place in their sentence are counted where the sentence
            // before took place ("In Khartoum wordt gevochten … Daarbij kwamen zeker 330
            // mensen om het leven."): its last place.
            place: casualty(name)
                .then(|| previous.and_then(|prev| last_place_in(places, prev)))
                .flatten(),
            actor: None,
        },
    }
}

fn casualty(name: &str) -> bool {
    matches!(name, "dead" | "injured" | "displaced" | "refugees")
}

/// The region of the last place (not an adjective) inside `span`.
fn last_place_in(places: &[kroniek_core::Place], span: Span) -> Option<String> {
    places
        .iter()
        .filter(|p| span.contains(p.span) && !p.adjectival)
        .filter_map(region_of_place)
        .next_back()
        .map(|r| r.code)
}

impl Stage for AttributeStage {
    fn id(&self) -> &'static str {
        "attributes"
    }

    fn requires(&self) -> &'static [LayerKind] {
        &[LayerKind::Segments, LayerKind::Syntax, LayerKind::Places]
    }

    fn provides(&self) -> LayerKind {
        LayerKind::Attributes
    }

    fn annotate(&self, doc: &Document, _diag: &mut Vec<Diagnostic>) -> Result<Layer> {
        Ok(Layer::Attributes(self.attributes(doc)?))
    }
}
