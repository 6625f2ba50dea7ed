//! Typed annotation layers.
//!
//! Each stage returns exactly one [`Layer`]; the document keeps them in [`Layers`], one typed
//! slot per kind, so readers ask `doc.layers().segments()` and get a typed value, not a map of
//! strings. A new stage adds a variant, a slot and an arm in each match here.

mod actors;
mod control;
mod entities;
mod events;
mod places;
mod syntax;
mod text;
mod time;

pub use actors::{Actor, ActorKind, ActorLayer};
pub use control::{
    Attribute, AttributeLayer, AttributeSubject, ControlClaim, ControlLayer, ControlStatus,
};
pub use entities::{Entity, EntityLayer, EntityType, NameChain};
pub use events::{
    ControlEffect, Event, EventDate, EventLayer, EventPlace, Modality, Participant, PloverType,
};
pub use places::{Place, PlaceKind, PlaceLayer};
pub use syntax::{SyntaxLayer, TokenSyntax};
pub use text::{Lang, LangSpan, LanguageLayer, Segments, Sentence, Token, TokenKind};
pub use time::{Timex, TimexAnchor, TimexLayer, TimexType};

use serde::{Deserialize, Serialize};

use crate::span::{Span, Spanned};

/// The kinds of layer a stage can provide or require.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum LayerKind {
    /// Document and paragraph languages.
    Language,
    /// Paragraphs, sentences and tokens.
    Segments,
    /// Part of speech, lemmas and dependencies per token.
    Syntax,
    /// Named entities and their in-document name chains.
    Entities,
    /// Time expressions with resolved values.
    Timexes,
    /// Places resolved against the gazetteer.
    Places,
    /// Actors resolved through the document.
    Actors,
    /// PLOVER events.
    Events,
    /// Territorial control claims.
    Control,
    /// Quantities tied to their subject.
    Attributes,
}

/// One layer of annotations, as returned by a stage.
#[derive(Clone, Debug, PartialEq)]
pub enum Layer {
    /// Languages.
    Language(LanguageLayer),
    /// Paragraphs, sentences and tokens.
    Segments(Segments),
    /// Syntax per token.
    Syntax(SyntaxLayer),
    /// Named entities.
    Entities(EntityLayer),
    /// Time expressions.
    Timexes(TimexLayer),
    /// Places.
    Places(PlaceLayer),
    /// Actors.
    Actors(ActorLayer),
    /// Events.
    Events(EventLayer),
    /// Control claims.
    Control(ControlLayer),
    /// Attributes.
    Attributes(AttributeLayer),
}

impl Layer {
    /// Which kind of layer this is.
    pub fn kind(&self) -> LayerKind {
        match self {
            Layer::Language(_) => LayerKind::Language,
            Layer::Segments(_) => LayerKind::Segments,
            Layer::Syntax(_) => LayerKind::Syntax,
            Layer::Entities(_) => LayerKind::Entities,
            Layer::Timexes(_) => LayerKind::Timexes,
            Layer::Places(_) => LayerKind::Places,
            Layer::Actors(_) => LayerKind::Actors,
            Layer::Events(_) => LayerKind::Events,
            Layer::Control(_) => LayerKind::Control,
            Layer::Attributes(_) => LayerKind::Attributes,
        }
    }
}

/// The layers of a document, one typed slot per kind.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layers {
    language: Option<LanguageLayer>,
    segments: Option<Segments>,
    syntax: Option<SyntaxLayer>,
    entities: Option<EntityLayer>,
    timexes: Option<TimexLayer>,
    places: Option<PlaceLayer>,
    actors: Option<ActorLayer>,
    events: Option<EventLayer>,
    control: Option<ControlLayer>,
    attributes: Option<AttributeLayer>,
}

