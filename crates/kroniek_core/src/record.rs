//! The JSON record of a document: the output contract in `SCHEMA.md`.
//!
//! Field names here are a contract with users' scripts and independent evaluation: add fields,
//! never rename. Layers that have not run are left out rather than written empty, so a reader can
//! tell "found nothing" from "not analysed".

use serde::Serialize;

use crate::diagnostic::Severity;
use crate::document::Document;
use crate::layers::{
    Actor, ActorKind, Attribute, ControlClaim, ControlStatus, EntityType, Event, EventDate,
    Modality, Participant, PlaceKind, TimexAnchor, TimexType, TokenKind,
};
use crate::span::Span;

/// `date` in the record.
#[derive(Serialize)]
pub struct DateRecord {
    /// `2021-08-20`, `2021-08`, `2021`, or null.
    pub value: Option<String>,
    /// `day`, `month`, `year` or `unknown`.
    pub precision: &'static str,
    /// Full ISO 8601 timestamp when the source gave a time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
}

/// A plain `{start, end}` span.
#[derive(Serialize)]
pub struct SpanRecord {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl SpanRecord {
    fn of(span: Span) -> Self {
        SpanRecord {
            start: span.start(),
            end: span.end(),
        }
    }
}

/// A token in the record.
#[derive(Serialize)]
pub struct TokenRecord<'a> {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What the segmenter saw (`word`, `number`, `punct`, …).
    pub kind: TokenKind,
    /// Universal POS tag.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upos: Option<&'a str>,
    /// Treebank tag.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub xpos: Option<&'a str>,
    /// Morphological features.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub feats: Option<&'a str>,
    /// Lemma.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lemma: Option<&'a str>,
    /// Lemma of a separable verb with its particle.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub compound_lemma: Option<&'a str>,
    /// Head: 1-based token index within the sentence, 0 for the root.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub head: Option<u32>,
    /// UD relation to the head.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deprel: Option<&'a str>,
}

/// An entity mention in the record.
#[derive(Serialize)]
pub struct EntityRecord<'a> {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The mention.
    pub text: &'a str,
    /// PER, ORG, LOC or MISC.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Index of its name chain in `chains`.
    pub chain: u32,
    /// Confidence.
    pub confidence: f32,
}

/// A name chain in the record.
#[derive(Serialize)]
pub struct ChainRecord<'a> {
    /// Index, as referred to by `entities[].chain`.
    pub id: usize,
    /// The fullest name.
    pub name: &'a str,
    /// Its type.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Indices into `entities`.
    pub mentions: &'a [u32],
}

/// A place in the record.
#[derive(Serialize)]
pub struct PlaceRecord<'a> {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The mention.
    pub text: &'a str,
    /// Gazetteer name.
    pub name: &'a str,
    /// country, admin1, admin2, city, region or other.
    pub kind: PlaceKind,
    /// ISO 3166-1 alpha-2.
    pub country: &'a str,
    /// Admin-1 region name.
    pub admin1: Option<&'a str>,
    /// ISO 3166-2 code.
    pub iso3166_2: Option<&'a str>,
    /// WGS84 latitude.
    pub lat: f64,
    /// WGS84 longitude.
    pub lon: f64,
    /// GeoNames id.
    pub geonameid: Option<u32>,
    /// The mention is an adjective or demonym standing for the country.
    pub adjectival: bool,
}

/// A time expression in the record.
#[derive(Serialize)]
pub struct TimexRecord<'a> {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The expression.
    pub text: &'a str,
    /// DATE, TIME, DURATION or SET.
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// TIMEX3 value.
    pub value: &'a str,
    /// TIMEX3 mod.
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<&'a str>,
    /// First possible day.
    pub earliest: Option<&'a str>,
    /// Last possible day.
    pub latest: Option<&'a str>,
    /// The reference time used.
    pub anchor: &'a TimexAnchor,
    /// SET frequency.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub freq: Option<&'a str>,
}

/// An actor in the record.
#[derive(Serialize)]
pub struct ActorRecord<'a> {
    /// Stable slug.
    pub id: &'a str,
    /// Display name.
    pub name: &'a str,
    /// state, agency, igo, group, person or collective.
    pub kind: ActorKind,
    /// CAMEO-style ISO-3 country code.
    pub country: Option<&'a str>,
    /// CAMEO sector code.
    pub sector: Option<&'a str>,
    /// Actor id of the group or state it belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<&'a str>,
    /// Role word.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<&'a str>,
    /// The role is a former one.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub former: bool,
    /// Mentions.
    pub mentions: Vec<SpanRecord>,
}

