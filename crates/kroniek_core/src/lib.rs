//! The shared model of kroniek: spans, documents, layers, stages and the pipeline.
//!
//! Design: a document's text is normalised once and is immutable afterwards; every annotation
//! is a byte [`Span`] into it. Stages never edit the text or earlier layers: each returns one
//! new typed [`Layer`]. The [`Pipeline`] checks stage requirements when it is built. Findings
//! about the data are [`Diagnostic`]s on the document, never errors or panics.
//!
//! ```
//! use kroniek_core::{DocDate, Document, Metadata, NormalizedText, OffsetMap, Precision};
//!
//! let text = "De taliban veroverden het land.".to_string();
//! let meta = Metadata { date: DocDate::from_year_month(2021, 8)?, ..Metadata::default() };
//! let doc = Document::new(meta, NormalizedText { offsets: OffsetMap::identity(0, text.len()), text });
//! assert_eq!(doc.date().precision(), Precision::Month);
//! assert_eq!(doc.id().len(), 64);
//! # Ok::<(), kroniek_core::Error>(())
//! ```

mod date;
mod diagnostic;
mod document;
mod error;
mod layers;
mod offsets;
mod record;
mod rng;
mod span;
mod stage;

pub use date::{
    DocDate, Precision, TimeOfDay, civil_date, day_number, days_in_month, is_leap_year,
};
pub use diagnostic::{Diagnostic, Severity};
pub use document::{Document, Metadata, NormalizedText, content_id};
pub use error::{Error, Result};
pub use layers::{
    Actor, ActorKind, ActorLayer, Attribute, AttributeLayer, AttributeSubject, ControlClaim,
    ControlEffect, ControlLayer, ControlStatus, Entity, EntityLayer, EntityType, Event, EventDate,
    EventLayer, EventPlace, Lang, LangSpan, LanguageLayer, Layer, LayerKind, Layers, Modality,
    NameChain, Participant, Place, PlaceKind, PlaceLayer, PloverType, Segments, Sentence,
    SyntaxLayer, Timex, TimexAnchor, TimexLayer, TimexType, Token, TokenKind, TokenSyntax,
};
pub use offsets::{Alignment, OffsetMap};
pub use record::Record;
pub use rng::Rng;
pub use span::{Span, Spanned};
pub use stage::{Pipeline, PipelineBuilder, Stage};
