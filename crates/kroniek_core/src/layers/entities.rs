//! Named entities and in-document name chains.

use serde::{Deserialize, Serialize};

use crate::span::{Span, Spanned};

/// CoNLL entity types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EntityType {
    /// Person.
    #[serde(rename = "PER")]
    Per,
    /// Organisation.
    #[serde(rename = "ORG")]
    Org,
    /// Location.
    #[serde(rename = "LOC")]
    Loc,
    /// Miscellaneous (events, nationalities, works, …).
    #[serde(rename = "MISC")]
    Misc,
}

impl EntityType {
    /// The CoNLL label.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Per => "PER",
            EntityType::Org => "ORG",
            EntityType::Loc => "LOC",
            EntityType::Misc => "MISC",
        }
    }
}

/// One entity mention.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Where it is (whole tokens).
    pub span: Span,
    /// Its type.
    pub kind: EntityType,
    /// Index into `EntityLayer::chains`: mentions of the same name share a chain.
    pub chain: u32,
    /// Model confidence in `[0, 1]`.
    pub confidence: f32,
}

impl Spanned for Entity {
    fn span(&self) -> Span {
        self.span
    }
}

/// Mentions that name the same entity within a document ("Amrullah Saleh" … "Saleh").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NameChain {
    /// The fullest name in the chain.
    pub name: String,
    /// The chain's type.
    pub kind: EntityType,
    /// Indices of its mentions in `EntityLayer::entities`.
    pub mentions: Vec<u32>,
}

/// The entity layer.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EntityLayer {
    /// Mentions in text order.
    pub entities: Vec<Entity>,
    /// Name chains.
    pub chains: Vec<NameChain>,
}