impl<'a> ActorRecord<'a> {
    fn of(a: &'a Actor) -> Self {
        ActorRecord {
            id: &a.id,
            name: &a.name,
            kind: a.kind,
            country: a.country.as_deref(),
            sector: a.sector.as_deref(),
            affiliation: a.affiliation.as_deref(),
            role: a.role.as_deref(),
            former: a.former,
            mentions: a.mentions.iter().map(|m| SpanRecord::of(*m)).collect(),
        }
    }
}

/// A span with its text.
#[derive(Serialize)]
pub struct TextSpanRecord<'a> {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The text.
    pub text: &'a str,
}

/// An event participant in the record.
#[derive(Serialize)]
pub struct ParticipantRecord<'a> {
    /// Actor id or null.
    pub actor: Option<&'a str>,
    /// The phrase.
    pub text: &'a str,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// CAMEO-style country code.
    pub country: Option<&'a str>,
    /// CAMEO sector code.
    pub sector: Option<&'a str>,
}

impl<'a> ParticipantRecord<'a> {
    fn of(p: &'a Participant) -> Self {
        ParticipantRecord {
            actor: p.actor.as_deref(),
            text: &p.text,
            start: p.span.start(),
            end: p.span.end(),
            country: p.country.as_deref(),
            sector: p.sector.as_deref(),
        }
    }
}

/// An event place in the record.
#[derive(Serialize)]
pub struct EventPlaceRecord<'a> {
    /// Gazetteer name.
    pub name: &'a str,
    /// ISO 3166-1 alpha-2.
    pub country: &'a str,
    /// Admin-1 name.
    pub admin1: Option<&'a str>,
    /// ISO 3166-2.
    pub iso3166_2: Option<&'a str>,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
}

/// An event in the record.
#[derive(Serialize)]
pub struct EventRecord<'a> {
    /// PLOVER type.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// PLOVER mode.
    pub mode: Option<&'a str>,
    /// PLOVER context.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<&'a str>,
    /// CAMEO code.
    pub cameo: &'a str,
    /// PLOVER quad category.
    pub quad: &'static str,
    /// The (first) source.
    pub source: Option<ParticipantRecord<'a>>,
    /// The (first) target.
    pub target: Option<ParticipantRecord<'a>>,
    /// Every source, when there are several.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<ParticipantRecord<'a>>,
    /// Every target, when there are several.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<ParticipantRecord<'a>>,
    /// When.
    pub date: &'a EventDate,
    /// Where.
    pub place: Option<EventPlaceRecord<'a>>,
    /// Evidence sentence.
    pub sentence: TextSpanRecord<'a>,
    /// Trigger words.
    pub trigger: TextSpanRecord<'a>,
    /// Denied.
    pub negated: bool,
    /// Well before the document date.
    pub historical: bool,
    /// asserted, reported, possible or intended.
    pub modality: Modality,
    /// Confidence.
    pub confidence: f32,
    /// Pattern id.
    pub pattern: &'a str,
}

fn text_span(text: &str, span: Span) -> TextSpanRecord<'_> {
    TextSpanRecord {
        start: span.start(),
        end: span.end(),
        text: span.slice(text),
    }
}

fn all_if_many(parts: &[Participant]) -> Vec<ParticipantRecord<'_>> {
    if parts.len() > 1 {
        parts.iter().map(ParticipantRecord::of).collect()
    } else {
        Vec::new()
    }
}

impl<'a> EventRecord<'a> {
    fn of(text: &'a str, e: &'a Event) -> Self {
        EventRecord {
            kind: e.kind.as_str(),
            mode: e.mode.as_deref(),
            context: e.context.as_deref(),
            cameo: &e.cameo,
            quad: e.kind.quad(),
            source: e.sources.first().map(ParticipantRecord::of),
            target: e.targets.first().map(ParticipantRecord::of),
            sources: all_if_many(&e.sources),
            targets: all_if_many(&e.targets),
            date: &e.date,
            place: e.place.as_ref().map(|p| EventPlaceRecord {
                name: &p.name,
                country: &p.country,
                admin1: p.admin1.as_deref(),
                iso3166_2: p.iso3166_2.as_deref(),
                lat: p.lat,
                lon: p.lon,
            }),
            sentence: text_span(text, e.sentence),
            trigger: text_span(text, e.trigger),
            negated: e.negated,
            historical: e.historical,
            modality: e.modality,
            confidence: e.confidence,
            pattern: &e.pattern,
        }
    }
}

/// A control claim in the record.
#[derive(Serialize)]
pub struct ControlRecord<'a> {
    /// ISO 3166-2 or alpha-2 code.
    pub region: &'a str,
    /// Region name.
    pub region_name: &'a str,
    /// Actor id.
    pub actor: Option<&'a str>,
    /// held, contested, captured, lost or claimed.
    pub status: ControlStatus,
    /// Start.
    pub from: Option<&'a str>,
    /// End.
    pub to: Option<&'a str>,
    /// First possible day.
    pub earliest: Option<&'a str>,
    /// Last possible day.
    pub latest: Option<&'a str>,
    /// Regions inside `region` the claim does not cover.
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    pub exceptions: &'a [String],
    /// Historical background.
    pub historical: bool,
    /// Evidence sentences.
    pub evidence: Vec<TextSpanRecord<'a>>,
    /// Indices into `events`.
    pub events: &'a [u32],
    /// Confidence.
    pub confidence: f32,
}

