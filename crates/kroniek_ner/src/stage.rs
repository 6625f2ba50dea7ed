//! The pipeline stage.

use std::sync::Arc;

use kroniek_core::{
    Diagnostic, Document, EntityLayer, EntityType, Layer, LayerKind, Result, Segments, Stage,
};

use crate::chains::{Mention, link};
use crate::embedded;
use crate::model::Model;
use crate::tags::chunks;

/// Tags the tokens of each sentence with the model of the document language (nl or en) and
/// links the mentions into name chains. Requires the language and segments layers; provides
/// the entities layer. Other languages get no entities and an info diagnostic.
#[derive(Clone, Default)]
pub struct NerStage {
    known: Option<KnownTypes>,
}

/// The type a name has whatever its context, when it has one ("Hongarije" LOC, "Hamas" ORG):
/// from a dictionary outside this crate (`kroniek_actors`).
pub type KnownTypes = Arc<dyn Fn(&str) -> Option<EntityType> + Send + Sync>;

impl std::fmt::Debug for NerStage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NerStage")
            .field("known", &self.known.is_some())
            .finish()
    }
}

impl NerStage {
    /// The stage, using the embedded models.
    pub fn new() -> NerStage {
        NerStage { known: None }
    }

    /// The same stage, retyping every name chain whose fullest name `known` types: the
    /// statistical tagger types a name it never saw by its shape and neighbours, and in news
    /// unlike its training text it can call a country a person or an armed group a place. A
    /// short form of a longer name ("Jordan" of "Michael Jordan") is in that name's chain and
    /// keeps its type.
    pub fn with_known_types(mut self, known: KnownTypes) -> NerStage {
        self.known = Some(known);
        self
    }

    /// Load (decode) the embedded models now rather than on the first document.
    pub fn preload(&self) -> crate::Result<()> {
        for lang in embedded::LANGUAGES {
            embedded::model(lang)?;
        }
        Ok(())
    }
}

/// Tag and link the entities of one text with a given model.
pub fn annotate_with(model: &Model, text: &str, seg: &Segments) -> EntityLayer {
    let mut mentions = Vec::new();
    let sentences: Vec<Vec<&str>> = seg
        .sentences
        .iter()
        .map(|s| {
            seg.sentence_tokens(s)
                .iter()
                .map(|t| t.span.slice(text))
                .collect()
        })
        .collect();
    let slices: Vec<&[&str]> = sentences.iter().map(Vec::as_slice).collect();
    for (sentence, tagged) in seg.sentences.iter().zip(model.tag_document(&slices)) {
        let toks = seg.sentence_tokens(sentence);
        for (a, b, kind) in chunks(&tagged.tags) {
            let (Some(first), Some(last)) = (toks.get(a), toks.get(b.saturating_sub(1))) else {
                continue;
            };
            let confidence = tagged
                .confidence
                .get(a..b)
                .unwrap_or(&[])
                .iter()
                .fold(1.0f32, |m, &c| m.min(c));
            mentions.push(Mention {
                span: first.span.cover(last.span),
                kind,
                confidence,
            });
        }
    }
    link(text, &seg.tokens, &mentions)
}

impl Stage for NerStage {
    fn id(&self) -> &'static str {
        "entities"
    }

    fn requires(&self) -> &'static [LayerKind] {
        &[LayerKind::Language, LayerKind::Segments]
    }

    fn provides(&self) -> LayerKind {
        LayerKind::Entities
    }

    fn annotate(&self, doc: &Document, diag: &mut Vec<Diagnostic>) -> Result<Layer> {
        let lang = doc.lang().map_or("und", |l| l.as_str());
        let Some(seg) = doc.layers().segments() else {
            return Ok(Layer::Entities(EntityLayer::default()));
        };
        if !embedded::LANGUAGES.contains(&lang) {
            if !seg.tokens.is_empty() {
                diag.push(Diagnostic::info(
                    self.id(),
                    doc.full_span(),
                    format!("no entity model for language `{lang}`: entities not tagged"),
                ));
            }
            return Ok(Layer::Entities(EntityLayer::default()));
        }
        let model = embedded::model(lang).map_err(|e| kroniek_core::Error::Stage {
            stage: "entities",
            message: e.to_string(),
        })?;
        let mut layer = annotate_with(model, doc.text(), seg);
        if let Some(known) = &self.known {
            retype_known(&mut layer, known.as_ref());
        }
        Ok(Layer::Entities(layer))
    }
}

/// Give each chain whose fullest name has a known type that type, in all its mentions.
pub fn retype_known(layer: &mut EntityLayer, known: &dyn Fn(&str) -> Option<EntityType>) {
    for chain in &mut layer.chains {
        let Some(kind) = known(&chain.name).filter(|k| *k != chain.kind) else {
            continue;
        };
        chain.kind = kind;
        for &m in &chain.mentions {
            if let Some(e) = layer.entities.get_mut(m as usize) {
                e.kind = kind;
            }
        }
    }
}
