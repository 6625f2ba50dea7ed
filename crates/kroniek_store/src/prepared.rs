//! A document turned into rows, ready to write. Built in parallel, written in one batch.

use kroniek_core::{Actor, Attribute, ControlClaim, Document, Event, Place, Record};

use crate::error::{Error, Result};

/// An entity row.
#[derive(Clone, Debug, PartialEq)]
pub struct EntityRow {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The mention.
    pub text: String,
    /// PER, ORG, LOC, MISC.
    pub kind: &'static str,
    /// Chain index.
    pub chain: u32,
    /// The chain's fullest name.
    pub chain_name: String,
}

/// A time-expression row.
#[derive(Clone, Debug, PartialEq)]
pub struct TimexRow {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The expression.
    pub text: String,
    /// TIMEX3 type.
    pub kind: String,
    /// TIMEX3 value.
    pub value: String,
    /// TIMEX3 mod.
    pub modifier: Option<String>,
    /// First possible day.
    pub earliest: Option<String>,
    /// Last possible day.
    pub latest: Option<String>,
}

/// Everything stored for one document.
#[derive(Clone, Debug, PartialEq)]
pub struct PreparedDocument {
    /// Document id.
    pub id: String,
    /// Source.
    pub source: String,
    /// URL.
    pub url: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Date value at its precision.
    pub date_value: Option<String>,
    /// `day`, `month`, `year`, `unknown`.
    pub date_precision: &'static str,
    /// First day of the date.
    pub date_earliest: Option<String>,
    /// Last day of the date.
    pub date_latest: Option<String>,
    /// Timestamp when known.
    pub timestamp: Option<String>,
    /// Language.
    pub lang: Option<String>,
    /// Normalised text.
    pub text: String,
    /// The full JSON record (SCHEMA.md), returned as is by exports and the API.
    pub record: String,
    /// Entities.
    pub entities: Vec<EntityRow>,
    /// Time expressions.
    pub timexes: Vec<TimexRow>,
    /// Actors (layer `actors`), stored in `actors` and counted in `actor_stats`.
    pub actors: Vec<Actor>,
    /// Events (layer `events`), stored flat in `events` with every participant in
    /// `event_actors`.
    pub events: Vec<Event>,
    /// Places (layer `places`).
    pub places: Vec<Place>,
    /// Control claims (layer `control`).
    pub control: Vec<ControlClaim>,
    /// Attributes (layer `attributes`).
    pub attributes: Vec<Attribute>,
    /// Input bytes (for throughput figures).
    pub bytes: usize,
}

fn iso((y, m, d): (i32, u8, u8)) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

impl PreparedDocument {
    /// Rows for a processed document.
    pub fn new(doc: &Document, bytes: usize) -> Result<PreparedDocument> {
        let record =
            serde_json::to_string(&Record::of(doc)).map_err(|source| Error::Serialise {
                id: doc.id().to_string(),
                source,
            })?;
        let text = doc.text();
        let entities = doc
            .layers()
            .entities()
            .map(|layer| {
                layer
                    .entities
                    .iter()
                    .map(|e| EntityRow {
                        start: e.span.start(),
                        end: e.span.end(),
                        text: e.span.slice(text).to_string(),
                        kind: e.kind.as_str(),
                        chain: e.chain,
                        chain_name: layer
                            .chains
                            .get(e.chain as usize)
                            .map_or_else(|| e.span.slice(text).to_string(), |c| c.name.clone()),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let timexes = doc
            .layers()
            .timexes()
            .map(|layer| {
                layer
                    .timexes
                    .iter()
                    .map(|t| TimexRow {
                        start: t.span.start(),
                        end: t.span.end(),
                        text: t.span.slice(text).to_string(),
                        kind: serde_json::to_value(t.kind)
                            .ok()
                            .and_then(|v| v.as_str().map(str::to_string))
                            .unwrap_or_default(),
                        value: t.value.clone(),
                        modifier: t.modifier.clone(),
                        earliest: t.earliest.clone(),
                        latest: t.latest.clone(),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let date = doc.date();
        let layers = doc.layers();
        Ok(PreparedDocument {
            id: doc.id().to_string(),
            source: doc.meta().source.clone(),
            url: doc.meta().url.clone(),
            title: doc.meta().title.clone(),
            date_value: date.value(),
            date_precision: date.precision().as_str(),
            date_earliest: date.earliest().map(iso),
            date_latest: date.latest().map(iso),
            timestamp: date.timestamp(),
            lang: doc.lang().map(|l| l.as_str().to_string()),
            text: text.to_string(),
            record,
            entities,
            timexes,
            actors: layers
                .actors()
                .map(|l| l.actors.clone())
                .unwrap_or_default(),
            events: layers
                .events()
                .map(|l| l.events.clone())
                .unwrap_or_default(),
            places: layers
                .places()
                .map(|l| l.places.clone())
                .unwrap_or_default(),
            control: layers
                .control()
                .map(|l| l.claims.clone())
                .unwrap_or_default(),
            attributes: layers
                .attributes()
                .map(|l| l.attributes.clone())
                .unwrap_or_default(),
            bytes,
        })
    }
}