impl<'a> ControlRecord<'a> {
    fn of(text: &'a str, c: &'a ControlClaim) -> Self {
        ControlRecord {
            region: &c.region,
            region_name: &c.region_name,
            actor: c.actor.as_deref(),
            status: c.status,
            from: c.from.as_deref(),
            to: c.to.as_deref(),
            earliest: c.earliest.as_deref(),
            latest: c.latest.as_deref(),
            exceptions: &c.exceptions,
            historical: c.historical,
            evidence: c.evidence.iter().map(|s| text_span(text, *s)).collect(),
            events: &c.events,
            confidence: c.confidence,
        }
    }
}

/// The subject of an attribute in the record.
#[derive(Serialize)]
pub struct AttributeSubjectRecord<'a> {
    /// The phrase.
    pub text: &'a str,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Place code.
    pub place: Option<&'a str>,
    /// Actor id.
    pub actor: Option<&'a str>,
}

/// An attribute in the record.
#[derive(Serialize)]
pub struct AttributeRecord<'a> {
    /// What it describes.
    pub subject: AttributeSubjectRecord<'a>,
    /// Attribute name.
    pub name: &'a str,
    /// Value.
    pub value: f64,
    /// Approximate or a bound.
    pub approximate: bool,
    /// First byte of the statement.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
}

impl<'a> AttributeRecord<'a> {
    fn of(a: &'a Attribute) -> Self {
        AttributeRecord {
            subject: AttributeSubjectRecord {
                text: &a.subject.text,
                start: a.subject.span.start(),
                end: a.subject.span.end(),
                place: a.subject.place.as_deref(),
                actor: a.subject.actor.as_deref(),
            },
            name: &a.name,
            value: a.value,
            approximate: a.approximate,
            start: a.span.start(),
            end: a.span.end(),
        }
    }
}

/// A paragraph language in the record.
#[derive(Serialize)]
pub struct LangSpanRecord {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// ISO 639-1 code.
    pub lang: String,
    /// Confidence in `[0, 1]`.
    pub confidence: f32,
}

/// A diagnostic in the record.
#[derive(Serialize)]
pub struct DiagnosticRecord {
    /// Stage id.
    pub stage: String,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// `info`, `warning` or `error`.
    pub severity: Severity,
    /// Explanation.
    pub message: String,
}

/// One document as written by `kroniek extract`.
#[derive(Serialize)]
pub struct Record<'a> {
    /// Input id or SHA-256 of the text.
    pub id: &'a str,
    /// Where it came from.
    pub source: &'a str,
    /// Title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<&'a str>,
    /// URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<&'a str>,
    /// Publication date with precision.
    pub date: DateRecord,
    /// ISO 639-1 document language or `und`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<&'a str>,
    /// Confidence of `lang`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang_confidence: Option<f32>,
    /// Paragraphs in another language than the document's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<LangSpanRecord>>,
    /// The normalised text.
    pub text: &'a str,
    /// Alignment of `text` with the input: `[normalised, original]` byte-offset pairs, ordered;
    /// between two pairs offsets shift together. For a text file the original offsets count
    /// bytes of the (decompressed) file; for a record, bytes of its text field; for HTML, bytes
    /// of the extracted page text.
    pub original_offsets: Vec<[u64; 2]>,
    /// Paragraph spans.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paragraphs: Option<Vec<SpanRecord>>,
    /// Sentence spans.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentences: Option<Vec<SpanRecord>>,
    /// Tokens.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tokens: Option<Vec<TokenRecord<'a>>>,
    /// Entity mentions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entities: Option<Vec<EntityRecord<'a>>>,
    /// Name chains.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chains: Option<Vec<ChainRecord<'a>>>,
    /// Time expressions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timexes: Option<Vec<TimexRecord<'a>>>,
    /// Places.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub places: Option<Vec<PlaceRecord<'a>>>,
    /// Actors.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actors: Option<Vec<ActorRecord<'a>>>,
    /// Events.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<EventRecord<'a>>>,
    /// Control claims.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub control: Option<Vec<ControlRecord<'a>>>,
    /// Quantities tied to their subject.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<AttributeRecord<'a>>>,
    /// Findings.
    pub diagnostics: Vec<DiagnosticRecord>,
}