impl Layers {
    /// Store a layer, replacing one of the same kind.
    pub fn insert(&mut self, layer: Layer) {
        match layer {
            Layer::Language(l) => self.language = Some(l),
            Layer::Segments(s) => self.segments = Some(s),
            Layer::Syntax(s) => self.syntax = Some(s),
            Layer::Entities(e) => self.entities = Some(e),
            Layer::Timexes(t) => self.timexes = Some(t),
            Layer::Places(p) => self.places = Some(p),
            Layer::Actors(a) => self.actors = Some(a),
            Layer::Events(e) => self.events = Some(e),
            Layer::Control(c) => self.control = Some(c),
            Layer::Attributes(a) => self.attributes = Some(a),
        }
    }

    /// True when a layer of this kind is present.
    pub fn has(&self, kind: LayerKind) -> bool {
        match kind {
            LayerKind::Language => self.language.is_some(),
            LayerKind::Segments => self.segments.is_some(),
            LayerKind::Syntax => self.syntax.is_some(),
            LayerKind::Entities => self.entities.is_some(),
            LayerKind::Timexes => self.timexes.is_some(),
            LayerKind::Places => self.places.is_some(),
            LayerKind::Actors => self.actors.is_some(),
            LayerKind::Events => self.events.is_some(),
            LayerKind::Control => self.control.is_some(),
            LayerKind::Attributes => self.attributes.is_some(),
        }
    }

    /// The language layer.
    pub fn language(&self) -> Option<&LanguageLayer> {
        self.language.as_ref()
    }

    /// The segments layer.
    pub fn segments(&self) -> Option<&Segments> {
        self.segments.as_ref()
    }

    /// The syntax layer.
    pub fn syntax(&self) -> Option<&SyntaxLayer> {
        self.syntax.as_ref()
    }

    /// The entity layer.
    pub fn entities(&self) -> Option<&EntityLayer> {
        self.entities.as_ref()
    }

    /// The time-expression layer.
    pub fn timexes(&self) -> Option<&TimexLayer> {
        self.timexes.as_ref()
    }

    /// The place layer.
    pub fn places(&self) -> Option<&PlaceLayer> {
        self.places.as_ref()
    }

    /// The actor layer.
    pub fn actors(&self) -> Option<&ActorLayer> {
        self.actors.as_ref()
    }

    /// The event layer.
    pub fn events(&self) -> Option<&EventLayer> {
        self.events.as_ref()
    }

    /// The control layer.
    pub fn control(&self) -> Option<&ControlLayer> {
        self.control.as_ref()
    }

    /// The attribute layer.
    pub fn attributes(&self) -> Option<&AttributeLayer> {
        self.attributes.as_ref()
    }

    /// Every span of every layer, for invariant checks.
    pub fn all_spans(&self) -> Vec<Span> {
        let mut out = Vec::new();
        if let Some(l) = &self.language {
            out.extend(l.paragraphs.iter().map(Spanned::span));
        }
        if let Some(s) = &self.segments {
            out.extend(s.paragraphs.iter().copied());
            out.extend(s.sentences.iter().map(Spanned::span));
            out.extend(s.tokens.iter().map(Spanned::span));
        }
        if let Some(e) = &self.entities {
            out.extend(e.entities.iter().map(Spanned::span));
        }
        if let Some(t) = &self.timexes {
            out.extend(t.timexes.iter().map(Spanned::span));
        }
        if let Some(p) = &self.places {
            out.extend(p.places.iter().map(Spanned::span));
        }
        if let Some(a) = &self.actors {
            out.extend(a.actors.iter().flat_map(|a| a.mentions.iter().copied()));
        }
        if let Some(e) = &self.events {
            for ev in &e.events {
                out.push(ev.sentence);
                out.push(ev.trigger);
                out.extend(ev.sources.iter().chain(&ev.targets).map(|p| p.span));
            }
        }
        if let Some(c) = &self.control {
            out.extend(c.claims.iter().flat_map(|c| c.evidence.iter().copied()));
        }
        if let Some(a) = &self.attributes {
            out.extend(a.attributes.iter().flat_map(|a| [a.span, a.subject.span]));
        }
        out
    }
}