impl<'a> Record<'a> {
    /// The record of a document.
    pub fn of(doc: &'a Document) -> Record<'a> {
        let meta = doc.meta();
        let layers = doc.layers();
        let language = layers.language();
        let segments = layers.segments();
        Record {
            id: doc.id(),
            source: &meta.source,
            title: meta.title.as_deref(),
            url: meta.url.as_deref(),
            date: DateRecord {
                value: meta.date.value(),
                precision: meta.date.precision().as_str(),
                timestamp: meta.date.timestamp(),
            },
            lang: language.map(|l| l.lang.as_str()),
            lang_confidence: language.map(|l| l.confidence),
            languages: language.map(|l| {
                l.paragraphs
                    .iter()
                    .map(|p| LangSpanRecord {
                        start: p.span.start(),
                        end: p.span.end(),
                        lang: p.lang.as_str().to_string(),
                        confidence: p.confidence,
                    })
                    .collect()
            }),
            text: doc.text(),
            original_offsets: doc
                .offsets()
                .points()
                .iter()
                .map(|p| [u64::from(p.norm), p.orig])
                .collect(),
            paragraphs: segments.map(|s| {
                s.paragraphs
                    .iter()
                    .map(|p| SpanRecord {
                        start: p.start(),
                        end: p.end(),
                    })
                    .collect()
            }),
            sentences: segments.map(|s| {
                s.sentences
                    .iter()
                    .map(|p| SpanRecord {
                        start: p.span.start(),
                        end: p.span.end(),
                    })
                    .collect()
            }),
            tokens: segments.map(|s| {
                let syntax = layers.syntax().map(|l| l.tokens.as_slice()).unwrap_or(&[]);
                s.tokens
                    .iter()
                    .enumerate()
                    .map(|(i, t)| {
                        let x = syntax.get(i);
                        TokenRecord {
                            start: t.span.start(),
                            end: t.span.end(),
                            kind: t.kind,
                            upos: x.map(|x| x.upos.as_str()),
                            xpos: x.and_then(|x| x.xpos.as_deref()),
                            feats: x.and_then(|x| x.feats.as_deref()),
                            lemma: x.map(|x| x.lemma.as_str()),
                            compound_lemma: x.and_then(|x| x.compound_lemma.as_deref()),
                            head: x.map(|x| x.head),
                            deprel: x.map(|x| x.deprel.as_str()),
                        }
                    })
                    .collect()
            }),
            entities: layers.entities().map(|l| {
                l.entities
                    .iter()
                    .map(|e| EntityRecord {
                        start: e.span.start(),
                        end: e.span.end(),
                        text: e.span.slice(doc.text()),
                        kind: e.kind,
                        chain: e.chain,
                        confidence: e.confidence,
                    })
                    .collect()
            }),
            chains: layers.entities().map(|l| {
                l.chains
                    .iter()
                    .enumerate()
                    .map(|(id, c)| ChainRecord {
                        id,
                        name: &c.name,
                        kind: c.kind,
                        mentions: &c.mentions,
                    })
                    .collect()
            }),
            timexes: layers.timexes().map(|l| {
                l.timexes
                    .iter()
                    .map(|t| TimexRecord {
                        start: t.span.start(),
                        end: t.span.end(),
                        text: t.span.slice(doc.text()),
                        kind: t.kind,
                        value: &t.value,
                        modifier: t.modifier.as_deref(),
                        earliest: t.earliest.as_deref(),
                        latest: t.latest.as_deref(),
                        anchor: &t.anchor,
                        freq: t.freq.as_deref(),
                    })
                    .collect()
            }),
            places: layers.places().map(|l| {
                l.places
                    .iter()
                    .map(|p| PlaceRecord {
                        start: p.span.start(),
                        end: p.span.end(),
                        text: p.span.slice(doc.text()),
                        name: &p.name,
                        kind: p.kind,
                        country: &p.country,
                        admin1: p.admin1.as_deref(),
                        iso3166_2: p.iso3166_2.as_deref(),
                        lat: p.lat,
                        lon: p.lon,
                        geonameid: p.geonameid,
                        adjectival: p.adjectival,
                    })
                    .collect()
            }),
            actors: layers
                .actors()
                .map(|l| l.actors.iter().map(ActorRecord::of).collect()),
            events: layers.events().map(|l| {
                l.events
                    .iter()
                    .map(|e| EventRecord::of(doc.text(), e))
                    .collect()
            }),
            control: layers.control().map(|l| {
                l.claims
                    .iter()
                    .map(|c| ControlRecord::of(doc.text(), c))
                    .collect()
            }),
            attributes: layers
                .attributes()
                .map(|l| l.attributes.iter().map(AttributeRecord::of).collect()),
            diagnostics: doc
                .diagnostics()
                .iter()
                .map(|d| DiagnosticRecord {
                    stage: d.stage.clone(),
                    start: d.span.start(),
                    end: d.span.end(),
                    severity: d.severity,
                    message: d.message.clone(),
                })
                .collect(),
        }
    }
}
